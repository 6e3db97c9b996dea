#include "app/store/UserRepository.h"

#include "app/core/PasswordPolicy.h"
#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/PasswordHasher.h"
#include "app/store/Sql.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString userColumns
    = u"id, username, full_name, email, role, password_hash, disabled, student_id, created_at, "
      u"must_change_password, "_s
    + QString::fromUtf16(sql::syncColumns);

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = fromCode<Role>(q.value(4).toString()).value_or(Role::Student);
    u.passwordHash = q.value(5).toString();
    u.disabled = q.value(6).toInt() == 1;
    u.studentId = q.value(7).toString();
    u.createdAt = sql::toInstant(q.value(8));
    u.mustChangePassword = q.value(9).toInt() == 1;
    u.meta = sql::syncMeta(q, 10);
    return u;
}

// Ends every remembered session of an account (its password changed, or it was disabled).
Result<void> endSessions(const QSqlDatabase &db, const Id &userId, const QDateTime &now)
{
    auto q = sql::run(
        db, u"UPDATE user_session SET revoked_at = ? WHERE user_id = ? AND revoked_at = 0"_s,
        {sql::instant(now), userId});
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<User> UserRepository::create(User user, const QString &password, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageAccounts); !allowed)
        return allowed.error();
    if (user.passwordHash.isEmpty())
        if (const auto v = PasswordPolicy::check(password); !v.ok())
            return Error::invalid(v);
    if (user.id.isEmpty())
        user.id = newId();
    user.username = user.username.trimmed().toLower();
    if (user.passwordHash.isEmpty() && !password.isEmpty())
        user.passwordHash = PasswordHasher::hash(password);
    if (const auto v = UserRules::validate(user); !v.ok())
        return Error::invalid(v);

    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    if (!user.createdAt.isValid())
        user.createdAt = writer.now();
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto taken
            = sql::exists(db, u"SELECT 1 FROM user_account WHERE username = ? AND deleted = 0"_s,
                          {user.username});
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::invalidField(u"username"_s,
                                       tr("The user name %1 is already taken.").arg(user.username));
        return writer.insert(u"user_account"_s, user.id,
                             {{u"username"_s, user.username},
                              {u"full_name"_s, user.fullName.trimmed()},
                              {u"email"_s, sql::text(user.email.trimmed())},
                              {u"role"_s, codeOf(user.role)},
                              {u"password_hash"_s, user.passwordHash},
                              {u"disabled"_s, user.disabled ? 1 : 0},
                              {u"student_id"_s, sql::reference(user.studentId)},
                              {u"created_at"_s, sql::instant(user.createdAt)},
                              {u"must_change_password"_s, user.mustChangePassword ? 1 : 0}});
    });
    if (!done)
        return done.error();
    return find(user.id);
}

Result<User> UserRepository::findWhere(const QString &condition, const QVariant &value) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM user_account WHERE deleted = 0 AND %2"_s.arg(userColumns, condition),
        {value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Code::NotFound, tr("The account was not found."));
    return userFrom(*q);
}

Result<User> UserRepository::find(const Id &id) const
{
    return findWhere(u"id = ?"_s, id);
}

Result<User> UserRepository::findByUsername(const QString &username) const
{
    return findWhere(u"username = ?"_s, username.trimmed());
}

Result<QList<User>> UserRepository::list() const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM user_account WHERE deleted = 0 ORDER BY username"_s.arg(userColumns));
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users.append(userFrom(*q));
    return users;
}

Result<QList<User>> UserRepository::teachers() const
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT %1 FROM user_account WHERE deleted = 0 AND role = ? "
                      u"ORDER BY full_name, username"_s.arg(userColumns),
                      {codeOf(Role::Teacher)});
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users.append(userFrom(*q));
    return users;
}

