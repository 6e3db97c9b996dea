#include "app/store/Authenticator.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestChangePasswordDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    User m_user;

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English)));
        m_db = test::openFreshDatabase(m_dir);
        User u;
        u.username = u"omar"_s;
        u.fullName = u"Omar Said"_s;
        u.role = Role::Teacher;
        auto created = UserRepository(*m_db).create(u, u"first fine password"_s, test::testActor());
        QVERIFY(created);
        m_user = *created;
    }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void problemsShowBesideTheirFieldsAndNothingChanges()
    {
        ChangePasswordDialog dialog(*m_db, m_user, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Too short, and the confirmation differs: both are shown and nothing is sent.
        QTest::keyClicks(dialog.newField(), u"short"_s);
        dialog.confirmField()->setText(u"shirt"_s);
        dialog.currentField()->setText(u"first fine password"_s);
        dialog.submit();
        QVERIFY(!dialog.messageFor(u"password"_s).isEmpty());
        QVERIFY(!dialog.messageFor(u"confirmPassword"_s).isEmpty());
        QVERIFY(dialog.isVisible());
        dialog.newField()->setText(u"a much longer one"_s);

        dialog.confirmField()->setText(u"a much longer one"_s);
        dialog.currentField()->setText(u"not my password"_s);
        QSignalSpy finished(&dialog, &ChangePasswordDialog::attemptFinished);
        dialog.submit();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!dialog.messageFor(u"currentPassword"_s).isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.newField()->text(), u"a much longer one"_s); // nothing typed is lost
        QVERIFY(Authenticator(*m_db).signIn(u"omar"_s, u"first fine password"_s));
    }

    void changesThePassword()
    {
        ChangePasswordDialog dialog(*m_db, m_user, false);
        dialog.show();
        dialog.currentField()->setText(u"first fine password"_s);
        dialog.newField()->setText(u"second fine password"_s);
        dialog.confirmField()->setText(u"second fine password"_s);
        QSignalSpy finished(&dialog, &ChangePasswordDialog::attemptFinished);
        QTest::keyClick(dialog.confirmField(), Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(Authenticator(*m_db).signIn(u"omar"_s, u"second fine password"_s));
    }
};

QTEST_MAIN(TestChangePasswordDialog)
#include "tst_changepassworddialog.moc"
