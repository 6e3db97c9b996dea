#include "app/vision/FaceDescriptorNet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

// The golden chips: the central 150x150 of each listed lfw-dev image (see golden/README.md).
cv::Mat chipFrom(const QString &imagePath)
{
    const cv::Mat image = cv::imread(QFile::encodeName(imagePath).toStdString(), cv::IMREAD_COLOR);
    const int side = FaceDescriptorNet::chipSize;
    if (image.empty() || image.cols < side || image.rows < side)
        return {};
    return image(cv::Rect((image.cols - side) / 2, (image.rows - side) / 2, side, side)).clone();
}

} // namespace

class TestFaceDescriptorNet : public QObject
{
    Q_OBJECT

    std::optional<FaceDescriptorNet> m_net;
    QString m_skipReason;

private slots:
    void initTestCase()
    {
        auto net = FaceDescriptorNet::load();
        if (net)
            m_net = std::move(*net);
        else
            m_skipReason = net.error().message;
    }

    void missingModel()
    {
        QTemporaryDir empty;
        QStandardPaths::setTestModeEnabled(true);
        const auto net = FaceDescriptorNet::load(ModelLocator(empty.path()));
        QStandardPaths::setTestModeEnabled(false);
        if (net)
            QSKIP("a face recognition model is installed system-wide");
        QCOMPARE(net.error().code, Error::Code::NotFound);
        QVERIFY(net.error().message.contains(empty.path()));
    }

    void corruptModelIsRefused()
    {
        if (!m_net)
            QSKIP(qPrintable(m_skipReason));
        QTemporaryDir dir;
        const QString source = qEnvironmentVariable("CAMPUSDESK_MODEL_DIR");
        const auto model = ModelCatalogue::find(ModelCatalogue::faceRecognitionId);
        for (const ModelFile &file : model->files)
            QVERIFY(QFile::copy(QDir(source).filePath(file.fileName), dir.filePath(file.fileName)));
        QFile bin(dir.filePath(u"face_recognition_model.bin"_s));
        QVERIFY(bin.open(QIODevice::ReadWrite));
        bin.seek(1000);
        bin.write("garbage!");
        bin.close();
        const auto net = FaceDescriptorNet::load(ModelLocator(dir.path()));
        QVERIFY(!net);
        QCOMPARE(net.error().code, Error::Code::Corrupt);

        QVERIFY(bin.resize(4096)); // truncated: the loader itself refuses it too
        const auto weights
            = FaceApiWeights::load(dir.filePath(u"face_recognition_model-weights_manifest.json"_s));
        QVERIFY(!weights);
        QCOMPARE(weights.error().code, Error::Code::Corrupt);
    }

    void badChips()
    {
        if (!m_net)
            QSKIP(qPrintable(m_skipReason));
        QVERIFY(!m_net->describe(cv::Mat()));
        QVERIFY(!m_net->describe(cv::Mat(150, 150, CV_16UC3, cv::Scalar::all(0))));
        QVERIFY(!m_net->describe(cv::Mat(150, 150, CV_8UC2, cv::Scalar::all(0))));
        const auto tiny = m_net->describe(cv::Mat(1, 1, CV_8UC3, cv::Scalar(10, 20, 30)));
        QVERIFY(tiny);
        QCOMPARE(tiny->size(), size_t(FaceDescriptorNet::descriptorSize));
        const auto grey = m_net->describe(cv::Mat(150, 150, CV_8UC1, cv::Scalar(128)));
        QVERIFY(grey);
        const auto huge = m_net->describe(cv::Mat(4000, 5000, CV_8UC4, cv::Scalar(1, 2, 3, 255)));
        QVERIFY(huge);
        QCOMPARE(huge->size(), size_t(FaceDescriptorNet::descriptorSize));
        QCOMPARE(FaceDescriptorNet::cosine({}, {}), 0.f);
        QCOMPARE(FaceDescriptorNet::cosine({1, 0}, {0, 0}), 0.f);
        QCOMPARE(FaceDescriptorNet::cosine({1, 2}, {2, 4}), 1.f);
    }

