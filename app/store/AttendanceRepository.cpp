#include "app/store/AttendanceRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/SchoolSettings.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString sessionColumns
    = u"id, course_id, session_date, starts_at, duration_minutes, late_after_minutes, opened_by, "
      u"closed_at, "_s
    + QString::fromUtf16(sql::syncColumns);

AttendanceSession sessionFrom(const QSqlQuery &q)
{
    AttendanceSession s;
    s.id = q.value(0).toString();
    s.courseId = q.value(1).toString();
    s.date = sql::toDate(q.value(2));
    s.startsAt = QTime::fromString(q.value(3).toString(), u"HH:mm"_s);
    s.durationMinutes = q.value(4).toInt();
    s.lateAfterMinutes = q.value(5).toInt();
    s.openedBy = q.value(6).toString();
    s.closedAt = sql::toInstant(q.value(7));
    s.meta = sql::syncMeta(q, 8);
    return s;
}

Error notFound(const QString &message)
{
    return Error::make(Error::Code::NotFound, message);
}

Result<AttendanceSession> loadSession(const QSqlDatabase &db, const Id &id)
{
    auto q = sql::run(
        db, u"SELECT %1 FROM attendance_session WHERE id = ? AND deleted = 0"_s.arg(sessionColumns),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(AttendanceRepository::tr("The attendance session was not found."));
    return sessionFrom(*q);
}

// Registers are for those who take or correct attendance; students see their own figures
// through StudentSummaryQuery, never a class register.
Result<void> requireCanView(const QSqlDatabase &db, const Actor &viewer, const Id &courseId)
{
    if (!Permissions::allows(viewer, Action::TakeAttendance)
        && !Permissions::allows(viewer, Action::CorrectAttendance))
        return Error::make(Error::Code::Forbidden,
                           AttendanceRepository::tr("Your account may not see attendance "
                                                    "registers."));
    return Visibility::requireCourse(db, viewer, courseId);
}

// An open session takes marks from those who take attendance; a finished one only corrections
// with a reason, from those who may correct.
Result<void> requireCanMark(const QSqlDatabase &db, const Actor &actor,
                            const AttendanceSession &session, const QString &reason)
{
    if (auto allowed = Permissions::require(
            actor, session.isClosed() ? Action::CorrectAttendance : Action::TakeAttendance);
        !allowed)
        return allowed;
    if (auto teaches = Visibility::requireTeaches(db, actor, session.courseId); !teaches)
        return teaches;
    if (session.isClosed() && reason.trimmed().isEmpty())
        return Error::invalidField(
            u"reason"_s,
            AttendanceRepository::tr("This session is finished. Say why you are "
                                     "correcting the mark."));
    return {};
}

Result<bool> isEnrolled(const QSqlDatabase &db, const Id &courseId, const Id &studentId)
{
    return sql::exists(db,
                       u"SELECT 1 FROM enrollment WHERE course_id = ? AND student_id = ? "
                       u"AND status = 'active' AND deleted = 0"_s,
                       {courseId, studentId});
}

Result<void> insertMark(ChangeWriter &writer, const AttendanceMark &mark, bool correction)
{
    return writer.insert(
        u"attendance_mark"_s, mark.id,
        {{u"session_id"_s, mark.sessionId},
         {u"student_id"_s, mark.studentId},
         {u"status"_s, codeOf(mark.status)},
         {u"source"_s, codeOf(mark.source)},
         {u"confidence"_s,
          mark.confidence ? QVariant(*mark.confidence) : QVariant(QMetaType::fromType<double>())},
         {u"model"_s, sql::text(mark.model)},
         {u"marked_by"_s, mark.markedBy},
         {u"marked_at"_s, sql::instant(mark.markedAt)},
         {u"note"_s, sql::text(mark.note)},
         {u"reason"_s, sql::text(mark.reason)}},
        correction ? u"correct"_s : u"mark"_s);
}

// Active enrolments of the session's course without any mark in the session.
Result<QList<Id>> unmarkedStudents(const QSqlDatabase &db, const AttendanceSession &session)
{
    auto q = sql::run(db,
                      u"SELECT e.student_id FROM enrollment e WHERE e.course_id = ? "
                      u"AND e.status = 'active' AND e.deleted = 0 AND NOT EXISTS ("
                      u"  SELECT 1 FROM attendance_mark m WHERE m.session_id = ? "
                      u"  AND m.student_id = e.student_id AND m.deleted = 0) "
                      u"ORDER BY e.student_id"_s,
                      {session.courseId, session.id});
    if (!q)
        return q.error();
    QList<Id> ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

// Fills in what the caller may leave out and validates every mark, before any transaction.
Result<void> prepareMarks(QList<AttendanceMark> &marks, const ChangeWriter &writer,
                          const Actor &actor)
{
    for (AttendanceMark &mark : marks) {
        if (mark.id.isEmpty())
            mark.id = newId();
        if (mark.markedBy.isEmpty())
            mark.markedBy = actor.userId;
        if (!mark.markedAt.isValid())
            mark.markedAt = writer.now();
        mark.note = mark.note.trimmed();
        mark.reason = mark.reason.trimmed();
        if (const auto v = AttendanceRules::validate(mark); !v.ok())
            return Error::invalid(v);
    }
    return {};
}

// Appends prepared marks inside the caller's transaction, checking each against its session.
Result<void> writeMarks(const QSqlDatabase &db, ChangeWriter &writer, const Actor &actor,
                        QList<AttendanceMark> &marks, LateRule rule)
{
    QHash<Id, AttendanceSession> sessions;
    for (AttendanceMark &mark : marks) {
        if (!sessions.contains(mark.sessionId)) {
            auto session = loadSession(db, mark.sessionId);
            if (!session)
                return session.error();
            sessions.insert(mark.sessionId, *session);
        }
        const AttendanceSession &session = sessions[mark.sessionId];
        if (auto allowed = requireCanMark(db, actor, session, mark.reason); !allowed)
            return allowed;
        auto enrolled = isEnrolled(db, session.courseId, mark.studentId);
        if (!enrolled)
            return enrolled.error();
        if (!*enrolled)
            return Error::invalidField(
                u"studentId"_s,
                AttendanceRepository::tr("The student is not enrolled in this course."));
        if (rule == LateRule::ApplyThreshold && !session.isClosed()
            && mark.status == AttendanceStatus::Present && session.isLateAt(mark.markedAt))
            mark.status = AttendanceStatus::Late;
        if (auto inserted = insertMark(writer, mark, session.isClosed()); !inserted)
            return inserted;
    }
    return {};
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
    const QSqlDatabase db = m_db.connection();
    if (auto teaches = Visibility::requireTeaches(db, actor, session.courseId); !teaches)
        return teaches.error();
    ChangeWriter writer(db, actor);
    auto done = writer.insert(u"attendance_session"_s, session.id,
                              {{u"course_id"_s, session.courseId},
                               {u"session_date"_s, sql::date(session.date)},
                               {u"starts_at"_s, session.startsAt.toString(u"HH:mm"_s)},
                               {u"duration_minutes"_s, session.durationMinutes},
                               {u"late_after_minutes"_s, session.lateAfterMinutes},
                               {u"opened_by"_s, sql::text(session.openedBy)},
                               {u"closed_at"_s, sql::instant(session.closedAt)}},
                              u"open"_s);
    if (!done)
        return done.error();
    return loadSession(db, session.id);
}

Result<AttendanceSession> AttendanceRepository::sessionFor(const Id &courseId, const QDate &date,
                                                           const QTime &startsAt,
                                                           const Actor &actor)
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = requireCanView(db, actor, courseId); !visible)
        return visible.error();
    AttendanceSession session;
    session.courseId = courseId;
    session.date = date;
    session.startsAt = QTime(startsAt.hour(), startsAt.minute()); // stored to the minute
    session.lateAfterMinutes = SchoolSettings::load(m_db).lateAfterMinutesDefault;
    if (const auto v = AttendanceRules::validate(session); !v.ok())
        return Error::invalid(v);
    Id found;
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto q = sql::run(db,
                          u"SELECT id FROM attendance_session WHERE course_id = ? AND "
                          u"session_date = ? AND starts_at = ? AND deleted = 0"_s,
                          {courseId, sql::date(date), session.startsAt.toString(u"HH:mm"_s)});
        if (!q)
            return q.error();
        if (q->next()) {
            found = q->value(0).toString();
            return {};
        }
        auto opened = openSession(session, actor);
        if (!opened)
            return opened.error();
        found = opened->id;
        return {};
    });
    if (!done)
        return done.error();
    return loadSession(db, found);
}

