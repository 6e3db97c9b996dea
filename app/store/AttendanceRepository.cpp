#include "app/store/AttendanceRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString sessionColumns
    = u"id, course_id, session_date, starts_at, duration_minutes, opened_by, closed_at, "_s
    + QString::fromUtf16(sql::syncColumns);

AttendanceSession sessionFrom(const QSqlQuery &q)
{
    return AttendanceSession{
        q.value(0).toString(),      q.value(1).toString(),
        sql::toDate(q.value(2)),    QTime::fromString(q.value(3).toString(), u"HH:mm"_s),
        q.value(4).toInt(),         q.value(5).toString(),
        sql::toInstant(q.value(6)), sql::syncMeta(q, 7)};
}

Error notFound(const QString &message)
{
    return Error::make(Error::Code::NotFound, message);
}

} // namespace

Result<AttendanceSession> AttendanceRepository::openSession(AttendanceSession session,
                                                            const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::TakeAttendance); !allowed)
        return allowed.error();
    if (session.id.isEmpty())
        session.id = newId();
    if (session.openedBy.isEmpty())
        session.openedBy = actor.userId;
    if (const auto v = AttendanceRules::validate(session); !v.ok())
        return Error::invalid(v);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = writer.insert(u"attendance_session"_s, session.id,
                              {{u"course_id"_s, session.courseId},
                               {u"session_date"_s, sql::date(session.date)},
                               {u"starts_at"_s, session.startsAt.toString(u"HH:mm"_s)},
                               {u"duration_minutes"_s, session.durationMinutes},
                               {u"opened_by"_s, sql::text(session.openedBy)},
                               {u"closed_at"_s, sql::instant(session.closedAt)}},
                              u"open"_s);
    if (!done)
        return done.error();
    return findSession(session.id);
}

Result<void> AttendanceRepository::closeSession(const Id &sessionId, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::TakeAttendance); !allowed)
        return allowed;
    auto session = findSession(sessionId);
    if (!session)
        return session.error();
    if (session->isClosed())
        return {};
    ChangeWriter writer(m_db.connection(), actor);
    return writer.update(
        u"attendance_session"_s, sessionId,
        {{u"closed_at"_s, QVariant(QMetaType::fromType<qlonglong>()), sql::instant(writer.now())}},
        u"close"_s);
}

Result<AttendanceSession> AttendanceRepository::findSession(const Id &id) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM attendance_session WHERE id = ? AND deleted = 0"_s.arg(sessionColumns),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("The attendance session was not found."));
    return sessionFrom(*q);
}

Result<QList<AttendanceSession>> AttendanceRepository::sessionsOfCourse(const Id &courseId) const
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT %1 FROM attendance_session WHERE course_id = ? AND deleted = 0 "
                      u"ORDER BY session_date, starts_at"_s.arg(sessionColumns),
                      {courseId});
    if (!q)
        return q.error();
    QList<AttendanceSession> sessions;
    while (q->next())
        sessions.append(sessionFrom(*q));
    return sessions;
}

