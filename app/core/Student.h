#pragma once

#include "app/core/EnumCodes.h"
#include "app/core/SyncMeta.h"
#include "app/core/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cd {

enum class StudentStatus { Active, Graduated, Withdrawn };

template<> struct EnumCodes<StudentStatus>
{
    static constexpr std::array<std::pair<StudentStatus, const char16_t *>, 3> codes{{
        {StudentStatus::Active, u"active"},
        {StudentStatus::Graduated, u"graduated"},
        {StudentStatus::Withdrawn, u"withdrawn"},
    }};
};

struct Guardian
{
    Id id;
    QString name;
    QString relationship; // "Mother", "Uncle", "Legal guardian": free text
    QString phone;
    QString email;

    friend bool operator==(const Guardian &, const Guardian &) = default;
};

// Consent to use the student's face for attendance. Without it no face template may exist.
struct BiometricConsent
{
    bool granted = false;
    Id recordedBy; // user who recorded the decision (grant or withdrawal)
    QDateTime recordedAt; // UTC

    friend bool operator==(const BiometricConsent &, const BiometricConsent &) = default;
};

struct Student
{
    Id id;
    QString studentNumber;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QDate dateOfBirth;
    QString batch; // intake, e.g. "2024"
    QString program; // e.g. "Computer Science"
    StudentStatus status = StudentStatus::Active;
    QList<Guardian> guardians;
    BiometricConsent consent;
    bool archived = false; // kept with its history, hidden from everyday lists
    SyncMeta meta;

    QString fullName() const;
};

class StudentRules
{
    Q_DECLARE_TR_FUNCTIONS(StudentRules)
public:
    static constexpr int maxNameLength = 100;

    // Field names are the member names; guardian errors are "guardians[i].field".
    static ValidationResult validate(const Student &student, const QDate &today);
    static ValidationResult validateGuardian(const Guardian &guardian);
    static QString statusName(StudentStatus status);
};

// Shared checks for contact details, also used by users and guardians.
bool isPlausibleEmail(const QString &email);
bool isPlausiblePhone(const QString &phone);

} // namespace cd
