#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace cd {

// Asks why a published result changes. OK stays disabled until a reason is given (the store
// requires one too).
class MarkReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // `change` says what is about to happen, e.g. "Amina Haddad, Quiz 1: 15 → 18".
    MarkReasonDialog(const QString &change, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
