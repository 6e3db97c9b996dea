#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/User.h"

#include <QDialog>
#include <QLabel>

class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace cd {

class Database;

// A problem with one field, shown right under it and given to assistive technology as the
// field's description. Hidden while there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    FieldMessage(QWidget *field, const QString &objectName, QWidget *parent);

    void showError(const QString &message);
    void showHint(const QString &message);
    void clear();
    bool isError() const { return m_error; }

    // The field with this message under it, focus passing to the field: a form's row.
    QWidget *row(QWidget *parent);

private:
    void show(const QString &message, bool error);
    QWidget *m_field;
    bool m_error = false;
};

// A new password typed twice, with PasswordPolicy's verdict while typing. Adds its two rows to
// a form; field names are "password" and "confirmPassword".
class PasswordFields : public QObject
{
    Q_OBJECT
public:
    explicit PasswordFields(QWidget *parent);

    void addRows(QFormLayout *form, const QString &passwordLabel, const QString &confirmLabel);
    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    // The policy's problems and a missing or different confirmation.
    ValidationResult check() const;
    // Shows the errors for "password" and "confirmPassword"; returns the others.
    QList<FieldError> showErrors(const QList<FieldError> &errors);
    void clearErrors();

private:
    void passwordEdited();
    void confirmEdited();

    QLineEdit *m_password;
    QLineEdit *m_confirm;
    FieldMessage *m_passwordMessage;
    FieldMessage *m_confirmMessage;
};

// An administrator sets a new password for an account; its owner must choose another at the
// next sign-in. Stays open, with the problem shown, until the store has taken the password.
class PasswordResetDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordResetDialog(const Database &db, const Actor &actor, const User &account,
                        QWidget *parent = nullptr);

    PasswordFields *fields() const { return m_fields; }
    bool isSaving() const { return m_saving; }

    // Checks the passwords, then resets in the background; closes only when that succeeds.
    void accept() override;
    void reject() override;

signals:
    void passwordReset(const cd::Id &id);

private:
    void setSaving(bool saving);
    void saved(const Result<void> &result);

    const Database &m_db;
    Actor m_actor;
    User m_account;
    PasswordFields *m_fields;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace cd
