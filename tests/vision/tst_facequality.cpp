#include "VisionTestData.h"

#include "app/vision/FaceQuality.h"

#include <QStandardPaths>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

// A frontal face 100 px wide at (100, 100) with measured landmarks.
DetectedFace frontal()
{
    DetectedFace face;
    face.box = cv::Rect2f(100, 100, 100, 100);
    face.landmarks = {cv::Point2f(130, 135), cv::Point2f(170, 135), cv::Point2f(150, 160),
                      cv::Point2f(133, 180), cv::Point2f(167, 180)};
    face.landmarksMeasured = true;
    return face;
}

// A frame with fine detail everywhere (sharp).
cv::Mat texturedFrame()
{
    cv::Mat frame(480, 640, CV_8UC3);
    cv::RNG rng(3);
    rng.fill(frame, cv::RNG::UNIFORM, 0, 256);
    return frame;
}

} // namespace

class TestFaceQuality : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSharpFrontalFacePasses()
    {
        const FaceQualityReport report = FaceQuality::assess(texturedFrame(), frontal());
        QVERIFY(report.ok());
        QCOMPARE(report.size, 100.0f);
        QVERIFY(std::abs(report.yaw) < 0.01f);
        QVERIFY(std::abs(report.rollDegrees) < 0.01f);
        QVERIFY(report.sharpness > 1000);
        QVERIFY(FaceQuality::message(report.issue).isEmpty());
    }

    void tooSmallOrOutOfFrame()
    {
        DetectedFace small = frontal();
        small.box = cv::Rect2f(100, 100, 20, 24);
        QCOMPARE(FaceQuality::assess(texturedFrame(), small).issue, FaceIssue::TooSmall);
        DetectedFace edge = frontal();
        edge.box.x = 580; // 40 of 100 px outside
        QCOMPARE(FaceQuality::assess(texturedFrame(), edge).issue, FaceIssue::OutOfFrame);
        edge.box.x = 545; // 5 % outside is allowed
        QVERIFY(FaceQuality::assess(texturedFrame(), edge).ok());
        QCOMPARE(FaceQuality::assess(cv::Mat(), frontal()).issue, FaceIssue::OutOfFrame);
        QCOMPARE(FaceQuality::assess(cv::Mat(1, 1, CV_8UC3), frontal()).issue,
                 FaceIssue::OutOfFrame);
        DetectedFace empty = frontal();
        empty.box = cv::Rect2f();
        QCOMPARE(FaceQuality::assess(texturedFrame(), empty).issue, FaceIssue::OutOfFrame);
    }

    void turnedAwayFromLandmarks()
    {
        DetectedFace profile = frontal();
        profile.landmarks[2].x += 20; // nose half an eye distance to the side
        const FaceQualityReport turned = FaceQuality::assess(texturedFrame(), profile);
        QCOMPARE(turned.issue, FaceIssue::TurnedAway);
        QVERIFY(std::abs(turned.yaw - 0.5f) < 0.01f);

        DetectedFace tilted = frontal();
        tilted.landmarks[1] = cv::Point2f(170, 175); // eye line at 45 degrees
        tilted.landmarks[2] = cv::Point2f(140, 170);
        const FaceQualityReport rolled = FaceQuality::assess(texturedFrame(), tilted);
        QCOMPARE(rolled.issue, FaceIssue::TurnedAway);
        QVERIFY(std::abs(rolled.rollDegrees - 45) < 0.5f);

        // The Haar detector's landmarks are guesses: no pose check.
        profile.landmarksMeasured = false;
        QVERIFY(FaceQuality::assess(texturedFrame(), profile).ok());
        // Both eyes on one point.
        DetectedFace broken = frontal();
        broken.landmarks[1] = broken.landmarks[0];
        QCOMPARE(FaceQuality::assess(texturedFrame(), broken).issue, FaceIssue::TurnedAway);
    }

    void blurIsMeasured()
    {
        cv::Mat blurred;
        cv::GaussianBlur(texturedFrame(), blurred, cv::Size(), 4);
        const FaceQualityReport report = FaceQuality::assess(blurred, frontal());
        QCOMPARE(report.issue, FaceIssue::Blurry);
        QVERIFY(!FaceQuality::message(report.issue).isEmpty());
        QCOMPARE(FaceQuality::sharpness(cv::Mat(480, 640, CV_8UC1, cv::Scalar::all(128)),
                                        cv::Rect(100, 100, 100, 100)),
                 0.0);
        // Grey and BGRA frames are measured like BGR ones; odd inputs give 0.
        cv::Mat grey, bgra;
        cv::cvtColor(texturedFrame(), grey, cv::COLOR_BGR2GRAY);
        cv::cvtColor(texturedFrame(), bgra, cv::COLOR_BGR2BGRA);
        QVERIFY(FaceQuality::sharpness(grey, cv::Rect(100, 100, 100, 100)) > 1000);
        QVERIFY(FaceQuality::sharpness(bgra, cv::Rect(100, 100, 100, 100)) > 1000);
        QCOMPARE(FaceQuality::sharpness(texturedFrame(), cv::Rect(700, 0, 10, 10)), 0.0);
        QCOMPARE(FaceQuality::sharpness(cv::Mat(100, 100, CV_16UC1), cv::Rect(0, 0, 50, 50)), 0.0);
    }

    void everyIssueHasAMessage()
    {
        for (FaceIssue issue :
             {FaceIssue::OutOfFrame, FaceIssue::TooSmall, FaceIssue::TurnedAway, FaceIssue::Blurry})
            QVERIFY(!FaceQuality::message(issue).isEmpty());
    }

    void realFacesPassAndTheirBlurredCopiesDoNot()
    {
        const QString lfw = test::datasetDir(u"lfw-dev"_s);
        if (lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        Result<FaceDetector> detector = FaceDetector::create();
        QVERIFY(detector);
        if (detector->kind() != FaceDetector::Kind::YuNet)
            QSKIP("the YuNet model is not installed");
        int faces = 0, passed = 0, blurredPassed = 0;
        for (const QString &path : test::lfwImages(lfw, 1)) {
            const cv::Mat image = test::readImage(path);
            const std::vector<DetectedFace> found = detector->detect(image);
            if (found.empty())
                continue;
            ++faces;
            passed += FaceQuality::assess(image, found.front()).ok() ? 1 : 0;
            cv::Mat blurred;
            cv::GaussianBlur(image, blurred, cv::Size(), 2);
            blurredPassed += FaceQuality::assess(blurred, found.front()).ok() ? 1 : 0;
        }
        QVERIFY(faces > 100);
        qInfo("%d faces: %d pass, %d of their blurred copies pass", faces, passed, blurredPassed);
        QVERIFY(passed >= faces * 9 / 10);
        QVERIFY(blurredPassed <= faces / 10); // 8 of 106 when measured
    }
};

QTEST_GUILESS_MAIN(TestFaceQuality)
#include "tst_facequality.moc"
