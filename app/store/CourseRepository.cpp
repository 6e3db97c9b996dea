#include "app/store/CourseRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <QSet>

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

Fields semesterFields(const Semester &s)
{
    return {{u"name"_s, s.name.trimmed()},
            {u"starts_on"_s, sql::date(s.startsOn)},
            {u"ends_on"_s, sql::date(s.endsOn)}};
}

Fields courseFields(const Course &c)
{
    return {{u"code"_s, c.code.trimmed()},
            {u"title"_s, c.title.trimmed()},
            {u"semester_id"_s, c.semesterId},
            {u"credits"_s, c.credits},
            {u"program"_s, sql::text(c.program.trimmed())}};
}

// The condition text and parameters to AND into a WHERE clause (" AND ..." or nothing).
QString andCondition(const SqlCondition &condition, QVariantList &params)
{
    if (condition.isEmpty())
        return {};
    params += condition.params;
    return u" AND "_s + condition.text;
}

Result<void> checkCodeFree(const QSqlDatabase &db, const Course &course)
{
    auto taken = sql::exists(
        db,
        u"SELECT 1 FROM course WHERE semester_id = ? AND code = ? AND deleted = 0 AND id <> ?"_s,
        {course.semesterId, course.code.trimmed(), course.id});
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::invalidField(
            u"code"_s,
            CourseRepository::tr("A course with the code %1 already exists in this semester.")
                .arg(course.code.trimmed()));
    return {};
}

// Enrols one student inside the caller's transaction: whether anything changed.
Result<bool> enrollOne(const QSqlDatabase &db, ChangeWriter &writer, const Id &studentId,
                       const Id &courseId, const QDate &on, Id *enrollmentId)
{
    auto existing = sql::run(db,
                             u"SELECT id, status, enrolled_on FROM enrollment "
                             u"WHERE student_id = ? AND course_id = ? AND deleted = 0"_s,
                             {studentId, courseId});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        *enrollmentId = existing->value(0).toString();
        if (existing->value(1).toString() == codeOf(EnrollmentStatus::Active))
            return false;
        auto updated
            = writer.update(u"enrollment"_s, *enrollmentId,
                            {{u"status"_s, existing->value(1), codeOf(EnrollmentStatus::Active)},
                             {u"enrolled_on"_s, existing->value(2), sql::date(on)}},
                            u"re-enroll"_s);
        if (!updated)
            return updated.error();
        return true;
    }
    auto inserted = writer.insert(u"enrollment"_s, *enrollmentId,
                                  {{u"student_id"_s, studentId},
                                   {u"course_id"_s, courseId},
                                   {u"status"_s, codeOf(EnrollmentStatus::Active)},
                                   {u"enrolled_on"_s, sql::date(on)}});
    if (!inserted)
        return inserted.error();
    return true;
}

// Drops one student inside the caller's transaction: whether they were enrolled.
Result<bool> dropOne(const QSqlDatabase &db, ChangeWriter &writer, const Id &studentId,
                     const Id &courseId)
{
    auto existing = sql::run(db,
                             u"SELECT id FROM enrollment WHERE student_id = ? AND course_id = ? "
                             u"AND status = 'active' AND deleted = 0"_s,
                             {studentId, courseId});
    if (!existing)
        return existing.error();
    if (!existing->next())
        return false;
    auto updated = writer.update(
        u"enrollment"_s, existing->value(0).toString(),
        {{u"status"_s, codeOf(EnrollmentStatus::Active), codeOf(EnrollmentStatus::Dropped)}},
        u"drop"_s);
    if (!updated)
        return updated.error();
    return true;
}

Error enrolmentError(Error error)
{
    if (error.code == Error::Code::Database && error.detail.contains(u"FOREIGN KEY"_s))
        error.message = CourseRepository::tr("The student or the course no longer exists.");
    return error;
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
    auto done = writer.insert(u"semester"_s, semester.id, semesterFields(semester));
    if (!done)
        return done.error();
    return findSemester(semester.id);
}

Result<Semester> CourseRepository::updateSemester(const Semester &original, const Semester &edited,
                                                  const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditCourses); !allowed)
        return allowed.error();
    Q_ASSERT(original.id == edited.id);
    if (const auto v = CourseRules::validate(edited); !v.ok())
        return Error::invalid(v);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = writer.update(u"semester"_s, edited.id,
                              diffFields(semesterFields(original), semesterFields(edited)));
    if (!done)
        return done.error();
    return findSemester(edited.id);
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
        if (auto free = checkCodeFree(db, course); !free)
            return free;
        if (auto inserted = writer.insert(u"course"_s, course.id, courseFields(course)); !inserted)
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
    return findCourse(course.id, actor);
}

