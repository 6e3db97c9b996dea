#include "app/core/AttendanceStats.h"

#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

static AttendanceRecord record(const QString &course, QDate date, AttendanceStatus status)
{
    return AttendanceRecord{newId(), course, date, status};
}

static AttendanceMark mark(const QString &session, const QString &student, AttendanceStatus status,
                           qint64 atMs, const QString &id)
{
    AttendanceMark m;
    m.id = id;
    m.sessionId = session;
    m.studentId = student;
    m.status = status;
    m.markedAt = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    return m;
}

class TestAttendanceStats : public QObject
{
    Q_OBJECT
private slots:
    void percentCountsLateAsAttendedAndSkipsExcused()
    {
        AttendanceTally t;
        t.present = 6;
        t.late = 1;
        t.absent = 3;
        t.excused = 2;
        QCOMPARE(t.sessions(), 12);
        QCOMPARE(t.counted(), 10);
        QCOMPARE(*t.percent(), 70.0); // (6 + 1) / 10
        AttendancePolicy halfLate;
        halfLate.lateWeight = 0.5;
        QCOMPARE(*t.percent(halfLate), 65.0); // (6 + 0.5) / 10
    }

    void noCountedSessionsMeansNoPercent()
    {
        AttendanceTally t;
        QVERIFY(!t.percent());
        t.excused = 3;
        QVERIFY(!t.percent());
        QCOMPARE(standingOf(t), AttendanceStanding::NoData);
    }

    void standingAtTheThreshold()
    {
        AttendanceTally t;
        t.present = 3;
        t.absent = 1; // exactly 75 %
        QCOMPARE(standingOf(t), AttendanceStanding::Satisfactory);
        t.absent = 2; // 60 %
        QCOMPARE(standingOf(t), AttendanceStanding::Short);
        // 74.996 % shows as 75.00 % and is satisfactory; 74.99 % is short.
        AttendanceTally nearly;
        nearly.present = 18749;
        nearly.absent = 6251; // 74.996 %
        QCOMPARE(standingOf(nearly), AttendanceStanding::Satisfactory);
        nearly.present = 7499;
        nearly.absent = 2501; // 74.99 %
        QCOMPARE(standingOf(nearly), AttendanceStanding::Short);
        AttendancePolicy strict;
        strict.minimumPercent = 80;
        AttendanceTally eighty;
        eighty.present = 4;
        eighty.absent = 1;
        QCOMPARE(standingOf(eighty, strict), AttendanceStanding::Satisfactory);
        AttendancePolicy strictHalfLate = strict;
        strictHalfLate.lateWeight = 0.5;
        eighty.present = 3;
        eighty.late = 1; // 3.5 of 5 = 70 % with half-weight lateness
        QCOMPARE(standingOf(eighty, strict), AttendanceStanding::Satisfactory);
        QCOMPARE(standingOf(eighty, strictHalfLate), AttendanceStanding::Short);
    }

    void summaryByMonthAndCourse()
    {
        const QString math = newId();
        const QString art = newId();
        const QList<AttendanceRecord> records = {
            record(math, QDate(2026, 9, 7), AttendanceStatus::Present),
            record(math, QDate(2026, 9, 14), AttendanceStatus::Absent),
            record(math, QDate(2026, 10, 5), AttendanceStatus::Late),
            record(art, QDate(2026, 9, 30), AttendanceStatus::Excused),
            record(art, QDate(2026, 10, 1), AttendanceStatus::Present),
            record(art, QDate(2026, 10, 31), AttendanceStatus::Absent),
        };
        const auto s = summarizeAttendance(records);
        QCOMPARE(s.total.sessions(), 6);
        QCOMPARE(*s.total.percent(), 60.0); // 3 of 5 counted
        QCOMPARE(s.byMonth.size(), 2);
        const auto september = s.byMonth.value(YearMonth{2026, 9});
        QCOMPARE(september.present, 1);
        QCOMPARE(september.absent, 1);
        QCOMPARE(september.excused, 1);
        QCOMPARE(*september.percent(), 50.0);
        QCOMPARE(*s.byMonth.value(YearMonth{2026, 10}).percent(), 200.0 / 3.0);
        QCOMPARE(*s.byCourse.value(math).percent(), 200.0 / 3.0);
        QCOMPARE(*s.byCourse.value(art).percent(), 50.0);
        // Months come out in calendar order.
        QCOMPARE(s.byMonth.firstKey(), (YearMonth{2026, 9}));
    }

    void effectiveMarkIsTheNewest()
    {
        const QString s1 = newId();
        const QString s2 = newId();
        const QString ann = newId();
        const QString bob = newId();
        const QList<AttendanceMark> marks = {
            mark(s1, ann, AttendanceStatus::Absent, 1000, u"a"_s),
            mark(s1, ann, AttendanceStatus::Excused, 3000, u"c"_s), // correction wins
            mark(s1, ann, AttendanceStatus::Late, 2000, u"b"_s),
            mark(s1, bob, AttendanceStatus::Present, 1000, u"d"_s),
            mark(s2, ann, AttendanceStatus::Present, 1000, u"e"_s),
            mark(s2, ann, AttendanceStatus::Absent, 1000, u"f"_s), // same time: higher id wins
        };
        const auto effective = effectiveMarks(marks);
        QCOMPARE(effective.size(), 3);
        QHash<QString, AttendanceStatus> byKey;
        for (const auto &m : effective)
            byKey.insert(m.sessionId + m.studentId, m.status);
        QCOMPARE(byKey.value(s1 + ann), AttendanceStatus::Excused);
        QCOMPARE(byKey.value(s1 + bob), AttendanceStatus::Present);
        QCOMPARE(byKey.value(s2 + ann), AttendanceStatus::Absent);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceStats)
#include "tst_attendancestats.moc"
