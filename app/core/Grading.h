#pragma once

#include "app/core/Gradebook.h"

#include <optional>

namespace cd {

// One assessment as it counts towards a student's course total.
struct GradedItem
{
    double weight = 0;
    double maxScore = 100;
    std::optional<MarkStatus> status; // nothing = not marked yet
    double score = 0; // when Scored
};

struct CourseTotal
{
    std::optional<double> percent; // nothing until something counts
    double countedWeight = 0; // weight of the items that count
    bool complete = false; // every item is marked (scored, absent or excused)
};

// Weighted total: sum(weight * score / max) / sum(weight) over the items that count.
// Absent counts as zero; excused and not-yet-marked items are left out; weight 0 never counts.
CourseTotal weightedTotal(const QList<GradedItem> &items);

// Rounds a percentage to two decimals, half up, the way a total is shown and graded.
// Tolerates binary noise so that 89.995 becomes 90.00, not 89.99.
double roundPercent(double percent);

// The band the (rounded) percentage falls in: the highest lower bound not above it.
std::optional<GradeBand> gradeFor(const GradeScale &scale, double percent);

struct CreditedGrade
{
    double gradePoints = 0;
    double credits = 0;
};

// Credit-weighted mean of grade points; nothing when no credits count.
std::optional<double> gpa(const QList<CreditedGrade> &grades);

} // namespace cd
