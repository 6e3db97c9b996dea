#include "app/core/EventLoopLatency.h"

#include <QTest>
#include <QThread>
#include <QTimer>

using namespace cd;

class TestEventLoopLatency : public QObject
{
    Q_OBJECT
private slots:
    void aFreeLoopRunsTicksAboutOnTime()
    {
        EventLoopLatency probe;
        QCOMPARE(probe.median(), 0.0); // no samples yet
        probe.start(5);
        QTest::qWait(300);
        probe.stop();
        QVERIFY(probe.samples().size() >= 20);
        QVERIFY2(probe.median() < 8, qPrintable(QString::number(probe.median())));
    }

    void aBlockedLoopShowsAsOneLongSample()
    {
        EventLoopLatency probe;
        probe.start(5);
        QTest::qWait(50);
        QTimer::singleShot(0, [] { QThread::msleep(120); }); // a handler that blocks
        QTest::qWait(150);
        probe.stop();
        QVERIFY2(probe.maximum() >= 100, qPrintable(QString::number(probe.maximum())));
        int longOnes = 0;
        for (double sample : probe.samples())
            longOnes += sample >= 50;
        QCOMPARE(longOnes, 1); // counted once, not as a burst
        QVERIFY(probe.percentile(1.0) == probe.maximum());
        QVERIFY(probe.median() < probe.maximum());

        const qsizetype before = probe.samples().size();
        QTest::qWait(50);
        QCOMPARE(probe.samples().size(), before); // stopped
        probe.clear();
        QVERIFY(probe.samples().isEmpty());
    }
};

QTEST_MAIN(TestEventLoopLatency)
#include "tst_eventlooplatency.moc"
