#pragma once

#include "app/core/Actor.h"
#include "app/core/Gradebook.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cd {

class Database;
struct GradebookSheet;

// Grade scales, assessment categories, assessments, marks and the publication of results.
//
// Every read and write takes the viewer / actor and is checked here, not only in the UI:
//  - writes (assessments, categories, marks, publishing) need Action::EditMarks and, for a
//    teacher, a course they teach (Visibility::requireTeaches); office staff may read but
//    not edit marks;
//  - reads: administrators and staff see every course, teachers the courses they teach,
//    students only their own marks, and only in courses whose results are published.
// Publishing a course's results locks them: a later change or removal of a mark needs a reason,
// stored on the mark and audited with the action "correct"; assessments and categories can no
// longer be changed.
class GradebookRepository
{
    Q_DECLARE_TR_FUNCTIONS(GradebookRepository)
public:
    explicit GradebookRepository(const Database &db) : m_db(db) { }

    Result<GradeScale> createGradeScale(GradeScale scale, const Actor &actor);
    // The school's scale: the oldest one defined, or the standard scale if none is stored.
    Result<GradeScale> defaultGradeScale() const;
    // Changes a stored scale (or stores `edited` as the school's scale if `original` was never
    // stored: the built-in standard scale has no id). Administrators only; validated (unique
    // letters, bounds 0..100, one band at 0).
    Result<GradeScale> saveGradeScale(const GradeScale &original, GradeScale edited,
                                      const Actor &actor);

    // Categories of a course, by name.
    Result<QList<AssessmentCategory>> categoriesOfCourse(const Id &courseId,
                                                         const Actor &viewer) const;
    // Adds (`original` null) or changes a category. Renaming one moves its assessments with it.
    Result<AssessmentCategory> saveCategory(AssessmentCategory category,
                                            const AssessmentCategory *original, const Actor &actor);
    // Tombstones a category; refused while assessments are in it (move or remove them first).
    Result<void> removeCategory(const Id &categoryId, const Actor &actor);

    // Once a course has categories, an assessment must be in one of them (field "category").
    Result<Assessment> createAssessment(Assessment assessment, const Actor &actor);
    Result<Assessment> updateAssessment(const Assessment &original, const Assessment &edited,
                                        const Actor &actor);
    // Tombstones an assessment without marks. One with marks is refused: marks are records of
    // work done, so they are not dropped silently; give it weight 0 to stop it counting.
    Result<void> removeAssessment(const Id &assessmentId, const Actor &actor);
    Result<QList<Assessment>> assessmentsOfCourse(const Id &courseId, const Actor &viewer) const;
    Result<QList<Assessment>> assessmentsOfCourses(const QList<Id> &courseIds,
                                                   const Actor &viewer) const;

    // Enters a new mark (`original` null) or changes one; a mark someone else changed since
    // `original` was loaded is a Conflict. The student must be actively enrolled. Once the
    // course is published, `mark.reason` must say why (field "reason").
    Result<Mark> saveMark(Mark mark, const Mark *original, const Actor &actor);
    // Takes a mark back (tombstone), e.g. to undo its entry; a reason is needed once published.
    Result<void> removeMark(const Mark &original, const QString &reason, const Actor &actor);
    Result<QList<Mark>> marksOfStudent(const Id &studentId, const Actor &viewer) const;
    Result<QList<Mark>> marksOfAssessment(const Id &assessmentId, const Actor &viewer) const;

    // Publishes a course's results (audited as "publish"). Publishing twice is refused.
    Result<ResultPublication> publish(const Id &courseId, const Actor &actor);
    Result<bool> isPublished(const Id &courseId, const Actor &viewer) const;

    // The whole gradebook of a course (GradebookSheet.h).
    Result<GradebookSheet> sheet(const Id &courseId, const Actor &viewer) const;

    // Read checks shared with StudentResults: may `viewer` see this course's results?
    static Result<void> requireResults(const QSqlDatabase &db, const Actor &viewer,
                                       const Id &courseId);

private:
    Result<void> requireWrite(const QSqlDatabase &db, const Actor &actor, const Id &courseId,
                              bool structural) const;
    Result<QList<Mark>> marksWhere(const QString &condition, const QVariantList &params) const;
    const Database &m_db;
};

} // namespace cd