Result<void> AttendanceRepository::closeSession(const Id &sessionId, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::TakeAttendance); !allowed)
        return allowed;
    const QSqlDatabase db = m_db.connection();
    auto session = loadSession(db, sessionId);
    if (!session)
        return session.error();
    if (auto teaches = Visibility::requireTeaches(db, actor, session->courseId); !teaches)
        return teaches;
    if (session->isClosed())
        return {};
    ChangeWriter writer(db, actor);
    return writer.update(
        u"attendance_session"_s, sessionId,
        {{u"closed_at"_s, QVariant(QMetaType::fromType<qlonglong>()), sql::instant(writer.now())}},
        u"close"_s);
}

Result<int> AttendanceRepository::finishSession(const Id &sessionId, const Actor &actor,
                                                QList<AttendanceMark> confirmed)
{
    if (auto allowed = Permissions::require(actor, Action::TakeAttendance); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    for (const AttendanceMark &mark : std::as_const(confirmed)) {
        if (mark.sessionId != sessionId)
            return Error::invalidField(u"sessionId"_s,
                                       tr("A confirmed mark belongs to another session."));
    }
    if (auto prepared = prepareMarks(confirmed, writer, actor); !prepared)
        return prepared.error();
    int absent = 0;
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto session = loadSession(db, sessionId);
        if (!session)
            return session.error();
        if (auto teaches = Visibility::requireTeaches(db, actor, session->courseId); !teaches)
            return teaches;
        if (session->isClosed())
            return Error::make(Error::Code::Conflict,
                               tr("This session is already finished. Correct a mark instead."));
        if (auto written = writeMarks(db, writer, actor, confirmed, LateRule::AsMarked); !written)
            return written;
        auto unmarked = unmarkedStudents(db, *session);
        if (!unmarked)
            return unmarked.error();
        for (const Id &studentId : std::as_const(*unmarked)) {
            AttendanceMark mark;
            mark.id = newId();
            mark.sessionId = sessionId;
            mark.studentId = studentId;
            mark.status = AttendanceStatus::Absent;
            mark.markedBy = actor.userId;
            mark.markedAt = writer.now();
            if (const auto v = AttendanceRules::validate(mark); !v.ok())
                return Error::invalid(v);
            if (auto inserted = insertMark(writer, mark, false); !inserted)
                return inserted;
        }
        absent = int(unmarked->size());
        return writer.update(u"attendance_session"_s, sessionId,
                             {{u"closed_at"_s, QVariant(QMetaType::fromType<qlonglong>()),
                               sql::instant(writer.now())}},
                             u"close"_s);
    });
    if (!done)
        return done.error();
    return absent;
}

