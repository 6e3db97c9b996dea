#pragma once

#include "app/vision/Frame.h"

#include <QMutex>
#include <QWaitCondition>

#include <optional>

namespace cd {

// A thread-safe mailbox for one frame, the newest. A producer put()s every frame; a consumer
// that is busy simply misses the ones it had no time for: put() replaces a frame that was not
// taken yet and counts it as dropped. This is how the live panel's worker keeps up with a camera
// (issue 7):
//
//     LatestFrameSlot slot;                                  // shared by both threads
//     connect(source, &FrameSource::frameReady, source,     // in the source's thread: cheap
//             [&slot, worker](const Frame &f) { if (slot.put(f)) worker->wake(); });
//     // worker thread: while (auto frame = slot.take()) process(*frame);
//
// or a worker thread that blocks in waitAndTake() until a frame comes or close() is called.
class LatestFrameSlot
{
public:
    // Stores `frame`, replacing (and counting as dropped) any frame not taken yet. True when the
    // slot was empty, i.e. when a consumer that drained it must be woken up.
    bool put(Frame frame);

    // The newest frame, leaving the slot empty; nothing when no frame arrived since the last take.
    std::optional<Frame> take();

    // As take(), but waits up to `timeoutMs` (negative: forever) for a frame. Nothing on timeout
    // or once close() was called.
    std::optional<Frame> waitAndTake(int timeoutMs = -1);

    // Wakes every waitAndTake() and makes later ones return at once (until reopen()); the frame
    // held, if any, is discarded.
    void close();
    void reopen();

    qint64 dropped() const; // frames replaced before anyone took them
    qint64 taken() const;
    bool hasFrame() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_arrived;
    std::optional<Frame> m_frame;
    qint64 m_dropped = 0;
    qint64 m_taken = 0;
    bool m_closed = false;
};

} // namespace cd
