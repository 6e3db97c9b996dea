#include "app/core/CourseResult.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

CourseResult courseResultOf(const QList<AssessmentCategory> &categories,
                            const QList<Assessment> &assessments,
                            const QHash<Id, Mark> &marksByAssessment, const GradeScale &scale)
{
    QList<CategoryWeight> weights;
    weights.reserve(categories.size());
    for (const auto &c : categories)
        weights.append(CategoryWeight{c.name, c.weight});
    QList<CategorisedItem> items;
    QList<GradedItem> plain;
    items.reserve(assessments.size());
    plain.reserve(assessments.size());
    for (const auto &a : assessments) {
        GradedItem item{a.weight, a.maxScore, std::nullopt, 0};
        if (const auto it = marksByAssessment.constFind(a.id); it != marksByAssessment.cend()) {
            item.status = it->status;
            item.score = it->score.value_or(0);
        }
        items.append(CategorisedItem{a.category, item});
        plain.append(item);
    }
    CourseResult result;
    result.total = courseTotal(weights, items);
    result.marks = totalMarks(plain);
    if (result.total.percent) {
        result.grade = gradeFor(scale, *result.total.percent);
        if (result.grade)
            result.status = result.grade->passing ? ResultStatus::Passed : ResultStatus::Failed;
    }
    return result;
}

QDate examDateOf(const QList<Assessment> &assessments)
{
    QDate exam;
    QDate latest;
    for (const auto &a : assessments) {
        if (a.heldOn > latest || !latest.isValid())
            latest = a.heldOn;
        if (a.category.contains(u"exam"_s, Qt::CaseInsensitive)
            && (a.heldOn > exam || !exam.isValid()))
            exam = a.heldOn;
    }
    return exam.isValid() ? exam : latest;
}

} // namespace cd
