#include "ui/ChangePasswordDialog.h"

#include "app/core/PasswordPolicy.h"
#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"

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

    const auto passwordField = [this](const QString &name, const QString &accessible) {
        auto *field = new QLineEdit(this);
        field->setObjectName(name);
        field->setEchoMode(QLineEdit::Password);
        field->setAccessibleName(accessible);
        return field;
    };
    m_current = passwordField(u"currentPassword"_s, tr("Current password"));
    m_new = passwordField(u"newPassword"_s, tr("New password"));
    m_confirm = passwordField(u"confirmPassword"_s, tr("Confirm the new password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("Con&firm new password:"), m_confirm);

    m_general = new QLabel(this);
    m_general->hide();
    m_errors = std::make_unique<FieldErrors>(m_general);
    m_errors->attach(form, u"currentPassword"_s, m_current);
    m_errors->attach(form, u"password"_s, m_new);
    m_errors->attach(form, u"confirm"_s, m_confirm);

    m_rules = new QLabel(tr("Use at least %1 characters. A few unrelated words make a password "
                            "that is long, easy to remember and hard to guess.")
                             .arg(PasswordPolicy::minimumLength),
                         this);
    m_rules->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    if (required)
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Sign &out"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateFeedback);
    connect(m_confirm, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateFeedback);

    auto *layout = new QVBoxLayout(this);
    if (required) {
        auto *why = new QLabel(tr("An administrator has reset your password. Choose a new one "
                                  "that only you know before you go on."),
                               this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    layout->addLayout(form);
    layout->addWidget(m_rules);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    setTabOrder(m_current, m_new);
    setTabOrder(m_new, m_confirm);
    m_current->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::messageFor(const QString &field) const
{
    return m_errors->messageFor(field);
}

void ChangePasswordDialog::updateFeedback()
{
    ValidationResult problems;
    if (!m_new->text().isEmpty())
        problems = PasswordPolicy::check(m_new->text());
    if (!m_confirm->text().isEmpty() && m_confirm->text() != m_new->text())
        problems.add(u"confirm"_s, tr("The two new passwords are not the same."));
    m_errors->show(problems);
}

void ChangePasswordDialog::submit()
{
    if (m_confirm->text() != m_new->text()) {
        ValidationResult mismatch;
        mismatch.add(u"confirm"_s, tr("The two new passwords are not the same."));
        m_errors->show(mismatch);
        m_confirm->setFocus();
        return;
    }
    m_buttons->setEnabled(false);
    const Database *db = &m_db;
    const Id id = m_user.id;
    const QString current = m_current->text();
    const QString next = m_new->text();
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
            m_errors->show(result.error());
            emit attemptFinished(false);
        });
}

} // namespace cd
