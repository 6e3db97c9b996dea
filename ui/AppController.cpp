#include "ui/AppController.h"

#include "app/core/AppPaths.h"
#include "app/store/Authenticator.h"
#include "app/store/Database.h"
#include "app/store/SchoolSettings.h"
#include "app/store/UserRepository.h"
#include "app/sync/CredentialStore.h"
#include "ui/Background.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/FirstRunWizard.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/SignInDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QThreadPool>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// A message that does not stop the application's flow (no nested event loop).
void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"notice"_s);
    box->open();
}

} // namespace

AppController::AppController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_credentials(new CredentialStore(this))
{
    // The keychain may be locked and ask the user; a sign-in must not wait minutes for it.
    m_credentials->setTimeout(std::chrono::seconds(20));
}

AppController::~AppController()
{
    delete m_main;
    delete m_signIn;
    delete m_wizard;
    delete m_password;
    // Background reads hold the databases by reference: let them finish before they close.
    QThreadPool::globalInstance()->waitForDone();
}

void AppController::start()
{
    setLanguage(m_options.language.isEmpty() ? m_settings.language() : m_options.language);
    QString path = m_options.databasePath;
    if (path.isEmpty())
        path = m_settings.databasePath();
    // Settings lost but the school is still there: open it rather than start afresh.
    if (path.isEmpty() && QFileInfo::exists(AppPaths::defaultDatabase()))
        path = AppPaths::defaultDatabase();
    if (path.isEmpty()) {
        showWizard(AppPaths::defaultDatabase());
        return;
    }
    QString error;
    if (!openDatabase(path, &error)) {
        if (!m_options.databasePath.isEmpty()) {
            emit failed(error);
            return;
        }
        showWizard(AppPaths::defaultDatabase());
        tell(m_wizard, QMessageBox::Warning, tr("CampusDesk cannot open the database"), error);
        return;
    }
    resumeOrSignIn();
}

QWidget *AppController::currentWindow() const
{
    if (m_password)
        return m_password;
    if (m_main)
        return m_main;
    if (m_signIn)
        return m_signIn;
    return m_wizard;
}

MainWindow *AppController::mainWindow() const
{
    return m_main;
}

SignInDialog *AppController::signInDialog() const
{
    return m_signIn;
}

FirstRunWizard *AppController::wizard() const
{
    return m_wizard;
}

ChangePasswordDialog *AppController::passwordDialog() const
{
    return m_password;
}

bool AppController::openDatabase(const QString &path, QString *error)
{
    auto db = Database::open(path);
    if (!db) {
        *error = db.error().message;
        return false;
    }
    useDatabase(std::move(*db));
    return true;
}

void AppController::useDatabase(std::shared_ptr<Database> db)
{
    if (m_db)
        m_retired.append(std::move(m_db));
    m_db = std::move(db);
    if (m_options.databasePath.isEmpty())
        m_settings.setDatabasePath(m_db->path());
}

QString AppController::databaseKey() const
{
    return m_db ? CredentialStore::keyFor(m_db->path()) : QString();
}

void AppController::showWindow(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
    emit windowShown(window);
}

void AppController::showWizard(const QString &localPath)
{
    auto *wizard = new FirstRunWizard(localPath, AppPaths::demoDatabase());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        QString error;
        if (!openDatabase(wizard->databasePath(), &error)) {
            emit failed(error);
            return;
        }
        if (wizard->createdAdministrator())
            signedIn(*wizard->createdAdministrator(), false);
        else
            showSignIn();
    });
    connect(wizard, &QDialog::rejected, qApp, &QApplication::quit);
    showWindow(wizard);
}

