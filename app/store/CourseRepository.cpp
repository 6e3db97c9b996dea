#include "app/store/CourseRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString semesterColumns
    = u"id, name, starts_on, ends_on, rev, updated_at, updated_by, deleted"_s;

Semester semesterFrom(const QSqlQuery &q)
{
    return Semester{q.value(0).toString(), q.value(1).toString(), sql::toDate(q.value(2)),
                    sql::toDate(q.value(3)), sql::syncMeta(q, 4)};
}

Error notFound(const QString &message)
{
    return Error::make(Error::Code::NotFound, message);
}

} // namespace

Result<Semester> CourseRepository::createSemester(Semester semester, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditCourses); !allowed)
        return allowed.error();
    if (semester.id.isEmpty())
        semester.id = newId();
    if (const auto v = CourseRules::validate(semester); !v.ok())
        return Error::invalid(v);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = writer.insert(u"semester"_s, semester.id,
                              {{u"name"_s, semester.name.trimmed()},
                               {u"starts_on"_s, sql::date(semester.startsOn)},
                               {u"ends_on"_s, sql::date(semester.endsOn)}});
    if (!done)
        return done.error();
    return findSemester(semester.id);
}

Result<QList<Semester>> CourseRepository::semesters() const
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT %1 FROM semester WHERE deleted = 0 ORDER BY starts_on DESC"_s.arg(
                          semesterColumns));
    if (!q)
        return q.error();
    QList<Semester> result;
    while (q->next())
        result.append(semesterFrom(*q));
    return result;
}

Result<Semester> CourseRepository::findSemester(const Id &id) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM semester WHERE id = ? AND deleted = 0"_s.arg(semesterColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("The semester was not found."));
    return semesterFrom(*q);
}

Result<Semester> CourseRepository::semesterOn(const QDate &day) const
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT %1 FROM semester WHERE deleted = 0 AND starts_on <= ? "
                      u"ORDER BY starts_on DESC LIMIT 1"_s.arg(semesterColumns),
                      {sql::date(day)});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("No semester has started yet."));
    return semesterFrom(*q);
}

Result<Course> CourseRepository::createCourse(Course course, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditCourses); !allowed)
        return allowed.error();
    if (course.id.isEmpty())
        course.id = newId();
    if (const auto v = CourseRules::validate(course); !v.ok())
        return Error::invalid(v);
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto taken = sql::exists(
            db, u"SELECT 1 FROM course WHERE semester_id = ? AND code = ? AND deleted = 0"_s,
            {course.semesterId, course.code.trimmed()});
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::invalidField(
                u"code"_s,
                tr("A course with the code %1 already exists in this semester.")
                    .arg(course.code.trimmed()));
        if (auto inserted = writer.insert(u"course"_s, course.id,
                                          {{u"code"_s, course.code.trimmed()},
                                           {u"title"_s, course.title.trimmed()},
                                           {u"semester_id"_s, course.semesterId},
                                           {u"credits"_s, course.credits},
                                           {u"program"_s, sql::text(course.program)}});
            !inserted)
            return inserted;
        for (const auto &teacher : std::as_const(course.teacherIds)) {
            if (auto linked
                = writer.insert(u"course_teacher"_s, newId(),
                                {{u"course_id"_s, course.id}, {u"teacher_id"_s, teacher}});
                !linked)
                return linked;
        }
        return {};
    });
    if (!done)
        return done.error();
    return findCourse(course.id);
}

Result<QList<Course>> CourseRepository::coursesWhere(const QString &condition,
                                                     const QVariantList &params) const
{
    const QSqlDatabase db = m_db.connection();
    auto q = sql::run(db,
                      u"SELECT c.id, c.code, c.title, c.semester_id, c.credits, c.program, c.rev, "
                      u"c.updated_at, c.updated_by, c.deleted, "
                      u"(SELECT group_concat(teacher_id) FROM course_teacher t "
                      u" WHERE t.course_id = c.id AND t.deleted = 0) "
                      u"FROM course c WHERE c.deleted = 0 AND %1 ORDER BY c.code"_s.arg(condition),
                      params);
    if (!q)
        return q.error();
    QList<Course> courses;
    while (q->next()) {
        Course c{q->value(0).toString(),
                 q->value(1).toString(),
                 q->value(2).toString(),
                 q->value(3).toString(),
                 q->value(4).toDouble(),
                 q->value(5).toString(),
                 {},
                 sql::syncMeta(*q, 6)};
        const QString teachers = q->value(10).toString();
        if (!teachers.isEmpty())
            c.teacherIds = teachers.split(u',');
        std::sort(c.teacherIds.begin(), c.teacherIds.end());
        courses.append(c);
    }
    return courses;
}

