#include "app/core/AppPaths.h"
#include "app/store/Authenticator.h"
#include "app/store/DemoSchool.h"
#include "app/store/UserRepository.h"
#include "app/sync/CredentialStore.h"
#include "tests/support/TestSupport.h"
#include "ui/AppController.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/FirstRunWizard.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAppController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    static bool signIn(AppController &app, const QString &username, const QString &password,
                       bool remember = false)
    {
        if (!QTest::qWaitFor([&] { return app.signInDialog() != nullptr; }, 5000))
            return false;
        SignInDialog *dialog = app.signInDialog();
        dialog->usernameField()->setText(username);
        dialog->passwordField()->setText(password);
        dialog->findChild<QCheckBox *>(u"rememberMe"_s)->setChecked(remember);
        dialog->submit();
        return QTest::qWaitFor([&] { return app.mainWindow() || app.passwordDialog(); }, 10000);
    }

    // A copy of the demo school for one test, so sign-in locks and sessions do not leak.
    QString freshCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_demo, path) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        AppPaths::setApplicationIdentity();
        DemoSchoolOptions options;
        options.students = 30;
        options.today = QDate(2026, 11, 22);
        m_demo = m_dir.filePath(u"demo.sqlite"_s);
        QVERIFY(DemoSchool::createFile(m_demo, options));
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void everyRoleLandsOnItsOwnWindow_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("firstPage");
        QTest::addColumn<bool>("seesAccounts");
        for (const DemoAccount &account : DemoSchool::accounts())
            QTest::newRow(qPrintable(account.username))
                << account.username
                << (account.role == Role::Student ? u"dashboard"_s : u"students"_s)
                << (account.role == Role::Admin);
    }

    void everyRoleLandsOnItsOwnWindow()
    {
        QFETCH(QString, username);
        QFETCH(QString, firstPage);
        QFETCH(bool, seesAccounts);
        AppController app({freshCopy(u"roles.sqlite"_s), u"en"_s});
        app.start();
        QVERIFY(signIn(app, username, u"campusdesk-"_s + username));
        QVERIFY(app.mainWindow());
        QCOMPARE(app.mainWindow()->currentPageId(), firstPage);
        QCOMPARE(app.mainWindow()->pageIds().contains(u"accounts"_s), seesAccounts);
        QCOMPARE(app.mainWindow()->user().username, username);
        QCOMPARE(app.currentWindow(), app.mainWindow());

        app.signOut();
        QTRY_VERIFY(app.signInDialog());
        QVERIFY(!app.mainWindow());
        QCOMPARE(app.signInDialog()->usernameField()->text(), username);
    }

    void switchingUserAsksForANewName()
    {
        AppController app({freshCopy(u"switch.sqlite"_s), u"en"_s});
        app.start();
        QVERIFY(signIn(app, u"teacher"_s, u"campusdesk-teacher"_s));
        app.switchUser();
        QTRY_VERIFY(app.signInDialog());
        QVERIFY(app.signInDialog()->usernameField()->text().isEmpty());
        QVERIFY(signIn(app, u"staff"_s, u"campusdesk-staff"_s));
        QCOMPARE(app.mainWindow()->user().role, Role::Staff);
    }

    void rememberMeKeepsTheSessionInTheKeychain()
    {
        const QString path = freshCopy(u"remember.sqlite"_s);
        {
            AppController app({path, u"en"_s});
            app.start();
            QVERIFY(signIn(app, u"staff"_s, u"campusdesk-staff"_s, true));
            const QString key = CredentialStore::keyFor(path);
            QSignalSpy notices(&app, &AppController::notice);
            const bool remembered = QTest::qWaitFor(
                [&] { return app.settings().hasRememberedSession(key) || !notices.isEmpty(); },
                10000);
            QVERIFY(remembered);
            if (!notices.isEmpty()) {
                // No keychain here: the app must say so and not remember.
                QVERIFY(!app.settings().hasRememberedSession(key));
                if (qEnvironmentVariableIsSet("CAMPUSDESK_REQUIRE_KEYCHAIN"))
                    QFAIL(qPrintable(notices.first().first().toString()));
                QSKIP("No keychain on this machine; scripts/test provides one.");
            }
        }
        {
            // A new start on the same database goes straight to the main window.
            AppController app({path, u"en"_s});
            app.start();
            QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow(), 10000);
            QCOMPARE(app.mainWindow()->user().username, u"staff"_s);
            QVERIFY(!app.signInDialog());
            app.signOut();
            QTRY_VERIFY(app.signInDialog());
        }
        {
            // After signing out nothing is remembered any more.
            AppController app({path, u"en"_s});
            app.start();
            QTRY_VERIFY(app.signInDialog());
            QTest::qWait(200);
            QVERIFY(!app.mainWindow());
        }
    }

    void aResetPasswordMustBeChangedFirst()
    {
        const QString path = freshCopy(u"reset.sqlite"_s);
        {
            auto db = test::openDatabase(path);
            const User teacher = *UserRepository(*db).findByUsername(u"teacher"_s);
            QVERIFY(UserRepository(*db).resetPassword(teacher.id, u"temporary secret 1"_s,
                                                      test::testActor()));
        }
        AppController app({path, u"en"_s});
        app.start();
        QVERIFY(signIn(app, u"teacher"_s, u"temporary secret 1"_s));
        QVERIFY(app.passwordDialog());
        QVERIFY(!app.mainWindow());
        ChangePasswordDialog *dialog = app.passwordDialog();
        dialog->currentField()->setText(u"temporary secret 1"_s);
        dialog->newField()->setText(u"only the teacher knows"_s);
        dialog->confirmField()->setText(u"only the teacher knows"_s);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow(), 10000);
        auto db = test::openDatabase(path);
        QVERIFY(Authenticator(*db).signIn(u"teacher"_s, u"only the teacher knows"_s));
    }

    void switchingLanguageMirrorsTheWindow()
    {
        AppController app({freshCopy(u"language.sqlite"_s), u"en"_s});
        app.start();
        QVERIFY(signIn(app, u"admin"_s, u"campusdesk-admin"_s));
        const QString englishTitle = app.mainWindow()->windowTitle();
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        app.mainWindow()->showPage(u"accounts"_s);

        app.setLanguage(u"ar"_s);
        QTRY_VERIFY(app.mainWindow());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(app.mainWindow()->isRightToLeft());
        QVERIFY(app.mainWindow()->windowTitle() != englishTitle);
        QVERIFY(app.mainWindow()->windowTitle().contains(u"Hillside College"_s));
        QCOMPARE(app.mainWindow()->currentPageId(), u"accounts"_s); // same page, new language

        app.setLanguage(u"fr"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(app.mainWindow()->windowTitle() != englishTitle);

        app.setLanguage(u"en"_s);
        QCOMPARE(app.mainWindow()->windowTitle(), englishTitle);
    }

    void movingTheDatabaseKeepsEverything()
    {
        const QString path = freshCopy(u"move-from.sqlite"_s);
        const QString target = m_dir.filePath(u"moved/school.sqlite"_s);
        AppController app({path, u"en"_s});
        app.start();
        QVERIFY(signIn(app, u"admin"_s, u"campusdesk-admin"_s));
        app.moveDatabase(target);
        QTRY_COMPARE_WITH_TIMEOUT(app.database()->path(), target, 10000);
        QTRY_VERIFY(app.mainWindow());
        QCOMPARE(app.settings().databasePath(), target);
        QVERIFY(QFile::exists(path)); // the old file is kept
        auto moved = test::openDatabase(target);
        QCOMPARE(test::rowCount(*moved, u"student"_s), 30);
        QVERIFY(Authenticator(*moved).signIn(u"admin"_s, u"campusdesk-admin"_s));

        // Moving onto an existing file is refused and changes nothing.
        app.moveDatabase(path);
        QTest::qWait(300);
        QCOMPARE(app.database()->path(), target);
    }

    void aNewComputerStartsWithTheWizard()
    {
        AppController app({{}, u"en"_s});
        app.settings().setDatabasePath({});
        app.start();
        QVERIFY(app.wizard());
        QCOMPARE(app.currentWindow(), app.wizard());
    }

    void anUnreadableDatabaseIsReported()
    {
        const QString path = m_dir.filePath(u"not-a-school.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        AppController app({path, u"en"_s});
        QSignalSpy failed(&app, &AppController::failed);
        app.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!app.currentWindow());
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
