#pragma once

#include "app/core/ClientSettings.h"
#include "app/core/User.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace cd {

class ChangePasswordDialog;
class CredentialStore;
class Database;
class FirstRunWizard;
class MainWindow;
class SignInDialog;

// The desktop application's flow, from start to quit: language, first-run wizard, opening the
// database, sign-in (or a remembered session from the keychain), the main window for the
// signed-in role, and everything that restarts part of that flow (sign out, switch user,
// password change, language, database location).
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath; // --db: use this file instead of the configured one
        QString language; // --language: overrides the configured language for this run
    };

    explicit AppController(Options options, QObject *parent = nullptr);
    ~AppController() override;

    void start();

    // The window the user is looking at now (wizard, sign-in or main window).
    QWidget *currentWindow() const;
    MainWindow *mainWindow() const;
    SignInDialog *signInDialog() const;
    FirstRunWizard *wizard() const;
    ChangePasswordDialog *passwordDialog() const;
    const Database *database() const { return m_db.get(); }
    ClientSettings &settings() { return m_settings; }

    void setLanguage(const QString &code);
    void signOut();
    void switchUser();
    // Copies the database to `target`, checks it and continues there; the old file is kept.
    void moveDatabase(const QString &target);
    // Closes this database and asks for a sign-in on another.
    void openOtherDatabase(const QString &path);

signals:
    // A new window became the one the user works in.
    void windowShown(QWidget *window);
    // Something the user should know that is not an error of theirs (e.g. no keychain).
    void notice(const QString &message);
    // CampusDesk cannot go on (the database given with --db cannot be opened).
    void failed(const QString &message);

private:
    bool openDatabase(const QString &path, QString *error);
    void useDatabase(std::shared_ptr<Database> db);
    void showWizard(const QString &localPath);
    void resumeOrSignIn();
    void showSignIn(const QString &notice = {}, bool keepUsername = true);
    void signedIn(const User &user, bool remember);
    void rememberSession();
    void forgetSession();
    void showMainWindow(const QString &page = {});
    void closeMainWindow();
    void changePassword(bool required);
    void showSettings();
    void showWindow(QWidget *window);
    QString databaseKey() const;

    Options m_options;
    ClientSettings m_settings;
    std::shared_ptr<Database> m_db;
    // Databases this run has switched away from stay open until it ends: windows being closed
    // and background work may still hold them.
    QList<std::shared_ptr<Database>> m_retired;
    CredentialStore *m_credentials = nullptr;
    User m_user;
    QString m_token; // this sign-in's remembered session, if any
    QPointer<FirstRunWizard> m_wizard;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_main;
    QPointer<ChangePasswordDialog> m_password;
};

} // namespace cd
