#include "app/store/Authenticator.h"
#include "app/store/SchoolSettings.h"
#include "tests/support/TestSupport.h"
#include "ui/FirstRunWizard.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void fill(QWizard &wizard, const QString &name, const QString &text)
    {
        auto *edit = wizard.currentPage()->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setText(text);
    }

private slots:
    void initTestCase() { QVERIFY(installTranslations(*qApp, QLocale(QLocale::English))); }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void offersThreeWaysWithTheServerExplained()
    {
        FirstRunWizard wizard(m_dir.filePath(u"a.sqlite"_s), m_dir.filePath(u"demo-a.sqlite"_s));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ChoicePage));
        auto *local = wizard.findChild<QRadioButton *>(u"choiceLocal"_s);
        auto *server = wizard.findChild<QRadioButton *>(u"choiceServer"_s);
        auto *demo = wizard.findChild<QRadioButton *>(u"choiceDemo"_s);
        QVERIFY(local->isChecked() && local->isEnabled());
        QVERIFY(!server->isEnabled());
        QVERIFY(demo->isEnabled());
    }

    void createsASchoolAndItsFirstAdministrator()
    {
        const QString path = m_dir.filePath(u"new-school.sqlite"_s);
        FirstRunWizard wizard(path, m_dir.filePath(u"demo-b.sqlite"_s));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::LocalSchoolPage));
        QVERIFY(!wizard.currentPage()->isComplete());
        fill(wizard, u"schoolName"_s, u"Riverside Academy"_s);
        fill(wizard, u"fullName"_s, u"Ada Principal"_s);
        fill(wizard, u"username"_s, u"ada"_s);
        fill(wizard, u"password"_s, u"password123"_s);
        fill(wizard, u"confirmPassword"_s, u"password123"_s);
        QVERIFY(wizard.currentPage()->isComplete());
        // A common password is refused beside its field and nothing is created.
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible());
        QVERIFY(!QFile::exists(path));
        fill(wizard, u"password"_s, u"rivers run to the sea"_s);
        fill(wizard, u"confirmPassword"_s, u"rivers run to the see"_s);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible());
        QVERIFY(!QFile::exists(path));
        fill(wizard, u"confirmPassword"_s, u"rivers run to the sea"_s);
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(accepted.wait(10000));
        QCOMPARE(wizard.databasePath(), path);
        QVERIFY(wizard.createdAdministrator());
        QCOMPARE(wizard.createdAdministrator()->role, Role::Admin);

        auto db = test::openDatabase(path);
        QCOMPARE(SchoolSettings::load(*db).name, u"Riverside Academy"_s);
        QVERIFY(!SchoolSettings::load(*db).demo);
        QVERIFY(Authenticator(*db).signIn(u"ada"_s, u"rivers run to the sea"_s));
    }

    void preparesTheDemoSchool()
    {
        const QString demo = m_dir.filePath(u"demo-c.sqlite"_s);
        FirstRunWizard wizard(m_dir.filePath(u"c.sqlite"_s), demo);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton *>(u"choiceDemo"_s)->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DemoSchoolPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 120000);
        QVERIFY(QFile::exists(demo));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.databasePath(), demo);
        QVERIFY(!wizard.createdAdministrator());
        auto db = test::openDatabase(demo);
        QVERIFY(SchoolSettings::load(*db).demo);
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
