#pragma once

#include "app/core/EnumCodes.h"
#include "app/core/SyncMeta.h"
#include "app/core/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cd {

// An academic term ("Autumn 2026"): the span that semester figures cover.
struct Semester
{
    Id id;
    QString name;
    QDate startsOn;
    QDate endsOn;
    SyncMeta meta;

    bool contains(const QDate &day) const { return day >= startsOn && day <= endsOn; }
};

// One taught course (or section of one) in one semester.
struct Course
{
    Id id;
    QString code; // "CS201-A"
    QString title;
    Id semesterId;
    double credits = 0;
    QString program; // the program that offers it; empty for shared courses
    QList<Id> teacherIds;
    SyncMeta meta;
};

enum class EnrollmentStatus { Active, Dropped };

template<> struct EnumCodes<EnrollmentStatus>
{
    static constexpr std::array<std::pair<EnrollmentStatus, const char16_t *>, 2> codes{{
        {EnrollmentStatus::Active, u"active"},
        {EnrollmentStatus::Dropped, u"dropped"},
    }};
};

struct Enrollment
{
    Id id;
    Id studentId;
    Id courseId;
    EnrollmentStatus status = EnrollmentStatus::Active;
    QDate enrolledOn;
    SyncMeta meta;
};

class CourseRules
{
    Q_DECLARE_TR_FUNCTIONS(CourseRules)
public:
    static ValidationResult validate(const Course &course);
    static ValidationResult validate(const Semester &semester);
};

} // namespace cd