void AppController::resumeOrSignIn()
{
    auto users = UserRepository(*m_db).count();
    if (users && *users == 0) {
        // A new, empty database (e.g. --db with a new file): it needs its first administrator.
        showWizard(m_db->path());
        return;
    }
    const QString key = databaseKey();
    if (!m_settings.hasRememberedSession(key)) {
        showSignIn();
        return;
    }
    m_credentials->read(key, [this, key](Result<QByteArray> secret) {
        if (!secret) {
            m_settings.setRememberedSession(key, false);
            showSignIn(secret.error().code == Error::Code::Unavailable ? secret.error().message
                                                                       : QString());
            return;
        }
        const QString token = QString::fromUtf8(*secret);
        std::shared_ptr<const Database> db = m_db;
        runInBackground(
            this, [db, token] { return Authenticator(*db).resume(token); },
            [this, token, key](Result<User> user) {
                if (!user) {
                    m_settings.setRememberedSession(key, false);
                    m_credentials->remove(key, [](Result<void>) {});
                    showSignIn(user.error().message);
                    return;
                }
                m_token = token;
                signedIn(*user, false);
            });
    });
}

void AppController::showSignIn(const QString &notice, bool keepUsername)
{
    const SchoolSettings school = SchoolSettings::load(*m_db);
    auto *dialog = new SignInDialog(*m_db, school.name, school.demo,
                                    keepUsername ? m_settings.lastUsername() : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNotice(notice);
    m_signIn = dialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { signedIn(dialog->user(), dialog->rememberMe()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_main)
            QApplication::quit();
    });
    showWindow(dialog);
}

void AppController::signedIn(const User &user, bool remember)
{
    m_user = user;
    m_settings.setLastUsername(user.username);
    if (remember)
        rememberSession();
    if (user.mustChangePassword) {
        changePassword(true);
        return;
    }
    showMainWindow();
}

void AppController::rememberSession()
{
    std::shared_ptr<const Database> db = m_db;
    const User user = m_user;
    const QString key = databaseKey();
    runInBackground(
        this, [db, user] { return Authenticator(*db).remember(user); },
        [this, key, db](Result<QString> token) {
            if (!token) {
                emit notice(token.error().message);
                return;
            }
            const QString secret = *token;
            m_credentials->write(
                key, secret.toUtf8(), [this, key, secret, db](Result<void> written) {
                    if (!written) {
                        // No keychain: say so, and do not remember.
                        runInBackground(
                            this, [db, secret] { return Authenticator(*db).forget(secret); },
                            [](Result<void>) {});
                        emit notice(written.error().message);
                        return;
                    }
                    m_token = secret;
                    m_settings.setRememberedSession(key, true);
                });
        });
}

void AppController::forgetSession()
{
    const QString key = databaseKey();
    if (!m_token.isEmpty()) {
        std::shared_ptr<const Database> db = m_db;
        const QString token = m_token;
        runInBackground(
            this, [db, token] { return Authenticator(*db).forget(token); }, [](Result<void>) {});
        m_token.clear();
    }
    if (m_settings.hasRememberedSession(key)) {
        m_settings.setRememberedSession(key, false);
        m_credentials->remove(key, [](Result<void>) {});
    }
}