Result<Course> CourseRepository::updateCourse(const Course &original, const Course &edited,
                                              const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditCourses); !allowed)
        return allowed.error();
    Q_ASSERT(original.id == edited.id);
    if (const auto v = CourseRules::validate(edited); !v.ok())
        return Error::invalid(v);
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto free = checkCodeFree(db, edited); !free)
            return free;
        if (auto updated = writer.update(u"course"_s, edited.id,
                                         diffFields(courseFields(original), courseFields(edited)));
            !updated)
            return updated;

        const QSet<Id> before(original.teacherIds.cbegin(), original.teacherIds.cend());
        const QSet<Id> after(edited.teacherIds.cbegin(), edited.teacherIds.cend());
        if (before == after)
            return {};
        // The teacher set is one field: if it is no longer what the editor loaded, somebody
        // else changed it first.
        auto links = sql::run(
            db, u"SELECT id, teacher_id FROM course_teacher WHERE course_id = ? AND deleted = 0"_s,
            {edited.id});
        if (!links)
            return links.error();
        QHash<Id, Id> linkOf; // teacher -> course_teacher row
        while (links->next())
            linkOf.insert(links->value(1).toString(), links->value(0).toString());
        const QList<Id> storedTeachers = linkOf.keys();
        if (QSet<Id>(storedTeachers.cbegin(), storedTeachers.cend()) != before) {
            Error conflict = Error::make(
                Error::Code::Conflict,
                tr("Someone else changed this course's teachers since you opened it. Your "
                   "changes were not saved; reload it to see theirs."));
            conflict.fields.append(
                {u"teacherIds"_s, tr("Changed by someone else since you opened it.")});
            return conflict;
        }
        for (const Id &teacher : after - before) {
            if (auto linked
                = writer.insert(u"course_teacher"_s, newId(),
                                {{u"course_id"_s, edited.id}, {u"teacher_id"_s, teacher}});
                !linked)
                return linked;
        }
        for (const Id &teacher : before - after) {
            if (auto unlinked = writer.remove(u"course_teacher"_s, linkOf.value(teacher));
                !unlinked)
                return unlinked;
        }
        return {};
    });
    if (!done) {
        Error error = done.error();
        if (error.code == Error::Code::Database && error.detail.contains(u"FOREIGN KEY"_s))
            error.message = tr("A chosen teacher's account or the semester no longer exists.");
        return error;
    }
    return findCourse(edited.id, actor);
}

Result<QList<Course>> CourseRepository::coursesWhere(const QString &condition,
                                                     const QVariantList &conditionParams,
                                                     const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    QVariantList params = conditionParams;
    const QString visible = andCondition(Visibility::courses(viewer, u"c.id"_s), params);
    auto q = sql::run(
        db,
        u"SELECT c.id, c.code, c.title, c.semester_id, c.credits, c.program, c.rev, "
        u"c.updated_at, c.updated_by, c.deleted, "
        u"(SELECT group_concat(teacher_id) FROM course_teacher t "
        u" WHERE t.course_id = c.id AND t.deleted = 0) "
        u"FROM course c WHERE c.deleted = 0 AND %1%2 ORDER BY c.code"_s.arg(condition, visible),
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

Result<Course> CourseRepository::findCourse(const Id &id, const Actor &viewer) const
{
    if (auto visible = Visibility::requireCourse(m_db.connection(), viewer, id); !visible)
        return visible.error();
    auto courses = coursesWhere(u"c.id = ?"_s, {id}, viewer);
    if (!courses)
        return courses.error();
    if (courses->isEmpty())
        return notFound(tr("The course was not found; it may have been deleted."));
    return courses->first();
}

Result<QList<Course>> CourseRepository::coursesInSemester(const Id &semesterId,
                                                          const Actor &viewer) const
{
    return coursesWhere(u"c.semester_id = ?"_s, {semesterId}, viewer);
}

Result<QList<Course>> CourseRepository::coursesTaughtBy(const Id &teacherId, const Id &semesterId,
                                                        const Actor &viewer) const
{
    return coursesWhere(
        u"c.id IN (SELECT course_id FROM course_teacher WHERE teacher_id = ? AND deleted = 0) "
        u"AND (? = '' OR c.semester_id = ?)"_s,
        {teacherId, sql::text(semesterId), sql::text(semesterId)}, viewer);
}

Result<QList<Course>> CourseRepository::coursesOfStudent(const Id &studentId, const Id &semesterId,
                                                         const Actor &viewer) const
{
    if (auto visible = Visibility::requireStudent(m_db.connection(), viewer, studentId); !visible)
        return visible.error();
    return coursesWhere(
        u"c.id IN (SELECT course_id FROM enrollment WHERE student_id = ? "
        u"AND status = 'active' AND deleted = 0) AND (? = '' OR c.semester_id = ?)"_s,
        {studentId, sql::text(semesterId), sql::text(semesterId)}, viewer);
}

Result<QList<CourseListItem>> CourseRepository::courseList(const Id &semesterId,
                                                           const Actor &viewer) const
{
    auto courses = coursesInSemester(semesterId, viewer);
    if (!courses)
        return courses.error();
    // Counts and names in two grouped reads rather than one query per course.
    QVariantList params{semesterId};
    const QString visible = andCondition(Visibility::courses(viewer, u"c.id"_s), params);
    auto counts = sql::run(
        m_db.connection(),
        u"SELECT e.course_id, count(*) FROM course c "
        u"JOIN enrollment e ON e.course_id = c.id AND e.deleted = 0 "
        u"AND e.status = 'active' "
        u"WHERE c.semester_id = ? AND c.deleted = 0%1 GROUP BY e.course_id"_s.arg(visible),
        params);
    if (!counts)
        return counts.error();
    QHash<Id, int> enrolled;
    while (counts->next())
        enrolled.insert(counts->value(0).toString(), counts->value(1).toInt());
    auto names = sql::run(m_db.connection(),
                          u"SELECT t.course_id, u.full_name FROM course c "
                          u"JOIN course_teacher t ON t.course_id = c.id AND t.deleted = 0 "
                          u"JOIN user_account u ON u.id = t.teacher_id "
                          u"WHERE c.semester_id = ? AND c.deleted = 0%1"_s.arg(visible),
                          params);
    if (!names)
        return names.error();
    QHash<Id, QStringList> teachers;
    while (names->next())
        teachers[names->value(0).toString()].append(names->value(1).toString());

    QList<CourseListItem> items;
    items.reserve(courses->size());
    for (const Course &course : std::as_const(*courses)) {
        QStringList teacherNames = teachers.value(course.id);
        teacherNames.sort(Qt::CaseInsensitive);
        items.append(CourseListItem{course, teacherNames, enrolled.value(course.id)});
    }
    return items;
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
        auto changed = enrollOne(db, writer, studentId, courseId, on, &enrollment.id);
        if (!changed)
            return changed.error();
        return {};
    });
    if (!done)
        return enrolmentError(done.error());
    return enrollment;
}

