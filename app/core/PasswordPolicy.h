#pragma once

#include "app/core/Validation.h"

#include <QCoreApplication>

namespace cd {

// The rules for a new password, as OWASP ASVS 4 (2.1) puts them: at least 8 characters, at
// least 64 allowed (we allow 128), any characters including spaces and emoji, no composition
// rules, and not one of the commonly used passwords on the list shipped as a resource
// (:/security/common-passwords.txt). Characters are counted as Unicode code points.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    static constexpr int minimumLength = 8;
    static constexpr int maximumLength = 128;

    // Empty when acceptable; otherwise one translated sentence per problem, on `field`.
    static ValidationResult check(const QString &password,
                                  const QString &field = QStringLiteral("password"));
    static bool isCommon(const QString &password);
};

} // namespace cd
