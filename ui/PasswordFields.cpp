#include "ui/PasswordFields.h"

#include "app/core/PasswordPolicy.h"

#include <QFormLayout>
#include <QLineEdit>

namespace cd {

using namespace Qt::Literals::StringLiterals;

PasswordFields::PasswordFields(QWidget *parent)
    : QObject(parent), m_password(new QLineEdit(parent)), m_confirm(new QLineEdit(parent)),
      m_passwordMessage(new FieldMessage(m_password, u"passwordError"_s, parent)),
      m_confirmMessage(new FieldMessage(m_confirm, u"confirmPasswordError"_s, parent))
{
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(PasswordPolicy::maximumLength * 2); // code points, not UTF-16 units
    m_password->setAccessibleName(tr("New password"));
    m_confirm->setObjectName(u"confirmPassword"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setMaxLength(PasswordPolicy::maximumLength * 2);
    m_confirm->setAccessibleName(tr("Confirm the new password"));
    connect(m_password, &QLineEdit::textChanged, this, &PasswordFields::passwordEdited);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordFields::confirmEdited);
    m_passwordMessage->showHint(
        tr("Use at least %n characters; a long phrase is easier to remember.", nullptr,
           PasswordPolicy::minimumLength));
}

void PasswordFields::addRows(QFormLayout *form, const QString &passwordLabel,
                             const QString &confirmLabel)
{
    QWidget *parent = form->parentWidget();
    auto *label = new QLabel(passwordLabel, parent);
    form->addRow(label, m_passwordMessage->row(parent));
    label->setBuddy(m_password);
    auto *confirmText = new QLabel(confirmLabel, parent);
    form->addRow(confirmText, m_confirmMessage->row(parent));
    confirmText->setBuddy(m_confirm);
}

QString PasswordFields::password() const
{
    return m_password->text();
}

ValidationResult PasswordFields::check() const
{
    ValidationResult result = PasswordPolicy::check(m_password->text(), u"password"_s);
    if (m_confirm->text().isEmpty())
        result.add(u"confirmPassword"_s, tr("Type the new password again to confirm it."));
    else if (m_confirm->text() != m_password->text())
        result.add(u"confirmPassword"_s, tr("The two passwords are not the same."));
    return result;
}

QList<FieldError> PasswordFields::showErrors(const QList<FieldError> &errors)
{
    QStringList password;
    QStringList confirm;
    QList<FieldError> others;
    for (const FieldError &e : errors) {
        if (e.field == u"password"_s)
            password << e.message;
        else if (e.field == u"confirmPassword"_s)
            confirm << e.message;
        else
            others << e;
    }
    if (!password.isEmpty())
        m_passwordMessage->showError(password.join(u'\n'));
    if (!confirm.isEmpty())
        m_confirmMessage->showError(confirm.join(u'\n'));
    return others;
}

void PasswordFields::clearErrors()
{
    if (m_passwordMessage->isError())
        passwordEdited();
    if (m_confirmMessage->isError())
        m_confirmMessage->clear();
}

void PasswordFields::passwordEdited()
{
    // Live feedback as a hint; it turns into an error only when the admin tries to save.
    const ValidationResult problems = PasswordPolicy::check(m_password->text(), u"password"_s);
    if (m_password->text().isEmpty())
        m_passwordMessage->showHint(
            tr("Use at least %n characters; a long phrase is easier to remember.", nullptr,
               PasswordPolicy::minimumLength));
    else if (problems.ok())
        m_passwordMessage->showHint(tr("This password meets the rules."));
    else
        m_passwordMessage->showHint(problems.summary());
    if (!m_confirm->text().isEmpty())
        confirmEdited();
}

void PasswordFields::confirmEdited()
{
    if (!m_confirm->text().isEmpty() && m_confirm->text() != m_password->text()
        && !m_password->text().startsWith(m_confirm->text()))
        m_confirmMessage->showHint(tr("The two passwords are not the same."));
    else
        m_confirmMessage->clear();
}

} // namespace cd
