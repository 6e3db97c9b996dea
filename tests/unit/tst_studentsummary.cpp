#include "app/store/AttendanceRepository.h"
#include "app/store/CourseRepository.h"
#include "app/store/FeeRepository.h"
#include "app/store/GradebookRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/StudentSummary.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// A small school worked out by hand; every expected figure is computed in the comments.
class TestStudentSummary : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_actor = test::testActor();
    Id m_student, m_cs, m_ma;
    qint64 m_clock = 1000;

    void attend(const Id &course, const QDate &day, AttendanceStatus status,
                const QString &correction = {},
                AttendanceStatus corrected = AttendanceStatus::Present)
    {
        AttendanceRepository attendance(*m_db);
        AttendanceSession s;
        s.courseId = course;
        s.date = day;
        s.startsAt = QTime(9, 0);
        const Id session = attendance.openSession(s, m_actor)->id;
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = m_student;
        m.status = status;
        m.markedAt = QDateTime::fromMSecsSinceEpoch(m_clock++, Qt::UTC);
        QVERIFY(attendance.recordMark(m, m_actor));
        if (!correction.isEmpty()) {
            QVERIFY(attendance.closeSession(session, m_actor));
            m.id.clear();
            m.status = corrected;
            m.reason = correction;
            m.markedAt = QDateTime::fromMSecsSinceEpoch(m_clock++, Qt::UTC);
            QVERIFY(attendance.recordMark(m, m_actor));
        }
    }

    void score(const Id &course, double weight, double max, std::optional<double> points)
    {
        GradebookRepository gradebook(*m_db);
        auto a = gradebook.createAssessment(
            {{}, course, u"Item"_s, u"Coursework"_s, weight, max, QDate(2026, 10, 1), {}}, m_actor);
        QVERIFY(a);
        if (!points)
            return;
        Mark m;
        m.assessmentId = a->id;
        m.studentId = m_student;
        m.score = points;
        QVERIFY(gradebook.saveMark(m, nullptr, m_actor));
    }

