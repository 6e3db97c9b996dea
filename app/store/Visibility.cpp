#include "app/store/Visibility.h"

#include "app/store/Sql.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString taughtCourses
    = u"SELECT course_id FROM course_teacher WHERE teacher_id = ? AND deleted = 0"_s;
const QString ownStudent
    = u"SELECT student_id FROM user_account WHERE id = ? AND student_id IS NOT NULL"_s;
const QString studentsOfTeacher
    = u"SELECT e.student_id FROM enrollment e JOIN course_teacher t ON t.course_id = e.course_id "
      u"WHERE t.teacher_id = ? AND t.deleted = 0 AND e.deleted = 0 AND e.status = 'active'"_s;
const QString coursesOfOwnStudent
    = u"SELECT e.course_id FROM enrollment e JOIN user_account u ON u.student_id = e.student_id "
      u"WHERE u.id = ? AND e.deleted = 0 AND e.status = 'active'"_s;

Result<void> requireCondition(const QSqlDatabase &db, const SqlCondition &condition,
                              const QString &table, const Id &id, const QString &message)
{
    if (condition.isEmpty())
        return {};
    auto visible
        = sql::exists(db, u"SELECT 1 FROM %1 WHERE id = ? AND %2"_s.arg(table, condition.text),
                      QVariantList{id} + condition.params);
    if (!visible)
        return visible.error();
    if (!*visible)
        return Error::make(Error::Code::Forbidden, message);
    return {};
}

} // namespace

bool Visibility::seesAll(const Actor &viewer)
{
    return viewer.isSystem() || viewer.role == Role::Admin || viewer.role == Role::Staff;
}

SqlCondition Visibility::students(const Actor &viewer, const QString &studentIdColumn)
{
    Q_ASSERT(sql::isIdentifier(QString(studentIdColumn).remove(u'.')));
    if (seesAll(viewer))
        return {};
    if (viewer.role == Role::Teacher)
        return {u"%1 IN (%2)"_s.arg(studentIdColumn, studentsOfTeacher), {viewer.userId}};
    return {u"%1 IN (%2)"_s.arg(studentIdColumn, ownStudent), {viewer.userId}};
}

SqlCondition Visibility::courses(const Actor &viewer, const QString &courseIdColumn)
{
    Q_ASSERT(sql::isIdentifier(QString(courseIdColumn).remove(u'.')));
    if (seesAll(viewer))
        return {};
    if (viewer.role == Role::Teacher)
        return {u"%1 IN (%2)"_s.arg(courseIdColumn, taughtCourses), {viewer.userId}};
    return {u"%1 IN (%2)"_s.arg(courseIdColumn, coursesOfOwnStudent), {viewer.userId}};
}

Result<void> Visibility::requireStudent(const QSqlDatabase &db, const Actor &viewer,
                                        const Id &studentId)
{
    return requireCondition(db, students(viewer, u"id"_s), u"student"_s, studentId,
                            viewer.role == Role::Student
                                ? tr("Your account may only see your own student record.")
                                : tr("You may only see students enrolled in your courses."));
}

Result<void> Visibility::requireCourse(const QSqlDatabase &db, const Actor &viewer,
                                       const Id &courseId)
{
    return requireCondition(db, courses(viewer, u"id"_s), u"course"_s, courseId,
                            viewer.role == Role::Student
                                ? tr("You may only see the courses you are enrolled in.")
                                : tr("You may only see the courses you teach."));
}

Result<void> Visibility::requireTeaches(const QSqlDatabase &db, const Actor &actor,
                                        const Id &courseId)
{
    if (actor.role != Role::Teacher || actor.isSystem())
        return {};
    auto teaches = sql::exists(
        db,
        u"SELECT 1 FROM course_teacher WHERE course_id = ? AND teacher_id = ? AND deleted = 0"_s,
        {courseId, actor.userId});
    if (!teaches)
        return teaches.error();
    if (!*teaches)
        return Error::make(Error::Code::Forbidden,
                           tr("You may only take attendance and enter marks in the courses you "
                              "teach."));
    return {};
}

} // namespace cd
