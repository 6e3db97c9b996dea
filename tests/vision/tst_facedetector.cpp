#include "app/vision/FaceDetector.h"
#include "tests/vision/VisionTestData.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestFaceDetector : public QObject
{
    Q_OBJECT

    std::optional<FaceDetector> m_yunet;
    std::optional<FaceDetector> m_haar;

    FaceDetector &yunet()
    {
        if (!m_yunet)
            QTest::qSkip("the YuNet model is not in CAMPUSDESK_MODEL_DIR (scripts/fetch-models)",
                         __FILE__, __LINE__);
        return *m_yunet;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // no user model directory
        auto yunet = FaceDetector::create(FaceDetector::Kind::YuNet);
        QVERIFY(yunet);
        if (yunet->kind() == FaceDetector::Kind::YuNet)
            m_yunet = std::move(*yunet);
        auto haar = FaceDetector::create(FaceDetector::Kind::Haar);
        QVERIFY2(haar, qPrintable(haar ? QString() : haar.error().message));
        QCOMPARE(haar->kind(), FaceDetector::Kind::Haar);
        QCOMPARE(haar->name(), u"haar"_s);
        m_haar = std::move(*haar);
    }

    void fallsBackToHaarWithoutTheModel()
    {
        QTemporaryDir empty;
        const auto detector
            = FaceDetector::create(FaceDetector::Kind::YuNet, ModelLocator(empty.path()));
        QVERIFY(detector);
        QCOMPARE(detector->kind(), FaceDetector::Kind::Haar);
    }

    void corruptModelFallsBackToHaar()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"face_detection_yunet_2022mar.onnx"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(345478, 'x'));
        file.close();
        const auto detector
            = FaceDetector::create(FaceDetector::Kind::YuNet, ModelLocator(dir.path()));
        QVERIFY(detector);
        QCOMPARE(detector->kind(), FaceDetector::Kind::Haar);
    }

    void badFrames()
    {
        for (FaceDetector *d : {m_yunet ? &*m_yunet : nullptr, &*m_haar}) {
            if (!d)
                continue;
            QVERIFY(d->detect(cv::Mat()).empty());
            QVERIFY(d->detect(cv::Mat(1, 1, CV_8UC3, cv::Scalar::all(7))).empty());
            QVERIFY(d->detect(cv::Mat(100, 100, CV_16UC1, cv::Scalar::all(7))).empty());
            QVERIFY(d->detect(cv::Mat(100, 100, CV_8UC2, cv::Scalar::all(7))).empty());
            // YuNet itself reports a face (score 0.8) in a black frame.
            QVERIFY(d->detect(cv::Mat(480, 640, CV_8UC3, cv::Scalar::all(0))).empty());
            QVERIFY(d->detect(cv::Mat(240, 320, CV_8UC3, cv::Scalar(200, 180, 160))).empty());
            QVERIFY(d->detect(cv::Mat(112, 92, CV_8UC1, cv::Scalar::all(255))).empty());
        }
    }

    void yunetFindsEveryOrlFace()
    {
        const QString orl = test::datasetDir(u"orl"_s);
        if (orl.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/orl");
        FaceDetector &d = yunet();
        int missed = 0, images = 0;
        for (int s = 1; s <= 40; ++s) {
            for (int m = 1; m <= 10; ++m) {
                const cv::Mat grey = test::readImage(
                    QDir(orl).filePath(u"s%1/%2.pgm"_s.arg(s).arg(m)), cv::IMREAD_GRAYSCALE);
                QVERIFY(!grey.empty());
                ++images;
                const auto faces = d.detect(grey);
                if (faces.empty()) {
                    ++missed;
                    continue;
                }
                // The face fills most of ORL's 92x112 frame.
                const cv::Rect2f box = faces.front().box;
                QVERIFY(box.width > 30 && box.width < 110);
                QVERIFY((box & cv::Rect2f(0, 0, 92, 112)).area() > 0.6 * box.area());
            }
        }
        qInfo("YuNet: %d of %d ORL images without a face", missed, images);
        QCOMPARE(missed, 0);
    }

    void yunetOnLfwMapsLandmarksBack()
    {
        const QString lfw = test::datasetDir(u"lfw-dev"_s);
        if (lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        FaceDetector &d = yunet();
        const QStringList images = test::lfwImages(lfw, 2);
        qint64 nsecs = 0;
        for (const QString &path : images) {
            const cv::Mat image = test::readImage(path);
            QElapsedTimer timer;
            timer.start();
            const auto faces = d.detect(image);
            nsecs += timer.nsecsElapsed();
            QVERIFY2(!faces.empty(), qPrintable(path));
            // LFW centres the person named: some detected face sits near the centre.
            const bool central = std::any_of(faces.begin(), faces.end(), [](const DetectedFace &f) {
                const cv::Point2f c = (f.box.tl() + f.box.br()) * 0.5f;
                return std::abs(c.x - 75) < 25 && std::abs(c.y - 75) < 30;
            });
            QVERIFY2(central, qPrintable(path));
            for (const DetectedFace &f : faces) {
                QVERIFY(f.landmarksMeasured);
                QVERIFY(f.score >= 0.6f);
                // Eyes above the nose, nose above the mouth, the subject's right eye on the left.
                QVERIFY(f.landmarks[0].x < f.landmarks[1].x);
                QVERIFY(f.landmarks[2].y > f.landmarks[0].y);
                QVERIFY(f.landmarks[3].y > f.landmarks[2].y);
            }
        }
        qInfo("YuNet: %.1f ms per 150x150 lfw-dev image",
              double(nsecs) / 1e6 / double(images.size()));
    }

    // The same picture at 20 megapixels: detected at reduced size, mapped back to full size.
    void largeFrameIsScaledBack()
    {
        const QString lfw = test::datasetDir(u"lfw-dev"_s);
        if (lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        FaceDetector &d = yunet();
        const cv::Mat small = test::readImage(test::lfwImages(lfw, 1).first());
        const auto expected = d.detect(small);
        QVERIFY(!expected.empty());
        cv::Mat large;
        cv::resize(small, large, cv::Size(5000, 4000), 0, 0, cv::INTER_LINEAR);
        const auto faces = d.detect(large);
        QVERIFY(!faces.empty());
        const float sx = 5000.f / 150, sy = 4000.f / 150;
        const cv::Point2f c = (faces[0].box.tl() + faces[0].box.br()) * 0.5f;
        const cv::Point2f e = (expected[0].box.tl() + expected[0].box.br()) * 0.5f;
        QVERIFY2(std::abs(c.x / sx - e.x) < 8 && std::abs(c.y / sy - e.y) < 8,
                 qPrintable(u"%1,%2 vs %3,%4"_s.arg(c.x / sx).arg(c.y / sy).arg(e.x).arg(e.y)));
    }

    void haarFindsMostLfwFaces()
    {
        const QString lfw = test::datasetDir(u"lfw-dev"_s);
        if (lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        const QStringList images = test::lfwImages(lfw, 1);
        int found = 0;
        for (const QString &path : images) {
            const auto faces = m_haar->detect(test::readImage(path));
            found += !faces.empty();
            for (const DetectedFace &f : faces)
                QVERIFY(!f.landmarksMeasured);
        }
        qInfo("Haar: a face in %d of %lld lfw-dev images", found, qlonglong(images.size()));
        QVERIFY(found >= images.size() * 8 / 10);
    }
};

QTEST_GUILESS_MAIN(TestFaceDetector)
#include "tst_facedetector.moc"
