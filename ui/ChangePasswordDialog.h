#pragma once

#include "app/core/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace cd {

class Database;
class FieldMessage;
class PasswordFields;

// The signed-in user changes their own password: the current one, then a new one twice, with
// the password rules checked as they type. `required` after an administrator's reset.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const Database &db, const User &user, bool required,
                         QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const;
    QLineEdit *confirmField() const;
    // The message under a field ("currentPassword", "password", "confirmPassword").
    QString messageFor(const QString &field) const;

public slots:
    void submit();

signals:
    void attemptFinished(bool changed);

private:
    void showErrors(const QList<FieldError> &errors);

    const Database &m_db;
    User m_user;
    QLineEdit *m_current = nullptr;
    FieldMessage *m_currentMessage = nullptr;
    PasswordFields *m_fields = nullptr;
    QLabel *m_general = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