void AppController::showMainWindow(const QString &page)
{
    closeMainWindow();
    auto *window = new MainWindow(*m_db, m_user, m_settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_main = window;
    if (!page.isEmpty())
        window->showPage(page);
    connect(window, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(window, &MainWindow::switchUserRequested, this, &AppController::switchUser);
    connect(window, &MainWindow::changePasswordRequested, this, [this] { changePassword(false); });
    connect(window, &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(this, &AppController::notice, window,
            [window](const QString &message) { window->statusBar()->showMessage(message, 15000); });
    showWindow(window);
}

void AppController::closeMainWindow()
{
    if (!m_main)
        return;
    MainWindow *window = m_main;
    m_main = nullptr;
    window->disconnect(this);
    window->close(); // saves its geometry; deleted on close
}

void AppController::signOut()
{
    forgetSession();
    closeMainWindow();
    m_user = User();
    showSignIn();
}

void AppController::switchUser()
{
    forgetSession();
    closeMainWindow();
    m_user = User();
    showSignIn({}, false);
}

void AppController::changePassword(bool required)
{
    auto *dialog = new ChangePasswordDialog(*m_db, m_user, required, required ? nullptr : m_main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    m_password = dialog;
    connect(dialog, &QDialog::accepted, this, [this, required] {
        m_user.mustChangePassword = false;
        // A password change ends every remembered session, this one too: remember anew.
        const bool remembered = !m_token.isEmpty();
        m_token.clear();
        if (remembered)
            rememberSession();
        if (required)
            showMainWindow();
        else if (m_main)
            m_main->statusBar()->showMessage(tr("Your password has been changed."), 10000);
    });
    connect(dialog, &QDialog::rejected, this, [this, required] {
        if (required)
            signOut();
    });
    showWindow(dialog);
}

void AppController::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, *m_db,
                                      Actor{m_user.id, m_user.fullName, m_user.role}, m_main);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChanged, this, &AppController::setLanguage,
            Qt::QueuedConnection);
    connect(dialog, &SettingsDialog::moveDatabaseRequested, this, [this, dialog](const QString &t) {
        dialog->close();
        moveDatabase(t);
    });
    connect(dialog, &SettingsDialog::openDatabaseRequested, this, [this, dialog](const QString &p) {
        dialog->close();
        openOtherDatabase(p);
    });
    dialog->open();
}

void AppController::setLanguage(const QString &code)
{
    installTranslations(*qApp, localeForLanguage(code));
    // Windows are built in one language: rebuild the one on screen in the new one.
    if (m_main) {
        const QString page = m_main->currentPageId();
        showMainWindow(page);
    } else if (m_signIn && m_signIn->isVisible()) {
        SignInDialog *old = m_signIn;
        old->disconnect(this);
        old->close();
        showSignIn();
    }
}

void AppController::moveDatabase(const QString &target)
{
    std::shared_ptr<const Database> db = m_db;
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (m_main)
        m_main->statusBar()->showMessage(tr("Copying the database…"));
    runInBackground(
        this, [db, absolute] { return db->copyTo(absolute); },
        [this, absolute](Result<void> copied) {
            if (!copied) {
                tell(m_main, QMessageBox::Warning, tr("The database was not moved"),
                     copied.error().message);
                if (m_main)
                    m_main->statusBar()->clearMessage();
                return;
            }
            const QString oldPath = m_db->path();
            const QString oldKey = databaseKey();
            const QString token = m_token;
            const QString page = m_main ? m_main->currentPageId() : QString();
            auto moved = Database::open(absolute);
            if (!moved) {
                tell(m_main, QMessageBox::Warning, tr("The database was not moved"),
                     moved.error().message);
                return;
            }
            closeMainWindow();
            useDatabase(std::move(*moved));
            m_settings.setDatabasePath(absolute);
            // The copy holds the same remembered session: keep it under the new file's key.
            if (!token.isEmpty()) {
                m_credentials->write(databaseKey(), token.toUtf8(), [](Result<void>) {});
                m_credentials->remove(oldKey, [](Result<void>) {});
                m_settings.setRememberedSession(oldKey, false);
                m_settings.setRememberedSession(databaseKey(), true);
            }
            showMainWindow(page);
            tell(m_main, QMessageBox::Information, tr("The database has moved"),
                 tr("CampusDesk now uses %1. The old file %2 was kept; you can delete it once you "
                    "have checked the new one.")
                     .arg(QDir::toNativeSeparators(absolute), QDir::toNativeSeparators(oldPath)));
        });
}

void AppController::openOtherDatabase(const QString &path)
{
    auto next = Database::open(path);
    if (!next) {
        tell(m_main, QMessageBox::Warning, tr("CampusDesk cannot open the database"),
             next.error().message);
        return;
    }
    forgetSession();
    closeMainWindow();
    m_user = User();
    useDatabase(std::move(*next));
    resumeOrSignIn();
}

} // namespace cd
