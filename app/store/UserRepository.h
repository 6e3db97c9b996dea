#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/User.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Local accounts. Passwords arrive as plain text and leave as argon2id hashes.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(const Database &db) : m_db(db) { }

    // Hashes `password` into user.passwordHash (unless a hash is already set) and stores the user.
    Result<User> create(User user, const QString &password, const Actor &actor);
    Result<User> find(const Id &id) const;
    Result<User> findByUsername(const QString &username) const;
    Result<QList<User>> list() const;
    Result<void> setDisabled(const Id &id, bool disabled, const Actor &actor);

private:
    Result<User> findWhere(const QString &condition, const QVariant &value) const;
    const Database &m_db;
};

} // namespace cd
