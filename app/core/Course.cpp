#include "app/core/Course.h"

#include <QRegularExpression>

#include <cmath>

namespace cd {

using namespace Qt::Literals::StringLiterals;

ValidationResult CourseRules::validate(const Course &course)
{
    static const QRegularExpression codePattern(u"^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,19}$"_s);
    ValidationResult result;
    if (course.code.trimmed().isEmpty())
        result.add(u"code"_s, tr("Enter the course code."));
    else if (!codePattern.match(course.code.trimmed()).hasMatch())
        result.add(u"code"_s,
                   tr("A course code has up to 20 letters, digits, spaces, '.', '_', '/' or '-'."));
    if (course.title.trimmed().isEmpty())
        result.add(u"title"_s, tr("Enter the course title."));
    else if (course.title.size() > 200)
        result.add(u"title"_s,
                   tr("The course title can be at most %n characters long.", nullptr, 200));
    if (course.semesterId.isEmpty())
        result.add(u"semesterId"_s, tr("Choose the semester the course runs in."));
    // Credits come in halves (0.5, 1, 1.5, ...); zero is allowed for non-credit courses.
    if (!(course.credits >= 0 && course.credits <= 30) || std::fmod(course.credits * 2, 1.0) != 0)
        result.add(u"credits"_s, tr("Credits must be between 0 and 30, in steps of 0.5."));
    return result;
}

ValidationResult CourseRules::validate(const Semester &semester)
{
    ValidationResult result;
    if (semester.name.trimmed().isEmpty())
        result.add(u"name"_s, tr("Enter the semester's name, such as Autumn 2026."));
    if (!semester.startsOn.isValid())
        result.add(u"startsOn"_s, tr("Enter the first day of the semester."));
    if (!semester.endsOn.isValid())
        result.add(u"endsOn"_s, tr("Enter the last day of the semester."));
    else if (semester.startsOn.isValid() && semester.endsOn < semester.startsOn)
        result.add(u"endsOn"_s, tr("The semester cannot end before it starts."));
    return result;
}

} // namespace cd
