#pragma once

#include "app/core/Result.h"
#include "app/vision/FaceStates.h"
#include "app/vision/Frame.h"
#include "app/vision/LatestFrameSlot.h"
#include "app/vision/ModelLocator.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QRectF>
#include <QThread>

#include <atomic>
#include <memory>

namespace cd {

class FacePipeline; // OpenCV inside: code outside app/vision only passes it along

// What the teacher can tune (Settings); zeros, or values on the other recogniser's scale, keep
// the shipped defaults (RecognitionDefaults; for the face descriptor FaceGallery::liveThreshold).
struct LiveSettings
{
    float threshold = 0;
    float margin = 0;
    int framesToAgree = 3;
    bool preferResNet = true; // false: LBPH even when the descriptor model is installed
};

// One face of a processed frame, in the frame's pixels, for the preview's overlay.
struct LiveFace
{
    int trackId = 0;
    QRectF box;
    TrackState state = TrackState::Pending;
    QString studentId; // when recognised
    double confidence = 0; // when recognised: the best accepted score
    FaceIssue issue = FaceIssue::None;
};

struct LiveFrame
{
    Frame frame; // the picture the faces belong to
    QList<LiveFace> faces;
    double processMs = 0; // detection, tracking and any descriptions of this frame
};

// A decision about a face: a student recognised (once per track), an unknown face (with its
// chip for the teacher to assign), or a face that left.
struct LiveEvent
{
    FaceEventKind kind = FaceEventKind::Lost;
    int trackId = 0;
    QString studentId;
    double confidence = 0;
    QImage chip; // Unknown: the aligned face
    // Unknown: the chip's enrolment template (FaceRecogniser::templateBytes), made on the worker
    // so that enrolling a face the teacher assigns costs the GUI nothing. Kept in memory only.
    QByteArray chipTemplate;
    qint64 frameIndex = 0;
    qint64 frameTimestampMs = 0; // of the frame that decided it
    QDateTime at; // when it was decided (UTC)
};

// Runs a FacePipeline on its own thread for the live attendance panel. Frames come in through
// submit() from any thread (a FrameSource's frameReady) into a LatestFrameSlot, so when the
// pipeline is busy older frames are dropped and the newest is processed next: the preview never
// waits for recognition, and recognition never falls behind the camera. Results leave as signals,
// which reach receivers in the GUI thread queued.
class LiveRecogniser : public QObject
{
    Q_OBJECT
public:
    // Loads the models (YuNet or Haar, the descriptor or LBPH) and builds the pipeline: a few
    // hundred milliseconds, so call it off the GUI thread. Fails only when no detector loads.
    static Result<std::shared_ptr<FacePipeline>>
    loadPipeline(const LiveSettings &settings, const ModelLocator &locator = ModelLocator());

    explicit LiveRecogniser(std::shared_ptr<FacePipeline> pipeline, QObject *parent = nullptr);
    ~LiveRecogniser() override; // stops the thread

    // The recogniser's template model, for AttendanceMark::model and the template store.
    QString model() const { return m_model; }
    QString description() const { return m_description; } // with the fallback reason, if any

    // Adds a stored template (FaceRecogniser::enrolTemplate) while running or not.
    Result<void> enrolTemplate(const QString &studentId, const QByteArray &bytes);
    int templateCount() const;

    void start();
    void stop(); // waits for the frame being processed
    bool isRunning() const;
    // Forgets every track: the same students may be reported again (a new session).
    void resetTracks();

    // From any thread.
    void submit(const Frame &frame);
    qint64 droppedFrames() const { return m_slot.dropped(); }
    qint64 processedFrames() const { return m_processed; }

signals:
    void frameProcessed(const cd::LiveFrame &frame);
    void faceEvent(const cd::LiveEvent &event);

private:
    void run();

    mutable QMutex m_lock; // the pipeline: the worker per frame, enrolTemplate() in between
    std::shared_ptr<FacePipeline> m_pipeline;
    QString m_model;
    QString m_description;
    LatestFrameSlot m_slot;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stopping{false};
    std::atomic_bool m_reset{false};
    std::atomic<qint64> m_processed{0};
};

} // namespace cd

Q_DECLARE_METATYPE(cd::LiveFrame)
Q_DECLARE_METATYPE(cd::LiveEvent)