Result<Course> CourseRepository::findCourse(const Id &id) const
{
    auto courses = coursesWhere(u"c.id = ?"_s, {id});
    if (!courses)
        return courses.error();
    if (courses->isEmpty())
        return notFound(tr("The course was not found; it may have been deleted."));
    return courses->first();
}

Result<QList<Course>> CourseRepository::coursesInSemester(const Id &semesterId) const
{
    return coursesWhere(u"c.semester_id = ?"_s, {semesterId});
}

Result<QList<Course>> CourseRepository::coursesTaughtBy(const Id &teacherId,
                                                        const Id &semesterId) const
{
    return coursesWhere(
        u"c.id IN (SELECT course_id FROM course_teacher WHERE teacher_id = ? AND deleted = 0) "
        u"AND (? = '' OR c.semester_id = ?)"_s,
        {teacherId, sql::text(semesterId), sql::text(semesterId)});
}

Result<QList<Course>> CourseRepository::coursesOfStudent(const Id &studentId,
                                                         const Id &semesterId) const
{
    return coursesWhere(
        u"c.id IN (SELECT course_id FROM enrollment WHERE student_id = ? "
        u"AND status = 'active' AND deleted = 0) AND (? = '' OR c.semester_id = ?)"_s,
        {studentId, sql::text(semesterId), sql::text(semesterId)});
}

Result<Enrollment> CourseRepository::enroll(const Id &studentId, const Id &courseId,
                                            const QDate &on, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageEnrolment); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    Enrollment enrollment{newId(), studentId, courseId, EnrollmentStatus::Active, on, {}};
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto existing = sql::run(
            db,
            u"SELECT id, status, enrolled_on FROM enrollment WHERE student_id = ? AND course_id = ? AND deleted = 0"_s,
            {studentId, courseId});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            enrollment.id = existing->value(0).toString();
            if (existing->value(1).toString() == codeOf(EnrollmentStatus::Active))
                return {};
            return writer.update(
                u"enrollment"_s, enrollment.id,
                {{u"status"_s, existing->value(1), codeOf(EnrollmentStatus::Active)},
                 {u"enrolled_on"_s, existing->value(2), sql::date(on)}},
                u"re-enroll"_s);
        }
        return writer.insert(u"enrollment"_s, enrollment.id,
                             {{u"student_id"_s, studentId},
                              {u"course_id"_s, courseId},
                              {u"status"_s, codeOf(EnrollmentStatus::Active)},
                              {u"enrolled_on"_s, sql::date(on)}});
    });
    if (!done) {
        Error error = done.error();
        if (error.code == Error::Code::Database && error.detail.contains(u"FOREIGN KEY"_s))
            error.message = tr("The student or the course no longer exists.");
        return error;
    }
    return enrollment;
}

Result<void> CourseRepository::drop(const Id &studentId, const Id &courseId, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageEnrolment); !allowed)
        return allowed;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    return sql::inTransaction(db, [&]() -> Result<void> {
        auto existing
            = sql::run(db,
                       u"SELECT id FROM enrollment WHERE student_id = ? AND course_id = ? "
                       u"AND status = 'active' AND deleted = 0"_s,
                       {studentId, courseId});
        if (!existing)
            return existing.error();
        if (!existing->next())
            return notFound(tr("The student is not enrolled in this course."));
        return writer.update(
            u"enrollment"_s, existing->value(0).toString(),
            {{u"status"_s, codeOf(EnrollmentStatus::Active), codeOf(EnrollmentStatus::Dropped)}},
            u"drop"_s);
    });
}

Result<QList<Enrollment>> CourseRepository::enrollmentsOfCourse(const Id &courseId) const
{
    auto q
        = sql::run(m_db.connection(),
                   u"SELECT id, student_id, course_id, status, enrolled_on, rev, updated_at, "
                   u"updated_by, deleted "
                   u"FROM enrollment WHERE course_id = ? AND status = 'active' AND deleted = 0"_s,
                   {courseId});
    if (!q)
        return q.error();
    QList<Enrollment> result;
    while (q->next())
        result.append(Enrollment{q->value(0).toString(), q->value(1).toString(),
                                 q->value(2).toString(), EnrollmentStatus::Active,
                                 sql::toDate(q->value(4)), sql::syncMeta(*q, 5)});
    return result;
}

} // namespace cd
