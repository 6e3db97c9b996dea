#include "app/store/AttendanceReport.h"

#include "app/core/Permissions.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// The marks in force over the sessions in scope, counted per student and course (and month,
// when asked). A mark is in force when no other mark of the same session and student is newer
// (by marked_at, then id). Corrections are rare, so this probe of the (session, student) index is
// cheaper than sorting every mark for a window function, and `n.rowid <> m.rowid` is decided
// from the index alone, so a mark without corrections never reads a second row.
// %1: extra grouping column; %2: "JOIN student st ..." when a student filter needs it;
// %3: the scope's conditions; %4: extra GROUP BY term. Courses are grouped by their integer
// rowid: a shorter sort key than the id text, which makes the whole-school report faster.
const QString countsStatement
    = u"SELECT m.student_id, c.rowid, %1 "
      u"sum(m.status = 'present'), sum(m.status = 'late'), sum(m.status = 'absent'), "
      u"sum(m.status = 'excused') "
      u"FROM attendance_session s "
      u"JOIN course c ON c.id = s.course_id "
      u"JOIN attendance_mark m ON m.session_id = s.id %2 "
      u"WHERE s.deleted = 0 AND c.deleted = 0 AND m.deleted = 0 %3 "
      u"AND NOT EXISTS (SELECT 1 FROM attendance_mark n WHERE n.session_id = m.session_id "
      u"  AND n.student_id = m.student_id AND n.rowid <> m.rowid AND n.deleted = 0 "
      u"  AND (n.marked_at > m.marked_at OR (n.marked_at = m.marked_at AND n.id > m.id))) "
      u"GROUP BY m.student_id, c.rowid %4"_s;

struct Scope
{
    QString where; // " AND ..." conditions on s (session), c (course), m (mark), st (student)
    QVariantList params;
    bool needsStudent = false; // `where` mentions st

    QString studentJoin() const
    {
        return needsStudent ? u"JOIN student st ON st.id = m.student_id"_s : QString();
    }

    void add(const QString &condition, const QVariantList &values)
    {
        where += u" AND "_s + condition;
        params += values;
    }
    void add(const SqlCondition &condition)
    {
        if (!condition.isEmpty())
            add(condition.text, condition.params);
    }
};

Result<Scope> scopeFor(const Database &db, const AttendanceReportQuery &query, const Actor &viewer)
{
    if (!Permissions::allows(viewer, Action::ViewStudents)
        && !Permissions::allows(viewer, Action::ViewOwnRecord))
        return Error::make(Error::Code::Forbidden,
                           Permissions::deniedMessage(Action::ViewStudents));
    const QSqlDatabase connection = db.connection();
    Scope scope;
    QDate from = query.from;
    QDate to = query.to;
    if (!query.semesterId.isEmpty()) {
        auto semester = CourseRepository(db).findSemester(query.semesterId);
        if (!semester)
            return semester.error();
        // Semester figures: its courses, and only the sessions within its dates.
        if (!from.isValid() || from < semester->startsOn)
            from = semester->startsOn;
        if (!to.isValid() || to > semester->endsOn)
            to = semester->endsOn;
        scope.add(u"c.semester_id = ?"_s, {query.semesterId});
    }
    if (from.isValid())
        scope.add(u"s.session_date >= ?"_s, {sql::date(from)});
    if (to.isValid())
        scope.add(u"s.session_date <= ?"_s, {sql::date(to)});
    if (!query.courseId.isEmpty()) {
        if (auto visible = Visibility::requireCourse(connection, viewer, query.courseId); !visible)
            return visible.error();
        scope.add(u"s.course_id = ?"_s, {query.courseId});
    }
    if (!query.batch.isEmpty())
        scope.add(u"st.batch = ?"_s, {query.batch});
    if (!query.program.isEmpty())
        scope.add(u"st.program = ?"_s, {query.program});
    scope.needsStudent = !query.batch.isEmpty() || !query.program.isEmpty();
    scope.add(Visibility::courses(viewer, u"s.course_id"_s));
    scope.add(Visibility::students(viewer, u"m.student_id"_s));
    return scope;
}

AttendanceTally tallyFrom(const QSqlQuery &q, int first)
{
    return AttendanceTally{q.value(first).toInt(), q.value(first + 1).toInt(),
                           q.value(first + 2).toInt(), q.value(first + 3).toInt()};
}

