#include "app/store/JournalReader.h"
#include "app/store/PasswordHasher.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestUserRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = test::testActor();

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }

    void createHashesThePassword()
    {
        User u;
        u.username = u"  Grace.Okafor "_s;
        u.fullName = u"Grace Okafor"_s;
        u.role = Role::Admin;
        auto created = UserRepository(*m_db).create(u, u"correct horse battery"_s, m_admin);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->username, u"grace.okafor"_s);
        QVERIFY(created->passwordHash.startsWith(u"$argon2id$"_s));
        QVERIFY(PasswordHasher::verify(created->passwordHash, u"correct horse battery"_s));
        QVERIFY(created->createdAt.isValid());
        QCOMPARE(UserRepository(*m_db).findByUsername(u"GRACE.OKAFOR"_s)->id, created->id);

        auto taken = UserRepository(*m_db).create(u, u"another password"_s, m_admin);
        QCOMPARE(taken.error().fields.first().field, u"username"_s);
    }

    void studentAccountsLinkToTheirRecord()
    {
        User u;
        u.username = u"amina"_s;
        u.fullName = u"Amina Haddad"_s;
        u.role = Role::Student;
        QCOMPARE(UserRepository(*m_db)
                     .create(u, u"long enough password"_s, m_admin)
                     .error()
                     .fields.first()
                     .field,
                 u"studentId"_s);
        u.studentId = StudentRepository(*m_db)
                          .create(test::sampleStudent(u"S1"_s, u"Amina"_s, u"Haddad"_s), m_admin)
                          ->id;
        QVERIFY(UserRepository(*m_db).create(u, u"long enough password"_s, m_admin));
    }

    void disablingIsAudited()
    {
        User u;
        u.username = u"omar"_s;
        u.fullName = u"Omar Said"_s;
        u.role = Role::Staff;
        const Id id = UserRepository(*m_db).create(u, u"long enough password"_s, m_admin)->id;
        QVERIFY(UserRepository(*m_db).setDisabled(id, true, m_admin));
        QVERIFY(UserRepository(*m_db).find(id)->disabled);
        AuditQuery q;
        q.entity = u"user_account"_s;
        const auto entries = *JournalReader(*m_db).auditEntries(q, m_admin);
        QCOMPARE(entries.first().action, u"disable"_s);
        QCOMPARE(entries.first().actorName, m_admin.name);
        QVERIFY(!entries.last()
                     .details.value(u"fields"_s)
                     .toObject()
                     .value(u"password_hash"_s)
                     .toString()
                     .contains(u"argon2"_s));
        QCOMPARE(UserRepository(*m_db).list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
