#include "app/vision/FaceApiWeights.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Two tensors: a uint8-quantised 2x2 one (min -1, scale 0.5) and a float32 vector of 2.
const QByteArray manifest = R"([{"paths": ["m.bin"], "weights": [
  {"name": "q", "shape": [2, 2], "dtype": "float32",
   "quantization": {"dtype": "uint8", "min": -1.0, "scale": 0.5}},
  {"name": "f", "shape": [2], "dtype": "float32"}]}])";

QByteArray binary()
{
    QByteArray bytes("\x00\x01\x02\x04", 4);
    const float f[2] = {1.5f, -2.25f};
    bytes.append(reinterpret_cast<const char *>(f), sizeof f);
    return bytes;
}

} // namespace

class TestFaceApiWeights : public QObject
{
    Q_OBJECT
private slots:
    void dequantisesAndCopiesFloats()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"m.json"_s), manifest));
        QVERIFY(writeFile(dir.filePath(u"m.bin"_s), binary()));
        const auto weights = FaceApiWeights::load(dir.filePath(u"m.json"_s));
        QVERIFY2(weights, qPrintable(weights ? QString() : weights.error().message));
        QCOMPARE(weights->tensors().size(), 2);
        QCOMPARE(weights->byteCount(), 12);
        const WeightTensor *q = weights->find(u"q"_s);
        QVERIFY(q);
        QCOMPARE(q->shape, (std::vector<int>{2, 2}));
        QCOMPARE(q->values, (std::vector<float>{-1.f, -0.5f, 0.f, 1.f}));
        const WeightTensor *f = weights->find(u"f"_s);
        QVERIFY(f);
        QCOMPARE(f->values, (std::vector<float>{1.5f, -2.25f}));
        QVERIFY(!weights->find(u"absent"_s));
    }

    void missingManifest()
    {
        QTemporaryDir dir;
        const auto weights = FaceApiWeights::load(dir.filePath(u"nothing.json"_s));
        QVERIFY(!weights);
        QCOMPARE(weights.error().code, Error::Code::NotFound);
        QVERIFY(weights.error().message.contains(u"nothing.json"_s));
    }

    void missingBinary()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"m.json"_s), manifest));
        const auto weights = FaceApiWeights::load(dir.filePath(u"m.json"_s));
        QVERIFY(!weights);
        QCOMPARE(weights.error().code, Error::Code::NotFound);
        QVERIFY(weights.error().message.contains(u"m.bin"_s));
    }

    void truncatedOrOverlongBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated") << binary().left(11);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too long") << binary() + "x";
    }

    void truncatedOrOverlongBinary()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"m.json"_s), manifest));
        QVERIFY(writeFile(dir.filePath(u"m.bin"_s), bytes));
        const auto weights = FaceApiWeights::load(dir.filePath(u"m.json"_s));
        QVERIFY(!weights);
        QCOMPARE(weights.error().code, Error::Code::Corrupt);
        QVERIFY(weights.error().message.contains(u"truncated"_s));
        QVERIFY(weights.error().message.contains(u"12"_s));
    }

    void manifestThatDoesNotParse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("<html>404</html>");
        QTest::newRow("cut short") << manifest.left(60);
        QTest::newRow("an object") << QByteArray(R"({"paths": ["m.bin"]})");
        QTest::newRow("no weights") << QByteArray(R"([{"paths": ["m.bin"], "weights": []}])");
        QTest::newRow("bad shape") << QByteArray(
            R"([{"paths": ["m.bin"], "weights": [{"name": "x", "shape": [-2], "dtype": "float32"}]}])");
        QTest::newRow("int32") << QByteArray(
            R"([{"paths": ["m.bin"], "weights": [{"name": "x", "shape": [3], "dtype": "int32"}]}])");
        QTest::newRow("odd quantisation") << QByteArray(
            R"([{"paths": ["m.bin"], "weights": [{"name": "x", "shape": [3], "dtype": "float32",
                "quantization": {"dtype": "float16", "min": 0, "scale": 1}}]}])");
    }

    void manifestThatDoesNotParse()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"m.json"_s), json));
        QVERIFY(writeFile(dir.filePath(u"m.bin"_s), binary()));
        const auto weights = FaceApiWeights::load(dir.filePath(u"m.json"_s));
        QVERIFY(!weights);
        QCOMPARE(weights.error().code, Error::Code::Corrupt);
        QVERIFY(weights.error().message.startsWith(u"The face model manifest"_s));
    }

    // The real model, when CAMPUSDESK_MODEL_DIR holds it (the vision_models test fixture).
    void realModel()
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_MODEL_DIR");
        const QString path = QDir(dir).filePath(u"face_recognition_model-weights_manifest.json"_s);
        if (dir.isEmpty() || !QFile::exists(path))
            QSKIP("CAMPUSDESK_MODEL_DIR does not hold the face-api weights (scripts/fetch-models)");
        const auto weights = FaceApiWeights::load(path);
        QVERIFY2(weights, qPrintable(weights ? QString() : weights.error().message));
        QCOMPARE(weights->tensors().size(), 117);
        QCOMPARE(weights->byteCount(), 6444032);
        const WeightTensor *fc = weights->find(u"fc"_s);
        QVERIFY(fc);
        QCOMPARE(fc->shape, (std::vector<int>{256, 128}));
        const WeightTensor *first = weights->find(u"conv32_down/conv/filters"_s);
        QVERIFY(first);
        QCOMPARE(first->count(), 7 * 7 * 3 * 32);
        // Dequantised values lie within [min, min + 255 * scale] of the manifest.
        const auto [lo, hi] = std::minmax_element(first->values.begin(), first->values.end());
        QVERIFY(*lo >= -0.0711f && *hi <= -0.0710f + 255 * 0.000527f);
    }
};

QTEST_GUILESS_MAIN(TestFaceApiWeights)
#include "tst_faceapiweights.moc"
