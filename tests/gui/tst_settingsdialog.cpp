#include "app/core/AppPaths.h"
#include "app/core/ClientSettings.h"
#include "app/store/SchoolSettings.h"
#include "tests/support/TestSupport.h"
#include "ui/RecognitionSettingsTab.h"
#include "ui/SettingsDialog.h"
#include "ui/ShippedDefaultSpinBox.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
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
        // No face models: the user's model folder is an empty one of the test's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        qunsetenv("CAMPUSDESK_MODEL_DIR");
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
        QCOMPARE(dialog.findChild<QTabWidget *>(u"settingsTabs"_s)->count(), 3);
        // The late threshold is named, without a link to a tab that is not there.
        const auto *late = dialog.findChild<QLabel *>(u"lateThresholdLink"_s);
        QVERIFY(late->text().contains(u"late"_s));
        QVERIFY(!late->text().contains(u"<a"_s));
    }

    void recognitionValuesLoadFromAndSaveToClientSettings()
    {
        ClientSettings settings;
        settings.setRecognitionThreshold(0);
        settings.setRecognitionMargin(0);
        settings.setFramesToAgree(5);
        settings.setModelDirectory(m_dir.filePath(u"models"_s));
        {
            SettingsDialog dialog(settings, *m_db, test::testActor());
            RecognitionSettingsTab *tab = dialog.recognitionTab();
            QVERIFY(tab);
            QCOMPARE(tab->framesBox()->value(), 5);
            QCOMPARE(tab->modelFolderField()->text(), m_dir.filePath(u"models"_s));
            QTRY_VERIFY(tab->recogniser() != RecognitionSettingsTab::Recogniser::Checking);
            // 0 is shown as the shipped default, whose value the text names.
            ShippedDefaultSpinBox *threshold = tab->thresholdBox();
            QVERIFY(threshold->isShippedDefault());
            QVERIFY2(threshold->text().startsWith(u"Shipped default ("_s),
                     qPrintable(threshold->text()));
            QVERIFY(threshold->text().contains(
                threshold->locale().toString(threshold->shipped(), 'f', threshold->decimals())));
            threshold->stepBy(1);
            threshold->stepBy(1);
            QVERIFY(tab->marginBox()->isShippedDefault());

            // Frames to agree: 1..10.
            tab->framesBox()->setValue(11);
            QCOMPARE(tab->framesBox()->value(), 10);
            tab->framesBox()->setValue(0);
            QCOMPARE(tab->framesBox()->value(), 1);
            tab->framesBox()->setValue(7);
            QSignalSpy saved(&dialog, &SettingsDialog::saved);
            dialog.submit();
            QVERIFY(saved.wait(5000));
        }
        ClientSettings stored;
        const double chosen = stored.recognitionThreshold();
        QVERIFY(chosen != 0);
        QCOMPARE(stored.recognitionMargin(), 0.0);
        QCOMPARE(stored.framesToAgree(), 7);
        QCOMPARE(stored.modelDirectory(), m_dir.filePath(u"models"_s));

        // Shown again as saved; back at the lowest position it means "default" again: 0.
        SettingsDialog dialog(stored, *m_db, test::testActor());
        ShippedDefaultSpinBox *threshold = dialog.recognitionTab()->thresholdBox();
        QTRY_VERIFY(threshold->isEnabled());
        QCOMPARE(threshold->value(), chosen);
        QVERIFY(qFuzzyCompare(chosen, threshold->shipped() + threshold->singleStep()));
        threshold->setValue(threshold->minimum());
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.submit();
        QVERIFY(saved.wait(5000));
        QCOMPARE(ClientSettings().recognitionThreshold(), 0.0);
    }

    // CAMPUSDESK_SCREENSHOT=<folder>: saves the Face recognition tab, left to right and right to
    // left, for a look at the layout.
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("CAMPUSDESK_SCREENSHOT");
        if (folder.isEmpty())
            QSKIP("Set CAMPUSDESK_SCREENSHOT to a folder to save screenshots");
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QVERIFY(installTranslations(
                *qApp, QLocale(direction == Qt::LeftToRight ? QLocale::English : QLocale::Arabic)));
            QGuiApplication::setLayoutDirection(direction);
            ClientSettings settings;
            SettingsDialog dialog(settings, *m_db, test::testActor());
            auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
            tabs->setCurrentWidget(dialog.recognitionTab());
            dialog.show();
            QTRY_VERIFY(dialog.recognitionTab()->thresholdBox()->isEnabled());
            const QString name = direction == Qt::LeftToRight ? u"settings-shot.png"_s
                                                              : u"settings-shot-rtl.png"_s;
            QVERIFY(dialog.grab().save(QDir(folder).filePath(name)));
        }
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English)));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void theRecognitionTabLinksToTheLateThreshold()
    {
        ClientSettings settings;
        SettingsDialog dialog(settings, *m_db, test::testActor());
        auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
        QCOMPARE(tabs->count(), 4);
        tabs->setCurrentWidget(dialog.recognitionTab());
        auto *late = dialog.findChild<QLabel *>(u"lateThresholdLink"_s);
        QVERIFY(late->text().contains(u"<a"_s));
        emit late->linkActivated(u"#school"_s);
        QVERIFY(tabs->currentWidget()->isAncestorOf(
            dialog.findChild<QSpinBox *>(u"lateAfterMinutes"_s)));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
