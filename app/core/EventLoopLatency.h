#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;

namespace cd {

// Measures how long the thread's event loop keeps events waiting: a precise timer asks to run
// every `interval` ms, and each time it runs late by the loop's delay. While the loop is free
// that is about 0-1 ms; a handler that blocks for 50 ms shows as a sample of about 50 ms. The
// live panel's benchmark reports the median (issue 7: < 16 ms, one frame at 60 Hz).
class EventLoopLatency : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopLatency(QObject *parent = nullptr);

    void start(int intervalMs = 10);
    void stop();
    void clear() { m_samples.clear(); }

    const QList<double> &samples() const { return m_samples; } // ms late, one per tick
    double median() const;
    double percentile(double p) const; // p in [0, 1]
    double maximum() const;

private:
    void tick();

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_dueNs = 0;
    int m_intervalMs = 10;
    QList<double> m_samples;
};

} // namespace cd
