#include "app/vision/FaceEnroller.h"

#include "app/vision/FacePipeline.h"
#include "app/vision/FrameConversion.h"

#include <QMutex>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

// Enrolment asks more of a face than live recognition: a template is compared with every later
// sighting, so it should be a large, sharp, nearly frontal view. Measured on lfw-dev's 150x150
// photos (YuNet's box): faces are 57-76 px on their shorter side, and a yaw limit of 0.3 refused
// one good photo in five, 0.35 about one in ten.
FaceQualityLimits enrolmentLimits()
{
    FaceQualityLimits limits;
    limits.minSize = 48;
    limits.minSharpness = 80;
    limits.maxYaw = 0.35f;
    limits.maxRollDegrees = 25;
    limits.maxOutside = 0.02f;
    return limits;
}

// Photos are examined at up to this width: enough for a face far from a 1080p camera, without
// spending the time of a full-size photo.
constexpr int detectionWidth = 640;

// Faces smaller than this share of the largest face's size are people in the background, not a
// second person in front of the camera. lfw-dev's background faces are 0.45-0.6 of the main one;
// two people side by side 0.85 or more.
constexpr float backgroundFaceRatio = 0.7f;

EnrolmentIssue issueOf(FaceIssue issue)
{
    switch (issue) {
    case FaceIssue::None: return EnrolmentIssue::None;
    case FaceIssue::OutOfFrame: return EnrolmentIssue::OutOfFrame;
    case FaceIssue::TooSmall: return EnrolmentIssue::TooSmall;
    case FaceIssue::TurnedAway: return EnrolmentIssue::TurnedAway;
    case FaceIssue::Blurry: return EnrolmentIssue::Blurry;
    }
    return EnrolmentIssue::NoFace;
}

// 0..1: a large, sharp, frontal face scores near 1. Used to prefer the better templates.
double qualityScore(const FaceQualityReport &report)
{
    const double size = std::min(1.0, double(report.size) / 160.0);
    const double sharpness = std::min(1.0, report.sharpness / 400.0);
    const double frontal = std::max(0.0, 1.0 - std::abs(double(report.yaw)));
    return std::clamp(size * 0.4 + sharpness * 0.4 + frontal * 0.2, 0.01, 1.0);
}

} // namespace

struct FaceEnroller::Private
{
    QMutex lock; // the pipeline's detector and recogniser are not thread-safe
    std::shared_ptr<FacePipeline> pipeline;
    FaceQualityLimits limits = enrolmentLimits();
};

Result<std::shared_ptr<FaceEnroller>> FaceEnroller::load(const LiveSettings &settings,
                                                         const ModelLocator &locator)
{
    // The same loading as the live panel, so templates are made by the recogniser that will
    // compare them.
    Result<std::shared_ptr<FacePipeline>> pipeline
        = LiveRecogniser::loadPipeline(settings, locator);
    if (!pipeline)
        return pipeline.error();
    auto d = std::make_unique<Private>();
    d->pipeline = std::move(pipeline).value();
    d->pipeline->detector().setDetectionWidth(detectionWidth);
    return std::shared_ptr<FaceEnroller>(new FaceEnroller(std::move(d)));
}

FaceEnroller::FaceEnroller(std::unique_ptr<Private> data) : d(std::move(data))
{
}

FaceEnroller::~FaceEnroller() = default;

QString FaceEnroller::model() const
{
    const QMutexLocker locker(&d->lock);
    return d->pipeline->recogniser().templateModel();
}

QString FaceEnroller::description() const
{
    const QMutexLocker locker(&d->lock);
    return d->pipeline->recogniser().description();
}

EnrolmentSample FaceEnroller::examine(const QImage &image) const
{
    EnrolmentSample sample;
    if (image.isNull()) {
        sample.issue = EnrolmentIssue::NotAnImage;
        return sample;
    }
    const cv::Mat bgr = FrameConversion::toBgr(image);
    if (bgr.empty()) {
        sample.issue = EnrolmentIssue::NotAnImage;
        return sample;
    }
    const QMutexLocker locker(&d->lock);
    FacePipeline &pipeline = *d->pipeline;
    const std::vector<DetectedFace> faces = pipeline.detector().detect(bgr); // largest first
    for (const DetectedFace &face : faces)
        sample.faces.append(QRectF(face.box.x, face.box.y, face.box.width, face.box.height));
    if (faces.empty()) {
        sample.issue = EnrolmentIssue::NoFace;
        return sample;
    }
    const float largest = std::min(faces.front().box.width, faces.front().box.height);
    const auto inFront = std::count_if(faces.begin(), faces.end(), [&](const DetectedFace &face) {
        return std::min(face.box.width, face.box.height) >= largest * backgroundFaceRatio;
    });
    if (inFront > 1) {
        sample.issue = EnrolmentIssue::SeveralFaces;
        return sample;
    }
    const FaceQualityReport report = FaceQuality::assess(bgr, faces.front(), d->limits);
    sample.issue = issueOf(report.issue);
    if (!report.ok())
        return sample;
    const cv::Mat chip = pipeline.aligner().align(bgr, faces.front());
    Result<cv::Mat> description = pipeline.recogniser().describeForEnrolment(chip);
    if (!description) {
        sample.issue = EnrolmentIssue::NoFace;
        return sample;
    }
    sample.templateBytes = FaceRecogniser::templateBytes(*description);
    sample.model = pipeline.recogniser().templateModel();
    sample.quality = qualityScore(report);
    return sample;
}

QString FaceEnroller::advice(EnrolmentIssue issue)
{
    switch (issue) {
    case EnrolmentIssue::None: return tr("Good: this picture can be used.");
    case EnrolmentIssue::NotAnImage: return tr("This file is not a picture that can be read.");
    case EnrolmentIssue::NoFace: return tr("No face found: face the camera in good light.");
    case EnrolmentIssue::SeveralFaces:
        return tr("More than one face: only the student should be in the picture.");
    case EnrolmentIssue::OutOfFrame: return tr("Move into the middle of the picture.");
    case EnrolmentIssue::TooSmall: return tr("Move closer to the camera: the face is too small.");
    case EnrolmentIssue::TurnedAway: return tr("Look straight at the camera.");
    case EnrolmentIssue::Blurry: return tr("Hold still: the picture is blurred.");
    }
    return {};
}

} // namespace cd
