#pragma once

#include "app/core/Actor.h"
#include "app/core/Gradebook.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Grade scales, assessments and marks.
class GradebookRepository
{
    Q_DECLARE_TR_FUNCTIONS(GradebookRepository)
public:
    explicit GradebookRepository(const Database &db) : m_db(db) { }

    Result<GradeScale> createGradeScale(GradeScale scale, const Actor &actor);
    // The school's scale: the oldest one defined, or the standard scale if none is stored.
    Result<GradeScale> defaultGradeScale() const;

    Result<Assessment> createAssessment(Assessment assessment, const Actor &actor);
    Result<QList<Assessment>> assessmentsOfCourse(const Id &courseId) const;
    Result<QList<Assessment>> assessmentsOfCourses(const QList<Id> &courseIds) const;

    // Enters a new mark (`original` null) or changes one; a mark someone else changed since
    // `original` was loaded is a Conflict.
    Result<Mark> saveMark(Mark mark, const Mark *original, const Actor &actor);
    Result<QList<Mark>> marksOfStudent(const Id &studentId) const;
    Result<QList<Mark>> marksOfAssessment(const Id &assessmentId) const;

private:
    Result<QList<Mark>> marksWhere(const QString &condition, const QVariant &value) const;
    const Database &m_db;
};

} // namespace cd
