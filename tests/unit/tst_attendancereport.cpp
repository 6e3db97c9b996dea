#include "app/store/AttendanceReport.h"
#include "tests/unit/AttendanceFixture.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto P = AttendanceStatus::Present;
constexpr auto L = AttendanceStatus::Late;
constexpr auto A = AttendanceStatus::Absent;
constexpr auto E = AttendanceStatus::Excused;

const AttendanceReportRow *rowOf(const AttendanceReportData &data, const Id &student,
                                 const Id &course)
{
    for (const auto &row : data.rows)
        if (row.studentId == student && row.courseId == course)
            return &row;
    return nullptr;
}

QStringList numbersAndCodes(const QList<AttendanceReportRow> &rows)
{
    QStringList out;
    for (const auto &row : rows)
        out << row.studentNumber + u'/' + row.courseCode;
    return out;
}

} // namespace

// Every expected figure below is worked out by hand in the comments.
class TestAttendanceReport : public QObject
{
    Q_OBJECT
private:
    test::AttendanceFixture m_school;

    AttendanceReportQuery semester() const
    {
        AttendanceReportQuery q;
        q.semesterId = m_school.autumn;
        return q;
    }

    AttendanceReportData load(const AttendanceReportQuery &q, const Actor &viewer)
    {
        auto data = AttendanceReport(*m_school.db).load(q, viewer);
        if (!data) {
            qWarning("%s", qPrintable(data.error().message));
            return {};
        }
        return *data;
    }

private slots:
    void init() { QVERIFY(m_school.open()); }
    void cleanup() { m_school.close(); }

    void correctionsSupersedeEarlierMarks()
    {
        const Id s1 = m_school.session(m_school.cs, QDate(2026, 9, 8));
        const Id s2 = m_school.session(m_school.cs, QDate(2026, 9, 9));
        const Id s3 = m_school.session(m_school.cs, QDate(2026, 9, 10));
        // s1: absent, corrected to present later -> present.
        m_school.mark(s1, m_school.ann, A, 1000);
        m_school.mark(s1, m_school.ann, P, 2000);
        // s2: two marks at the same instant: the greater id (made second) is in force -> late.
        m_school.mark(s2, m_school.ann, P, 3000);
        m_school.mark(s2, m_school.ann, L, 3000);
        // s3: a mark written later but dated earlier (synced from an offline laptop) does not
        // replace the newer one -> absent.
        m_school.mark(s3, m_school.ann, A, 5000);
        m_school.mark(s3, m_school.ann, P, 4000);

        const auto data = load(semester(), m_school.admin);
        QCOMPARE(data.rows.size(), 1);
        const auto &row = data.rows.first();
        QCOMPARE(row.tally, (AttendanceTally{1, 1, 1, 0}));
        // (1 + 1 x 1) / 3 = 66.67 %
        QVERIFY(row.percent);
        QCOMPARE(qRound(*row.percent * 100), 6667);
        QCOMPARE(row.standing, AttendanceStanding::Short);
        QCOMPARE(row.studentNumber, u"S001"_s);
        QCOMPARE(row.studentName, u"Ann Abel"_s);
        QCOMPARE(row.courseCode, u"CS201"_s);
        QCOMPARE(row.courseTitle, u"Data Structures"_s);
    }

