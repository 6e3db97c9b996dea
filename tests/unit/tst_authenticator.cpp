#include "app/store/Authenticator.h"
#include "app/store/JournalReader.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAuthenticator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = test::testActor();
    const QDateTime t0 = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
    const QString password = u"correct horse battery"_s;

    User createUser(const QString &username, Role role = Role::Staff)
    {
        User u;
        u.username = username;
        u.fullName = u"Grace Okafor"_s;
        u.role = role;
        auto created = UserRepository(*m_db).create(u, password, m_admin);
        if (!created)
            qWarning() << created.error().message;
        return created ? *created : User{};
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }

    void signsInWithTheRightPasswordOnly()
    {
        const User grace = createUser(u"grace"_s);
        Authenticator auth(*m_db);
        auto signedIn = auth.signIn(u"  GRACE "_s, password, t0);
        QVERIFY(signedIn);
        QCOMPARE(signedIn->id, grace.id);
        auto wrong = auth.signIn(u"grace"_s, u"correct horse"_s, t0);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, Error::Code::Invalid);
    }

    void neverTellsWhetherANameExists()
    {
        createUser(u"grace"_s);
        Authenticator auth(*m_db);
        const QString wrongPassword = auth.signIn(u"grace"_s, u"nope nope"_s, t0).error().message;
        const QString noSuchName = auth.signIn(u"nobody"_s, u"nope nope"_s, t0).error().message;
        QCOMPARE(noSuchName, wrongPassword);
    }

    void aDisabledAccountCannotSignIn()
    {
        const User grace = createUser(u"grace"_s);
        QVERIFY(UserRepository(*m_db).setDisabled(grace.id, true, m_admin));
        auto refused = Authenticator(*m_db).signIn(u"grace"_s, password, t0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 Authenticator(*m_db).signIn(u"nobody"_s, password, t0).error().message);
    }

    void repeatedFailuresSlowDownThenLock()
    {
        createUser(u"grace"_s);
        const SignInThrottle throttle; // 3 free, then 2, 4, 8 ... s, locked at 10 for 15 min
        QDateTime now = t0;
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(
                Authenticator(*m_db, throttle).signIn(u"grace"_s, u"wrong!!!"_s, now).error().code,
                Error::Code::Invalid);
        // The fourth failure makes the next attempt wait two seconds, even the right password.
        QCOMPARE(Authenticator(*m_db, throttle).signIn(u"grace"_s, u"wrong!!!"_s, now).error().code,
                 Error::Code::Invalid);
        auto tooSoon = Authenticator(*m_db, throttle).signIn(u"grace"_s, password, now.addSecs(1));
        QCOMPARE(tooSoon.error().code, Error::Code::Forbidden);
        QVERIFY(tooSoon.error().message.contains(u"second"_s));
        for (int failures = 5; failures <= 10; ++failures) {
            now = now.addSecs(61);
            QCOMPARE(
                Authenticator(*m_db, throttle).signIn(u"grace"_s, u"wrong!!!"_s, now).error().code,
                Error::Code::Invalid);
        }
        // Locked: a new Authenticator (as after a restart) still refuses the right password.
        auto locked = Authenticator(*m_db, throttle).signIn(u"grace"_s, password, now.addSecs(120));
        QCOMPARE(locked.error().code, Error::Code::Forbidden);
        QVERIFY(locked.error().message.contains(u"13 minute"_s));
        QVERIFY(Authenticator(*m_db, throttle).lockOf(u"GRACE"_s)->isLocked(now.addSecs(120)));
        // After the lock runs out the right password works and the count starts afresh.
        QVERIFY(Authenticator(*m_db, throttle).signIn(u"grace"_s, password, now.addSecs(15 * 60)));
        QCOMPARE(Authenticator(*m_db, throttle).lockOf(u"grace"_s)->failures, 0);
    }

    void namesWithoutAccountsLockTheSameWay()
    {
        const SignInThrottle throttle{0, 60, 2, 15};
        Authenticator auth(*m_db, throttle);
        QVERIFY(!auth.signIn(u"ghost"_s, u"wrong!!!"_s, t0));
        QVERIFY(!auth.signIn(u"ghost"_s, u"wrong!!!"_s, t0.addSecs(5)));
        QVERIFY(auth.lockOf(u"ghost"_s)->isLocked(t0.addSecs(6)));
    }

    void anAdministratorUnlocks()
    {
        createUser(u"grace"_s);
        const SignInThrottle throttle{0, 60, 1, 15};
        Authenticator auth(*m_db, throttle);
        QVERIFY(!auth.signIn(u"grace"_s, u"wrong!!!"_s));
        QCOMPARE(auth.signIn(u"grace"_s, password).error().code, Error::Code::Forbidden);
        const Actor teacher{u"t"_s, u"Tess"_s, Role::Teacher};
        QCOMPARE(auth.unlock(u"grace"_s, teacher).error().code, Error::Code::Forbidden);
        QVERIFY(auth.unlock(u"grace"_s, m_admin));
        QVERIFY(auth.signIn(u"grace"_s, password));
        AuditQuery q;
        q.entity = u"user_account"_s;
        const auto entries = *JournalReader(*m_db).auditEntries(q, m_admin);
        QStringList actions;
        for (const AuditEntry &e : entries)
            actions.append(e.action);
        QCOMPARE(actions.mid(0, 3), (QStringList{u"sign_in"_s, u"unlock"_s, u"sign_in_failed"_s}));
    }

    void rememberedSessionsResumeUntilTheyEnd()
    {
        const User grace = createUser(u"grace"_s);
        Authenticator auth(*m_db);
        const QString token = *auth.remember(grace, 30, t0);
        QVERIFY(!token.contains(grace.id.mid(20))); // the secret part is random, not the id
        QCOMPARE(auth.resume(token, t0.addDays(29))->id, grace.id);
        QVERIFY(!auth.resume(token, t0.addDays(30)));
        // A forged secret with a real session id is refused.
        const QString forged
            = token.section(u'.', 0, 0) + u".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
        QVERIFY(!auth.resume(forged, t0));
        QVERIFY(!auth.resume(u"garbage"_s, t0));
        QVERIFY(auth.forget(token));
        QCOMPARE(auth.resume(token, t0).error().code, Error::Code::NotFound);
    }

    void passwordChangesEndRememberedSessions()
    {
        const User grace = createUser(u"grace"_s);
        Authenticator auth(*m_db);
        const QString token = *auth.remember(grace, 30, QDateTime::currentDateTimeUtc());
        QVERIFY(auth.resume(token));
        QVERIFY(UserRepository(*m_db).resetPassword(grace.id, u"a brand new secret"_s, m_admin));
        QVERIFY(!auth.resume(token));
        auto user = auth.signIn(u"grace"_s, u"a brand new secret"_s);
        QVERIFY(user);
        QVERIFY(user->mustChangePassword);
        QVERIFY(!auth.signIn(u"grace"_s, password));
    }

    void changingYourOwnPassword()
    {
        const User grace = createUser(u"grace"_s);
        UserRepository users(*m_db);
        auto wrongCurrent
            = users.changeOwnPassword(grace.id, u"not it at all"_s, u"another fine one"_s);
        QVERIFY(!wrongCurrent);
        QVERIFY(wrongCurrent.error().fields.first().field == u"currentPassword"_s);
        auto tooShort = users.changeOwnPassword(grace.id, password, u"short"_s);
        QCOMPARE(tooShort.error().fields.first().field, u"password"_s);
        auto common = users.changeOwnPassword(grace.id, password, u"password123"_s);
        QCOMPARE(common.error().fields.first().field, u"password"_s);
        QVERIFY(users.changeOwnPassword(grace.id, password, u"another fine one"_s));
        QVERIFY(Authenticator(*m_db).signIn(u"grace"_s, u"another fine one"_s));
        QVERIFY(!users.find(grace.id)->mustChangePassword);
    }

    void onlyAdministratorsManageAccounts()
    {
        const User grace = createUser(u"grace"_s);
        const Actor staff{grace.id, grace.fullName, Role::Staff};
        User other;
        other.username = u"mallory"_s;
        other.fullName = u"Mallory"_s;
        other.role = Role::Admin;
        UserRepository users(*m_db);
        QCOMPARE(users.create(other, password, staff).error().code, Error::Code::Forbidden);
        QCOMPARE(users.resetPassword(grace.id, u"my own choice!"_s, staff).error().code,
                 Error::Code::Forbidden);
        User promoted = grace;
        promoted.role = Role::Admin;
        QCOMPARE(users.update(grace, promoted, staff).error().code, Error::Code::Forbidden);
        QCOMPARE(users.find(grace.id)->role, Role::Staff);
    }

    void administratorsKeepTheirOwnRole()
    {
        const User admin = createUser(u"root"_s, Role::Admin);
        const Actor self{admin.id, admin.fullName, Role::Admin};
        User demoted = admin;
        demoted.role = Role::Staff;
        QCOMPARE(UserRepository(*m_db).update(admin, demoted, self).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(UserRepository(*m_db).setDisabled(admin.id, true, self).error().code,
                 Error::Code::Forbidden);
    }

    void theFirstAdministratorOnlyOnce()
    {
        User first;
        first.username = u"principal"_s;
        first.fullName = u"Ada Principal"_s;
        auto created = UserRepository(*m_db).createFirstAdministrator(first, password);
        QVERIFY(created);
        QCOMPARE(created->role, Role::Admin);
        first.username = u"intruder"_s;
        QCOMPARE(UserRepository(*m_db).createFirstAdministrator(first, password).error().code,
                 Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