template<typename Row> void applyTo(Row &row, const AttendancePolicy &policy)
{
    row.percent = row.tally.percent(policy);
    row.standing = standingOf(row.tally, policy);
}

} // namespace

QList<AttendanceReportRow> AttendanceReportData::belowThreshold(double threshold) const
{
    AttendancePolicy at = policy;
    at.minimumPercent = threshold;
    QList<AttendanceReportRow> below;
    for (const auto &row : rows)
        if (standingOf(row.tally, at) == AttendanceStanding::Short)
            below.append(row);
    return below;
}

QList<AttendanceStudentTotal> AttendanceReportData::studentsBelowThreshold(double threshold) const
{
    AttendancePolicy at = policy;
    at.minimumPercent = threshold;
    QList<AttendanceStudentTotal> below;
    for (const auto &total : totals)
        if (standingOf(total.tally, at) == AttendanceStanding::Short)
            below.append(total);
    return below;
}

Result<AttendanceReportData> AttendanceReport::load(const AttendanceReportQuery &query,
                                                    const Actor &viewer) const
{
    auto scope = scopeFor(m_db, query, viewer);
    if (!scope)
        return scope.error();
    // Counted in SQL, named afterwards: the join to names runs once per row, not per mark.
    const QString statement
        = u"WITH counts (student_id, course_key, present, late, absent, excused) AS (%1) "
          u"SELECT k.student_id, st.student_number, st.first_name, st.last_name, c.id, "
          u"c.code, c.title, k.present, k.late, k.absent, k.excused "
          u"FROM counts k JOIN student st ON st.id = k.student_id AND st.deleted = 0 "
          u"JOIN course c ON c.rowid = k.course_key "
          u"ORDER BY st.student_number, c.code, c.id"_s.arg(
              countsStatement.arg(QString(), scope->studentJoin(), scope->where, QString()));
    auto q = sql::run(m_db.connection(), statement, scope->params);
    if (!q)
        return q.error();
    AttendanceReportData data;
    data.policy = query.policy;
    while (q->next()) {
        AttendanceReportRow row;
        row.studentId = q->value(0).toString();
        row.studentNumber = q->value(1).toString();
        row.studentName = QString(q->value(2).toString() + u' ' + q->value(3).toString());
        row.courseId = q->value(4).toString();
        row.courseCode = q->value(5).toString();
        row.courseTitle = q->value(6).toString();
        row.tally = tallyFrom(*q, 7);
        data.rows.append(row);
        // Rows come grouped by student: a new student starts a new total.
        if (data.totals.isEmpty() || data.totals.last().studentId != row.studentId)
            data.totals.append({row.studentId, row.studentNumber, row.studentName, {}, {}, {}});
        data.totals.last().tally += row.tally;
    }
    applyPolicy(data, query.policy);
    return data;
}

Result<QList<AttendanceMonthRow>> AttendanceReport::months(const Id &studentId,
                                                           const AttendanceReportQuery &query,
                                                           const Actor &viewer) const
{
    auto scope = scopeFor(m_db, query, viewer);
    if (!scope)
        return scope.error();
    if (auto visible = Visibility::requireStudent(m_db.connection(), viewer, studentId); !visible)
        return visible.error();
    scope->add(u"m.student_id = ?"_s, {studentId});
    const QString statement
        = u"WITH counts (student_id, course_key, month, present, late, absent, excused) AS (%1) "
          u"SELECT c.id, c.code, k.month, k.present, k.late, k.absent, k.excused "
          u"FROM counts k JOIN course c ON c.rowid = k.course_key "
          u"ORDER BY k.month, c.code, c.id"_s.arg(countsStatement.arg(
              u"substr(s.session_date, 1, 7),"_s, scope->studentJoin(), scope->where, u", 3"_s));
    auto q = sql::run(m_db.connection(), statement, scope->params);
    if (!q)
        return q.error();
    QList<AttendanceMonthRow> rows;
    while (q->next()) {
        const QDate first = sql::toDate(QVariant(q->value(2).toString() + u"-01"_s));
        rows.append({q->value(0).toString(), q->value(1).toString(), YearMonth::of(first),
                     tallyFrom(*q, 3)});
    }
    return rows;
}

void AttendanceReport::applyPolicy(AttendanceReportData &data, const AttendancePolicy &policy)
{
    data.policy = policy;
    for (auto &row : data.rows)
        applyTo(row, policy);
    for (auto &total : data.totals)
        applyTo(total, policy);
}

} // namespace cd
