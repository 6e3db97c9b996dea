#include "app/store/AttendanceRepository.h"
#include "app/store/CourseRepository.h"
#include "app/store/SchoolSettings.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
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
                                qint64 atMs, const QString &reason = {})
    {
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = student;
        m.status = status;
        m.markedAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        m.reason = reason;
        return AttendanceRepository(*m_db).recordMark(m, m_teacher);
    }

    Actor account(const QString &username, const QString &fullName, Role role)
    {
        User u;
        u.username = username;
        u.fullName = fullName;
        u.role = role;
        auto created = UserRepository(*m_db).create(u, u"a long enough phrase"_s, Actor::system());
        return created ? Actor{created->id, fullName, role} : Actor{};
    }

    // A second course, taught by `teacher`, with Amina enrolled.
    Id taughtCourse(const Actor &teacher)
    {
        CourseRepository courses(*m_db);
        auto semester = courses.semesterOn(QDate(2026, 9, 7));
        auto course = courses.createCourse(
            {{}, u"CS301-01"_s, u"Algorithms"_s, semester->id, 3, {}, {teacher.userId}, {}},
            m_teacher);
        if (!course || !courses.enroll(m_amina, course->id, QDate(2026, 9, 7), m_teacher))
            return {};
        return course->id;
    }

    static QDateTime local(const QDate &day, int hour, int minute)
    {
        return QDateTime(day, QTime(hour, minute)).toUTC();
    }

    static bool forbidden(const Error &error) { return error.code == Error::Code::Forbidden; }

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
        auto marks = AttendanceRepository(*m_db).marksOfSession(session, m_teacher);
        QCOMPARE(marks->size(), 1);
        QCOMPARE(marks->first().markedBy, m_teacher.userId);
        QCOMPARE(marks->first().source, MarkSource::Manual);
    }

    void aFinishedSessionTakesOnlyExplainedCorrections()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        QVERIFY(mark(session, m_amina, AttendanceStatus::Absent, 1000));
        QVERIFY(AttendanceRepository(*m_db).closeSession(session, m_teacher));
        QVERIFY(AttendanceRepository(*m_db).findSession(session, m_teacher)->isClosed());

        auto silent = mark(session, m_amina, AttendanceStatus::Excused, 2000);
        QVERIFY(!silent);
        QCOMPARE(silent.error().fields.first().field, u"reason"_s);
        QVERIFY(
            mark(session, m_amina, AttendanceStatus::Excused, 2000, u"Doctor's note received"_s));

        // Both marks are kept; the newest is the one in force.
        auto marks = AttendanceRepository(*m_db).marksOfSession(session, m_teacher);
        QCOMPARE(marks->size(), 2);
        QCOMPARE(marks->last().reason, u"Doctor's note received"_s);
        QVERIFY(marks->last().isCorrection());
        QVERIFY(!marks->first().isCorrection());
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
        const auto stored = AttendanceRepository(*m_db).marksOfSession(session, m_teacher)->first();
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

    void aTeacherSeesAndMarksOnlyTheirOwnCourses()
    {
        const Actor okoro = account(u"m.okoro"_s, u"Mary Okoro"_s, Role::Teacher);
        const Id own = taughtCourse(okoro);
        QVERIFY(!own.isEmpty());
        const Id foreign = openSession(QDate(2026, 9, 7)); // m_course: not Okoro's
        AttendanceRepository repo(*m_db);

        QVERIFY(
            forbidden(repo.sessionFor(m_course, QDate(2026, 9, 8), QTime(9, 0), okoro).error()));
        QVERIFY(forbidden(repo.findSession(foreign, okoro).error()));
        QVERIFY(forbidden(repo.roster(foreign, okoro).error()));
        QVERIFY(forbidden(repo.marksOfSession(foreign, okoro).error()));
        QVERIFY(forbidden(repo.sessionsOfCourse(m_course, okoro).error()));
        QVERIFY(forbidden(repo.markAllPresent(foreign, okoro).error()));
        QVERIFY(forbidden(repo.finishSession(foreign, okoro).error()));
        AttendanceMark m;
        m.sessionId = foreign;
        m.studentId = m_amina;
        const auto refused = repo.recordMark(m, okoro);
        QVERIFY(forbidden(refused.error()));
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(test::rowCount(*m_db, u"attendance_mark"_s), 0);

        auto session = repo.sessionFor(own, QDate(2026, 9, 8), QTime(9, 0), okoro);
        QVERIFY(session);
        QCOMPARE(session->openedBy, okoro.userId);
        m.sessionId = session->id;
        QVERIFY(repo.recordMark(m, okoro));
        const auto roster = repo.roster(session->id, okoro);
        QCOMPARE(roster->size(), 1);
        QCOMPARE(roster->first().markedByName, u"Mary Okoro"_s);
        QCOMPARE(repo.sessionsOfCourse(own, okoro)->size(), 1);
    }

    void studentsAreRefused()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        const Actor student{newId(), u"Amina"_s, Role::Student};
        AttendanceRepository repo(*m_db);
        QVERIFY(
            forbidden(repo.sessionFor(m_course, QDate(2026, 9, 7), QTime(9, 0), student).error()));
        QVERIFY(forbidden(repo.findSession(session, student).error()));
        QVERIFY(forbidden(repo.roster(session, student).error()));
        QVERIFY(forbidden(repo.sessionsOfCourse(m_course, student).error()));
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = m_amina;
        QVERIFY(forbidden(repo.recordMark(m, student).error()));
        QVERIFY(forbidden(repo.finishSession(session, student).error()));
    }

    void staffSeeEverythingAndOnlyCorrect()
    {
        const Actor staff{newId(), u"Office"_s, Role::Staff};
        const Id session = openSession(QDate(2026, 9, 7));
        AttendanceRepository repo(*m_db);
        QCOMPARE(repo.roster(session, staff)->size(), 2);
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = m_amina;
        QVERIFY(forbidden(repo.recordMark(m, staff).error())); // open: taking attendance
        QVERIFY(
            forbidden(repo.sessionFor(m_course, QDate(2026, 9, 9), QTime(9, 0), staff).error()));
        QCOMPARE(*repo.finishSession(session, m_teacher), 2);
        m.status = AttendanceStatus::Excused;
        m.reason = u"Sick note handed in at the office"_s;
        QVERIFY(repo.recordMark(m, staff));
        const auto roster = *repo.roster(session, staff);
        QCOMPARE(roster.first().student.id, m_amina); // Haddad before Said
        QCOMPARE(roster.first().mark->status, AttendanceStatus::Excused);
        QVERIFY(roster.first().mark->isCorrection());
        QCOMPARE(roster.first().markCount, 2);
        QCOMPARE(roster.last().mark->status, AttendanceStatus::Absent);
        QVERIFY(!roster.last().mark->isCorrection());
    }

    void finishingMarksTheUnmarkedAbsentAndFreezes()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        AttendanceRepository repo(*m_db);
        QVERIFY(mark(session, m_amina, AttendanceStatus::Late, 1000));
        auto finished = repo.finishSession(session, m_teacher);
        QVERIFY(finished);
        QCOMPARE(*finished, 1);
        QVERIFY(repo.findSession(session, m_teacher)->isClosed());
        const auto roster = *repo.roster(session, m_teacher);
        QCOMPARE(roster.first().mark->status, AttendanceStatus::Late);
        QCOMPARE(roster.last().student.id, m_omar);
        QCOMPARE(roster.last().mark->status, AttendanceStatus::Absent);
        QCOMPARE(roster.last().mark->markedBy, m_teacher.userId);

        QCOMPARE(repo.finishSession(session, m_teacher).error().code, Error::Code::Conflict);
        QCOMPARE(repo.markAllPresent(session, m_teacher).error().code, Error::Code::Conflict);
        QCOMPARE(
            mark(session, m_omar, AttendanceStatus::Present, 2000).error().fields.first().field,
            u"reason"_s);
        QCOMPARE(repo.marksOfSession(session, m_teacher)->size(), 2);
    }

    void finishingConfirmsTheLivePanelsMarks()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        AttendanceRepository repo(*m_db);
        AttendanceMark seen;
        seen.sessionId = session;
        seen.studentId = m_amina;
        seen.status = AttendanceStatus::Late;
        seen.source = MarkSource::Face;
        seen.confidence = 0.97;
        seen.model = u"face-api-resnet@1.7.15"_s;
        seen.markedAt = QDateTime(QDate(2026, 9, 7), QTime(7, 12), Qt::UTC);

        // A mark for a student outside the course refuses the whole finish.
        AttendanceMark stranger = seen;
        stranger.studentId = m_outsider;
        QVERIFY(!repo.finishSession(session, m_teacher, {seen, stranger}));
        QCOMPARE(test::rowCount(*m_db, u"attendance_mark"_s), 0);
        QVERIFY(!repo.findSession(session, m_teacher)->isClosed());
        // So does a mark of another session.
        AttendanceMark elsewhere = seen;
        elsewhere.sessionId = openSession(QDate(2026, 9, 8));
        QCOMPARE(repo.finishSession(session, m_teacher, {elsewhere}).error().code,
                 Error::Code::Invalid);

        const auto finished = repo.finishSession(session, m_teacher, {seen});
        QVERIFY(finished);
        QCOMPARE(*finished, 1); // Omar, never seen
        const auto roster = *repo.roster(session, m_teacher);
        const AttendanceMark &amina = *roster.first().mark;
        QCOMPARE(amina.status, AttendanceStatus::Late); // as confirmed, not recomputed
        QCOMPARE(amina.source, MarkSource::Face);
        QCOMPARE(amina.confidence, std::optional<double>(0.97));
        QCOMPARE(amina.model, seen.model);
        QCOMPARE(amina.markedBy, m_teacher.userId); // the teacher confirmed it
        QCOMPARE(amina.markedAt, seen.markedAt); // when the face was seen
        QCOMPARE(roster.last().mark->status, AttendanceStatus::Absent);
        QVERIFY(repo.findSession(session, m_teacher)->isClosed());
    }

    void finishingIsAllOrNothing()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        // Closing fails after the absent marks were written: none of them may stay.
        QVERIFY(sql::run(m_db->connection(),
                         u"CREATE TRIGGER fail_close BEFORE UPDATE OF closed_at ON "
                         u"attendance_session BEGIN SELECT RAISE(ABORT, 'injected'); END"_s));
        AttendanceRepository repo(*m_db);
        QVERIFY(!repo.finishSession(session, m_teacher));
        QCOMPARE(test::rowCount(*m_db, u"attendance_mark"_s), 0);
        QVERIFY(!repo.findSession(session, m_teacher)->isClosed());
        QVERIFY(sql::run(m_db->connection(), u"DROP TRIGGER fail_close"_s));
        QCOMPARE(*repo.finishSession(session, m_teacher), 2);
        QCOMPARE(test::rowCount(*m_db, u"attendance_mark"_s), 2);
    }

    void aCorrectionIsAppendedAndAudited()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        AttendanceRepository repo(*m_db);
        QVERIFY(repo.finishSession(session, m_teacher));
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = m_omar;
        m.status = AttendanceStatus::Present;
        m.reason = u"   "_s;
        QCOMPARE(repo.recordMark(m, m_teacher).error().code, Error::Code::Invalid);
        m.reason = u"Arrived with the bus, marked absent by mistake"_s;
        QVERIFY(repo.recordMark(m, m_teacher));
        const auto marks = *repo.marksOfSession(session, m_teacher);
        QCOMPARE(marks.size(), 3); // two absents and the correction
        auto audit = sql::run(m_db->connection(),
                              u"SELECT action, actor_id, details FROM audit_log WHERE entity = "
                              u"'attendance_mark' AND entity_id = ?"_s,
                              {marks.last().id});
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), u"correct"_s);
        QCOMPARE(audit->value(1).toString(), m_teacher.userId);
        QVERIFY(audit->value(2).toString().contains(u"marked absent by mistake"_s));
    }

    void theLateThresholdTurnsPresentIntoLate()
    {
        const QDate day(2026, 9, 7);
        const Id session = openSession(day); // 09:00, 10 minutes by default
        AttendanceRepository repo(*m_db);
        QCOMPARE(repo.findSession(session, m_teacher)->lateAfterMinutes, 10);
        AttendanceMark m;
        m.sessionId = session;
        m.studentId = m_amina;
        m.markedAt = local(day, 9, 10); // on the threshold: still present
        QCOMPARE(repo.recordMark(m, m_teacher, LateRule::ApplyThreshold)->status,
                 AttendanceStatus::Present);
        m.id.clear();
        m.markedAt = local(day, 9, 11);
        QCOMPARE(repo.recordMark(m, m_teacher, LateRule::ApplyThreshold)->status,
                 AttendanceStatus::Late);
        m.id.clear();
        m.markedAt = local(day, 9, 30);
        QCOMPARE(repo.recordMark(m, m_teacher, LateRule::AsMarked)->status,
                 AttendanceStatus::Present);
        auto all
            = repo.markAllPresent(session, m_teacher, LateRule::ApplyThreshold, local(day, 9, 45));
        QCOMPARE(all->size(), 1); // only Omar was unmarked
        QCOMPARE(all->first().status, AttendanceStatus::Late);
        QCOMPARE(repo.roster(session, m_teacher)->last().mark->status, AttendanceStatus::Late);

        // New sessions take the school's default; a session keeps its own.
        SchoolSettings settings = SchoolSettings::load(*m_db);
        settings.lateAfterMinutesDefault = 5;
        QVERIFY(settings.save(*m_db, m_teacher));
        auto later = repo.sessionFor(m_course, QDate(2026, 9, 8), QTime(9, 0), m_teacher);
        QCOMPARE(later->lateAfterMinutes, 5);
        QCOMPARE(repo.findSession(session, m_teacher)->lateAfterMinutes, 10);
        AttendanceSession custom;
        custom.courseId = m_course;
        custom.date = QDate(2026, 9, 9);
        custom.startsAt = QTime(14, 0);
        custom.lateAfterMinutes = 20;
        QCOMPARE(repo.openSession(custom, m_teacher)->lateAfterMinutes, 20);
        custom.lateAfterMinutes = -1;
        custom.date = QDate(2026, 9, 10);
        QCOMPARE(repo.openSession(custom, m_teacher).error().fields.first().field,
                 u"lateAfterMinutes"_s);
    }

    void sessionForFindsOrCreatesOnce()
    {
        AttendanceRepository repo(*m_db);
        auto first = repo.sessionFor(m_course, QDate(2026, 9, 7), QTime(9, 0, 42), m_teacher);
        QVERIFY(first);
        QCOMPARE(first->startsAt, QTime(9, 0));
        QVERIFY(!first->isClosed());
        auto again = repo.sessionFor(m_course, QDate(2026, 9, 7), QTime(9, 0), m_teacher);
        QCOMPARE(again->id, first->id);
        auto other = repo.sessionFor(m_course, QDate(2026, 9, 7), QTime(11, 0), m_teacher);
        QVERIFY(other->id != first->id);
        QCOMPARE(test::rowCount(*m_db, u"attendance_session"_s), 2);
        QCOMPARE(repo.sessionsOfCourse(m_course, m_teacher)->size(), 2);
        QCOMPARE(repo.sessionFor(m_course, {}, QTime(9, 0), m_teacher).error().code,
                 Error::Code::Invalid);
    }

    void markingManyIsAllOrNothing()
    {
        const Id session = openSession(QDate(2026, 9, 7));
        AttendanceRepository repo(*m_db);
        QList<AttendanceMark> marks(3);
        const Id students[] = {m_amina, m_omar, m_outsider};
        for (int i = 0; i < 3; ++i) {
            marks[i].sessionId = session;
            marks[i].studentId = students[i];
        }
        QCOMPARE(repo.recordMarks(marks, m_teacher).error().fields.first().field, u"studentId"_s);
        QCOMPARE(test::rowCount(*m_db, u"attendance_mark"_s), 0);
        marks.removeLast();
        marks[1].status = AttendanceStatus::Absent;
        marks[1].note = u"  Phoned in  "_s;
        QCOMPARE(repo.recordMarks(marks, m_teacher)->size(), 2);
        const auto roster = *repo.roster(session, m_teacher);
        QCOMPARE(roster.last().mark->note, u"Phoned in"_s);
        QCOMPARE(roster.last().markCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceRepository)
#include "tst_attendancerepository.moc"
