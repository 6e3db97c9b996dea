#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

namespace cd {

// A SQL condition with its bound parameters, to AND into a WHERE clause. Empty: no restriction.
struct SqlCondition
{
    QString text;
    QVariantList params;

    bool isEmpty() const { return text.isEmpty(); }
};

// Which rows a reader may see, on top of the role table in Permissions:
//  - administrators, office staff and CampusDesk itself see every student and course;
//  - teachers see the courses they teach and the students actively enrolled in them;
//  - students see their own record and the courses they are enrolled in.
// Every read of students, courses and attendance goes through these, so a restriction is never
// only a hidden button.
class Visibility
{
    Q_DECLARE_TR_FUNCTIONS(Visibility)
public:
    // Whether the viewer sees everything (no row conditions apply).
    static bool seesAll(const Actor &viewer);

    // Conditions on a column holding a student id / a course id.
    static SqlCondition students(const Actor &viewer, const QString &studentIdColumn);
    static SqlCondition courses(const Actor &viewer, const QString &courseIdColumn);

    // NotFound-style Forbidden errors when the viewer may not see that row.
    static Result<void> requireStudent(const QSqlDatabase &db, const Actor &viewer,
                                       const Id &studentId);
    static Result<void> requireCourse(const QSqlDatabase &db, const Actor &viewer,
                                      const Id &courseId);
    // Teachers may change attendance and marks only in courses they teach.
    static Result<void> requireTeaches(const QSqlDatabase &db, const Actor &actor,
                                       const Id &courseId);
};

} // namespace cd
