#include "app/core/SignInThrottle.h"

#include <QTest>
#include <QTimeZone>

using namespace cd;

class TestSignInThrottle : public QObject
{
    Q_OBJECT
private:
    const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());

private slots:
    void firstFailuresCostNothing()
    {
        const SignInThrottle throttle;
        for (int failures = 0; failures <= throttle.freeFailures; ++failures)
            QVERIFY(!throttle.nextAttemptAt(failures, t0).isValid());
    }

    void laterFailuresDoubleTheWait()
    {
        const SignInThrottle throttle;
        QCOMPARE(throttle.nextAttemptAt(4, t0), t0.addSecs(2));
        QCOMPARE(throttle.nextAttemptAt(5, t0), t0.addSecs(4));
        QCOMPARE(throttle.nextAttemptAt(6, t0), t0.addSecs(8));
        QCOMPARE(throttle.nextAttemptAt(9, t0), t0.addSecs(60)); // 64 s, capped at a minute
        QCOMPARE(throttle.nextAttemptAt(1000, t0), t0.addSecs(60));
    }

    void theTenthFailureLocksForAQuarterOfAnHour()
    {
        const SignInThrottle throttle;
        QVERIFY(!throttle.lockEndAfter(9, t0).isValid());
        QCOMPARE(throttle.lockEndAfter(10, t0), t0.addSecs(15 * 60));
        QCOMPARE(throttle.lockEndAfter(11, t0), t0.addSecs(15 * 60));
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
