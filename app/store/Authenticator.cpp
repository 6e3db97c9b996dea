#include "app/store/Authenticator.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/PasswordHasher.h"
#include "app/store/Sql.h"
#include "app/store/UserRepository.h"

#include <QJsonObject>

#include <cmath>
#include <sodium.h>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr size_t secretBytes = 32;

QString normalized(const QString &username)
{
    return username.trimmed().toLower();
}

QString hashOfSecret(const QByteArray &secret)
{
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char *>(secret.data()),
                       size_t(secret.size()), nullptr, 0);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

// Verifying against this when no account has the name costs the same as a wrong password, so
// timing does not tell which names exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(u"decoy password for unknown names"_s);
    return hash;
}

Error wrongCredentials()
{
    return Error::make(Error::Code::Invalid,
                       Authenticator::tr("The user name or password is not correct, or the "
                                         "account is disabled."));
}

Error sessionEnded()
{
    return Error::make(Error::Code::NotFound,
                       Authenticator::tr("Your remembered sign-in has ended. Sign in again."));
}

} // namespace

Result<SignInLock> Authenticator::lockOf(const QString &username) const
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT failures, last_failure_at, locked_until FROM sign_in_throttle "
                      u"WHERE username = ?"_s,
                      {normalized(username)});
    if (!q)
        return q.error();
    SignInLock lock;
    if (!q->next())
        return lock;
    lock.failures = q->value(0).toInt();
    const QDateTime lastFailure = sql::toInstant(q->value(1));
    if (q->value(2).toLongLong() > 0)
        lock.lockedUntil = sql::toInstant(q->value(2));
    lock.nextAttemptAt = m_throttle.nextAttemptAt(lock.failures, lastFailure);
    return lock;
}

Result<void> Authenticator::recordFailure(const QString &username, const SignInLock &lock,
                                          const QDateTime &now)
{
    // A lock that has run out starts the count afresh.
    const bool expired = lock.lockedUntil.isValid() && now >= lock.lockedUntil;
    const int failures = expired ? 1 : lock.failures + 1;
    const QDateTime lockEnd = m_throttle.lockEndAfter(failures, now);
    auto q = sql::run(m_db.connection(),
                      u"INSERT INTO sign_in_throttle (username, failures, last_failure_at, "
                      u"locked_until) VALUES (?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
                      u"failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
                      u"locked_until = excluded.locked_until"_s,
                      {normalized(username), failures, sql::instant(now),
                       lockEnd.isValid() ? sql::instant(lockEnd) : QVariant(0)});
    if (!q)
        return q.error();
    return {};
}

Result<User> Authenticator::signIn(const QString &username, const QString &password,
                                   const QDateTime &now)
{
    const QString name = normalized(username);
    if (name.isEmpty() || password.isEmpty())
        return Error::make(Error::Code::Invalid, tr("Enter your user name and password."));

    auto lock = lockOf(name);
    if (!lock)
        return lock.error();
    if (lock->isLocked(now)) {
        const int minutes = int(std::ceil(double(now.secsTo(lock->lockedUntil)) / 60.0));
        return Error::make(Error::Code::Forbidden,
                           tr("Too many failed sign-ins. Try again in %n minute(s), or ask an "
                              "administrator to unlock the account.",
                              nullptr, std::max(minutes, 1)));
    }
    const bool lockExpired = lock->lockedUntil.isValid();
    if (!lockExpired && lock->nextAttemptAt.isValid() && now < lock->nextAttemptAt) {
        const int seconds = int(now.secsTo(lock->nextAttemptAt));
        return Error::make(Error::Code::Forbidden,
                           tr("Too many failed sign-ins. Wait %n second(s) and try again.", nullptr,
                              std::max(seconds, 1)));
    }

    UserRepository users(m_db);
    auto user = users.findByUsername(name);
    if (!user && user.error().code != Error::Code::NotFound)
        return user.error();
    const bool hashMatches
        = PasswordHasher::verify(user ? user->passwordHash : decoyHash(), password);
    const bool passwordRight = user && hashMatches;
    const QSqlDatabase db = m_db.connection();
    if (!passwordRight || user->disabled) {
        ChangeWriter writer(db, Actor{Id(), name, Role::Student}, now);
        auto done = sql::inTransaction(db, [&]() -> Result<void> {
            if (auto r = recordFailure(name, *lock, now); !r)
                return r;
            return writer.audit(u"sign_in_failed"_s, u"user_account"_s, user ? user->id : Id(),
                                QJsonObject{{u"username"_s, name}});
        });
        if (!done)
            return done.error();
        return wrongCredentials();
    }

    ChangeWriter writer(db, Actor{user->id, user->fullName, user->role}, now);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto q = sql::run(db, u"DELETE FROM sign_in_throttle WHERE username = ?"_s, {name}); !q)
            return q.error();
        return writer.audit(u"sign_in"_s, u"user_account"_s, user->id);
    });
    if (!done)
        return done.error();
    return user;
}

