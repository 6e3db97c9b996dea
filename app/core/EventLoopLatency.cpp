#include "app/core/EventLoopLatency.h"

#include <QTimer>

#include <algorithm>

namespace cd {

EventLoopLatency::EventLoopLatency(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EventLoopLatency::tick);
}

void EventLoopLatency::start(int intervalMs)
{
    m_intervalMs = std::max(1, intervalMs);
    m_clock.start();
    m_dueNs = qint64(m_intervalMs) * 1000000;
    m_timer->start(m_intervalMs);
}

void EventLoopLatency::stop()
{
    m_timer->stop();
}

void EventLoopLatency::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_samples.append(std::max<qint64>(0, now - m_dueNs) / 1e6);
    // Rearmed from now, so one long stall counts once rather than as a burst of late ticks.
    m_dueNs = now + qint64(m_intervalMs) * 1000000;
    m_timer->start(m_intervalMs);
}

double EventLoopLatency::percentile(double p) const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const auto at = qsizetype(std::clamp(p, 0.0, 1.0) * double(sorted.size() - 1) + 0.5);
    return sorted.at(at);
}

double EventLoopLatency::median() const
{
    return percentile(0.5);
}

double EventLoopLatency::maximum() const
{
    return m_samples.isEmpty() ? 0 : *std::max_element(m_samples.cbegin(), m_samples.cend());
}

} // namespace cd