    void excusedAreNotCounted()
    {
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 8), {P, P, P, A, E, E});
        const auto data = load(semester(), m_school.admin);
        QCOMPARE(data.rows.size(), 1);
        // 3 present of 4 counted (2 excused left out) = 75 %.
        QCOMPARE(data.rows.first().tally, (AttendanceTally{3, 0, 1, 2}));
        QCOMPARE(data.rows.first().tally.counted(), 4);
        QCOMPARE(*data.rows.first().percent, 75.0);
        QCOMPARE(data.rows.first().standing, AttendanceStanding::Satisfactory);
    }

    void lateWeight()
    {
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 8), {P, P, L, L});
        auto q = semester();
        QCOMPARE(load(q, m_school.admin).rows.size(), 1);
        // Late counts fully by default: 4 / 4 = 100 %.
        QCOMPARE(*load(q, m_school.admin).rows.first().percent, 100.0);
        // Half a session each: (2 + 0.5 x 2) / 4 = 75 %.
        q.policy.lateWeight = 0.5;
        auto data = load(q, m_school.admin);
        QCOMPARE(*data.rows.first().percent, 75.0);
        // Not counting lateness at all: 2 / 4 = 50 %, below 75 %; recomputed without the store.
        AttendanceReport::applyPolicy(data, {0.0, 75.0});
        QCOMPARE(*data.rows.first().percent, 50.0);
        QCOMPARE(data.rows.first().standing, AttendanceStanding::Short);
        QCOMPARE(*data.totals.first().percent, 50.0);
    }

    void monthBoundaries()
    {
        const QList<std::pair<QDate, AttendanceStatus>> marks{
            {QDate(2026, 9, 30), P},
            {QDate(2026, 10, 1), A},
            {QDate(2026, 10, 31), L},
            {QDate(2026, 11, 1), P},
        };
        for (const auto &[day, status] : marks)
            m_school.mark(m_school.session(m_school.cs, day), m_school.ann, status);
        m_school.attend(m_school.ma, m_school.ann, QDate(2026, 10, 15), {E});

        auto months
            = AttendanceReport(*m_school.db).months(m_school.ann, semester(), m_school.admin);
        QVERIFY(months);
        QCOMPARE(months->size(), 4);
        // September: the 30th only; October: the 1st, the 31st (CS201) and MA101's excused day.
        QCOMPARE(months->at(0).month, (YearMonth{2026, 9}));
        QCOMPARE(months->at(0).tally, (AttendanceTally{1, 0, 0, 0}));
        QCOMPARE(months->at(1).month, (YearMonth{2026, 10}));
        QCOMPARE(months->at(1).courseCode, u"CS201"_s);
        QCOMPARE(months->at(1).tally, (AttendanceTally{0, 1, 1, 0}));
        QCOMPARE(months->at(2).month, (YearMonth{2026, 10}));
        QCOMPARE(months->at(2).courseCode, u"MA101"_s);
        QCOMPARE(months->at(2).tally, (AttendanceTally{0, 0, 0, 1}));
        QCOMPARE(months->at(3).month, (YearMonth{2026, 11}));
        QCOMPARE(months->at(3).tally, (AttendanceTally{1, 0, 0, 0}));
    }

    void semesterBoundaries()
    {
        // The day before the semester, its first and last days, and the day after.
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 6), {A, P});
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 12, 18), {P, A});
        auto data = load(semester(), m_school.admin);
        QCOMPARE(data.rows.size(), 1);
        QCOMPARE(data.rows.first().tally, (AttendanceTally{2, 0, 0, 0}));

        // A plain date range counts whatever falls inside it, both ends included.
        AttendanceReportQuery range;
        range.from = QDate(2026, 9, 6);
        range.to = QDate(2026, 12, 18);
        QCOMPARE(load(range, m_school.admin).rows.first().tally, (AttendanceTally{2, 0, 1, 0}));
        range.to = QDate();
        QCOMPARE(load(range, m_school.admin).rows.first().tally, (AttendanceTally{2, 0, 2, 0}));

        // Narrowing a semester to part of it.
        auto part = semester();
        part.to = QDate(2026, 9, 30);
        QCOMPARE(load(part, m_school.admin).rows.first().tally, (AttendanceTally{1, 0, 0, 0}));
    }

    void studentInTwoCourses()
    {
        m_school.attend(m_school.cs, m_school.ann, QDate(2026, 9, 8), {P, P, A, A});
        m_school.attend(m_school.ma, m_school.ann, QDate(2026, 9, 8), {P, P, P, P});
        m_school.attend(m_school.ma, m_school.cat, QDate(2026, 9, 8), {P, A, A, A});
        const auto data = load(semester(), m_school.admin);
        QCOMPARE(numbersAndCodes(data.rows),
                 (QStringList{u"S001/CS201"_s, u"S001/MA101"_s, u"S003/MA101"_s}));
        // Ann: CS201 2/4 = 50 %, MA101 4/4 = 100 %, the semester 6/8 = 75 %.
        QCOMPARE(*rowOf(data, m_school.ann, m_school.cs)->percent, 50.0);
        QCOMPARE(*rowOf(data, m_school.ann, m_school.ma)->percent, 100.0);
        QCOMPARE(data.totals.size(), 2);
        QCOMPARE(data.totals.at(0).studentId, m_school.ann);
        QCOMPARE(data.totals.at(0).tally, (AttendanceTally{6, 0, 2, 0}));
        QCOMPARE(*data.totals.at(0).percent, 75.0);
        QCOMPARE(data.totals.at(0).standing, AttendanceStanding::Satisfactory);
        // Cat: 1/4 = 25 %.
        QCOMPARE(*data.totals.at(1).percent, 25.0);
        QCOMPARE(numbersAndCodes(data.belowThreshold(75)),
                 (QStringList{u"S001/CS201"_s, u"S003/MA101"_s}));
        QCOMPARE(data.studentsBelowThreshold(75).size(), 1);
        QCOMPARE(data.studentsBelowThreshold(80).size(), 2);
    }

    void thresholdEdge()
    {
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 8), {P, P, P, A});
        const auto data = load(semester(), m_school.admin);
        // Exactly 75 % is not below 75 %; it is below 75.01 %.
        QVERIFY(data.belowThreshold(75).isEmpty());
        QCOMPARE(data.belowThreshold(75.01).size(), 1);
        QVERIFY(data.belowThreshold(74.99).isEmpty());
        QVERIFY(data.studentsBelowThreshold(75).isEmpty());
        QCOMPARE(data.studentsBelowThreshold(75.01).size(), 1);
    }

    void noSessionsNoData()
    {
        QVERIFY(load(semester(), m_school.admin).rows.isEmpty());
        // A session nobody was marked in adds nothing.
        m_school.session(m_school.cs, QDate(2026, 9, 8));
        QVERIFY(load(semester(), m_school.admin).rows.isEmpty());
        // Only excused sessions: a row, but no percentage and never below the minimum.
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 9), {E});
        const auto data = load(semester(), m_school.admin);
        QCOMPARE(data.rows.size(), 1);
        QVERIFY(!data.rows.first().percent);
        QCOMPARE(data.rows.first().standing, AttendanceStanding::NoData);
        QVERIFY(data.belowThreshold(75).isEmpty());
        auto months
            = AttendanceReport(*m_school.db).months(m_school.cat, semester(), m_school.admin);
        QVERIFY(months);
        QVERIFY(months->isEmpty());
    }

    void filters()
    {
        m_school.attend(m_school.cs, m_school.ann, QDate(2026, 9, 8), {P});
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 8), {A});
        m_school.attend(m_school.ma, m_school.ann, QDate(2026, 9, 8), {P});
        m_school.attend(m_school.ma, m_school.cat, QDate(2026, 9, 8), {L});
        auto q = semester();
        q.courseId = m_school.ma;
        QCOMPARE(numbersAndCodes(load(q, m_school.admin).rows),
                 (QStringList{u"S001/MA101"_s, u"S003/MA101"_s}));
        q = semester();
        q.program = u"Mathematics"_s;
        QCOMPARE(numbersAndCodes(load(q, m_school.admin).rows), (QStringList{u"S003/MA101"_s}));
        q = semester();
        q.batch = u"2025"_s;
        QCOMPARE(numbersAndCodes(load(q, m_school.admin).rows),
                 (QStringList{u"S001/CS201"_s, u"S001/MA101"_s, u"S002/CS201"_s}));
        // Staff see the whole school too.
        const Actor staff{m_school.admin.userId, u"Office"_s, Role::Staff};
        QCOMPARE(load(semester(), staff).rows.size(), 4);
    }

    void teacherSeesOwnCoursesOnly()
    {
        m_school.attend(m_school.cs, m_school.ann, QDate(2026, 9, 8), {P, A});
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 8), {A});
        m_school.attend(m_school.ma, m_school.ann, QDate(2026, 10, 8), {P});
        m_school.attend(m_school.ma, m_school.cat, QDate(2026, 9, 8), {L});
        const Actor okoro = m_school.teacher(m_school.okoro);
        const auto data = load(semester(), okoro);
        QCOMPARE(numbersAndCodes(data.rows), (QStringList{u"S001/CS201"_s, u"S002/CS201"_s}));
        // Ann's total for Mary Okoro covers CS201 only.
        QCOMPARE(data.totals.first().tally, (AttendanceTally{1, 0, 1, 0}));
        QCOMPARE(numbersAndCodes(load(semester(), m_school.teacher(m_school.lee)).rows),
                 (QStringList{u"S001/MA101"_s, u"S003/MA101"_s}));

        const AttendanceReport report(*m_school.db);
        auto q = semester();
        q.courseId = m_school.ma;
        auto refused = report.load(q, okoro);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY(!refused.error().message.isEmpty());

        auto months = report.months(m_school.ann, semester(), okoro);
        QVERIFY(months);
        QCOMPARE(months->size(), 1); // September in CS201; October's MA101 is not hers
        QCOMPARE(months->first().courseCode, u"CS201"_s);
        auto cat = report.months(m_school.cat, semester(), okoro);
        QVERIFY(!cat);
        QCOMPARE(cat.error().code, Error::Code::Forbidden);
    }

    void studentSeesOnlyThemselves()
    {
        m_school.attend(m_school.cs, m_school.ann, QDate(2026, 9, 8), {P, A});
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 8), {A});
        m_school.attend(m_school.ma, m_school.ann, QDate(2026, 9, 8), {P});
        m_school.attend(m_school.ma, m_school.cat, QDate(2026, 9, 8), {L});
        const Actor ann = m_school.annActor();
        const auto data = load(semester(), ann);
        QCOMPARE(numbersAndCodes(data.rows), (QStringList{u"S001/CS201"_s, u"S001/MA101"_s}));
        QCOMPARE(data.totals.size(), 1);

        const AttendanceReport report(*m_school.db);
        QVERIFY(report.months(m_school.ann, semester(), ann));
        auto other = report.months(m_school.ben, semester(), ann);
        QVERIFY(!other);
        QCOMPARE(other.error().code, Error::Code::Forbidden);

        // A student account without a student record sees nothing.
        const Actor stray{m_school.admin.userId, u"Stray"_s, Role::Student};
        QVERIFY(load(semester(), stray).rows.isEmpty());
    }

    void refusedRoles()
    {
        // A course the student is not enrolled in, and a semester that does not exist.
        const AttendanceReport report(*m_school.db);
        auto q = semester();
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 9, 8), {P});
        const Id other = m_school.course(u"PH100"_s, u"Physics"_s, m_school.lee);
        q.courseId = other;
        auto refused = report.load(q, m_school.annActor());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        refused = report.load(q, m_school.teacher(m_school.okoro));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        q = semester();
        q.semesterId = newId();
        refused = report.load(q, m_school.admin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceReport)
#include "tst_attendancereport.moc"
