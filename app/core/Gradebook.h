#pragma once

#include "app/core/EnumCodes.h"
#include "app/core/SyncMeta.h"
#include "app/core/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace cd {

// A graded piece of work in a course. Weight is its share of the course total; weights need
// not add up to 100 (totals are normalised over what counts).
struct Assessment
{
    Id id;
    Id courseId;
    QString title;
    QString category; // "Coursework", "Exam", ...
    double weight = 0;
    double maxScore = 100;
    QDate heldOn;
    SyncMeta meta;
};

enum class MarkStatus { Scored, Absent, Excused };

template<> struct EnumCodes<MarkStatus>
{
    static constexpr std::array<std::pair<MarkStatus, const char16_t *>, 3> codes{{
        {MarkStatus::Scored, u"scored"},
        {MarkStatus::Absent, u"absent"},
        {MarkStatus::Excused, u"excused"},
    }};
};

// A student's result in one assessment. Absent counts as zero; excused is left out.
struct Mark
{
    Id id;
    Id assessmentId;
    Id studentId;
    MarkStatus status = MarkStatus::Scored;
    std::optional<double> score; // only when Scored
    Id enteredBy;
    QDateTime enteredAt;
    SyncMeta meta;
    QString reason; // why a published result was changed; empty before publishing
};

// A course's category of assessments ("Coursework" 40, "Exams" 60) and its share of the course
// total. Assessments belong to the category of the same name (compared without case). Category
// weights need not add up to 100: the total is normalised over the categories that count.
struct AssessmentCategory
{
    Id id;
    Id courseId;
    QString name;
    double weight = 0;
    SyncMeta meta;
};

// A course's results were published: its students see them, and a change needs a reason.
struct ResultPublication
{
    Id id;
    Id courseId;
    Id publishedBy;
    QDateTime publishedAt;
    SyncMeta meta;
};

struct GradeBand
{
    QString letter;
    double minPercent = 0; // inclusive lower bound of the band
    double gradePoints = 0;
    bool passing = true;

    friend bool operator==(const GradeBand &, const GradeBand &) = default;
};

struct GradeScale
{
    Id id;
    QString name;
    QList<GradeBand> bands; // any order; the rules sort them
    SyncMeta meta;

    // A common 4-point scale, the default for a new school.
    static GradeScale standard();
};

class GradebookRules
{
    Q_DECLARE_TR_FUNCTIONS(GradebookRules)
public:
    static ValidationResult validate(const Assessment &assessment);
    static ValidationResult validate(const Mark &mark, const Assessment &assessment);
    static ValidationResult validate(const GradeScale &scale);
    static ValidationResult validate(const AssessmentCategory &category);
};

} // namespace cd
