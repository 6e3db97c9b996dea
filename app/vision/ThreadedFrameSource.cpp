#include "app/vision/ThreadedFrameSource.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace cd {

// What the source and its thread share for one run.
struct ThreadedFrameSource::Run
{
    quint64 id = 0;
    FramePacing pacing = FramePacing::RealTime;
    std::atomic_bool stopping{false};
    // AsFastAsConsumed: one frame may be on its way to the source's thread at a time.
    QSemaphore credits{1};
    std::mutex mutex;
    std::condition_variable wake;

    // Sleeps until `deadlineMs` on `clock`; false when stop was asked for.
    bool sleepUntil(const QElapsedTimer &clock, qint64 deadlineMs)
    {
        std::unique_lock lock(mutex);
        const qint64 wait = deadlineMs - clock.elapsed();
        if (wait > 0)
            wake.wait_for(lock, std::chrono::milliseconds(wait),
                          [this] { return stopping.load(); });
        return !stopping;
    }

    void requestStop()
    {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_all();
        credits.release();
    }
};

ThreadedFrameSource::ThreadedFrameSource(FramePacing pacing, QObject *parent)
    : FrameSource(parent), m_pacing(pacing)
{
}

ThreadedFrameSource::~ThreadedFrameSource()
{
    halt();
}

void ThreadedFrameSource::start()
{
    if (m_run)
        return;
    m_reader = createReader();
    m_delivered = 0;
    auto run = std::make_shared<Run>();
    run->id = m_nextRunId++;
    run->pacing = m_pacing;
    m_run = run;
    std::shared_ptr<FrameReader> reader = m_reader;
    // The lambda posts back to `this` only: stop() and the destructor join the thread first, and
    // Qt discards events still queued for a deleted object.
    m_thread = QThread::create([this, run, reader] {
        const auto post = [this](auto &&call) {
            QMetaObject::invokeMethod(this, std::forward<decltype(call)>(call),
                                      Qt::QueuedConnection);
        };
        const quint64 id = run->id;
        if (const auto opened = reader->open(); !opened) {
            const QString message = opened.error().message;
            post([this, id, message] { ended(id, message); });
            return;
        }
        post([this, id] { opened(id); });
        QElapsedTimer clock;
        clock.start();
        while (!run->stopping) {
            auto next = reader->next();
            if (!next) {
                const QString message = next.error().message;
                post([this, id, message] { ended(id, message); });
                return;
            }
            if (!next.value())
                break; // the end
            Frame frame = std::move(*next.value());
            if (run->pacing == FramePacing::RealTime) {
                if (!run->sleepUntil(clock, frame.timestampMs))
                    return;
            } else {
                run->credits.acquire();
                if (run->stopping)
                    return;
            }
            post([this, id, frame] { deliver(id, frame); });
        }
        if (!run->stopping)
            post([this, id] { ended(id, QString()); });
    });
    m_thread->setObjectName(QStringLiteral("FrameSource"));
    m_thread->start();
}

void ThreadedFrameSource::stop()
{
    halt();
    setActive(false);
}

void ThreadedFrameSource::halt()
{
    if (!m_run)
        return;
    m_run->requestStop();
    m_reader->cancel();
    // Waits at most for the frame being decoded (a few milliseconds).
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_run.reset();
}

void ThreadedFrameSource::opened(quint64 runId)
{
    if (m_run && m_run->id == runId)
        setActive(true);
}

void ThreadedFrameSource::deliver(quint64 runId, const Frame &frame)
{
    if (!m_run || m_run->id != runId)
        return; // from a run that was stopped
    const std::shared_ptr<Run> run = m_run; // a slot may call stop()
    ++m_delivered;
    emit frameReady(frame);
    run->credits.release();
}

void ThreadedFrameSource::ended(quint64 runId, const QString &error)
{
    if (!m_run || m_run->id != runId)
        return;
    halt();
    setActive(false);
    if (error.isEmpty())
        emit finished();
    else
        emit errorOccurred(error);
}

} // namespace cd