    // Agreement with face-api's own JavaScript implementation (golden/reference.json).
    void matchesTheJavaScriptReference()
    {
        const QDir golden(QDir(qEnvironmentVariable("CAMPUSDESK_TEST_SOURCE_DIR"))
                              .filePath(u"tests/vision/golden"_s));
        QFile list(golden.filePath(u"chips.txt"_s));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList names
            = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(names.size() >= 20);

        const QString data = qEnvironmentVariable("CAMPUSDESK_TEST_DATA");
        const QDir lfw(QDir(data).filePath(u"datasets/lfw-dev"_s));
        if (data.isEmpty() || !lfw.exists())
            QSKIP("CAMPUSDESK_TEST_DATA does not point at a folder with datasets/lfw-dev");

        // generate.sh asks for the exact chips the reference is computed from.
        const QString dump = qEnvironmentVariable("CAMPUSDESK_GOLDEN_DUMP");
        if (!dump.isEmpty()) {
            for (int i = 0; i < names.size(); ++i) {
                const cv::Mat image = chipFrom(lfw.filePath(names[i]));
                QVERIFY2(!image.empty(), qPrintable(names[i]));
                const QString out = QDir(dump).filePath(u"%1.ppm"_s.arg(i));
                QVERIFY(cv::imwrite(QFile::encodeName(out).toStdString(), image));
            }
            return;
        }
        if (!m_net)
            QSKIP(qPrintable(m_skipReason));

        QFile file(golden.filePath(u"reference.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray chips = QJsonDocument::fromJson(file.readAll())[u"chips"_s].toArray();
        QCOMPARE(chips.size(), names.size());

        cv::setNumThreads(1); // the figure in the report is single-threaded
        double worst = 1, totalMs = 0;
        std::vector<FaceDescriptor> ours;
        for (int i = 0; i < chips.size(); ++i) {
            const QJsonObject chip = chips[i].toObject();
            QCOMPARE(chip[u"image"_s].toString(), names[i]);
            const cv::Mat image = chipFrom(lfw.filePath(names[i]));
            QVERIFY2(!image.empty(), qPrintable(names[i]));
            FaceDescriptor expected;
            for (const QJsonValue &v : chip[u"descriptor"_s].toArray())
                expected.push_back(float(v.toDouble()));
            QCOMPARE(expected.size(), size_t(FaceDescriptorNet::descriptorSize));
            QElapsedTimer timer;
            timer.start();
            const auto actual = m_net->describe(image);
            totalMs += double(timer.nsecsElapsed()) / 1e6;
            QVERIFY(actual);
            const double cos = FaceDescriptorNet::cosine(*actual, expected);
            worst = std::min(worst, cos);
            QVERIFY2(cos >= 0.999, qPrintable(u"%1: cosine %2"_s.arg(names[i]).arg(cos)));
            ours.push_back(*actual);
        }
        cv::setNumThreads(-1);
        // chips.txt lists two images per person: report how well the pairs agree.
        double sameMin = 1;
        for (size_t i = 1; i < ours.size(); i += 2)
            sameMin = std::min(sameMin, double(FaceDescriptorNet::cosine(ours[i], ours[i - 1])));
        qInfo("%lld chips: min cosine to the reference %.9f (1 - min = %.1e), %.1f ms per "
              "descriptor (one thread); lowest same-person cosine %.3f",
              qlonglong(chips.size()), worst, 1 - worst, totalMs / double(chips.size()), sameMin);
    }

    void deterministic()
    {
        if (!m_net)
            QSKIP(qPrintable(m_skipReason));
        cv::Mat chip(150, 150, CV_8UC3);
        cv::randu(chip, 0, 256);
        const auto a = m_net->describe(chip);
        const auto b = m_net->describe(chip);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
    }
};

QTEST_GUILESS_MAIN(TestFaceDescriptorNet)
#include "tst_facedescriptornet.moc"
