#pragma once

#include "ui/FieldErrors.h"

#include <QObject>

class QFormLayout;
class QLineEdit;

namespace cd {

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

} // namespace cd
