#include "app/vision/LiveRecogniser.h"

#include "app/vision/FacePipeline.h"
#include "app/vision/FrameConversion.h"
#include "app/vision/RecognitionDefaults.h"

#include <QElapsedTimer>

namespace cd {

namespace {

QRectF toRect(const cv::Rect2f &box)
{
    return QRectF(box.x, box.y, box.width, box.height);
}

} // namespace

Result<std::shared_ptr<FacePipeline>> LiveRecogniser::loadPipeline(const LiveSettings &settings,
                                                                   const ModelLocator &locator)
{
    Result<FaceDetector> detector = FaceDetector::create(FaceDetector::Kind::YuNet, locator);
    if (!detector)
        return detector.error();
    std::unique_ptr<FaceRecogniser> recogniser = FaceRecogniser::create(
        settings.preferResNet ? FaceRecogniser::Kind::ResNet : FaceRecogniser::Kind::Lbph, locator);
    // Settings are on the scale of the recogniser they were chosen for; one set for the other
    // kind (the descriptor model was removed or installed since) falls back to the shipped value.
    const bool descriptor = recogniser->kind() == FaceRecogniser::Kind::ResNet;
    const TuningScale &thresholdScale = descriptor ? RecognitionDefaults::descriptorThreshold
                                                   : RecognitionDefaults::lbphThreshold;
    const TuningScale &marginScale
        = descriptor ? RecognitionDefaults::descriptorMargin : RecognitionDefaults::lbphMargin;
    const float threshold = thresholdScale.applied(settings.threshold);
    const float margin = marginScale.applied(settings.margin);
    recogniser->setThreshold(threshold != 0 ? threshold : thresholdScale.shipped);
    recogniser->setMargin(margin != 0 ? margin : marginScale.shipped);
    FacePipelineOptions options;
    options.tracker.framesToAgree = std::max(1, settings.framesToAgree);
    return std::make_shared<FacePipeline>(std::move(detector).value(), std::move(recogniser),
                                          options);
}

LiveRecogniser::LiveRecogniser(std::shared_ptr<FacePipeline> pipeline, QObject *parent)
    : QObject(parent), m_pipeline(std::move(pipeline)),
      m_model(m_pipeline->recogniser().templateModel()),
      m_description(m_pipeline->recogniser().description())
{
    qRegisterMetaType<cd::LiveFrame>();
    qRegisterMetaType<cd::LiveEvent>();
}

LiveRecogniser::~LiveRecogniser()
{
    stop();
}

Result<void> LiveRecogniser::enrolTemplate(const QString &studentId, const QByteArray &bytes)
{
    const QMutexLocker locker(&m_lock);
    return m_pipeline->recogniser().enrolTemplate(studentId, bytes);
}

int LiveRecogniser::templateCount() const
{
    const QMutexLocker locker(&m_lock);
    return m_pipeline->recogniser().templateCount();
}

void LiveRecogniser::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_slot.reopen();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("LiveRecogniser"));
    m_thread->start();
}

void LiveRecogniser::stop()
{
    if (!m_thread)
        return;
    m_stopping = true;
    m_slot.close();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool LiveRecogniser::isRunning() const
{
    return m_thread != nullptr;
}

void LiveRecogniser::resetTracks()
{
    m_reset = true;
}

void LiveRecogniser::submit(const Frame &frame)
{
    if (frame.isValid())
        m_slot.put(frame);
}

void LiveRecogniser::run()
{
    while (!m_stopping) {
        const std::optional<Frame> frame = m_slot.waitAndTake(200);
        if (!frame)
            continue;
        QElapsedTimer timer;
        timer.start();
        FrameResult result;
        std::vector<QByteArray> chipTemplates;
        {
            const QMutexLocker locker(&m_lock);
            if (m_reset.exchange(false))
                m_pipeline->reset();
            // The pipeline only reads the pixels: a view of the QImage when its format allows.
            cv::Mat pixels = FrameConversion::view(frame->image);
            if (pixels.empty())
                pixels = FrameConversion::toBgr(frame->image);
            result = m_pipeline->process(pixels, frame->index);
            for (const TrackEvent &event : result.events) {
                Result<cv::Mat> description = event.chip.empty()
                    ? Result<cv::Mat>(cv::Mat())
                    : m_pipeline->recogniser().describeForEnrolment(event.chip);
                chipTemplates.push_back(description && !description->empty()
                                            ? FaceRecogniser::templateBytes(*description)
                                            : QByteArray());
            }
        }
        LiveFrame live;
        live.frame = *frame;
        live.processMs = double(timer.nsecsElapsed()) / 1e6;
        for (const FaceView &face : result.faces) {
            LiveFace f;
            f.trackId = face.trackId;
            f.box = toRect(face.box);
            f.state = face.state;
            f.studentId = face.studentId;
            f.confidence = face.score;
            f.issue = face.issue;
            live.faces.append(f);
        }
        ++m_processed;
        emit frameProcessed(live);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (size_t i = 0; i < result.events.size(); ++i) {
            const TrackEvent &event = result.events[i];
            LiveEvent e;
            e.kind = event.kind;
            e.trackId = event.trackId;
            e.studentId = event.studentId;
            e.confidence = event.score;
            e.frameIndex = frame->index;
            e.frameTimestampMs = frame->timestampMs;
            e.at = now;
            if (!event.chip.empty())
                e.chip = FrameConversion::toQImage(event.chip);
            e.chipTemplate = chipTemplates[i];
            emit faceEvent(e);
        }
    }
}

} // namespace cd
