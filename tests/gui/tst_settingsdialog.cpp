#include "app/core/AppPaths.h"
#include "app/core/ClientSettings.h"
#include "app/store/SchoolSettings.h"
#include "tests/support/TestSupport.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        AppPaths::setApplicationIdentity();
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English)));
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void aBadServerAddressIsExplainedAndNothingIsSaved()
    {
        ClientSettings settings;
        settings.setServerUrl(u"https://old.example.org"_s);
        SettingsDialog dialog(settings, *m_db, test::testActor());
        dialog.show();
        dialog.serverField()->setText(u"campusdesk dot org"_s);
        dialog.submit();
        QVERIFY(!dialog.messageFor(u"serverUrl"_s).isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(settings.serverUrl(), u"https://old.example.org"_s);

        dialog.serverField()->setText(u"https://campus.example.org"_s);
        dialog.schoolNameField()->setText(u"Riverside Academy"_s);
        auto *lateAfter = dialog.findChild<QSpinBox *>(u"lateAfterMinutes"_s);
        QVERIFY(lateAfter);
        QCOMPARE(lateAfter->value(), SchoolSettings::load(*m_db).lateAfterMinutesDefault);
        lateAfter->setValue(15);
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.submit();
        QVERIFY(saved.wait(5000));
        QCOMPARE(ClientSettings().serverUrl(), u"https://campus.example.org"_s);
        QCOMPARE(SchoolSettings::load(*m_db).name, u"Riverside Academy"_s);
        QCOMPARE(SchoolSettings::load(*m_db).lateAfterMinutesDefault, 15);
    }

    void choosingALanguageIsRememberedAndAnnounced()
    {
        ClientSettings settings;
        SettingsDialog dialog(settings, *m_db, test::testActor());
        const int arabic = dialog.languageBox()->findData(u"ar"_s);
        QVERIFY(arabic > 0);
        QCOMPARE(dialog.languageBox()->itemText(arabic), u"العربية"_s);
        dialog.languageBox()->setCurrentIndex(arabic);
        QSignalSpy changed(&dialog, &SettingsDialog::languageChanged);
        dialog.submit();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"ar"_s);
        QCOMPARE(ClientSettings().language(), u"ar"_s);
        settings.setLanguage({});
    }

    void onlyThoseAllowedSeeTheSchoolTab()
    {
        ClientSettings settings;
        const Actor teacher{u"t"_s, u"Tess"_s, Role::Teacher};
        SettingsDialog dialog(settings, *m_db, teacher);
        QVERIFY(!dialog.schoolNameField());
        QCOMPARE(dialog.findChild<QTabWidget *>(u"settingsTabs"_s)->count(), 2);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
