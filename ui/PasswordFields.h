#pragma once

#include "app/core/Validation.h"

#include <QLabel>

class QFormLayout;
class QLineEdit;

namespace cd {

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

} // namespace cd