Result<AttendanceSession> AttendanceRepository::findSession(const Id &id, const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    auto session = loadSession(db, id);
    if (!session)
        return session;
    if (auto visible = requireCanView(db, viewer, session->courseId); !visible)
        return visible.error();
    return session;
}

Result<QList<AttendanceSession>> AttendanceRepository::sessionsOfCourse(const Id &courseId,
                                                                        const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = requireCanView(db, viewer, courseId); !visible)
        return visible.error();
    auto q = sql::run(db,
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

Result<AttendanceMark> AttendanceRepository::recordMark(AttendanceMark mark, const Actor &actor,
                                                        LateRule rule)
{
    auto written = recordMarks({std::move(mark)}, actor, rule);
    if (!written)
        return written.error();
    return written->first();
}

Result<QList<AttendanceMark>> AttendanceRepository::recordMarks(QList<AttendanceMark> marks,
                                                                const Actor &actor, LateRule rule)
{
    if (!Permissions::allows(actor, Action::TakeAttendance)
        && !Permissions::allows(actor, Action::CorrectAttendance))
        return Error::make(Error::Code::Forbidden,
                           Permissions::deniedMessage(Action::TakeAttendance));
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    if (auto prepared = prepareMarks(marks, writer, actor); !prepared)
        return prepared.error();
    auto done = sql::inTransaction(
        db, [&]() -> Result<void> { return writeMarks(db, writer, actor, marks, rule); });
    if (!done)
        return done.error();
    for (AttendanceMark &mark : marks)
        mark.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return marks;
}

Result<QList<AttendanceMark>> AttendanceRepository::markAllPresent(const Id &sessionId,
                                                                   const Actor &actor,
                                                                   LateRule rule,
                                                                   const QDateTime &at)
{
    const QSqlDatabase db = m_db.connection();
    auto session = findSession(sessionId, actor);
    if (!session)
        return session.error();
    if (session->isClosed())
        return Error::make(Error::Code::Conflict,
                           tr("This session is finished. Correct single marks instead."));
    auto unmarked = unmarkedStudents(db, *session);
    if (!unmarked)
        return unmarked.error();
    QList<AttendanceMark> marks;
    for (const Id &studentId : std::as_const(*unmarked)) {
        AttendanceMark mark;
        mark.sessionId = sessionId;
        mark.studentId = studentId;
        mark.status = AttendanceStatus::Present;
        mark.markedAt = at;
        marks.append(mark);
    }
    if (marks.isEmpty())
        return marks;
    // A mark made meanwhile by someone else is not overwritten: recordMarks appends, and the
    // newest mark is in force, so at worst theirs is replaced by present, as the user asked.
    return recordMarks(marks, actor, rule);
}

Result<QList<AttendanceMark>> AttendanceRepository::marksOfSession(const Id &sessionId,
                                                                   const Actor &viewer) const
{
    if (auto session = findSession(sessionId, viewer); !session)
        return session.error();
    return readMarks(sessionId);
}

Result<QList<AttendanceMark>> AttendanceRepository::readMarks(const Id &sessionId,
                                                              QHash<Id, QString> *names) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT m.id, m.session_id, m.student_id, m.status, m.source, m.confidence, m.model, "
        u"m.marked_by, m.marked_at, m.note, m.reason, u.full_name, "
        u"m.rev, m.updated_at, m.updated_by, m.deleted "
        u"FROM attendance_mark m LEFT JOIN user_account u ON u.id = m.marked_by "
        u"WHERE m.session_id = ? AND m.deleted = 0 ORDER BY m.marked_at, m.id"_s,
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
        m.reason = q->value(10).toString();
        if (names && !q->value(11).isNull())
            names->insert(m.markedBy, q->value(11).toString());
        m.meta = sql::syncMeta(*q, 12);
        marks.append(m);
    }
    return marks;
}

Result<QList<RosterEntry>> AttendanceRepository::roster(const Id &sessionId,
                                                        const Actor &viewer) const
{
    auto session = findSession(sessionId, viewer);
    if (!session)
        return session.error();
    auto enrolled = CourseRepository(m_db).enrolledStudents(session->courseId, viewer);
    if (!enrolled)
        return enrolled.error();
    QHash<Id, QString> names;
    auto marks = readMarks(sessionId, &names);
    if (!marks)
        return marks.error();
    QHash<Id, int> counts;
    for (const AttendanceMark &m : std::as_const(*marks))
        ++counts[m.studentId];
    QHash<Id, AttendanceMark> inForce;
    for (const AttendanceMark &m : effectiveMarks(*marks))
        inForce.insert(m.studentId, m);
    QList<RosterEntry> entries;
    entries.reserve(enrolled->size());
    for (const EnrolledStudent &e : std::as_const(*enrolled)) {
        RosterEntry entry;
        entry.student = e.student;
        if (const auto it = inForce.constFind(e.student.id); it != inForce.constEnd()) {
            entry.mark = *it;
            entry.markedByName = names.value(it->markedBy);
        }
        entry.markCount = counts.value(e.student.id);
        entries.append(entry);
    }
    return entries;
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
