#include "app/store/MessageRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestMessageRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = test::testActor();

    Actor user(const QString &name, Role role)
    {
        User u;
        u.username = name;
        u.fullName = name;
        u.role = role;
        u.passwordHash = u"$argon2id$placeholder"_s;
        if (role == Role::Student)
            u.role = Role::Staff;
        auto created = UserRepository(*m_db).create(u, {}, m_admin);
        return created ? Actor{created->id, name, role} : Actor{};
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }

    void membersPostAndReadInOrder()
    {
        const Actor mary = user(u"mary"_s, Role::Teacher);
        const Actor omar = user(u"omar"_s, Role::Staff);
        const Actor eve = user(u"eve"_s, Role::Staff);
        MessageRepository messages(*m_db);
        Channel c;
        c.name = u"Timetable"_s;
        c.memberIds = {mary.userId, omar.userId};
        auto channel = messages.createChannel(c, mary);
        QVERIFY(channel);
        QCOMPARE(messages.channelsOf(omar.userId)->size(), 1);
        QVERIFY(messages.channelsOf(eve.userId)->isEmpty());

        for (int i = 0; i < 5; ++i) {
            Message m;
            m.channelId = channel->id;
            m.body = u"message %1"_s.arg(i);
            m.sentAt = QDateTime::fromMSecsSinceEpoch(1000 + i, Qt::UTC);
            QVERIFY(messages.post(m, i % 2 ? omar : mary));
        }
        auto latest = messages.messages(channel->id, 3);
        QCOMPARE(latest->size(), 3);
        QCOMPARE(latest->first().body, u"message 2"_s);
        QCOMPARE(latest->last().body, u"message 4"_s);
        QCOMPARE(latest->last().senderId, mary.userId);

        Message intruder;
        intruder.channelId = channel->id;
        intruder.body = u"let me in"_s;
        QCOMPARE(messages.post(intruder, eve).error().code, Error::Code::Forbidden);
        Message empty;
        empty.channelId = channel->id;
        empty.body = u"   "_s;
        QCOMPARE(messages.post(empty, mary).error().code, Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestMessageRepository)
#include "tst_messagerepository.moc"
