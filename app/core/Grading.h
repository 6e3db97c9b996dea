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

// An assessment as it counts, with the name of its category.
struct CategorisedItem
{
    QString category;
    GradedItem item;
};

struct CategoryWeight
{
    QString name;
    double weight = 0;
};

// Two-level course total. Without categories it is weightedTotal() over every item. With
// categories, each category's total is weightedTotal() over its own items (matched by name,
// without case), and the course total is sum(categoryWeight * categoryPercent) / sum of the
// weights of the categories that count; a category counts when its weight is above 0 and
// something in it counts, so category weights need not add up to 100 and an empty category
// does not pull the total down. Items whose category is not listed are left out of the total
// (the store refuses such assessments once a course has categories); they still make the
// total incomplete while unmarked. countedWeight is the weight of the counting categories.
CourseTotal courseTotal(const QList<CategoryWeight> &categories,
                        const QList<CategorisedItem> &items);

// "Total marks" as the original system showed them: the sum of the scores over the sum of the
// maximum scores of the scored and absent items (absent scores 0; excused and unmarked items
// are left out, whatever their weight).
struct TotalMarks
{
    double scored = 0;
    double possible = 0;
};
TotalMarks totalMarks(const QList<GradedItem> &items);

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