Result<QString> Authenticator::remember(const User &user, int days, const QDateTime &now)
{
    if (sodium_init() < 0)
        return Error::make(Error::Code::Io, tr("The system's random number source failed."));
    QByteArray secret(secretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    const Id id = newId();
    auto q = sql::run(
        m_db.connection(),
        u"INSERT INTO user_session (id, user_id, secret_hash, created_at, expires_at) "
        u"VALUES (?, ?, ?, ?, ?)"_s,
        {id, user.id, hashOfSecret(secret), sql::instant(now), sql::instant(now.addDays(days))});
    if (!q)
        return q.error();
    return QString(id + u'.'
                   + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding
                                                         | QByteArray::OmitTrailingEquals)));
}

Result<User> Authenticator::resume(const QString &token, const QDateTime &now)
{
    const qsizetype dot = token.indexOf(u'.');
    if (dot <= 0)
        return sessionEnded();
    const QString id = token.left(dot);
    const QByteArray secret
        = QByteArray::fromBase64(token.mid(dot + 1).toLatin1(), QByteArray::Base64UrlEncoding);
    auto q = sql::run(m_db.connection(),
                      u"SELECT user_id, secret_hash, expires_at, revoked_at FROM user_session "
                      u"WHERE id = ?"_s,
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return sessionEnded();
    const QByteArray stored = q->value(1).toString().toLatin1();
    const QByteArray offered = hashOfSecret(secret).toLatin1();
    const bool secretRight = stored.size() == offered.size()
        && sodium_memcmp(stored.constData(), offered.constData(), size_t(stored.size())) == 0;
    if (!secretRight || q->value(3).toLongLong() != 0 || sql::toInstant(q->value(2)) <= now)
        return sessionEnded();
    auto user = UserRepository(m_db).find(q->value(0).toString());
    if (!user)
        return user.error().code == Error::Code::NotFound ? sessionEnded() : user.error();
    if (user->disabled)
        return sessionEnded();
    return user;
}

Result<void> Authenticator::forget(const QString &token)
{
    const QString id = token.section(u'.', 0, 0);
    auto q = sql::run(m_db.connection(),
                      u"UPDATE user_session SET revoked_at = ? WHERE id = ? AND revoked_at = 0"_s,
                      {sql::instant(QDateTime::currentDateTimeUtc()), id});
    if (!q)
        return q.error();
    return {};
}

Result<void> Authenticator::unlock(const QString &username, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageAccounts); !allowed)
        return allowed;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    return sql::inTransaction(db, [&]() -> Result<void> {
        if (auto q = sql::run(db, u"DELETE FROM sign_in_throttle WHERE username = ?"_s,
                              {normalized(username)});
            !q)
            return q.error();
        return writer.audit(u"unlock"_s, u"user_account"_s, Id(),
                            QJsonObject{{u"username"_s, normalized(username)}});
    });
}

} // namespace cd
