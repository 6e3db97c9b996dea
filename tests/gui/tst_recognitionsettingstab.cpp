#include "ModelFixture.h"

#include "app/core/AppPaths.h"
#include "app/core/ClientSettings.h"
#include "app/vision/RecognitionDefaults.h"
#include "ui/ModelStatusModel.h"
#include "ui/RecognitionSettingsTab.h"
#include "ui/ShippedDefaultSpinBox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace cd::test;
using namespace Qt::Literals::StringLiterals;

class TestRecognitionSettingsTab : public QObject
{
    Q_OBJECT

    ModelFixture m_fixture;
    QTemporaryDir m_home;

    static QString inUse(const RecognitionSettingsTab &tab)
    {
        return tab.findChild<QLabel *>(u"recogniserInUse"_s)->text();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qunsetenv("CAMPUSDESK_MODEL_DIR");
        AppPaths::setApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_fixture.start());
    }
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void theTuningFollowsTheRecogniserInUse()
    {
        QTemporaryDir dir;
        ClientSettings settings;
        settings.setModelDirectory(dir.path());
        settings.setRecognitionThreshold(0.96); // set while the descriptor was in use
        settings.setRecognitionMargin(0);
        const auto models = m_fixture.manager();
        RecognitionSettingsTab tab(settings, models.get());
        QCOMPARE(tab.recogniser(), RecognitionSettingsTab::Recogniser::Checking);
        QVERIFY(!tab.thresholdBox()->isEnabled());
        QTRY_COMPARE(tab.recogniser(), RecognitionSettingsTab::Recogniser::Lbph);
        QCOMPARE(inUse(tab), u"Fallback: LBPH, because the descriptor model is missing"_s);
        QVERIFY(tab.thresholdBox()->isEnabled());
        // 0.96 means nothing to LBPH: its default is shown, and 0.96 is kept.
        QVERIFY(tab.thresholdBox()->isShippedDefault());
        QCOMPARE(tab.thresholdBox()->shipped(), double(RecognitionDefaults::lbphThreshold.shipped));
        QCOMPARE(tab.marginBox()->text(), u"Shipped default (5)"_s);
        QVERIFY(!tab.findChild<QLabel *>(u"keptValuesNote"_s)->isHidden());
        tab.save();
        QCOMPARE(settings.recognitionThreshold(), 0.96);
        QCOMPARE(settings.recognitionMargin(), 0.0);

        QSignalSpy changed(&tab, &RecognitionSettingsTab::recogniserChanged);
        tab.downloadModel(ModelCatalogue::faceRecognitionId);
        QTRY_COMPARE_WITH_TIMEOUT(tab.recogniser(), RecognitionSettingsTab::Recogniser::Descriptor,
                                  20000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inUse(tab), u"Face descriptor (ResNet)"_s);
        QCOMPARE(tab.thresholdBox()->value(), 0.96);
        QCOMPARE(tab.marginBox()->text(), u"Shipped default (0.010)"_s);
        QVERIFY(tab.findChild<QLabel *>(u"keptValuesNote"_s)->isHidden());
        QCOMPARE(tab.modelMessage(), u"Test descriptor is installed."_s);
        tab.marginBox()->stepBy(1);
        QCOMPARE(tab.marginBox()->value(), 0.01);
        QCOMPARE(tab.marginBox()->shipped(), 0.01);
        tab.save();
        QCOMPARE(settings.recognitionThreshold(), 0.96);
        QCOMPARE(settings.recognitionMargin(), 0.01);
    }

    void aChangedValueReplacesAKeptOne()
    {
        QTemporaryDir dir;
        ClientSettings settings;
        settings.setModelDirectory(dir.path());
        settings.setRecognitionThreshold(0.96);
        const auto models = m_fixture.manager();
        RecognitionSettingsTab tab(settings, models.get());
        QTRY_COMPARE(tab.recogniser(), RecognitionSettingsTab::Recogniser::Lbph);
        tab.thresholdBox()->stepBy(1);
        QCOMPARE(tab.thresholdBox()->value(), -78.0);
        tab.thresholdBox()->stepBy(5);
        tab.save();
        QCOMPARE(settings.recognitionThreshold(), -73.0);
        tab.thresholdBox()->setValue(tab.thresholdBox()->minimum());
        tab.save();
        QCOMPARE(settings.recognitionThreshold(), 0.0);
    }

    void theButtonsDownloadCancelAndExplainFailures()
    {
        QTemporaryDir dir;
        ClientSettings settings;
        settings.setModelDirectory(dir.path());
        const auto models = m_fixture.manager(u"/nowhere/"_s);
        RecognitionSettingsTab tab(settings, models.get());
        auto *download = tab.findChild<QPushButton *>(u"downloadModel"_s);
        auto *cancel = tab.findChild<QPushButton *>(u"cancelDownload"_s);
        auto *import = tab.findChild<QPushButton *>(u"importModel"_s);
        QTRY_VERIFY(tab.modelStatus()->isChecked());
        QVERIFY(download->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(import->isEnabled());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        download->click();
        QVERIFY(finished.wait(20000));
        QVERIFY2(tab.modelMessage().contains(u"404"_s), qPrintable(tab.modelMessage()));
        QVERIFY(download->isEnabled()); // try again

        const auto slow = m_fixture.manager(u"/slow/"_s);
        RecognitionSettingsTab stalled(settings, slow.get());
        download = stalled.findChild<QPushButton *>(u"downloadModel"_s);
        cancel = stalled.findChild<QPushButton *>(u"cancelDownload"_s);
        import = stalled.findChild<QPushButton *>(u"importModel"_s);
        QTRY_VERIFY(stalled.modelStatus()->isChecked());
        QSignalSpy stopped(slow.get(), &ModelManager::finished);
        download->click();
        QVERIFY(!download->isEnabled());
        QVERIFY(!import->isEnabled());
        QTRY_VERIFY(cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE(stopped.size(), 1);
        QVERIFY2(stalled.modelMessage().contains(u"cancelled"_s),
                 qPrintable(stalled.modelMessage()));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(download->isEnabled());
    }

    void importingADamagedFileSaysSo()
    {
        QTemporaryDir source, dir;
        QVERIFY(ModelFixture::writeFile(source.filePath(u"weights.bin"_s), "not the weights"));
        QVERIFY(
            ModelFixture::writeFile(source.filePath(u"manifest.json"_s), ModelFixture::manifest));
        ClientSettings settings;
        settings.setModelDirectory(dir.path());
        const auto models = m_fixture.manager();
        RecognitionSettingsTab tab(settings, models.get());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        tab.importModelFiles(ModelCatalogue::faceRecognitionId, {source.path()});
        QVERIFY(finished.wait(20000));
        QVERIFY2(tab.modelMessage().contains(u"weights.bin"_s), qPrintable(tab.modelMessage()));
        QTRY_COMPARE(tab.recogniser(), RecognitionSettingsTab::Recogniser::Lbph);
    }

    void cameraAndResolutionAreKept()
    {
        ClientSettings settings;
        settings.setCameraId(u"usb-gone"_s);
        settings.setCameraResolution(QSize(1280, 720));
        settings.setFramesToAgree(4);
        const auto models = m_fixture.manager();
        RecognitionSettingsTab tab(settings, models.get());
        QCOMPARE(tab.framesBox()->value(), 4);
        QCOMPARE(tab.cameraBox()->currentData().toString(), u"usb-gone"_s);
        QCOMPARE(tab.resolutionBox()->itemText(0), u"Camera default"_s);
        QCOMPARE(tab.resolutionBox()->currentData().toSize(), QSize(1280, 720));
        tab.save();
        QCOMPARE(settings.cameraId(), u"usb-gone"_s);
        QCOMPARE(settings.cameraResolution(), QSize(1280, 720));

        tab.cameraBox()->setCurrentIndex(0); // the system's default camera
        QCOMPARE(tab.resolutionBox()->currentData().toSize(), QSize(1280, 720)); // still wanted
        tab.resolutionBox()->setCurrentIndex(0);
        tab.framesBox()->setValue(2);
        tab.save();
        QVERIFY(settings.cameraId().isEmpty());
        QVERIFY(!settings.cameraResolution().isValid());
        QCOMPARE(settings.framesToAgree(), 2);
    }

    void theLateThresholdIsOneClickAway()
    {
        ClientSettings settings;
        const auto models = m_fixture.manager();
        RecognitionSettingsTab tab(settings, models.get());
        auto *link = tab.findChild<QLabel *>(u"lateThresholdLink"_s);
        QVERIFY(link->text().contains(u"School"_s));
        QSignalSpy requested(&tab, &RecognitionSettingsTab::schoolTabRequested);
        emit link->linkActivated(u"#school"_s);
        QCOMPARE(requested.size(), 1);
        tab.setSchoolTabShown(false);
        QVERIFY(!link->text().contains(u"<a"_s));
    }
};

QTEST_MAIN(TestRecognitionSettingsTab)
#include "tst_recognitionsettingstab.moc"
