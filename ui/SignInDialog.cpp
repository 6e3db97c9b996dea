#include "ui/SignInDialog.h"

#include "app/store/Authenticator.h"
#include "app/store/DemoSchool.h"
#include "ui/Background.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

SignInDialog::SignInDialog(const Database &db, const QString &schoolName, bool demo,
                           const QString &lastUsername, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(demo ? tr("Sign in — %1 (demo school)").arg(schoolName)
                        : tr("Sign in — %1").arg(schoolName));

    auto *heading = new QLabel(schoolName, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    m_username = new QLineEdit(lastUsername, this);
    m_username->setObjectName(u"username"_s);
    m_username->setAccessibleName(tr("User name"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setObjectName(u"rememberMe"_s);
    m_remember->setToolTip(tr("Keeps you signed in for 30 days. The sign-in is kept in this "
                              "computer's keychain, never in a file."));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_error = new QLabel(this);
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in problem"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"signInNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_buttons = new QDialogButtonBox(this);
    QPushButton *signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(u"signInButton"_s);
    signIn->setDefault(true);
    m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("Sign in with your CampusDesk account."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);

    if (demo) {
        auto *box = new QGroupBox(tr("Demo accounts"), this);
        box->setObjectName(u"demoAccounts"_s);
        auto *boxLayout = new QVBoxLayout(box);
        auto *explanation = new QLabel(
            tr("This is a made-up school for trying CampusDesk. Choose a role to fill in its "
               "demo account, then sign in."),
            box);
        explanation->setWordWrap(true);
        boxLayout->addWidget(explanation);
        auto *row = new QHBoxLayout;
        for (const DemoAccount &account : DemoSchool::accounts()) {
            auto *button = new QPushButton(RoleNames::displayName(account.role), box);
            button->setObjectName(u"demo_"_s + codeOf(account.role));
            button->setAutoDefault(false);
            button->setToolTip(
                tr("User name %1, password %2").arg(account.username, account.password));
            connect(button, &QPushButton::clicked, this, [this, account] {
                m_username->setText(account.username);
                m_password->setText(account.password);
                m_password->setFocus();
            });
            row->addWidget(button);
        }
        boxLayout->addLayout(row);
        layout->addWidget(box);
    }
    layout->addWidget(m_buttons);

    if (lastUsername.isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

bool SignInDialog::rememberMe() const
{
    return m_remember->isChecked();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    setBusy(true);
    const QString username = m_username->text();
    const QString password = m_password->text();
    const Database *db = &m_db;
    runInBackground(
        this, [db, username, password] { return Authenticator(*db).signIn(username, password); },
        [this](Result<User> result) {
            setBusy(false);
            if (result) {
                m_user = *result;
                emit attemptFinished(true);
                accept();
                return;
            }
            m_error->setText(result.error().message);
            m_error->show();
            m_password->clear();
            m_password->setFocus();
            emit attemptFinished(false);
        });
}

} // namespace cd
