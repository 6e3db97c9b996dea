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
