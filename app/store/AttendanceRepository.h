#pragma once

#include "app/core/Actor.h"
#include "app/core/AttendanceStats.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Sessions and their append-only marks.
class AttendanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRepository)
public:
    explicit AttendanceRepository(const Database &db) : m_db(db) { }

    Result<AttendanceSession> openSession(AttendanceSession session, const Actor &actor);
    // Freezes the session: later marks are corrections and need a note saying why.
    Result<void> closeSession(const Id &sessionId, const Actor &actor);
    Result<AttendanceSession> findSession(const Id &id) const;
    Result<QList<AttendanceSession>> sessionsOfCourse(const Id &courseId) const;

    // Appends a mark for a student enrolled in the session's course.
    Result<AttendanceMark> recordMark(AttendanceMark mark, const Actor &actor);
    // Every mark of a session, corrections included, oldest first.
    Result<QList<AttendanceMark>> marksOfSession(const Id &sessionId) const;
    // The marks in force for a student, with session facts, for the figures in AttendanceStats.
    // An invalid date leaves that end of the range open.
    Result<QList<AttendanceRecord>> recordsOfStudent(const Id &studentId, const QDate &from = {},
                                                     const QDate &to = {}) const;

private:
    const Database &m_db;
};

} // namespace cd
