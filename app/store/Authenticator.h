#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/SignInThrottle.h"
#include "app/core/User.h"

#include <QCoreApplication>

namespace cd {

class Database;

// The lock on one user name after failed sign-ins (kept for names with no account too).
struct SignInLock
{
    int failures = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime nextAttemptAt; // invalid when an attempt may be made at once

    bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

// Signs people in against the local accounts, slows down and locks repeated failures (stored
// in the database, so a restart does not reset them), and keeps "remember me" sessions whose
// secret only the OS keychain holds (the database keeps a hash). Messages never reveal whether
// a user name exists, and a missing account costs the same argon2id work as a wrong password.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
public:
    explicit Authenticator(const Database &db, SignInThrottle throttle = {})
        : m_db(db), m_throttle(throttle)
    {
    }

    // Errors: Invalid (wrong name or password, or a disabled account: the same words),
    // Forbidden (locked or too soon; the message says how long to wait).
    Result<User> signIn(const QString &username, const QString &password,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A new remembered session for `user`, valid for `days`: returns the token for the keychain.
    Result<QString> remember(const User &user, int days = 30,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The user of a remembered session, if it is still valid and the account still enabled.
    Result<User> resume(const QString &token,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Ends a remembered session (sign out).
    Result<void> forget(const QString &token);

    Result<SignInLock> lockOf(const QString &username) const;
    // An administrator clears the failures and the lock of `username`.
    Result<void> unlock(const QString &username, const Actor &actor);

    const SignInThrottle &throttle() const { return m_throttle; }

private:
    // `lock` is the name's state read at the start of this attempt.
    Result<void> recordFailure(const QString &username, const SignInLock &lock,
                               const QDateTime &now);
    const Database &m_db;
    SignInThrottle m_throttle;
};

} // namespace cd
