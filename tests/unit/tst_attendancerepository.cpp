#include "app/store/AttendanceRepository.h"
#include "app/store/CourseRepository.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAttendanceRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_teacher = test::testActor(u"Mary Okoro"_s);
    Id m_course;
    Id m_amina;
    Id m_omar;
    Id m_outsider;

    Id openSession(const QDate &day)
    {
        AttendanceSession s;
        s.courseId = m_course;
        s.date = day;
        s.startsAt = QTime(9, 0);
        s.durationMinutes = 90;
        auto opened = AttendanceRepository(*m_db).openSession(s, m_teacher);
        return opened ? opened->id : Id();
    }

    Result<AttendanceMark> mark(const Id &session, const Id &student, AttendanceStatus status,
                                qint64 atMs, const QString &note = {})
    {
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = student;
        m.status = status;
        m.markedAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        m.note = note;
        return AttendanceRepository(*m_db).recordMark(m, m_teacher);
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        m_course = test::createAutumnCourse(*m_db, m_teacher).courseId;
        QVERIFY(!m_course.isEmpty());
        CourseRepository courses(*m_db);
        StudentRepository students(*m_db);
        m_amina
            = students.create(test::sampleStudent(u"S1"_s, u"Amina"_s, u"Haddad"_s), m_teacher)->id;
        m_omar = students.create(test::sampleStudent(u"S2"_s, u"Omar"_s, u"Said"_s), m_teacher)->id;
        m_outsider
            = students.create(test::sampleStudent(u"S3"_s, u"Wei"_s, u"Zhang"_s), m_teacher)->id;
        QVERIFY(courses.enroll(m_amina, m_course, QDate(2026, 9, 1), m_teacher));
        QVERIFY(courses.enroll(m_omar, m_course, QDate(2026, 9, 1), m_teacher));
    }

    void marksEnrolledStudentsOnly()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        QVERIFY(!session.isEmpty());
        QVERIFY(mark(session, m_amina, AttendanceStatus::Present, 1000));
        auto outsider = mark(session, m_outsider, AttendanceStatus::Present, 1000);
        QVERIFY(!outsider);
        QCOMPARE(outsider.error().fields.first().field, u"studentId"_s);
        auto marks = AttendanceRepository(*m_db).marksOfSession(session);
        QCOMPARE(marks->size(), 1);
        QCOMPARE(marks->first().markedBy, m_teacher.userId);
        QCOMPARE(marks->first().source, MarkSource::Manual);
    }

    void aFinishedSessionTakesOnlyExplainedCorrections()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        QVERIFY(mark(session, m_amina, AttendanceStatus::Absent, 1000));
        QVERIFY(AttendanceRepository(*m_db).closeSession(session, m_teacher));
        QVERIFY(AttendanceRepository(*m_db).findSession(session)->isClosed());

        auto silent = mark(session, m_amina, AttendanceStatus::Excused, 2000);
        QVERIFY(!silent);
        QCOMPARE(silent.error().fields.first().field, u"note"_s);
        QVERIFY(
            mark(session, m_amina, AttendanceStatus::Excused, 2000, u"Doctor's note received"_s));

        // Both marks are kept; the newest is the one in force.
        auto marks = AttendanceRepository(*m_db).marksOfSession(session);
        QCOMPARE(marks->size(), 2);
        QCOMPARE(marks->last().note, u"Doctor's note received"_s);
        auto records = AttendanceRepository(*m_db).recordsOfStudent(m_amina);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().status, AttendanceStatus::Excused);
        auto audit = sql::run(
            m_db->connection(),
            u"SELECT action FROM audit_log WHERE entity = 'attendance_mark' ORDER BY at DESC, rowid DESC"_s);
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), u"correct"_s);
    }

    void faceMarksCarryConfidenceAndModel()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = m_omar;
        m.source = MarkSource::Face;
        m.confidence = 0.93;
        auto missingModel = AttendanceRepository(*m_db).recordMark(m, m_teacher);
        QCOMPARE(missingModel.error().fields.first().field, u"model"_s);
        m.model = u"resnet128"_s;
        QVERIFY(AttendanceRepository(*m_db).recordMark(m, m_teacher));
        const auto stored = AttendanceRepository(*m_db).marksOfSession(session)->first();
        QCOMPARE(*stored.confidence, 0.93);
        QCOMPARE(stored.model, u"resnet128"_s);
    }

    void recordsForStatisticsRespectTheDateRange()
    {
        const Id september = openSession(QDate(2026, 9, 7));
        const Id october = openSession(QDate(2026, 10, 5));
        QVERIFY(mark(september, m_amina, AttendanceStatus::Present, 1000));
        QVERIFY(mark(october, m_amina, AttendanceStatus::Late, 1000));
        QVERIFY(mark(october, m_omar, AttendanceStatus::Absent, 1000));
        auto all = AttendanceRepository(*m_db).recordsOfStudent(m_amina);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().date, QDate(2026, 9, 7)); // in date order
        QCOMPARE(all->first().courseId, m_course);
        QCOMPARE(AttendanceRepository(*m_db).recordsOfStudent(m_amina, QDate(2026, 10, 1))->size(),
                 1);
        QCOMPARE(
            AttendanceRepository(*m_db).recordsOfStudent(m_amina, {}, QDate(2026, 9, 30))->size(),
            1);
        const auto summary = summarizeAttendance(*all);
        QCOMPARE(summary.byMonth.size(), 2);
        QCOMPARE(*summary.total.percent(), 100.0);
    }

    void invalidSessionsAreRefused()
    {
        AttendanceSession s;
        s.courseId = m_course;
        auto refused = AttendanceRepository(*m_db).openSession(s, m_teacher);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(test::rowCount(*m_db, u"attendance_session"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceRepository)
#include "tst_attendancerepository.moc"
