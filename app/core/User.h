#pragma once

#include "app/core/Role.h"
#include "app/core/SyncMeta.h"
#include "app/core/Validation.h"

#include <QCoreApplication>

namespace cd {

// A person who signs in. Students' accounts link to their student record.
struct User
{
    Id id;
    QString username;
    QString fullName;
    QString email;
    Role role = Role::Student;
    QString passwordHash; // argon2id string from libsodium; never the password
    bool disabled = false;
    bool mustChangePassword = false; // set by an administrator's reset
    Id studentId; // set only for student accounts
    QDateTime createdAt;
    SyncMeta meta;
};

class UserRules
{
    Q_DECLARE_TR_FUNCTIONS(UserRules)
public:
    static ValidationResult validate(const User &user);
};

} // namespace cd
