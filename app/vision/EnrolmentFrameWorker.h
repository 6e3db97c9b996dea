#pragma once

#include "app/vision/FaceEnroller.h"
#include "app/vision/Frame.h"
#include "app/vision/LatestFrameSlot.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace cd {

// Examines camera frames for enrolment on its own thread. Frames come in through submit() from
// any thread into a LatestFrameSlot: while a frame is being examined newer ones replace each
// other, so the preview never waits and the feedback is never more than one frame behind.
// Each result leaves as examined(), which reaches receivers in the GUI thread queued.
class EnrolmentFrameWorker : public QObject
{
    Q_OBJECT
public:
    explicit EnrolmentFrameWorker(std::shared_ptr<FaceEnroller> enroller,
                                  QObject *parent = nullptr);
    ~EnrolmentFrameWorker() override; // stops the thread

    void start();
    void stop(); // waits for the frame being examined
    bool isRunning() const { return m_thread != nullptr; }

    void submit(const Frame &frame); // from any thread
    qint64 droppedFrames() const { return m_slot.dropped(); }
    qint64 examinedFrames() const { return m_examined; }

signals:
    void examined(const cd::Frame &frame, const cd::EnrolmentSample &sample);

private:
    void run();

    std::shared_ptr<FaceEnroller> m_enroller;
    LatestFrameSlot m_slot;
    QThread *m_thread = nullptr;
    std::atomic_bool m_stopping{false};
    std::atomic<qint64> m_examined{0};
};

} // namespace cd

Q_DECLARE_METATYPE(cd::EnrolmentSample)
