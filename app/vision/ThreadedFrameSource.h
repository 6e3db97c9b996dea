#pragma once

#include "app/vision/FrameReader.h"
#include "app/vision/FrameSource.h"

#include <memory>

class QThread;

namespace cd {

// A FrameSource that runs a FrameReader on its own thread, paced in real time or as fast as
// frames are consumed (FramePacing). Each start() opens a fresh reader; stop() ends the thread.
class ThreadedFrameSource : public FrameSource
{
    Q_OBJECT

public:
    ~ThreadedFrameSource() override;

    void start() override;
    void stop() override;

    FramePacing pacing() const { return m_pacing; }
    void setPacing(FramePacing pacing) { m_pacing = pacing; } // applies from the next start()
    qint64 framesDelivered() const { return m_delivered; } // in the current or last run

protected:
    ThreadedFrameSource(FramePacing pacing, QObject *parent);
    // A new, unopened reader for a run (called by start(), in the source's thread).
    virtual std::unique_ptr<FrameReader> createReader() const = 0;
    // The current or last run's reader (its counters may be read when the run is over), or null.
    const FrameReader *lastReader() const { return m_reader.get(); }

private:
    struct Run;
    void halt();
    void deliver(quint64 runId, const Frame &frame);
    void opened(quint64 runId);
    void ended(quint64 runId, const QString &error);

    FramePacing m_pacing;
    std::shared_ptr<FrameReader> m_reader;
    std::shared_ptr<Run> m_run;
    QThread *m_thread = nullptr;
    quint64 m_nextRunId = 1;
    qint64 m_delivered = 0;
};

} // namespace cd
