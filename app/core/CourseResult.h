#pragma once

#include "app/core/Grading.h"

#include <QHash>

namespace cd {

enum class ResultStatus { NoResult, Passed, Failed };

// One student's result in one course, every figure derived from the stored rows.
struct CourseResult
{
    CourseTotal total; // two-level weighted total (courseTotal)
    TotalMarks marks; // sum of scores over sum of maxima
    std::optional<GradeBand> grade; // from the total, once something counts
    ResultStatus status = ResultStatus::NoResult; // from the grade's band
};

// The result of the student whose marks (by assessment id) are given, in the course whose
// categories and assessments are given (other courses' assessments are ignored by the caller).
CourseResult courseResultOf(const QList<AssessmentCategory> &categories,
                            const QList<Assessment> &assessments,
                            const QHash<Id, Mark> &marksByAssessment, const GradeScale &scale);

// The date shown as a course's exam date: the latest assessment whose category's name contains
// "exam" (without case), else the latest assessment; invalid when there is none.
QDate examDateOf(const QList<Assessment> &assessments);

} // namespace cd
