#include "app/core/Student.h"

#include "app/core/Dates.h"

#include <QRegularExpression>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QString Student::fullName() const
{
    return QString(firstName + u' ' + lastName).trimmed();
}

bool isPlausibleEmail(const QString &email)
{
    // Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression pattern(u"^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"_s);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 ()./-]+$"_s);
    if (!allowed.match(phone).hasMatch())
        return false;
    const auto digits
        = std::count_if(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); });
    return digits >= 6 && digits <= 15; // E.164 allows at most 15 digits
}

ValidationResult StudentRules::validateGuardian(const Guardian &guardian)
{
    ValidationResult result;
    if (guardian.name.trimmed().isEmpty())
        result.add(u"name"_s, tr("Enter the guardian's name."));
    else if (guardian.name.size() > maxNameLength)
        result.add(
            u"name"_s,
            tr("The guardian's name can be at most %n characters long.", nullptr, maxNameLength));
    if (guardian.phone.trimmed().isEmpty() && guardian.email.trimmed().isEmpty())
        result.add(u"phone"_s, tr("Enter a phone number or an email address for the guardian."));
    if (!guardian.phone.trimmed().isEmpty() && !isPlausiblePhone(guardian.phone.trimmed()))
        result.add(u"phone"_s,
                   tr("The guardian's phone number should have 6 to 15 digits, optionally starting "
                      "with +."));
    if (!guardian.email.trimmed().isEmpty() && !isPlausibleEmail(guardian.email.trimmed()))
        result.add(u"email"_s,
                   tr("The guardian's email address is not valid, for example name@example.org."));
    return result;
}

ValidationResult StudentRules::validate(const Student &s, const QDate &today)
{
    static const QRegularExpression numberPattern(u"^[A-Za-z0-9][A-Za-z0-9/-]{0,19}$"_s);
    ValidationResult result;

    const QString number = s.studentNumber.trimmed();
    if (number.isEmpty())
        result.add(u"studentNumber"_s, tr("Enter the student number."));
    else if (!numberPattern.match(number).hasMatch())
        result.add(u"studentNumber"_s,
                   tr("A student number has up to 20 letters, digits, '-' or '/', and starts with "
                      "a letter or digit."));

    if (s.firstName.trimmed().isEmpty())
        result.add(u"firstName"_s, tr("Enter the student's first name."));
    else if (s.firstName.size() > maxNameLength)
        result.add(u"firstName"_s,
                   tr("The first name can be at most %n characters long.", nullptr, maxNameLength));

    if (s.lastName.trimmed().isEmpty())
        result.add(u"lastName"_s, tr("Enter the student's last name."));
    else if (s.lastName.size() > maxNameLength)
        result.add(u"lastName"_s,
                   tr("The last name can be at most %n characters long.", nullptr, maxNameLength));

    if (!s.email.trimmed().isEmpty() && !isPlausibleEmail(s.email.trimmed()))
        result.add(u"email"_s, tr("The email address is not valid, for example name@example.org."));
    if (!s.phone.trimmed().isEmpty() && !isPlausiblePhone(s.phone.trimmed()))
        result.add(u"phone"_s,
                   tr("The phone number should have 6 to 15 digits, optionally starting with +."));

    if (s.dateOfBirth.isValid()) {
        if (s.dateOfBirth > today)
            result.add(u"dateOfBirth"_s, tr("The date of birth cannot be in the future."));
        else if (ageOn(s.dateOfBirth, today) > 120)
            result.add(u"dateOfBirth"_s,
                       tr("The date of birth is more than 120 years ago; check the year."));
    }

    if (s.batch.trimmed().isEmpty())
        result.add(u"batch"_s,
                   tr("Enter the batch (the intake the student belongs to, such as 2024)."));
    if (s.program.trimmed().isEmpty())
        result.add(u"program"_s, tr("Choose the student's program."));

    if (s.consent.granted && (s.consent.recordedBy.isEmpty() || !s.consent.recordedAt.isValid()))
        result.add(u"consent"_s, tr("Biometric consent must record who recorded it and when."));

    for (qsizetype i = 0; i < s.guardians.size(); ++i)
        result.merge(u"guardians[%1]."_s.arg(i), validateGuardian(s.guardians.at(i)));
    return result;
}

QString StudentRules::statusName(StudentStatus status)
{
    switch (status) {
    case StudentStatus::Active: return tr("Active");
    case StudentStatus::Graduated: return tr("Graduated");
    case StudentStatus::Withdrawn: return tr("Withdrawn");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cd
