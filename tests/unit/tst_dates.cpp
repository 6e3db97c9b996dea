#include "app/core/Dates.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestDates : public QObject
{
    Q_OBJECT
private slots:
    void instantsRoundTripAsUtc()
    {
        const QDateTime t = QDateTime(QDate(2026, 11, 22), QTime(9, 30, 15, 250), QTimeZone::utc());
        const qint64 stored = toStoredInstant(t);
        QCOMPARE(fromStoredInstant(stored), t);
        QCOMPARE(fromStoredInstant(stored).timeSpec(), Qt::UTC);
        // A local time with an offset is the same instant.
        const QDateTime plusTwo = t.toOffsetFromUtc(7200);
        QCOMPARE(toStoredInstant(plusTwo), stored);
    }

    void datesAreIso()
    {
        QCOMPARE(toStoredDate(QDate(2026, 2, 3)), u"2026-02-03"_s);
        QCOMPARE(fromStoredDate(u"2026-02-03"_s), QDate(2026, 2, 3));
        QVERIFY(!fromStoredDate(u"2026-02-30"_s).isValid());
        QVERIFY(!fromStoredDate(u"03/02/2026"_s).isValid());
        QVERIFY(!fromStoredDate(u""_s).isValid());
        QCOMPARE(toStoredDate(QDate()), QString());
    }

    void yearMonth()
    {
        const YearMonth m = YearMonth::of(QDate(2026, 9, 30));
        QCOMPARE(m.toString(), u"2026-09"_s);
        QVERIFY(m < YearMonth::of(QDate(2026, 10, 1)));
        QVERIFY(YearMonth::of(QDate(2025, 12, 31)) < m);
        QCOMPARE(m.displayName(QLocale(QLocale::English)), u"September 2026"_s);
        QVERIFY(!YearMonth{}.isValid());
    }

    void ageCountsBirthdays()
    {
        const QDate birth(2008, 11, 23);
        QCOMPARE(ageOn(birth, QDate(2026, 11, 22)), 17);
        QCOMPARE(ageOn(birth, QDate(2026, 11, 23)), 18);
        QCOMPARE(ageOn(QDate(2008, 2, 29), QDate(2026, 2, 28)), 17);
        QCOMPARE(ageOn(QDate(2008, 2, 29), QDate(2026, 3, 1)), 18);
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
