#include "app/vision/FaceBenchmark.h"

#include "app/vision/FaceDescriptorNet.h"
#include "app/vision/FacePipeline.h"
#include "app/vision/FrameConversion.h"
#include "app/vision/LbphRecogniser.h"
#include "app/vision/VideoFileReader.h"

#include <QElapsedTimer>

#include <cmath>
#include <random>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QJsonObject FaceBenchResult::toJson() const
{
    const auto rounded = [](double v) {
        return std::round(v * 100) / 100;
    };
    return QJsonObject{{u"frames"_s, frames},
                       {u"fps"_s, rounded(fps)},
                       {u"faces_per_frame"_s, rounded(facesPerFrame)},
                       {u"detect_ms"_s, rounded(detectMs)},
                       {u"describe_ms_per_face"_s, rounded(describeMsPerFace)},
                       {u"match_ms"_s, std::round(matchMs * 1e4) / 1e4},
                       {u"described"_s, described},
                       {u"tracks"_s, tracks},
                       {u"recognised"_s, recognised},
                       {u"gallery"_s, gallery},
                       {u"templates"_s, templates},
                       {u"detector"_s, detector},
                       {u"descriptor"_s, descriptor}};
}

namespace {

// Random templates of the recogniser's kind: unit vectors for the ResNet, noise chips for LBPH.
Result<void> enrolSynthetic(FaceRecogniser &recogniser, int students, int perStudent, quint32 seed)
{
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal;
    for (int s = 0; s < students; ++s) {
        const QString id = u"synthetic-%1"_s.arg(s);
        for (int t = 0; t < perStudent; ++t) {
            cv::Mat description;
            if (recogniser.kind() == FaceRecogniser::Kind::ResNet) {
                description.create(1, FaceDescriptorNet::descriptorSize, CV_32F);
                for (int i = 0; i < description.cols; ++i)
                    description.at<float>(0, i) = normal(engine);
            } else {
                description.create(LbphRecogniser::chipSide, LbphRecogniser::chipSide, CV_8UC1);
                cv::randu(description, 0, 256);
            }
            if (auto enrolled = recogniser.enrolDescription(id, description); !enrolled)
                return enrolled;
        }
    }
    return {};
}

} // namespace

Result<FaceBenchResult> FaceBenchmark::run(const FaceBenchOptions &options,
                                           const ModelLocator &locator)
{
    if (options.gallery < 1 || options.templatesPerStudent < 1 || options.passes < 1
        || options.maxFrames < 0)
        return Error::make(Error::Code::Invalid,
                           tr("The gallery, templates per student and passes must be at least 1."));
    VideoFileReader reader(options.video);
    if (auto opened = reader.open(); !opened)
        return opened.error();
    std::vector<cv::Mat> frames;
    while (options.maxFrames == 0 || int(frames.size()) < options.maxFrames) {
        Result<std::optional<Frame>> frame = reader.next();
        if (!frame)
            return frame.error();
        if (!*frame)
            break;
        frames.push_back(FrameConversion::toBgr((*frame)->image));
    }
    if (frames.empty())
        return Error::make(Error::Code::Invalid,
                           tr("The video %1 has no frames.").arg(options.video));

    Result<FaceDetector> detector = FaceDetector::create(options.detector, locator);
    if (!detector)
        return detector.error();
    std::unique_ptr<FaceRecogniser> recogniser
        = FaceRecogniser::create(options.descriptor, locator);
    FaceBenchResult result;
    result.detector = detector->name();
    result.descriptor = recogniser->name();
    result.fallbackReason = recogniser->fallbackReason();
    if (auto enrolled
        = enrolSynthetic(*recogniser, options.gallery, options.templatesPerStudent, options.seed);
        !enrolled)
        return enrolled.error();
    result.gallery = options.gallery;
    result.templates = recogniser->templateCount();

    FacePipeline pipeline(std::move(detector).value(), std::move(recogniser));
    double detectMs = 0, describeMs = 0, matchMs = 0;
    qint64 faces = 0;
    QElapsedTimer clock;
    clock.start();
    for (int pass = 0; pass < options.passes; ++pass) {
        pipeline.reset();
        for (size_t i = 0; i < frames.size(); ++i) {
            const FrameResult frame = pipeline.process(frames[i], qint64(i));
            detectMs += frame.timings.detectMs;
            describeMs += frame.timings.describeMs;
            matchMs += frame.timings.matchMs;
            result.described += frame.timings.described;
            faces += qint64(frame.faces.size());
            for (const TrackEvent &event : frame.events)
                result.recognised += event.kind == TrackEvent::Kind::Recognised ? 1 : 0;
        }
    }
    result.tracks = pipeline.tracker().startedTracks();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    result.frames = int(frames.size()) * options.passes;
    result.fps = seconds > 0 ? result.frames / seconds : 0;
    result.facesPerFrame = double(faces) / result.frames;
    result.detectMs = detectMs / result.frames;
    result.describeMsPerFace = result.described > 0 ? describeMs / result.described : 0;
    result.matchMs = result.described > 0 ? matchMs / result.described : 0;
    return result;
}

} // namespace cd
