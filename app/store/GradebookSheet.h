#pragma once

#include "app/core/Course.h"
#include "app/core/CourseResult.h"

#include <QHash>

#include <optional>

namespace cd {

// One student's row of a course's gradebook.
struct SheetRow
{
    Id studentId;
    QString studentNumber;
    QString firstName;
    QString lastName;
    QHash<Id, Mark> marks; // by assessment id
    CourseResult result; // computed by core from the marks above

    QString name() const { return firstName + QLatin1Char(' ') + lastName; }
};

// Everything the gradebook grid shows for one course, read in one query per table: the enrolled,
// active students (by last name, first name) x the assessments (by date, title) x their marks,
// the categories, the school's grade scale and whether the results are published. A student
// viewer gets only their own row, and only of a published course.
struct GradebookSheet
{
    Course course;
    QList<AssessmentCategory> categories; // by name
    QList<Assessment> assessments; // by date, then title
    QList<SheetRow> rows;
    GradeScale scale;
    std::optional<ResultPublication> publication;

    bool isPublished() const { return publication.has_value(); }
    // Assessments whose category has no category row while the course has categories: left
    // out of the totals (see courseTotal), so the page warns about them.
    QStringList unknownCategories() const;
    // Recomputes rows[row].result from its marks (after an edit).
    void recompute(int row);
    int rowOf(const Id &studentId) const;
};

} // namespace cd
