#include "app/store/Authenticator.h"
#include "app/store/DemoSchool.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/SignInDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestSignInDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static bool attempt(SignInDialog &dialog, const QString &username, const QString &password)
    {
        dialog.usernameField()->setText(username);
        dialog.passwordField()->setText(password);
        QSignalSpy finished(&dialog, &SignInDialog::attemptFinished);
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        if (!finished.wait(10000))
            return false;
        return finished.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English)));
        DemoSchoolOptions options;
        options.students = 20;
        options.today = QDate(2026, 11, 22);
        const QString file = m_dir.filePath(u"signin.sqlite"_s);
        QVERIFY(DemoSchool::createFile(file, options));
        m_db = test::openDatabase(file);
        QVERIFY(m_db);
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void signsInEveryDemoRole()
    {
        for (const DemoAccount &account : DemoSchool::accounts()) {
            SignInDialog dialog(*m_db, u"Hillside College"_s, true, {});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            // The demo buttons fill in the role's account.
            auto *button = dialog.findChild<QPushButton *>(u"demo_"_s + codeOf(account.role));
            QVERIFY(button);
            button->click();
            QCOMPARE(dialog.usernameField()->text(), account.username);
            QSignalSpy finished(&dialog, &SignInDialog::attemptFinished);
            QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
            QVERIFY(finished.wait(10000));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.user().role, account.role);
        }
    }

    void wrongPasswordsSayNothingAboutTheName()
    {
        SignInDialog dialog(*m_db, u"Hillside College"_s, false, u"admin"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QGroupBox *>(u"demoAccounts"_s));
        QCOMPARE(QApplication::focusWidget(), dialog.passwordField()); // the name is remembered
        QVERIFY(!attempt(dialog, u"admin"_s, u"not the password"_s));
        const QString wrongPassword = dialog.errorText();
        QVERIFY(!wrongPassword.isEmpty());
        QVERIFY(dialog.passwordField()->text().isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(!attempt(dialog, u"nobody-here"_s, u"not the password"_s));
        QCOMPARE(dialog.errorText(), wrongPassword);
    }

    void repeatedFailuresLockTheAccount()
    {
        SignInDialog dialog(*m_db, u"Hillside College"_s, true, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const SignInThrottle throttle;
        for (int i = 0; i < throttle.freeFailures + 1; ++i)
            QVERIFY(!attempt(dialog, u"staff"_s, u"guessing wrong"_s));
        // Even the right password is now refused until the wait is over, and the dialog says so.
        QVERIFY(!attempt(dialog, u"staff"_s, u"campusdesk-staff"_s));
        QVERIFY(dialog.errorText().contains(u"Too many failed sign-ins"_s));
        // Persisted: the lock is in the database, not the dialog.
        QVERIFY(Authenticator(*m_db).lockOf(u"staff"_s)->failures >= throttle.freeFailures + 1);
        QVERIFY(Authenticator(*m_db).unlock(u"staff"_s, test::testActor()));
        QVERIFY(attempt(dialog, u"staff"_s, u"campusdesk-staff"_s));
    }

    void rememberMeIsOffUnlessChosen()
    {
        SignInDialog dialog(*m_db, u"Hillside College"_s, true, {});
        QVERIFY(!dialog.rememberMe());
        dialog.findChild<QCheckBox *>(u"rememberMe"_s)->setChecked(true);
        QVERIFY(dialog.rememberMe());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
