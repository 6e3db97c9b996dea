#include "app/vision/LatestFrameSlot.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cd;

namespace {

Frame frameNumber(qint64 index)
{
    Frame frame;
    frame.index = index;
    frame.timestampMs = index;
    return frame;
}

} // namespace

class TestLatestFrameSlot : public QObject
{
    Q_OBJECT
private slots:
    void emptySlotGivesNothing()
    {
        LatestFrameSlot slot;
        QVERIFY(!slot.hasFrame());
        QVERIFY(!slot.take());
        QCOMPARE(slot.dropped(), 0);
        QCOMPARE(slot.taken(), 0);
    }

    void keepsTheNewestAndCountsDrops()
    {
        LatestFrameSlot slot;
        QVERIFY(slot.put(frameNumber(1))); // was empty: wake the consumer
        QVERIFY(!slot.put(frameNumber(2))); // replaced frame 1
        QVERIFY(!slot.put(frameNumber(3)));
        QCOMPARE(slot.dropped(), 2);
        const auto frame = slot.take();
        QVERIFY(frame);
        QCOMPARE(frame->index, 3);
        QVERIFY(!slot.take());
        QCOMPARE(slot.taken(), 1);
        QVERIFY(slot.put(frameNumber(4)));
        QCOMPARE(slot.take()->index, 4);
        QCOMPARE(slot.dropped(), 2);
    }

    void sharesPixelsInsteadOfCopying()
    {
        LatestFrameSlot slot;
        Frame frame = frameNumber(0);
        frame.image = QImage(64, 48, QImage::Format_RGB32);
        frame.image.fill(Qt::red);
        const uchar *pixels = frame.image.constBits();
        slot.put(frame);
        QCOMPARE(slot.take()->image.constBits(), pixels);
    }

    void waitAndTakeTimesOut()
    {
        LatestFrameSlot slot;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!slot.waitAndTake(50));
        QVERIFY(clock.elapsed() >= 45);
        slot.put(frameNumber(7));
        QCOMPARE(slot.waitAndTake(0)->index, 7);
    }

    void closeWakesAWaitingConsumer()
    {
        LatestFrameSlot slot;
        std::atomic_bool returned{false};
        QScopedPointer<QThread> consumer(QThread::create([&] {
            const auto frame = slot.waitAndTake(-1);
            returned = !frame.has_value();
        }));
        consumer->start();
        QTest::qWait(30);
        slot.close();
        QVERIFY(consumer->wait(5000));
        QVERIFY(returned);
        // Closed: nothing is handed out until reopened.
        slot.put(frameNumber(1));
        QVERIFY(!slot.waitAndTake(10));
        slot.reopen();
        slot.put(frameNumber(2));
        QCOMPARE(slot.waitAndTake(10)->index, 2);
    }

    // A fast producer and a slow consumer on two threads: the consumer sees frames in order,
    // never one twice, always ends with the last one, and every frame is either taken or dropped.
    void producerAndConsumerThreads()
    {
        LatestFrameSlot slot;
        constexpr qint64 produced = 20000;
        std::atomic_bool done{false};
        qint64 consumed = 0;
        qint64 lastSeen = -1;
        bool inOrder = true;
        QScopedPointer<QThread> consumer(QThread::create([&] {
            for (;;) {
                auto frame = slot.waitAndTake(5);
                if (!frame) {
                    if (done && !slot.hasFrame())
                        return;
                    continue;
                }
                if (frame->index <= lastSeen)
                    inOrder = false;
                lastSeen = frame->index;
                ++consumed;
                if (consumed % 64 == 0)
                    QThread::usleep(200); // busy with a face pipeline
            }
        }));
        QScopedPointer<QThread> producer(QThread::create([&] {
            for (qint64 i = 0; i < produced; ++i)
                slot.put(frameNumber(i));
            done = true;
        }));
        consumer->start();
        producer->start();
        QVERIFY(producer->wait(20000));
        QVERIFY(consumer->wait(20000));
        QVERIFY(inOrder);
        QCOMPARE(lastSeen, produced - 1);
        QCOMPARE(slot.taken(), consumed);
        QCOMPARE(slot.taken() + slot.dropped(), produced);
        QVERIFY2(slot.dropped() > 0, "the slow consumer should have missed some frames");
    }
};

QTEST_GUILESS_MAIN(TestLatestFrameSlot)
#include "tst_latestframeslot.moc"
