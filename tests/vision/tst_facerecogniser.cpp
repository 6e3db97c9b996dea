#include "app/vision/FaceRecogniser.h"
#include "app/vision/LbphRecogniser.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

// A synthetic "face": a person's own random pattern of blobs plus a little noise per photo.
cv::Mat chipOf(int person, int photo)
{
    cv::RNG shape(quint64(person) * 7919 + 1);
    cv::Mat chip(150, 150, CV_8UC3, cv::Scalar::all(90));
    for (int i = 0; i < 25; ++i)
        cv::circle(chip, cv::Point(shape.uniform(0, 150), shape.uniform(0, 150)),
                   shape.uniform(4, 20), cv::Scalar::all(shape.uniform(0, 256)), cv::FILLED);
    cv::RNG noise(quint64(person) * 104729 + quint64(photo) + 5);
    cv::Mat jitter(chip.size(), chip.type());
    noise.fill(jitter, cv::RNG::NORMAL, 0, 6);
    cv::add(chip, jitter, chip);
    return chip;
}

} // namespace

class TestFaceRecogniser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fallsBackToLbphAndSaysWhy()
    {
        QTemporaryDir empty;
        const auto recogniser
            = FaceRecogniser::create(FaceRecogniser::Kind::ResNet, ModelLocator(empty.path()));
        if (recogniser->kind() == FaceRecogniser::Kind::ResNet)
            QSKIP("the descriptor weights are installed in the user or system folder");
        QCOMPARE(recogniser->name(), u"lbph"_s);
        QVERIFY(!recogniser->fallbackReason().isEmpty());
        QVERIFY(recogniser->description().contains(recogniser->fallbackReason()));
        QCOMPARE(recogniser->threshold(), LbphRecogniser::defaultThreshold);
    }

    void lbphAskedForIsNotAFallback()
    {
        const auto recogniser = FaceRecogniser::create(FaceRecogniser::Kind::Lbph);
        QCOMPARE(recogniser->kind(), FaceRecogniser::Kind::Lbph);
        QVERIFY(recogniser->fallbackReason().isEmpty());
        QCOMPARE(FaceRecogniser::nameOf(FaceRecogniser::Kind::ResNet), u"resnet"_s);
    }

    void resnetWhenInstalled()
    {
        if (qEnvironmentVariableIsEmpty("CAMPUSDESK_MODEL_DIR"))
            QSKIP("CAMPUSDESK_MODEL_DIR is not set");
        const auto recogniser = FaceRecogniser::create(FaceRecogniser::Kind::ResNet);
        if (recogniser->kind() != FaceRecogniser::Kind::ResNet)
            QSKIP(qPrintable(recogniser->fallbackReason()));
        QCOMPARE(recogniser->name(), u"resnet"_s);
        QCOMPARE(recogniser->threshold(), FaceGallery::defaultThreshold);
        QVERIFY(!recogniser->enrol(u"a"_s, cv::Mat()));
        // Identifies its own chip; the template is the mean with the mirror image, so not at
        // cosine 1, but far above the threshold.
        QVERIFY(recogniser->enrol(u"a"_s, chipOf(1, 0)));
        QVERIFY(recogniser->enrol(u"b"_s, chipOf(2, 0)));
        const Result<GalleryMatch> match = recogniser->identify(chipOf(1, 0));
        QVERIFY(match);
        QCOMPARE(match->candidate, u"a"_s);
        QVERIFY2(match->score > 0.97f && match->score < 0.9999f,
                 qPrintable(QString::number(match->score)));
        QVERIFY(match->accepted);
    }

    void templatesRoundTripAsBytes()
    {
        std::vector<std::unique_ptr<FaceRecogniser>> kinds;
        kinds.push_back(FaceRecogniser::create(FaceRecogniser::Kind::Lbph));
        if (!qEnvironmentVariableIsEmpty("CAMPUSDESK_MODEL_DIR")) {
            auto resnet = FaceRecogniser::create(FaceRecogniser::Kind::ResNet);
            if (resnet->kind() == FaceRecogniser::Kind::ResNet)
                kinds.push_back(std::move(resnet));
        }
        for (const auto &source : kinds) {
            const Result<cv::Mat> description = source->describeForEnrolment(chipOf(3, 0));
            QVERIFY(description);
            const QByteArray bytes = FaceRecogniser::templateBytes(*description);
            QCOMPARE(bytes.size(),
                     source->kind() == FaceRecogniser::Kind::ResNet ? 128 * 4 : 100 * 100);
            auto target = FaceRecogniser::create(source->kind());
            QCOMPARE(target->templateModel(), source->templateModel());
            QCOMPARE(target->enrolTemplate(u"c"_s, bytes.left(bytes.size() - 1)).error().code,
                     Error::Code::Invalid);
            QCOMPARE(target->enrolTemplate(u""_s, bytes).error().code, Error::Code::Invalid);
            QCOMPARE(target->templateCount(), 0);
            QVERIFY(target->enrolTemplate(u"c"_s, bytes));
            QVERIFY(target->enrolTemplate(
                u"d"_s,
                FaceRecogniser::templateBytes(*source->describeForEnrolment(chipOf(4, 0)))));
            const Result<GalleryMatch> match = target->identify(chipOf(3, 1));
            QVERIFY(match);
            QCOMPARE(match->candidate, u"c"_s);
        }
        QVERIFY(kinds.front()->templateModel() != FaceRecogniser::create()->templateModel()
                || FaceRecogniser::create()->kind() == FaceRecogniser::Kind::Lbph);
    }

    void lbphIdentifiesAndRefuses()
    {
        LbphRecogniser lbph;
        const Result<GalleryMatch> nothing = lbph.identify(chipOf(0, 0));
        QVERIFY(nothing);
        QVERIFY(nothing->candidate.isEmpty()); // empty gallery
        QCOMPARE(lbph.enrol(u"x"_s, cv::Mat()).error().code, Error::Code::Invalid);
        QCOMPARE(lbph.identify(cv::Mat()).error().code, Error::Code::Invalid);
        for (int person = 0; person < 5; ++person)
            for (int photo = 0; photo < 2; ++photo)
                QVERIFY(lbph.enrol(u"p%1"_s.arg(person), chipOf(person, photo)));
        QCOMPARE(lbph.templateCount(), 10);
        for (int person = 0; person < 5; ++person) {
            const Result<GalleryMatch> match = lbph.identify(chipOf(person, 9));
            QVERIFY(match);
            QCOMPARE(match->candidate, u"p%1"_s.arg(person));
            QVERIFY(match->score > match->runnerUp);
        }
        // A demanding threshold refuses the same match: the decision follows the settings.
        const Result<GalleryMatch> loose = lbph.identify(chipOf(3, 9));
        lbph.setThreshold(loose->score + 1);
        const Result<GalleryMatch> strict = lbph.identify(chipOf(3, 9));
        QCOMPARE(strict->candidate, u"p3"_s);
        QVERIFY(!strict->accepted);
        // Grey and 4-channel chips of any size are accepted.
        cv::Mat grey, bgra;
        cv::cvtColor(chipOf(1, 3), grey, cv::COLOR_BGR2GRAY);
        cv::cvtColor(chipOf(1, 3), bgra, cv::COLOR_BGR2BGRA);
        QCOMPARE(lbph.identify(grey)->candidate, u"p1"_s);
        QCOMPARE(lbph.identify(bgra)->candidate, u"p1"_s);
        QCOMPARE(LbphRecogniser::prepare(cv::Mat(1, 1, CV_8UC1, cv::Scalar(7))).size(),
                 cv::Size(100, 100));
    }
};

QTEST_GUILESS_MAIN(TestFaceRecogniser)
#include "tst_facerecogniser.moc"
