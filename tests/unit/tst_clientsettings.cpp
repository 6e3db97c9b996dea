#include "app/core/AppPaths.h"
#include "app/core/ClientSettings.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestClientSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
        AppPaths::setApplicationIdentity();
    }

    void aNewComputerHasNothingConfigured()
    {
        const ClientSettings settings;
        QVERIFY(settings.databasePath().isEmpty());
        QVERIFY(settings.language().isEmpty()); // the system's language
        QVERIFY(!settings.hasRememberedSession(u"session:abc"_s));
    }

    void valuesOutliveTheObject()
    {
        {
            ClientSettings settings;
            settings.setDatabasePath(u"/srv/school.sqlite"_s);
            settings.setLanguage(u"ar"_s);
            settings.setServerUrl(u"https://campus.example.org"_s);
            settings.setCameraId(u"usb-1"_s);
            settings.setModelDirectory(u"/opt/models"_s);
            settings.setLastUsername(u"grace"_s);
            settings.setWindow("geometry", "state");
            settings.setRememberedSession(u"session:abc"_s, true);
        }
        const ClientSettings again;
        QCOMPARE(again.databasePath(), u"/srv/school.sqlite"_s);
        QCOMPARE(again.language(), u"ar"_s);
        QCOMPARE(again.serverUrl(), u"https://campus.example.org"_s);
        QCOMPARE(again.cameraId(), u"usb-1"_s);
        QCOMPARE(again.modelDirectory(), u"/opt/models"_s);
        QCOMPARE(again.lastUsername(), u"grace"_s);
        QCOMPARE(again.windowGeometry(), QByteArray("geometry"));
        QCOMPARE(again.windowState(), QByteArray("state"));
        QVERIFY(again.hasRememberedSession(u"session:abc"_s));
        QVERIFY(!again.hasRememberedSession(u"session:other"_s));
    }

    void recognitionSettingsKeepTheirDefaultsAndBounds()
    {
        ClientSettings settings;
        QCOMPARE(settings.recognitionThreshold(), 0.0); // the recogniser's own
        QCOMPARE(settings.recognitionMargin(), 0.0);
        QCOMPARE(settings.framesToAgree(), 3);
        QVERIFY(!settings.cameraResolution().isValid());

        settings.setRecognitionThreshold(0.96);
        settings.setRecognitionMargin(0.02);
        settings.setFramesToAgree(50);
        settings.setCameraResolution(QSize(1280, 720));
        const ClientSettings again;
        QCOMPARE(again.recognitionThreshold(), 0.96);
        QCOMPARE(again.recognitionMargin(), 0.02);
        QCOMPARE(again.framesToAgree(), 10); // at most 10
        QCOMPARE(again.cameraResolution(), QSize(1280, 720));

        settings.setFramesToAgree(0);
        QCOMPARE(settings.framesToAgree(), 1);
        settings.setCameraResolution({});
        QVERIFY(!ClientSettings().cameraResolution().isValid());
    }

    void forgettingASessionRemovesOnlyThatOne()
    {
        ClientSettings settings;
        settings.setRememberedSession(u"session:one"_s, true);
        settings.setRememberedSession(u"session:two"_s, true);
        settings.setRememberedSession(u"session:one"_s, false);
        QVERIFY(!settings.hasRememberedSession(u"session:one"_s));
        QVERIFY(settings.hasRememberedSession(u"session:two"_s));
    }

    void noSecretIsEverWrittenHere()
    {
        ClientSettings settings;
        settings.setRememberedSession(u"session:abc"_s, true);
        settings.sync();
        const QString file = m_dir.filePath(u"CampusDesk/CampusDesk.conf"_s);
        QFile conf(file);
        QVERIFY2(conf.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray text = conf.readAll();
        QVERIFY(text.contains("remembered"));
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("token"));
    }
};

QTEST_GUILESS_MAIN(TestClientSettings)
#include "tst_clientsettings.moc"
