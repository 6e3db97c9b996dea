#include "ui/ChangePasswordDialog.h"

#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/PasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

ChangePasswordDialog::ChangePasswordDialog(const Database &db, const User &user, bool required,
                                           QWidget *parent)
    : QDialog(parent), m_db(db), m_user(user)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change password"));

    m_current = new QLineEdit(this);
    m_current->setObjectName(u"currentPassword"_s);
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setAccessibleName(tr("Current password"));
    m_currentMessage = new FieldMessage(m_current, u"currentPasswordError"_s, this);
    connect(m_current, &QLineEdit::textChanged, m_currentMessage, &FieldMessage::clear);
    m_fields = new PasswordFields(this);

    auto *form = new QFormLayout;
    auto *currentLabel = new QLabel(tr("&Current password:"), this);
    currentLabel->setBuddy(m_current);
    form->addRow(currentLabel, m_currentMessage->row(this));
    m_fields->addRows(form, tr("&New password:"), tr("Con&firm new password:"));

    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    if (required)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Sign &out"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (required) {
        auto *why = new QLabel(tr("An administrator has reset your password. Choose a new one "
                                  "that only you know before you go on."),
                               this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    setTabOrder(m_current, m_fields->passwordEdit());
    setTabOrder(m_fields->passwordEdit(), m_fields->confirmEdit());
    m_current->setFocus();
}

QLineEdit *ChangePasswordDialog::newField() const
{
    return m_fields->passwordEdit();
}

QLineEdit *ChangePasswordDialog::confirmField() const
{
    return m_fields->confirmEdit();
}

QString ChangePasswordDialog::messageFor(const QString &field) const
{
    const auto *message = findChild<FieldMessage *>(field + u"Error"_s);
    return message && message->isError() ? message->text() : QString();
}

void ChangePasswordDialog::showErrors(const QList<FieldError> &errors)
{
    QStringList general;
    for (const FieldError &e : m_fields->showErrors(errors)) {
        if (e.field == u"currentPassword"_s)
            m_currentMessage->showError(e.message);
        else
            general << e.message;
    }
    m_general->setText(general.join(u'\n'));
    m_general->setVisible(!general.isEmpty());
}

void ChangePasswordDialog::submit()
{
    m_fields->clearErrors();
    m_currentMessage->clear();
    if (const ValidationResult problems = m_fields->check(); !problems.ok()) {
        showErrors(problems.errors());
        return;
    }
    m_buttons->setEnabled(false);
    const Database *db = &m_db;
    const Id id = m_user.id;
    const QString current = m_current->text();
    const QString next = m_fields->password();
    runInBackground(
        this,
        [db, id, current, next] {
            return UserRepository(*db).changeOwnPassword(id, current, next);
        },
        [this](Result<void> result) {
            m_buttons->setEnabled(true);
            if (result) {
                emit attemptFinished(true);
                accept();
                return;
            }
            if (result.error().fields.isEmpty())
                showErrors({FieldError{QString(), result.error().message}});
            else
                showErrors(result.error().fields);
            emit attemptFinished(false);
        });
}

} // namespace cd
