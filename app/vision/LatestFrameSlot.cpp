#include "app/vision/LatestFrameSlot.h"

#include <QDeadlineTimer>

namespace cd {

bool LatestFrameSlot::put(Frame frame)
{
    Frame replaced; // destroyed after the lock is released: may free the last copy of a picture
    bool wasEmpty = true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_frame) {
            replaced = std::move(*m_frame);
            ++m_dropped;
            wasEmpty = false;
        }
        m_frame = std::move(frame);
    }
    m_arrived.wakeAll();
    return wasEmpty;
}

std::optional<Frame> LatestFrameSlot::take()
{
    QMutexLocker lock(&m_mutex);
    std::optional<Frame> frame;
    frame.swap(m_frame);
    if (frame)
        ++m_taken;
    return frame;
}

std::optional<Frame> LatestFrameSlot::waitAndTake(int timeoutMs)
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                : QDeadlineTimer(timeoutMs));
    while (!m_frame && !m_closed) {
        if (!m_arrived.wait(&m_mutex, deadline))
            break;
    }
    std::optional<Frame> frame;
    if (m_closed)
        return frame;
    frame.swap(m_frame);
    if (frame)
        ++m_taken;
    return frame;
}

void LatestFrameSlot::close()
{
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_frame.reset();
    }
    m_arrived.wakeAll();
}

void LatestFrameSlot::reopen()
{
    QMutexLocker lock(&m_mutex);
    m_closed = false;
}

qint64 LatestFrameSlot::dropped() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

qint64 LatestFrameSlot::taken() const
{
    QMutexLocker lock(&m_mutex);
    return m_taken;
}

bool LatestFrameSlot::hasFrame() const
{
    QMutexLocker lock(&m_mutex);
    return m_frame.has_value();
}

} // namespace cd
