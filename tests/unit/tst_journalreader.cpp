#include "app/store/ChangeWriter.h"
#include "app/store/JournalReader.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestJournalReader : public QObject
{
    Q_OBJECT
private slots:
    void readsOutboxAndFiltersAudit()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"journal.sqlite"_s));
        QVERIFY(db);
        const Actor ann = test::testActor(u"Ann"_s);
        const Actor bob = test::testActor(u"Bob"_s);
        const QDateTime day1(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
        const QDateTime day2 = day1.addDays(1);
        Id first;
        {
            ChangeWriter writer(db->connection(), ann, day1);
            first = newId();
            QVERIFY(writer.insert(u"semester"_s, first,
                                  {{u"name"_s, u"A"_s},
                                   {u"starts_on"_s, u"2026-01-01"_s},
                                   {u"ends_on"_s, u"2026-02-01"_s}}));
        }
        {
            ChangeWriter writer(db->connection(), bob, day2);
            QVERIFY(writer.update(u"semester"_s, first, {{u"name"_s, u"A"_s, u"B"_s}}));
            QVERIFY(writer.audit(u"export"_s, u"student"_s, {}, QJsonObject{{u"rows"_s, 12}}));
        }
        JournalReader reader(*db);
        QCOMPARE(*reader.pendingCount(), 2);
        const auto pending = *reader.pendingMutations();
        QCOMPARE(pending.at(0).op, u"insert"_s);
        QCOMPARE(pending.at(1).op, u"update"_s);
        QVERIFY(pending.at(0).seq < pending.at(1).seq);
        QCOMPARE(pending.at(1).createdAt, day2);
        QCOMPARE(reader.pendingMutations(1)->size(), 1);

        QCOMPARE(reader.auditEntries({}, ann)->size(), 3);
        QCOMPARE(reader.auditEntries({}, ann)->first().action, u"export"_s); // newest first
        AuditQuery byActor;
        byActor.actorId = ann.userId;
        QCOMPARE(reader.auditEntries(byActor, ann)->size(), 1);
        AuditQuery byEntity;
        byEntity.entity = u"semester"_s;
        byEntity.entityId = first;
        QCOMPARE(reader.auditEntries(byEntity, ann)->size(), 2);
        AuditQuery byDate;
        byDate.from = day2;
        QCOMPARE(reader.auditEntries(byDate, ann)->size(), 2);
        byDate.from = QDateTime();
        byDate.to = day2;
        QCOMPARE(reader.auditEntries(byDate, ann)->size(), 1);
        QCOMPARE(reader.auditEntries(byActor, ann)->first().actorName, u"Ann"_s);
        QCOMPARE(*reader.auditEntities(), (QStringList{u"semester"_s, u"student"_s}));
    }

    void onlyAdministratorsReadTheAuditLog()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"forbidden.sqlite"_s));
        QVERIFY(db);
        QVERIFY(
            ChangeWriter(db->connection(), test::testActor()).audit(u"export"_s, u"student"_s, {}));
        JournalReader reader(*db);
        const Actor teacher{newId(), u"Tess Teacher"_s, Role::Teacher};
        const auto refused = reader.auditEntries({}, teacher);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(reader.auditEntries({}, Actor::system())->size(), 1);
    }

    void listsNoEntitiesForAnEmptyLog()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"empty.sqlite"_s));
        QVERIFY(db);
        const auto names = JournalReader(*db).auditEntities();
        QVERIFY(names);
        QVERIFY(names->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalReader)
#include "tst_journalreader.moc"
