#include "app/core/User.h"

#include "app/core/Student.h"

#include <QRegularExpression>

namespace cd {

using namespace Qt::Literals::StringLiterals;

ValidationResult UserRules::validate(const User &user)
{
    static const QRegularExpression usernamePattern(u"^[a-z0-9][a-z0-9._-]{2,31}$"_s);
    ValidationResult result;
    if (user.username.isEmpty())
        result.add(u"username"_s, tr("Enter a user name."));
    else if (!usernamePattern.match(user.username).hasMatch())
        result.add(u"username"_s,
                   tr("A user name has 3 to 32 lower-case letters, digits, '.', '_' or '-', and "
                      "starts with a letter or digit."));
    if (user.fullName.trimmed().isEmpty())
        result.add(u"fullName"_s, tr("Enter the person's full name."));
    else if (user.fullName.size() > 200)
        result.add(u"fullName"_s,
                   tr("The full name can be at most %n characters long.", nullptr, 200));
    if (!user.email.isEmpty() && !isPlausibleEmail(user.email))
        result.add(u"email"_s, tr("The email address is not valid, for example name@example.org."));
    if (user.passwordHash.isEmpty())
        result.add(u"password"_s, tr("Set a password for the account."));
    if (user.role == Role::Student && user.studentId.isEmpty())
        result.add(u"studentId"_s, tr("Link the student account to a student record."));
    if (user.role != Role::Student && !user.studentId.isEmpty())
        result.add(u"studentId"_s, tr("Only student accounts can be linked to a student record."));
    return result;
}

} // namespace cd
