#include "app/store/StudentResults.h"

#include "app/store/Database.h"
#include "app/store/GradebookRepository.h"
#include "app/store/GradebookRows.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;
using namespace gradebookrows;

Result<StudentResults> StudentResultsQuery::load(const Id &studentId, const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireStudent(db, viewer, studentId); !visible)
        return visible.error();
    StudentResults results;
    auto student = sql::run(db,
                            u"SELECT id, student_number, first_name, last_name, program, batch "
                            u"FROM student WHERE id = ? AND deleted = 0"_s,
                            {studentId});
    if (!student)
        return student.error();
    if (!student->next())
        return Error::make(Error::Code::NotFound, tr("The student was not found."));
    results.studentId = student->value(0).toString();
    results.studentNumber = student->value(1).toString();
    results.firstName = student->value(2).toString();
    results.lastName = student->value(3).toString();
    results.program = student->value(4).toString();
    results.batch = student->value(5).toString();

    QVariantList params{studentId};
    QString condition;
    if (const auto courses = Visibility::courses(viewer, u"c.id"_s); !courses.isEmpty()) {
        condition = u" AND "_s + courses.text;
        params += courses.params;
    }
    if (!Visibility::seesAll(viewer) && viewer.role == Role::Student)
        condition += u" AND p.id IS NOT NULL"_s;
    auto courses
        = sql::run(db,
                   u"SELECT c.id, c.code, c.title, c.semester_id, c.credits, c.program, t.name, "
                   u"t.starts_on, t.ends_on, p.id FROM enrollment e "
                   u"JOIN course c ON c.id = e.course_id AND c.deleted = 0 "
                   u"JOIN semester t ON t.id = c.semester_id "
                   u"LEFT JOIN result_publication p ON p.course_id = c.id AND p.deleted = 0 "
                   u"WHERE e.student_id = ? AND e.status = 'active' AND e.deleted = 0%1 "
                   u"ORDER BY t.starts_on, t.id, c.code"_s.arg(condition),
                   params);
    if (!courses)
        return courses.error();
    QList<Id> courseIds;
    while (courses->next()) {
        CourseResultLine line;
        line.course.id = courses->value(0).toString();
        line.course.code = courses->value(1).toString();
        line.course.title = courses->value(2).toString();
        line.course.semesterId = courses->value(3).toString();
        line.course.credits = courses->value(4).toDouble();
        line.course.program = courses->value(5).toString();
        line.published = !courses->value(9).isNull();
        if (results.semesters.isEmpty()
            || results.semesters.last().semester.id != line.course.semesterId) {
            SemesterResults semester;
            semester.semester = Semester{line.course.semesterId,
                                         courses->value(6).toString(),
                                         sql::toDate(courses->value(7)),
                                         sql::toDate(courses->value(8)),
                                         {}};
            results.semesters.append(semester);
        }
        results.semesters.last().courses.append(line);
        courseIds.append(line.course.id);
    }
    auto scale = GradebookRepository(m_db).defaultGradeScale();
    if (!scale)
        return scale.error();
    results.scale = *scale;
    if (courseIds.isEmpty())
        return results;

    QVariantList ids;
    for (const auto &id : std::as_const(courseIds))
        ids.append(id);
    const QString in = QStringList(courseIds.size(), u"?"_s).join(u',');
    QHash<Id, QList<Assessment>> assessmentsOf;
    auto assessments = sql::run(
        db,
        u"SELECT %1 FROM assessment a WHERE a.deleted = 0 AND "
        u"a.course_id IN (%2) ORDER BY a.held_on, a.title"_s.arg(assessmentColumns(u"a"_s), in),
        ids);
    if (!assessments)
        return assessments.error();
    while (assessments->next()) {
        const Assessment a = assessmentAt(*assessments);
        assessmentsOf[a.courseId].append(a);
    }
    QHash<Id, QList<AssessmentCategory>> categoriesOf;
    auto categories = sql::run(db,
                               u"SELECT %1 FROM assessment_category c WHERE c.deleted = 0 AND "
                               u"c.course_id IN (%2)"_s.arg(categoryColumns(u"c"_s), in),
                               ids);
    if (!categories)
        return categories.error();
    while (categories->next()) {
        const AssessmentCategory c = categoryAt(*categories);
        categoriesOf[c.courseId].append(c);
    }
    QHash<Id, Mark> marks;
    auto markRows = sql::run(db,
                             u"SELECT %1 FROM mark m JOIN assessment a ON a.id = m.assessment_id "
                             u"AND a.deleted = 0 WHERE m.student_id = ? AND m.deleted = 0 AND "
                             u"a.course_id IN (%2)"_s.arg(markColumns(u"m"_s), in),
                             QVariantList{studentId} + ids);
    if (!markRows)
        return markRows.error();
    while (markRows->next()) {
        const Mark m = markAt(*markRows);
        marks.insert(m.assessmentId, m);
    }

    QList<CreditedGrade> all;
    for (auto &semester : results.semesters) {
        QList<CreditedGrade> grades;
        for (auto &line : semester.courses) {
            const QList<Assessment> own = assessmentsOf.value(line.course.id);
            line.examDate = examDateOf(own);
            line.result
                = courseResultOf(categoriesOf.value(line.course.id), own, marks, results.scale);
            if (line.result.grade)
                grades.append({line.result.grade->gradePoints, line.course.credits});
        }
        all += grades;
        semester.gpa = gpa(grades);
        semester.cumulativeGpa = gpa(all);
    }
    results.cumulativeGpa = gpa(all);
    return results;
}

} // namespace cd
