#include "app/store/GradebookSheet.h"

#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/GradebookRepository.h"
#include "app/store/GradebookRows.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <QSet>

namespace cd {

using namespace Qt::Literals::StringLiterals;
using namespace gradebookrows;

QStringList GradebookSheet::unknownCategories() const
{
    if (categories.isEmpty())
        return {};
    QSet<QString> known;
    for (const auto &c : categories)
        known.insert(c.name.toCaseFolded());
    QStringList unknown;
    for (const auto &a : assessments) {
        if (!known.contains(a.category.trimmed().toCaseFolded()) && !unknown.contains(a.category))
            unknown.append(a.category);
    }
    return unknown;
}

void GradebookSheet::recompute(int row)
{
    SheetRow &r = rows[row];
    r.result = courseResultOf(categories, assessments, r.marks, scale);
}

int GradebookSheet::rowOf(const Id &studentId) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).studentId == studentId)
            return i;
    }
    return -1;
}

Result<GradebookSheet> GradebookRepository::sheet(const Id &courseId, const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = requireResults(db, viewer, courseId); !visible)
        return visible.error();
    GradebookSheet sheet;
    auto course = CourseRepository(m_db).findCourse(courseId, viewer);
    if (!course)
        return course.error();
    sheet.course = *course;
    auto categories = categoriesOf(db, courseId);
    if (!categories)
        return categories.error();
    sheet.categories = *categories;
    auto assessments
        = sql::run(db,
                   u"SELECT %1 FROM assessment a WHERE a.course_id = ? AND "
                   u"a.deleted = 0 ORDER BY a.held_on, a.title"_s.arg(assessmentColumns(u"a"_s)),
                   {courseId});
    if (!assessments)
        return assessments.error();
    while (assessments->next())
        sheet.assessments.append(assessmentAt(*assessments));

    QVariantList params{courseId};
    const auto own = Visibility::students(viewer, u"e.student_id"_s);
    QString condition;
    if (!own.isEmpty()) {
        condition = u" AND "_s + own.text;
        params += own.params;
    }
    auto students
        = sql::run(db,
                   u"SELECT s.id, s.student_number, s.first_name, s.last_name FROM enrollment e "
                   u"JOIN student s ON s.id = e.student_id AND s.deleted = 0 "
                   u"WHERE e.course_id = ? AND e.status = 'active' AND e.deleted = 0%1 "
                   u"ORDER BY s.last_name, s.first_name, s.id"_s.arg(condition),
                   params);
    if (!students)
        return students.error();
    QHash<Id, int> rowOfStudent;
    while (students->next()) {
        SheetRow row;
        row.studentId = students->value(0).toString();
        row.studentNumber = students->value(1).toString();
        row.firstName = students->value(2).toString();
        row.lastName = students->value(3).toString();
        rowOfStudent.insert(row.studentId, int(sheet.rows.size()));
        sheet.rows.append(row);
    }

    auto marks = sql::run(
        db,
        u"SELECT %1 FROM mark m JOIN assessment a ON a.id = m.assessment_id "
        u"WHERE a.course_id = ? AND a.deleted = 0 AND m.deleted = 0"_s.arg(markColumns(u"m"_s)),
        {courseId});
    if (!marks)
        return marks.error();
    while (marks->next()) {
        const Mark mark = markAt(*marks);
        if (const auto it = rowOfStudent.constFind(mark.studentId); it != rowOfStudent.cend())
            sheet.rows[*it].marks.insert(mark.assessmentId, mark);
    }

    auto publication
        = sql::run(db,
                   u"SELECT id, course_id, published_by, published_at, %1 FROM result_publication "
                   u"WHERE course_id = ? AND deleted = 0"_s.arg(sql::syncColumns),
                   {courseId});
    if (!publication)
        return publication.error();
    if (publication->next())
        sheet.publication = ResultPublication{
            publication->value(0).toString(), publication->value(1).toString(),
            publication->value(2).toString(), sql::toInstant(publication->value(3)),
            sql::syncMeta(*publication, 4)};

    auto scale = defaultGradeScale();
    if (!scale)
        return scale.error();
    sheet.scale = *scale;
    for (int i = 0; i < sheet.rows.size(); ++i)
        sheet.recompute(i);
    return sheet;
}

} // namespace cd
