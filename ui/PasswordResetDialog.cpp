#include "ui/PasswordResetDialog.h"

#include "app/core/PasswordPolicy.h"
#include "app/store/UserRepository.h"
#include "ui/Background.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

FieldMessage::FieldMessage(QWidget *field, const QString &objectName, QWidget *parent)
    : QLabel(parent), m_field(field)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void FieldMessage::showError(const QString &message)
{
    show(message, true);
}

void FieldMessage::showHint(const QString &message)
{
    show(message, false);
}

void FieldMessage::clear()
{
    show(QString(), false);
}

QWidget *FieldMessage::row(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_field->setParent(row);
    setParent(row);
    layout->addWidget(m_field);
    layout->addWidget(this);
    row->setFocusProxy(m_field);
    return row;
}

void FieldMessage::show(const QString &message, bool error)
{
    m_error = error && !message.isEmpty();
    setText(message);
    QPalette colors;
    if (m_error) {
        // A red that stays readable on light and dark themes alike.
        const bool dark
            = parentWidget() && parentWidget()->palette().window().color().value() < 128;
        colors = palette();
        colors.setColor(QPalette::WindowText,
                        dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0, 0x20));
    }
    setPalette(colors);
    setVisible(!message.isEmpty());
    m_field->setAccessibleDescription(message);
}

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

PasswordResetDialog::PasswordResetDialog(const Database &db, const Actor &actor,
                                         const User &account, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_account(account), m_fields(nullptr),
      m_message(nullptr), m_buttons(nullptr)
{
    setObjectName(u"passwordResetDialog"_s);
    setWindowTitle(tr("Reset password"));
    auto *layout = new QVBoxLayout(this);
    const bool own = account.id == actor.userId;
    auto *intro = new QLabel(own ? tr("Choose a new password for your own account.")
                                 : tr("Choose a new password for %1 (%2). They will have to "
                                      "choose their own password the next time they sign in.")
                                       .arg(account.fullName, account.username),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_fields = new PasswordFields(this);
    m_fields->addRows(form, tr("&New password:"), tr("&Confirm password:"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"resetMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordResetDialog::reject);
    layout->addWidget(m_buttons);
    m_fields->passwordEdit()->setFocus();
}

void PasswordResetDialog::accept()
{
    if (m_saving)
        return;
    m_message->hide();
    m_fields->clearErrors();
    const ValidationResult problems = m_fields->check();
    if (!problems.ok()) {
        m_fields->showErrors(problems.errors());
        m_fields->passwordEdit()->setFocus();
        return;
    }
    setSaving(true);
    const Database *db = &m_db;
    const Id id = m_account.id;
    const QString password = m_fields->password();
    const Actor actor = m_actor;
    runInBackground(
        this,
        [db, id, password, actor] {
            return UserRepository(*db).resetPassword(id, password, actor);
        },
        [this](Result<void> result) { saved(result); });
}

void PasswordResetDialog::reject()
{
    if (!m_saving) // the store has the password already; closing would hide how it went
        QDialog::reject();
}

void PasswordResetDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->setEnabled(!saving);
    m_fields->passwordEdit()->setReadOnly(saving);
    m_fields->confirmEdit()->setReadOnly(saving);
}

void PasswordResetDialog::saved(const Result<void> &result)
{
    setSaving(false);
    if (result) {
        emit passwordReset(m_account.id);
        QDialog::accept();
        return;
    }
    const Error &error = result.error();
    const QList<FieldError> unshown = m_fields->showErrors(error.fields);
    if (error.fields.isEmpty() || !unshown.isEmpty()) {
        ValidationResult rest;
        for (const FieldError &e : unshown)
            rest.add(e.field, e.message);
        m_message->setText(error.fields.isEmpty() ? error.message : rest.summary());
        m_message->show();
    }
}

} // namespace cd