private slots:
    void initTestCase()
    {
        m_db = test::openDatabase(m_dir.filePath(u"summary.sqlite"_s));
        QVERIFY(m_db);
        CourseRepository courses(*m_db);
        const Id spring
            = courses
                  .createSemester(
                      {{}, u"Spring 2026"_s, QDate(2026, 1, 12), QDate(2026, 4, 30), {}}, m_actor)
                  ->id;
        const Id autumn
            = courses
                  .createSemester(
                      {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, m_actor)
                  ->id;
        m_cs = courses
                   .createCourse({{}, u"CS201"_s, u"Data Structures"_s, autumn, 4, {}, {}, {}},
                                 m_actor)
                   ->id;
        m_ma
            = courses.createCourse({{}, u"MA101"_s, u"Calculus"_s, autumn, 2, {}, {}, {}}, m_actor)
                  ->id;
        const Id old
            = courses
                  .createCourse({{}, u"CS101"_s, u"Programming"_s, spring, 4, {}, {}, {}}, m_actor)
                  ->id;
        m_student = StudentRepository(*m_db)
                        .create(test::sampleStudent(u"S1"_s, u"Amina"_s, u"Haddad"_s), m_actor)
                        ->id;
        for (const auto &course : {m_cs, m_ma, old})
            QVERIFY(courses.enroll(m_student, course, QDate(2026, 1, 5), m_actor));

        // CS201: present, absent then excused on appeal, late, absent.
        attend(m_cs, QDate(2026, 9, 7), AttendanceStatus::Present);
        attend(m_cs, QDate(2026, 9, 14), AttendanceStatus::Absent, u"Medical certificate"_s,
               AttendanceStatus::Excused);
        attend(m_cs, QDate(2026, 10, 5), AttendanceStatus::Late);
        attend(m_cs, QDate(2026, 10, 12), AttendanceStatus::Absent);
        // MA101: present twice.
        attend(m_ma, QDate(2026, 9, 8), AttendanceStatus::Present);
        attend(m_ma, QDate(2026, 10, 6), AttendanceStatus::Present);
        // Last semester's absences must not count this semester.
        attend(old, QDate(2026, 2, 2), AttendanceStatus::Absent);

        // CS201: 32/40 with weight 40 and 45/60 with weight 60: 0.4*80 + 0.6*75 = 77 % -> B (3.0).
        score(m_cs, 40, 40, 32);
        score(m_cs, 60, 60, 45);
        // MA101: 19/20 with weight 50, final not yet marked: 95 % so far -> A (4.0), incomplete.
        score(m_ma, 50, 20, 19);
        score(m_ma, 50, 100, std::nullopt);

        FeeRepository fees(*m_db);
        FeeInvoice tuition{{},
                           m_student,
                           autumn,
                           u"Tuition"_s,
                           Money(245000, u"USD"_s),
                           QDate(2026, 8, 24),
                           QDate(2026, 9, 28),
                           {}};
        const Id tuitionId = fees.createInvoice(tuition, m_actor)->id;
        FeeInvoice lab{{},
                       m_student,
                       autumn,
                       u"Lab fee"_s,
                       Money(15000, u"USD"_s),
                       QDate(2026, 8, 24),
                       QDate(2026, 10, 22),
                       {}};
        const Id labId = fees.createInvoice(lab, m_actor)->id;
        LedgerEntry pay;
        pay.invoiceId = tuitionId;
        pay.kind = LedgerKind::Payment;
        pay.amount = Money(100000, u"USD"_s);
        pay.method = PaymentMethod::Card;
        pay.entryDate = QDate(2026, 9, 10);
        QVERIFY(fees.appendEntry(pay, m_actor));
        LedgerEntry late = pay;
        late.id.clear();
        late.kind = LedgerKind::LateFee;
        late.amount = Money(2500, u"USD"_s);
        late.method.reset();
        late.entryDate = QDate(2026, 10, 5);
        late.reason = u"Late payment fee"_s;
        QVERIFY(fees.appendEntry(late, m_actor));
        LedgerEntry waiver = late;
        waiver.id.clear();
        waiver.invoiceId = labId;
        waiver.kind = LedgerKind::Waiver;
        waiver.amount = Money(15000, u"USD"_s);
        waiver.reason = u"Lab fee waived"_s;
        QVERIFY(fees.appendEntry(waiver, m_actor));
    }

    void attendanceFigures()
    {
        const auto s = *StudentSummaryQuery(*m_db).load(m_student, QDate(2026, 11, 22), m_actor);
        QCOMPARE(s.semester.name, u"Autumn 2026"_s);
        // Present 3, late 1, absent 1, excused 1: (3 + 1) / 5 counted = 80 %.
        QCOMPARE(s.attendance.total, (AttendanceTally{3, 1, 1, 1}));
        QCOMPARE(*s.attendance.total.percent(), 80.0);
        // September: present 2, excused 1 -> 100 %. October: present 1, late 1, absent 1 -> 66.67
        // %.
        QCOMPARE(*s.attendance.byMonth.value(YearMonth{2026, 9}).percent(), 100.0);
        QCOMPARE(roundPercent(*s.attendance.byMonth.value(YearMonth{2026, 10}).percent()), 66.67);
        QCOMPARE(s.attendance.byMonth.size(), 2);
    }

    void courseTotalsGradesAndGpa()
    {
        const auto s = *StudentSummaryQuery(*m_db).load(m_student, QDate(2026, 11, 22), m_actor);
        QCOMPARE(s.courses.size(), 2);
        const CourseSummary &cs
            = s.courses.at(0).course.code == u"CS201"_s ? s.courses.at(0) : s.courses.at(1);
        const CourseSummary &ma
            = s.courses.at(0).course.code == u"MA101"_s ? s.courses.at(0) : s.courses.at(1);
        QCOMPARE(*cs.total.percent, 77.0);
        QVERIFY(cs.total.complete);
        QCOMPARE(cs.grade->letter, u"B"_s);
        QCOMPARE(roundPercent(*cs.attendance.percent()),
                 66.67); // (1 + 1) / 3, the excused one left out
        QCOMPARE(*ma.total.percent, 95.0);
        QVERIFY(!ma.total.complete);
        QCOMPARE(ma.grade->letter, u"A"_s);
        // (3.0 * 4 + 4.0 * 2) / 6 credits.
        QCOMPARE(*s.gpa, 20.0 / 6.0);
    }

    void feeBalance()
    {
        const auto s = *StudentSummaryQuery(*m_db).load(m_student, QDate(2026, 11, 22), m_actor);
        QCOMPARE(s.invoices.size(), 2);
        const InvoiceBalance &tuition = s.invoices.at(0).balance;
        QCOMPARE(tuition.charged.minorUnits(), 247500); // 2450.00 + 25.00 late fee
        QCOMPARE(tuition.due.minorUnits(), 147500);
        QCOMPARE(tuition.status, PaymentStatus::Overdue);
        QCOMPARE(s.invoices.at(1).balance.status, PaymentStatus::Waived);
        QCOMPARE(s.account.charged.minorUnits(), 262500);
        QCOMPARE(s.account.paid.minorUnits(), 100000);
        QCOMPARE(s.account.waived.minorUnits(), 15000);
        QCOMPARE(s.account.due.minorUnits(), 147500);
        QCOMPARE(s.account.overdueInvoices, 1);
        QCOMPARE(*s.account.lastPaymentDate, QDate(2026, 9, 10));
        // Before the due date the same ledger is only partly paid.
        QCOMPARE(StudentSummaryQuery(*m_db)
                     .load(m_student, QDate(2026, 9, 20), m_actor)
                     ->invoices.at(0)
                     .balance.status,
                 PaymentStatus::Partial);
    }

    void unknownStudent()
    {
        QCOMPARE(
            StudentSummaryQuery(*m_db).load(newId(), QDate(2026, 11, 22), m_actor).error().code,
            Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStudentSummary)
#include "tst_studentsummary.moc"
