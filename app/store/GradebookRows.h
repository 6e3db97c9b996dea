#pragma once

#include "app/core/Gradebook.h"
#include "app/core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// Column lists and row readers shared by the gradebook's store classes (GradebookRepository,
// its sheet, StudentResults). Internal to app/store.
namespace cd::gradebookrows {

// "a.id, a.course_id, ..." with the given table alias; read back with assessmentAt().
QString assessmentColumns(const QString &alias);
Assessment assessmentAt(const QSqlQuery &q, int first = 0);
inline constexpr int assessmentColumnCount = 11;

QString categoryColumns(const QString &alias);
AssessmentCategory categoryAt(const QSqlQuery &q, int first = 0);

QString markColumns(const QString &alias);
Mark markAt(const QSqlQuery &q, int first = 0);

QString bandsToJson(const QList<GradeBand> &bands);
QList<GradeBand> bandsFromJson(const QString &json);

// The categories of a course, by name.
Result<QList<AssessmentCategory>> categoriesOf(const QSqlDatabase &db, const Id &courseId);
Result<bool> isPublished(const QSqlDatabase &db, const Id &courseId);

} // namespace cd::gradebookrows
