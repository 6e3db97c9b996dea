#include "app/core/Grading.h"

#include <algorithm>
#include <cmath>

namespace cd {

CourseTotal weightedTotal(const QList<GradedItem> &items)
{
    CourseTotal total;
    total.complete = true;
    long double earned = 0;
    long double weights = 0;
    for (const auto &item : items) {
        if (!item.status) {
            total.complete = false;
            continue;
        }
        if (*item.status == MarkStatus::Excused || item.weight <= 0 || item.maxScore <= 0)
            continue;
        const long double fraction = *item.status == MarkStatus::Absent
            ? 0.0L
            : static_cast<long double>(item.score) / item.maxScore;
        earned += item.weight * fraction;
        weights += item.weight;
    }
    total.countedWeight = static_cast<double>(weights);
    if (weights > 0)
        total.percent = static_cast<double>(earned * 100.0L / weights);
    return total;
}

CourseTotal courseTotal(const QList<CategoryWeight> &categories,
                        const QList<CategorisedItem> &items)
{
    if (categories.isEmpty()) {
        QList<GradedItem> all;
        all.reserve(items.size());
        for (const auto &c : items)
            all.append(c.item);
        return weightedTotal(all);
    }
    CourseTotal total;
    total.complete = true;
    long double sum = 0;
    long double weights = 0;
    for (const auto &category : categories) {
        QList<GradedItem> own;
        for (const auto &c : items) {
            if (c.category.trimmed().compare(category.name.trimmed(), Qt::CaseInsensitive) == 0)
                own.append(c.item);
        }
        const CourseTotal part = weightedTotal(own);
        if (category.weight > 0 && part.percent) {
            sum += static_cast<long double>(category.weight) * *part.percent;
            weights += category.weight;
        }
    }
    for (const auto &c : items)
        total.complete = total.complete && c.item.status.has_value();
    total.countedWeight = static_cast<double>(weights);
    if (weights > 0)
        total.percent = static_cast<double>(sum / weights);
    return total;
}

TotalMarks totalMarks(const QList<GradedItem> &items)
{
    TotalMarks marks;
    for (const auto &item : items) {
        if (!item.status || *item.status == MarkStatus::Excused)
            continue;
        marks.possible += item.maxScore;
        if (*item.status == MarkStatus::Scored)
            marks.scored += item.score;
    }
    return marks;
}

double roundPercent(double percent)
{
    // Scores have at most a few decimals, so anything within 1e-7 of a half is a half.
    const double scaled = percent * 100.0;
    return std::floor(scaled + 0.5 + 1e-7) / 100.0;
}

std::optional<GradeBand> gradeFor(const GradeScale &scale, double percent)
{
    const double rounded = roundPercent(percent);
    std::optional<GradeBand> best;
    for (const auto &band : scale.bands) {
        if (band.minPercent <= rounded && (!best || band.minPercent > best->minPercent))
            best = band;
    }
    return best;
}

std::optional<double> gpa(const QList<CreditedGrade> &grades)
{
    double points = 0;
    double credits = 0;
    for (const auto &grade : grades) {
        if (grade.credits <= 0)
            continue;
        points += grade.gradePoints * grade.credits;
        credits += grade.credits;
    }
    if (credits <= 0)
        return std::nullopt;
    return points / credits;
}

} // namespace cd
