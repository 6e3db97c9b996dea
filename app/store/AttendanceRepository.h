#pragma once

#include "app/core/Actor.h"
#include "app/core/AttendanceStats.h"
#include "app/core/Result.h"
#include "app/store/StudentRepository.h"

#include <QCoreApplication>

#include <optional>

namespace cd {

class Database;

// One line of a session's register: an actively enrolled student and the mark in force.
struct RosterEntry
{
    StudentListItem student;
    std::optional<AttendanceMark> mark; // none while the student is unmarked
    QString markedByName; // the full name of whoever made the mark in force
    int markCount = 0; // marks recorded for the student in this session, corrections included
};

// Whether a present mark may become late. With ApplyThreshold a present mark recorded (marked
// at) later than the session's start plus its lateAfterMinutes is stored as late: the teacher
// who marks a student arriving after the threshold need not press L. It never touches marks of a
// finished session (corrections say exactly what they mean).
enum class LateRule { AsMarked, ApplyThreshold };

// Sessions and their append-only marks. Every read and write takes the actor and checks it:
// teachers only the courses they teach, administrators and office staff every course, students
// nothing. Taking attendance needs Action::TakeAttendance; changing a mark of a finished session
// is a correction, needs Action::CorrectAttendance and a reason, and is audited as "correct".
class AttendanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRepository)
public:
    explicit AttendanceRepository(const Database &db) : m_db(db) { }

    Result<AttendanceSession> openSession(AttendanceSession session, const Actor &actor);
    // The course's session on that day at that time, created (open, with the school's default
    // late threshold) when there is none. Safe to call twice: the lookup and the insert run in
    // one write transaction, and (course, date, start) is unique.
    Result<AttendanceSession> sessionFor(const Id &courseId, const QDate &date,
                                         const QTime &startsAt, const Actor &actor);
    // Freezes the session: later marks are corrections and need a reason.
    Result<void> closeSession(const Id &sessionId, const Actor &actor);
    // Appends the `confirmed` marks (the live panel's recognitions the teacher accepts, as
    // marked), marks every enrolled student still without a mark absent and closes the session,
    // in one transaction (all or nothing). Returns how many were marked absent.
    Result<int> finishSession(const Id &sessionId, const Actor &actor,
                              QList<AttendanceMark> confirmed = {});
    Result<AttendanceSession> findSession(const Id &id, const Actor &viewer) const;
    Result<QList<AttendanceSession>> sessionsOfCourse(const Id &courseId,
                                                      const Actor &viewer) const;

    // Appends a mark for a student enrolled in the session's course.
    Result<AttendanceMark> recordMark(AttendanceMark mark, const Actor &actor,
                                      LateRule rule = LateRule::AsMarked);
    // Several marks in one transaction: all are written or none.
    Result<QList<AttendanceMark>> recordMarks(QList<AttendanceMark> marks, const Actor &actor,
                                              LateRule rule = LateRule::AsMarked);
    // Marks every enrolled student who has no mark yet present (marks already made are kept),
    // in one transaction. `at` is when (now if invalid). Returns the marks written.
    Result<QList<AttendanceMark>> markAllPresent(const Id &sessionId, const Actor &actor,
                                                 LateRule rule = LateRule::AsMarked,
                                                 const QDateTime &at = {});
    // Every mark of a session, corrections included, oldest first.
    Result<QList<AttendanceMark>> marksOfSession(const Id &sessionId, const Actor &viewer) const;
    // The actively enrolled students by name, each with the mark in force.
    Result<QList<RosterEntry>> roster(const Id &sessionId, const Actor &viewer) const;

    // The marks in force for a student, with session facts, for the figures in AttendanceStats.
    // An invalid date leaves that end of the range open.
    Result<QList<AttendanceRecord>> recordsOfStudent(const Id &studentId, const QDate &from = {},
                                                     const QDate &to = {}) const;

private:
    Result<QList<AttendanceMark>> readMarks(const Id &sessionId,
                                            QHash<Id, QString> *names = nullptr) const;
    const Database &m_db;
};

} // namespace cd