Result<void> CourseRepository::drop(const Id &studentId, const Id &courseId, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageEnrolment); !allowed)
        return allowed;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    return sql::inTransaction(db, [&]() -> Result<void> {
        auto dropped = dropOne(db, writer, studentId, courseId);
        if (!dropped)
            return dropped.error();
        if (!*dropped)
            return notFound(tr("The student is not enrolled in this course."));
        return {};
    });
}

Result<int> CourseRepository::enrollMany(const QList<Id> &studentIds, const Id &courseId,
                                         const QDate &on, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageEnrolment); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    int changed = 0;
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        for (const Id &studentId : studentIds) {
            Id enrollmentId = newId();
            auto one = enrollOne(db, writer, studentId, courseId, on, &enrollmentId);
            if (!one)
                return one.error();
            changed += *one ? 1 : 0;
        }
        return {};
    });
    if (!done)
        return enrolmentError(done.error());
    return changed;
}

Result<int> CourseRepository::dropMany(const QList<Id> &studentIds, const Id &courseId,
                                       const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageEnrolment); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    int changed = 0;
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        for (const Id &studentId : studentIds) {
            auto one = dropOne(db, writer, studentId, courseId);
            if (!one)
                return one.error();
            changed += *one ? 1 : 0;
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

Result<QList<Enrollment>> CourseRepository::enrollmentsOfCourse(const Id &courseId,
                                                                const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireCourse(db, viewer, courseId); !visible)
        return visible.error();
    QVariantList params{courseId};
    const QString students = andCondition(Visibility::students(viewer, u"student_id"_s), params);
    auto q
        = sql::run(db,
                   u"SELECT id, student_id, course_id, status, enrolled_on, rev, updated_at, "
                   u"updated_by, deleted FROM enrollment "
                   u"WHERE course_id = ? AND status = 'active' AND deleted = 0%1"_s.arg(students),
                   params);
    if (!q)
        return q.error();
    QList<Enrollment> result;
    while (q->next())
        result.append(Enrollment{q->value(0).toString(), q->value(1).toString(),
                                 q->value(2).toString(), EnrollmentStatus::Active,
                                 sql::toDate(q->value(4)), sql::syncMeta(*q, 5)});
    return result;
}

Result<QList<EnrolledStudent>> CourseRepository::enrolledStudents(const Id &courseId,
                                                                  const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireCourse(db, viewer, courseId); !visible)
        return visible.error();
    QVariantList params{courseId};
    const QString students = andCondition(Visibility::students(viewer, u"s.id"_s), params);
    auto q
        = sql::run(db,
                   u"SELECT s.id, s.student_number, s.first_name, s.last_name, s.email, s.batch, "
                   u"s.program, s.status, s.archived, e.id, e.enrolled_on "
                   u"FROM enrollment e JOIN student s ON s.id = e.student_id AND s.deleted = 0 "
                   u"WHERE e.course_id = ? AND e.status = 'active' AND e.deleted = 0%1 "
                   u"ORDER BY s.last_name, s.first_name, s.id"_s.arg(students),
                   params);
    if (!q)
        return q.error();
    QList<EnrolledStudent> result;
    while (q->next()) {
        const StudentListItem student{
            q->value(0).toString(),
            q->value(1).toString(),
            q->value(2).toString(),
            q->value(3).toString(),
            q->value(4).toString(),
            q->value(5).toString(),
            q->value(6).toString(),
            fromCode<StudentStatus>(q->value(7).toString()).value_or(StudentStatus::Active),
            q->value(8).toInt() == 1};
        result.append(EnrolledStudent{student, q->value(9).toString(), sql::toDate(q->value(10))});
    }
    return result;
}

} // namespace cd