Result<int> UserRepository::count() const
{
    auto q = sql::run(m_db.connection(), u"SELECT count(*) FROM user_account WHERE deleted = 0"_s);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Result<User> UserRepository::createFirstAdministrator(User user, const QString &password)
{
    auto existing = count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::make(Error::Code::Forbidden,
                           tr("This school already has accounts. Ask an administrator to create "
                              "yours."));
    user.role = Role::Admin;
    user.studentId.clear();
    Actor bootstrap = Actor::system();
    bootstrap.name = user.fullName.trimmed();
    return create(std::move(user), password, bootstrap);
}

Result<User> UserRepository::update(const User &original, const User &edited, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageAccounts); !allowed)
        return allowed.error();
    User next = original;
    next.fullName = edited.fullName.trimmed();
    next.email = edited.email.trimmed();
    next.role = edited.role;
    next.disabled = edited.disabled;
    next.studentId = edited.role == Role::Student ? edited.studentId : Id();
    if (const auto v = UserRules::validate(next); !v.ok())
        return Error::invalid(v);
    if (original.id == actor.userId && (next.role != Role::Admin || next.disabled))
        return Error::make(Error::Code::Forbidden,
                           tr("You cannot disable your own account or give up your own "
                              "administrator role. Ask another administrator."));

    const auto fields = [](const User &u) {
        return Fields{{u"full_name"_s, u.fullName},
                      {u"email"_s, sql::text(u.email)},
                      {u"role"_s, codeOf(u.role)},
                      {u"student_id"_s, sql::reference(u.studentId)},
                      {u"disabled"_s, u.disabled ? 1 : 0}};
    };
    const QList<FieldChange> changes = diffFields(fields(original), fields(next));
    if (changes.isEmpty())
        return original;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        const bool onlyDisabled = changes.size() == 1 && changes.first().column == u"disabled"_s;
        const QString action = !onlyDisabled ? u"update"_s
            : next.disabled                  ? u"disable"_s
                                             : u"enable"_s;
        if (auto w = writer.update(u"user_account"_s, original.id, changes, action); !w)
            return w;
        if (next.disabled && !original.disabled)
            return endSessions(db, original.id, writer.now());
        return {};
    });
    if (!done)
        return done.error();
    return find(original.id);
}

Result<void> UserRepository::setDisabled(const Id &id, bool disabled, const Actor &actor)
{
    auto user = find(id);
    if (!user)
        return user.error();
    User edited = *user;
    edited.disabled = disabled;
    if (auto updated = update(*user, edited, actor); !updated)
        return updated.error();
    return {};
}

Result<void> UserRepository::resetPassword(const Id &id, const QString &newPassword,
                                           const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageAccounts); !allowed)
        return allowed;
    return setPassword(id, newPassword, id != actor.userId, actor, u"reset_password"_s);
}

Result<void> UserRepository::changeOwnPassword(const Id &id, const QString &current,
                                               const QString &newPassword)
{
    auto user = find(id);
    if (!user)
        return user.error();
    if (!PasswordHasher::verify(user->passwordHash, current))
        return Error::invalidField(u"currentPassword"_s,
                                   tr("The current password is not correct."));
    if (newPassword == current)
        return Error::invalidField(u"password"_s,
                                   tr("Choose a password different from the current one."));
    return setPassword(id, newPassword, false, Actor{user->id, user->fullName, user->role},
                       u"change_password"_s);
}

Result<void> UserRepository::setPassword(const Id &id, const QString &newPassword, bool mustChange,
                                         const Actor &actor, const QString &action)
{
    if (const auto v = PasswordPolicy::check(newPassword); !v.ok())
        return Error::invalid(v);
    auto user = find(id);
    if (!user)
        return user.error();
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Error::make(Error::Code::Io,
                           tr("There was not enough memory to protect the password. Close other "
                              "programs and try again."));
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    return sql::inTransaction(db, [&]() -> Result<void> {
        const QList<FieldChange> changes{
            {u"password_hash"_s, user->passwordHash, hash},
            {u"must_change_password"_s, user->mustChangePassword ? 1 : 0, mustChange ? 1 : 0}};
        if (auto w = writer.update(u"user_account"_s, id, changes, action); !w)
            return w;
        return endSessions(db, id, writer.now());
    });
}

} // namespace cd
