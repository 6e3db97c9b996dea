#include "app/vision/FaceAligner.h"
#include "app/vision/FaceDescriptorNet.h"
#include "tests/vision/VisionTestData.h"

#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

cv::Point2f apply(const cv::Mat &m, cv::Point2f p)
{
    return cv::Point2f(
        float(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y + m.at<double>(0, 2)),
        float(m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y + m.at<double>(1, 2)));
}

double distance(cv::Point2f a, cv::Point2f b)
{
    return std::hypot(double(a.x - b.x), double(a.y - b.y));
}

// LFW centres the person named; others may show in the background.
const DetectedFace &centralFace(const std::vector<DetectedFace> &faces, cv::Size size)
{
    const cv::Point2f middle(float(size.width) / 2, float(size.height) / 2);
    const auto offset = [&](const DetectedFace &f) {
        return distance((f.box.tl() + f.box.br()) * 0.5f, middle);
    };
    return *std::min_element(faces.begin(), faces.end(),
                             [&](const auto &a, const auto &b) { return offset(a) < offset(b); });
}

} // namespace

class TestFaceAligner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void targetsFollowDlibsMeanFace()
    {
        const FaceAligner aligner;
        QCOMPARE(aligner.chipSize(), 150);
        const auto &t = aligner.targets();
        // Symmetric about the vertical centre line; eyes level; eye, nose, mouth top to bottom.
        QVERIFY(std::abs((t[0].x + t[1].x) / 2 - 73.942f) < 0.01f); // 0.490127 with the padding
        QCOMPARE(t[0].y, t[1].y);
        QVERIFY(t[0].x < t[1].x && t[3].x < t[4].x);
        QVERIFY(t[0].y < t[2].y && t[2].y < t[3].y);
        // (0.2254919 + 0.2) / 1.4 * 150
        QVERIFY(std::abs(t[0].x - 45.588f) < 0.01f);
        const FaceAligner wide(112, 0);
        QVERIFY(std::abs(wide.targets()[2].x - 0.490127f * 112) < 0.01f);
    }

    void similarityRecoversRotationScaleAndShift()
    {
        const FaceAligner aligner;
        const auto &t = aligner.targets();
        std::array<cv::Point2f, 5> moved{};
        const double angle = 0.3, scale = 2.5;
        for (size_t i = 0; i < 5; ++i) {
            const double x = t[i].x, y = t[i].y;
            moved[i] = cv::Point2f(float(scale * (std::cos(angle) * x - std::sin(angle) * y) + 400),
                                   float(scale * (std::sin(angle) * x + std::cos(angle) * y) - 30));
        }
        const cv::Mat m = aligner.transform(moved);
        QCOMPARE(m.rows, 2);
        QCOMPARE(m.cols, 3);
        for (size_t i = 0; i < 5; ++i)
            QVERIFY(distance(apply(m, moved[i]), t[i]) < 1e-3);

        const cv::Mat identity = FaceAligner::similarity(t, t);
        QVERIFY(cv::norm(identity, cv::Mat((cv::Mat_<double>(2, 3) << 1, 0, 0, 0, 1, 0))) < 1e-9);
    }

    void degenerateInput()
    {
        const FaceAligner aligner;
        DetectedFace collapsed;
        collapsed.landmarks.fill(cv::Point2f(10, 10));
        QVERIFY(aligner.transform(collapsed.landmarks).empty());
        QVERIFY(aligner.align(cv::Mat(100, 100, CV_8UC3, cv::Scalar::all(9)), collapsed).empty());
        DetectedFace face;
        face.landmarks = aligner.targets();
        QVERIFY(aligner.align(cv::Mat(), face).empty());
        const cv::Mat tiny = aligner.align(cv::Mat(1, 1, CV_8UC3, cv::Scalar::all(9)), face);
        QCOMPARE(tiny.size(), cv::Size(150, 150));
        const cv::Mat grey = aligner.align(cv::Mat(150, 150, CV_8UC1, cv::Scalar::all(9)), face);
        QCOMPARE(grey.type(), CV_8UC1);
    }

    // Aligned lfw-dev faces: detected again on the chip, the eyes sit on the targets; and the
    // descriptors of two photos of one person agree better than those of two people.
    void alignsLfwFaces()
    {
        const QString lfw = test::datasetDir(u"lfw-dev"_s);
        if (lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        auto detector = FaceDetector::create();
        QVERIFY(detector);
        if (detector->kind() != FaceDetector::Kind::YuNet)
            QSKIP("the YuNet model is not in CAMPUSDESK_MODEL_DIR (scripts/fetch-models)");
        auto net = FaceDescriptorNet::load();

        const FaceAligner aligner;
        const QStringList images = test::lfwImages(lfw, 2).mid(0, 40);
        std::vector<FaceDescriptor> descriptors;
        // YuNet's own landmark noise on a 150x150 chip is several pixels, so the check is on
        // the mean distance of the five re-detected points from their targets.
        double meanError = 0, worstError = 0;
        for (const QString &path : images) {
            const cv::Mat image = test::readImage(path);
            const auto faces = detector->detect(image);
            QVERIFY2(!faces.empty(), qPrintable(path));
            const cv::Mat chip = aligner.align(image, centralFace(faces, image.size()));
            QCOMPARE(chip.size(), cv::Size(150, 150));
            QCOMPARE(chip.type(), CV_8UC3);
            const auto again = detector->detect(chip);
            QVERIFY2(!again.empty(), qPrintable(path));
            const DetectedFace &found = centralFace(again, chip.size());
            double error = 0;
            for (size_t i = 0; i < 5; ++i)
                error += distance(found.landmarks[i], aligner.targets()[i]) / 5;
            meanError += error / double(images.size());
            if (error > 12)
                qInfo("%s: %.1f px (%d faces in the image)", qPrintable(path), error,
                      int(faces.size()));
            worstError = std::max(worstError, error);
            if (net) {
                const auto d = net->describe(chip);
                QVERIFY(d);
                descriptors.push_back(*d);
            }
        }
        qInfo("landmarks re-detected on the chips: %.1f px from their targets on average, %.1f px "
              "at worst",
              meanError, worstError);
        QVERIFY(meanError < 8); // measured: 6.3 px over the first 40 lfw-dev images
        QVERIFY(worstError < 16); // measured: 10.0 px
        if (descriptors.empty())
            return;
        double same = 0, other = 0;
        int sameCount = 0, otherCount = 0;
        for (size_t i = 0; i < descriptors.size(); ++i) {
            for (size_t j = i + 1; j < descriptors.size(); ++j) {
                const double c = FaceDescriptorNet::cosine(descriptors[i], descriptors[j]);
                if (i / 2 == j / 2) {
                    same += c;
                    ++sameCount;
                } else {
                    other += c;
                    ++otherCount;
                }
            }
        }
        same /= sameCount;
        other /= otherCount;
        qInfo("mean cosine: same person %.3f, different people %.3f", same, other);
        QVERIFY(same > other + 0.05);
    }
};

QTEST_GUILESS_MAIN(TestFaceAligner)
#include "tst_facealigner.moc"
