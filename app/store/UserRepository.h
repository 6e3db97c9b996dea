#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/User.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Local accounts. Passwords arrive as plain text, are checked against PasswordPolicy, and leave
// as argon2id hashes. Every change needs Action::ManageAccounts, except a user changing their
// own password and the very first administrator of a new school.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(const Database &db) : m_db(db) { }

    // Hashes `password` into user.passwordHash (unless a hash is already set) and stores the user.
    Result<User> create(User user, const QString &password, const Actor &actor);
    // The first account of a new school: refused once any account exists.
    Result<User> createFirstAdministrator(User user, const QString &password);
    // Full name, email, role, linked student and disabled flag; refused as a Conflict when
    // someone changed the same field since `original` was loaded. Unlinks the student when the
    // role is no longer Student. Disabling ends the user's remembered sessions.
    Result<User> update(const User &original, const User &edited, const Actor &actor);
    Result<void> setDisabled(const Id &id, bool disabled, const Actor &actor);
    // An administrator sets a new password; the user must choose another at the next sign-in,
    // and remembered sessions end.
    Result<void> resetPassword(const Id &id, const QString &newPassword, const Actor &actor);
    // The signed-in user changes their own password; `current` must be right.
    Result<void> changeOwnPassword(const Id &id, const QString &current,
                                   const QString &newPassword);

    Result<User> find(const Id &id) const;
    Result<User> findByUsername(const QString &username) const;
    Result<QList<User>> list() const;
    // Accounts with the teacher role, by full name; disabled ones too (a course may still name
    // them).
    Result<QList<User>> teachers() const;
    Result<int> count() const;

private:
    Result<User> findWhere(const QString &condition, const QVariant &value) const;
    Result<void> setPassword(const Id &id, const QString &newPassword, bool mustChange,
                             const Actor &actor, const QString &action);
    const Database &m_db;
};

} // namespace cd