Result<AttendanceMark> AttendanceRepository::recordMark(AttendanceMark mark, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::TakeAttendance); !allowed)
        return allowed.error();
    if (mark.id.isEmpty())
        mark.id = newId();
    if (mark.markedBy.isEmpty())
        mark.markedBy = actor.userId;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    if (!mark.markedAt.isValid())
        mark.markedAt = writer.now();
    ValidationResult validation = AttendanceRules::validate(mark);
    if (!validation.ok())
        return Error::invalid(validation);

    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto facts
            = sql::run(db,
                       u"SELECT s.closed_at, "
                       u"  EXISTS (SELECT 1 FROM enrollment e WHERE e.course_id = s.course_id "
                       u"          AND e.student_id = ? AND e.status = 'active' AND e.deleted = 0) "
                       u"FROM attendance_session s WHERE s.id = ? AND s.deleted = 0"_s,
                       {mark.studentId, mark.sessionId});
        if (!facts)
            return facts.error();
        if (!facts->next())
            return notFound(tr("The attendance session was not found."));
        ValidationResult v;
        if (facts->value(1).toInt() != 1)
            v.add(u"studentId"_s, tr("The student is not enrolled in this course."));
        if (!facts->value(0).isNull() && mark.note.trimmed().isEmpty())
            v.add(u"note"_s, tr("This session is finished. Say why you are correcting the mark."));
        if (!v.ok())
            return Error::invalid(v);
        return writer.insert(u"attendance_mark"_s, mark.id,
                             {{u"session_id"_s, mark.sessionId},
                              {u"student_id"_s, mark.studentId},
                              {u"status"_s, codeOf(mark.status)},
                              {u"source"_s, codeOf(mark.source)},
                              {u"confidence"_s,
                               mark.confidence ? QVariant(*mark.confidence)
                                               : QVariant(QMetaType::fromType<double>())},
                              {u"model"_s, sql::text(mark.model)},
                              {u"marked_by"_s, mark.markedBy},
                              {u"marked_at"_s, sql::instant(mark.markedAt)},
                              {u"note"_s, sql::text(mark.note.trimmed())}},
                             facts->value(0).isNull() ? u"mark"_s : u"correct"_s);
    });
    if (!done)
        return done.error();
    mark.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return mark;
}

Result<QList<AttendanceMark>> AttendanceRepository::marksOfSession(const Id &sessionId) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, session_id, student_id, status, source, confidence, model, marked_by, "
        u"marked_at, note, %1 FROM attendance_mark WHERE session_id = ? AND deleted = 0 "
        u"ORDER BY marked_at, id"_s.arg(sql::syncColumns),
        {sessionId});
    if (!q)
        return q.error();
    QList<AttendanceMark> marks;
    while (q->next()) {
        AttendanceMark m;
        m.id = q->value(0).toString();
        m.sessionId = q->value(1).toString();
        m.studentId = q->value(2).toString();
        m.status
            = fromCode<AttendanceStatus>(q->value(3).toString()).value_or(AttendanceStatus::Absent);
        m.source = fromCode<MarkSource>(q->value(4).toString()).value_or(MarkSource::Manual);
        if (!q->value(5).isNull())
            m.confidence = q->value(5).toDouble();
        m.model = q->value(6).toString();
        m.markedBy = q->value(7).toString();
        m.markedAt = sql::toInstant(q->value(8));
        m.note = q->value(9).toString();
        m.meta = sql::syncMeta(*q, 10);
        marks.append(m);
    }
    return marks;
}

Result<QList<AttendanceRecord>> AttendanceRepository::recordsOfStudent(const Id &studentId,
                                                                       const QDate &from,
                                                                       const QDate &to) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT m.id, m.session_id, m.status, m.marked_at, s.course_id, s.session_date "
        u"FROM attendance_mark m JOIN attendance_session s ON s.id = m.session_id "
        u"WHERE m.student_id = ? AND m.deleted = 0 AND s.deleted = 0 "
        u"AND (? IS NULL OR s.session_date >= ?) AND (? IS NULL OR s.session_date <= ?)"_s,
        {studentId, sql::date(from), sql::date(from), sql::date(to), sql::date(to)});
    if (!q)
        return q.error();
    QList<AttendanceMark> marks;
    QHash<Id, std::pair<Id, QDate>> sessions; // session -> (course, date)
    while (q->next()) {
        AttendanceMark m;
        m.id = q->value(0).toString();
        m.sessionId = q->value(1).toString();
        m.studentId = studentId;
        m.status
            = fromCode<AttendanceStatus>(q->value(2).toString()).value_or(AttendanceStatus::Absent);
        m.markedAt = sql::toInstant(q->value(3));
        marks.append(m);
        sessions.insert(m.sessionId, {q->value(4).toString(), sql::toDate(q->value(5))});
    }
    QList<AttendanceRecord> records;
    for (const auto &mark : effectiveMarks(marks)) {
        const auto &[course, date] = sessions.value(mark.sessionId);
        records.append(AttendanceRecord{mark.sessionId, course, date, mark.status});
    }
    std::sort(records.begin(), records.end(),
              [](const AttendanceRecord &a, const AttendanceRecord &b) { return a.date < b.date; });
    return records;
}

} // namespace cd
