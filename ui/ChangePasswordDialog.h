#pragma once

#include "app/core/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace cd {

class Database;
class FieldErrors;

// The signed-in user changes their own password: the current one, then a new one twice, with
// the password rules checked as they type. `required` after an administrator's reset.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const Database &db, const User &user, bool required,
                         QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *confirmField() const { return m_confirm; }
    QString messageFor(const QString &field) const;

public slots:
    void submit();

signals:
    void attemptFinished(bool changed);

private:
    void updateFeedback();

    const Database &m_db;
    User m_user;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_general = nullptr;
    QLabel *m_rules = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace cd
