#include "app/store/UserRepository.h"

#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/PasswordHasher.h"
#include "app/store/Sql.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString userColumns
    = u"id, username, full_name, email, role, password_hash, disabled, student_id, created_at, "_s
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
    u.meta = sql::syncMeta(q, 9);
    return u;
}

} // namespace

Result<User> UserRepository::create(User user, const QString &password, const Actor &actor)
{
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
                              {u"created_at"_s, sql::instant(user.createdAt)}});
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

Result<void> UserRepository::setDisabled(const Id &id, bool disabled, const Actor &actor)
{
    auto user = find(id);
    if (!user)
        return user.error();
    ChangeWriter writer(m_db.connection(), actor);
    return writer.update(u"user_account"_s, id,
                         {{u"disabled"_s, user->disabled ? 1 : 0, disabled ? 1 : 0}},
                         disabled ? u"disable"_s : u"enable"_s);
}

} // namespace cd
