#include "app/vision/FaceEnroller.h"

#include "app/vision/FacePipeline.h"
#include "app/vision/FaceQuality.h"
#include "app/vision/FrameConversion.h"

#include <QMutex>

#include <algorithm>

namespace cd {

namespace {

// Enrolment photos are taken close up on purpose, so they must be larger than a face the live
// panel still describes (FaceQualityLimits::minSize, 32 px).
constexpr float enrolmentMinSize = 48;
// Another face at least this share of the largest one's width means the photo shows two people;
// smaller faces (people far behind) are ignored.
constexpr float comparableFace = 0.5f;

EnrolmentIssue issueOf(FaceIssue issue)
{
    switch (issue) {
    case FaceIssue::OutOfFrame: return EnrolmentIssue::OutOfFrame;
    case FaceIssue::TooSmall: return EnrolmentIssue::TooSmall;
    case FaceIssue::TurnedAway: return EnrolmentIssue::TurnedAway;
    case FaceIssue::Blurry: return EnrolmentIssue::Blurry;
    case FaceIssue::None: break;
    }
    return EnrolmentIssue::None;
}

} // namespace

struct FaceEnroller::Private
{
    std::shared_ptr<FacePipeline> pipeline; // its detector, aligner and recogniser
    QString model;
    QString description;
    mutable QMutex lock;
};

FaceEnroller::FaceEnroller(std::unique_ptr<Private> p) : d(std::move(p))
{
}

FaceEnroller::~FaceEnroller() = default;

Result<std::shared_ptr<FaceEnroller>> FaceEnroller::load(const LiveSettings &settings,
                                                         const ModelLocator &locator)
{
    auto pipeline = LiveRecogniser::loadPipeline(settings, locator);
    if (!pipeline)
        return pipeline.error();
    auto p = std::make_unique<Private>();
    p->pipeline = *pipeline;
    p->model = p->pipeline->recogniser().templateModel();
    p->description = p->pipeline->recogniser().description();
    return std::shared_ptr<FaceEnroller>(new FaceEnroller(std::move(p)));
}

QString FaceEnroller::model() const
{
    return d->model;
}

QString FaceEnroller::description() const
{
    return d->description;
}

EnrolmentSample FaceEnroller::examine(const QImage &image) const
{
    EnrolmentSample sample;
    sample.model = d->model;
    if (image.isNull()) {
        sample.issue = EnrolmentIssue::NotAnImage;
        return sample;
    }
    const cv::Mat pixels = FrameConversion::toBgr(image);
    const QMutexLocker locker(&d->lock);
    FacePipeline &pipeline = *d->pipeline;
    const std::vector<DetectedFace> faces = pipeline.detector().detect(pixels); // largest first
    for (const DetectedFace &face : faces)
        sample.faces << QRectF(face.box.x, face.box.y, face.box.width, face.box.height);
    if (faces.empty()) {
        sample.issue = EnrolmentIssue::NoFace;
        return sample;
    }
    if (faces.size() > 1 && faces[1].box.width >= comparableFace * faces[0].box.width) {
        sample.issue = EnrolmentIssue::SeveralFaces;
        return sample;
    }
    FaceQualityLimits limits;
    limits.minSize = enrolmentMinSize;
    const FaceQualityReport quality = FaceQuality::assess(pixels, faces[0], limits);
    if (!quality.ok()) {
        sample.issue = issueOf(quality.issue);
        return sample;
    }
    Result<cv::Mat> description
        = pipeline.recogniser().describeForEnrolment(pipeline.aligner().align(pixels, faces[0]));
    if (!description || description->empty()) {
        sample.issue = EnrolmentIssue::NoFace;
        return sample;
    }
    sample.issue = EnrolmentIssue::None;
    sample.templateBytes = FaceRecogniser::templateBytes(*description);
    // Sharper and larger (up to the aligned chip's own size) is better; 0..1.
    sample.quality
        = std::min(1.0, quality.sharpness / 500.0) * std::min(1.0f, quality.size / 150.0f);
    return sample;
}

QString FaceEnroller::advice(EnrolmentIssue issue)
{
    switch (issue) {
    case EnrolmentIssue::None: return {};
    case EnrolmentIssue::NotAnImage: return tr("This file is not a picture CampusDesk can read.");
    case EnrolmentIssue::NoFace: return tr("No face was found. Face the camera in good light.");
    case EnrolmentIssue::SeveralFaces:
        return tr("More than one face is in the picture. Only the student should be in it.");
    case EnrolmentIssue::OutOfFrame: return tr("The face is partly outside the picture.");
    case EnrolmentIssue::TooSmall: return tr("The face is too small. Move closer to the camera.");
    case EnrolmentIssue::TurnedAway:
        return tr("The face is turned away. Look straight at the camera.");
    case EnrolmentIssue::Blurry: return tr("The picture is blurry. Hold still, or clean the lens.");
    }
    return {};
}

} // namespace cd
