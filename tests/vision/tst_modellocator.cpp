#include "app/vision/ModelCatalogue.h"
#include "app/vision/ModelLocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A catalogue entry for two small files whose content the test controls.
ModelInfo fakeModel(const QByteArray &a, const QByteArray &b)
{
    const auto sha = [](const QByteArray &bytes) {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    };
    return ModelInfo{u"fake"_s,
                     u"Fake"_s,
                     u"1"_s,
                     u"MIT"_s,
                     u"test"_s,
                     {ModelFile{u"a.bin"_s, u"https://example.invalid/a.bin"_s, sha(a), a.size()},
                      ModelFile{u"b.bin"_s, u"https://example.invalid/b.bin"_s, sha(b), b.size()}}};
}

} // namespace

class TestModelLocator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("CAMPUSDESK_MODEL_DIR");
    }

    void catalogueIsPinned()
    {
        const auto yunet = ModelCatalogue::find(ModelCatalogue::yunetId);
        QVERIFY(yunet);
        QCOMPARE(yunet->version, u"2022mar"_s);
        QCOMPARE(yunet->files.size(), 1);
        QCOMPARE(yunet->files[0].sha256,
                 QByteArray("50ef07f702a31741ca46a4c0d947773b64143b9362780237bf0d427d6c79bab7"));
        QVERIFY(yunet->files[0].url.contains(u"7e062e54cf5410c09b795ff71b4a255e58498c79"_s));

        const auto net = ModelCatalogue::find(ModelCatalogue::faceRecognitionId);
        QVERIFY(net);
        QCOMPARE(net->licence, u"MIT"_s);
        QCOMPARE(net->files.size(), 2);
        QCOMPARE(net->files[1].size, 6444032);
        for (const ModelInfo &model : ModelCatalogue::models()) {
            for (const ModelFile &file : model.files) {
                QCOMPARE(file.sha256.size(), 64);
                QVERIFY(file.url.startsWith(u"https://"_s));
            }
        }
        QVERIFY(!ModelCatalogue::find(u"no-such-model"_s));
    }

    void searchOrder()
    {
        const ModelLocator plain;
        QCOMPARE(plain.searchPath(),
                 (QStringList{ModelLocator::userDirectory(), ModelLocator::systemDirectory()}));
        QVERIFY(ModelLocator::userDirectory().endsWith(u"campusdesk/models"_s));

        const ModelLocator explicitDir(u"/tmp/x"_s);
        QCOMPARE(explicitDir.searchPath().first(), u"/tmp/x"_s);
        QCOMPARE(explicitDir.searchPath().size(), 3);

        qputenv("CAMPUSDESK_MODEL_DIR", "/tmp/from-env");
        const ModelLocator fromEnv;
        qunsetenv("CAMPUSDESK_MODEL_DIR");
        QCOMPARE(fromEnv.searchPath().first(), u"/tmp/from-env"_s);
    }

    void locatesFilesInTheOverrideDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"a.bin"_s), "alpha"));
        const ModelLocator locator(dir.path());
        const auto found = locator.locate(u"fake"_s, u"a.bin"_s);
        QVERIFY(found);
        QCOMPARE(*found, dir.filePath(u"a.bin"_s));

        const auto missing = locator.locate(ModelCatalogue::yunetId, u"missing.onnx"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(u"YuNet"_s));
        QVERIFY(missing.error().message.contains(dir.path()));
    }

    void directoryNeedsEveryFile()
    {
        QTemporaryDir dir;
        const ModelInfo model = fakeModel("alpha", "beta");
        QVERIFY(writeFile(dir.filePath(u"a.bin"_s), "alpha"));
        const ModelLocator locator(dir.path());
        QVERIFY(!locator.directoryOf(model));
        QVERIFY(writeFile(dir.filePath(u"b.bin"_s), "beta"));
        QCOMPARE(locator.directoryOf(model), std::optional<QString>(dir.path()));
    }

    void verifyChecksSizeAndHash()
    {
        QTemporaryDir dir;
        const ModelInfo model = fakeModel("alpha", "beta");
        QVERIFY(writeFile(dir.filePath(u"a.bin"_s), "alpha"));
        QVERIFY(writeFile(dir.filePath(u"b.bin"_s), "beta"));
        QVERIFY(ModelLocator::verify(model, dir.path()));

        QVERIFY(writeFile(dir.filePath(u"b.bin"_s), "bet")); // truncated
        auto result = ModelLocator::verify(model, dir.path());
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Corrupt);
        QVERIFY(result.error().message.contains(u"incomplete"_s));

        QVERIFY(writeFile(dir.filePath(u"b.bin"_s), "BETA")); // same size, other bytes
        result = ModelLocator::verify(model, dir.path());
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"SHA-256"_s));

        QVERIFY(QFile::remove(dir.filePath(u"b.bin"_s)));
        result = ModelLocator::verify(model, dir.path());
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestModelLocator)
#include "tst_modellocator.moc"
