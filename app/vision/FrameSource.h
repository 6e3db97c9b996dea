#pragma once

#include "app/vision/Frame.h"

#include <QObject>
#include <QString>

namespace cd {

// How a file source hands out its frames.
enum class FramePacing {
    // At the media's own rate (a video's fps; an image sequence's fps), as a camera would: for
    // the live panel and for demos.
    RealTime,
    // As fast as they are consumed: the next frame is emitted once the slots connected directly
    // (or with Qt::BlockingQueuedConnection) to frameReady have returned for the previous one.
    // Every frame is delivered, in order: for tests and benchmarks.
    AsFastAsConsumed,
};

// Where pictures come from: a camera (CameraFrameSource), a video file (VideoFileFrameSource)
// or a list or folder of images (ImageSequenceFrameSource). Create and use it in one thread with
// an event loop (normally the GUI thread); file sources decode on their own thread and a camera
// on Qt Multimedia's, so neither blocks that thread. Signals are emitted in the source's thread.
//
// The live panel (issue 7) connects frameReady to a LatestFrameSlot read by a worker thread
// that runs the face pipeline, so a slow pipeline drops frames (the newest is kept) instead of
// queueing them; the preview paints Frame::image directly. Frame is a registered metatype, so
// frameReady may also be connected queued to an object in another thread.
class FrameSource : public QObject
{
    Q_OBJECT

public:
    explicit FrameSource(QObject *parent = nullptr);

    // Starts producing frames; does nothing while already started. Never blocks on the device
    // or the disk: failures arrive later as errorOccurred.
    virtual void start() = 0;
    // Stops and releases the device or file (a camera's light goes off). No finished() after a
    // stop; no frameReady either. Safe to call at any time, also when not started.
    virtual void stop() = 0;
    // True while frames are being produced: from when the camera or file is open until stop(),
    // the end of a file or an error.
    bool isActive() const { return m_active; }
    // What the source is, for the UI ("Camera: Integrated Webcam", "Video file: a.mp4").
    virtual QString description() const = 0;

signals:
    void frameReady(const cd::Frame &frame);
    // A file or image sequence has delivered its last frame (never for a camera).
    void finished();
    // A translated message a user can act on; the source is no longer active afterwards.
    void errorOccurred(const QString &message);
    void activeChanged(bool active);

protected:
    void setActive(bool active); // emits activeChanged when it changes

private:
    bool m_active = false;
};

} // namespace cd
