#include "app/core/Gradebook.h"

#include <QSet>

namespace cd {

using namespace Qt::Literals::StringLiterals;

GradeScale GradeScale::standard()
{
    GradeScale scale;
    scale.name = QCoreApplication::translate("GradeScale", "Standard (4.0)");
    scale.bands = {
        {u"A"_s, 90, 4.0, true}, {u"A-"_s, 85, 3.7, true}, {u"B+"_s, 80, 3.3, true},
        {u"B"_s, 75, 3.0, true}, {u"B-"_s, 70, 2.7, true}, {u"C+"_s, 65, 2.3, true},
        {u"C"_s, 60, 2.0, true}, {u"D"_s, 50, 1.0, true},  {u"F"_s, 0, 0.0, false},
    };
    return scale;
}

ValidationResult GradebookRules::validate(const Assessment &a)
{
    ValidationResult result;
    if (a.courseId.isEmpty())
        result.add(u"courseId"_s, tr("The assessment does not belong to a course."));
    if (a.title.trimmed().isEmpty())
        result.add(u"title"_s, tr("Enter the assessment's title."));
    else if (a.title.size() > 200)
        result.add(u"title"_s, tr("The title can be at most %n characters long.", nullptr, 200));
    if (a.category.trimmed().isEmpty())
        result.add(u"category"_s,
                   tr("Enter the assessment's category, such as Coursework or Exam."));
    if (!(a.weight >= 0 && a.weight <= 100))
        result.add(u"weight"_s, tr("The weight must be between 0 and 100 %."));
    if (!(a.maxScore > 0 && a.maxScore <= 10000))
        result.add(u"maxScore"_s,
                   tr("The maximum score must be greater than 0 and at most 10000."));
    if (!a.heldOn.isValid())
        result.add(u"heldOn"_s, tr("Enter the date of the assessment."));
    return result;
}

ValidationResult GradebookRules::validate(const Mark &mark, const Assessment &assessment)
{
    ValidationResult result;
    if (mark.studentId.isEmpty())
        result.add(u"studentId"_s, tr("The mark does not name a student."));
    if (mark.status == MarkStatus::Scored) {
        if (!mark.score)
            result.add(u"score"_s, tr("Enter a score, or mark the student absent or excused."));
        else if (!(*mark.score >= 0 && *mark.score <= assessment.maxScore))
            result.add(u"score"_s,
                       tr("The score must be between 0 and %1.").arg(assessment.maxScore));
    } else if (mark.score) {
        result.add(u"score"_s, tr("An absent or excused student has no score."));
    }
    return result;
}

ValidationResult GradebookRules::validate(const GradeScale &scale)
{
    ValidationResult result;
    if (scale.name.trimmed().isEmpty())
        result.add(u"name"_s, tr("Enter a name for the grade scale."));
    if (scale.bands.isEmpty()) {
        result.add(u"bands"_s, tr("A grade scale needs at least one grade."));
        return result;
    }
    QSet<QString> letters;
    QSet<double> bounds;
    bool hasZero = false;
    for (qsizetype i = 0; i < scale.bands.size(); ++i) {
        const auto &band = scale.bands.at(i);
        const QString field = u"bands[%1]."_s.arg(i);
        if (band.letter.trimmed().isEmpty())
            result.add(field + u"letter"_s, tr("Enter the grade's letter."));
        else if (letters.contains(band.letter))
            result.add(field + u"letter"_s,
                       tr("The grade %1 appears more than once.").arg(band.letter));
        letters.insert(band.letter);
        if (!(band.minPercent >= 0 && band.minPercent <= 100))
            result.add(field + u"minPercent"_s,
                       tr("A grade's lower bound must be between 0 and 100 %."));
        else if (bounds.contains(band.minPercent))
            result.add(field + u"minPercent"_s, tr("Two grades start at the same percentage."));
        bounds.insert(band.minPercent);
        hasZero = hasZero || band.minPercent == 0;
        if (!(band.gradePoints >= 0 && band.gradePoints <= 10))
            result.add(field + u"gradePoints"_s, tr("Grade points must be between 0 and 10."));
    }
    if (!hasZero)
        result.add(u"bands"_s,
                   tr("The lowest grade must start at 0 % so every total gets a grade."));
    return result;
}

ValidationResult GradebookRules::validate(const AssessmentCategory &category)
{
    ValidationResult result;
    if (category.courseId.isEmpty())
        result.add(u"courseId"_s, tr("The category does not belong to a course."));
    if (category.name.trimmed().isEmpty())
        result.add(u"name"_s, tr("Enter the category's name, such as Coursework or Exams."));
    else if (category.name.size() > 100)
        result.add(u"name"_s,
                   tr("The category's name can be at most %n characters long.", nullptr, 100));
    if (!(category.weight >= 0 && category.weight <= 100))
        result.add(u"weight"_s, tr("The category's weight must be between 0 and 100 %."));
    return result;
}

} // namespace cd
