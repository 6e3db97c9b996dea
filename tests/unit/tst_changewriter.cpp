#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestChangeWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_actor = test::testActor();

    int count(const QString &table)
    {
        auto q = sql::run(m_db->connection(), u"SELECT count(*) FROM "_s + table);
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    QJsonObject lastJson(const QString &column, const QString &table)
    {
        auto q = sql::run(m_db->connection(),
                          u"SELECT %1 FROM %2 ORDER BY rowid DESC LIMIT 1"_s.arg(column, table));
        return q && q->next() ? QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object()
                              : QJsonObject();
    }

    Id insertSemester(ChangeWriter &writer, const QString &name = u"Autumn 2026"_s)
    {
        const Id id = newId();
        auto done = writer.insert(u"semester"_s, id,
                                  {{u"name"_s, name},
                                   {u"starts_on"_s, u"2026-09-01"_s},
                                   {u"ends_on"_s, u"2026-12-19"_s}});
        return done ? id : Id();
    }

private slots:
    void init()
    {
        m_db.reset();
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }

    void insertWritesRowOutboxAndAudit()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        ChangeWriter writer(m_db->connection(), m_actor, now);
        const Id id = insertSemester(writer);
        QVERIFY(!id.isEmpty());
        QCOMPARE(count(u"semester"_s), 1);
        QCOMPARE(count(u"outbox"_s), 1);
        QCOMPARE(count(u"audit_log"_s), 1);

        auto row = sql::run(
            m_db->connection(),
            u"SELECT rev, updated_at, updated_by, deleted FROM semester WHERE id = ?"_s, {id});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toInt(), 0);
        QCOMPARE(row->value(1).toLongLong(), now.toMSecsSinceEpoch());
        QCOMPARE(row->value(2).toString(), m_actor.userId);
        QCOMPARE(row->value(3).toInt(), 0);

        auto outbox
            = sql::run(m_db->connection(),
                       u"SELECT table_name, op, row_id, base_rev, mutation_id FROM outbox"_s);
        QVERIFY(outbox && outbox->next());
        QCOMPARE(outbox->value(0).toString(), u"semester"_s);
        QCOMPARE(outbox->value(1).toString(), u"insert"_s);
        QCOMPARE(outbox->value(2).toString(), id);
        QCOMPARE(outbox->value(3).toInt(), 0);
        QVERIFY(isValidId(outbox->value(4).toString()));
        QCOMPARE(lastJson(u"fields"_s, u"outbox"_s).value(u"name"_s).toString(), u"Autumn 2026"_s);

        auto audit = sql::run(
            m_db->connection(),
            u"SELECT actor_id, actor_name, action, entity, entity_id, at FROM audit_log"_s);
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), m_actor.userId);
        QCOMPARE(audit->value(1).toString(), m_actor.name);
        QCOMPARE(audit->value(2).toString(), u"create"_s);
        QCOMPARE(audit->value(3).toString(), u"semester"_s);
        QCOMPARE(audit->value(4).toString(), id);
        QCOMPARE(audit->value(5).toLongLong(), now.toMSecsSinceEpoch());
    }

    void aFailedInsertLeavesNoTrace()
    {
        ChangeWriter writer(m_db->connection(), m_actor);
        // ends_on before starts_on violates the table's CHECK constraint.
        auto done = writer.insert(u"semester"_s, newId(),
                                  {{u"name"_s, u"Bad"_s},
                                   {u"starts_on"_s, u"2026-09-01"_s},
                                   {u"ends_on"_s, u"2026-01-01"_s}});
        QVERIFY(!done);
        QCOMPARE(count(u"semester"_s), 0);
        QCOMPARE(count(u"outbox"_s), 0);
        QCOMPARE(count(u"audit_log"_s), 0);
    }

    void secretsStayOutOfTheAuditLog()
    {
        ChangeWriter writer(m_db->connection(), m_actor);
        const Id user = newId();
        QVERIFY(writer.insert(u"user_account"_s, user,
                              {{u"username"_s, u"amina"_s},
                               {u"full_name"_s, u"Amina H"_s},
                               {u"role"_s, u"staff"_s},
                               {u"password_hash"_s, u"$argon2id$SECRET"_s},
                               {u"created_at"_s, 1}}));
        QVERIFY(
            writer.update(u"user_account"_s, user,
                          {{u"password_hash"_s, u"$argon2id$SECRET"_s, u"$argon2id$NEWSECRET"_s}}));
        auto q = sql::run(m_db->connection(), u"SELECT group_concat(details) FROM audit_log"_s);
        QVERIFY(q && q->next());
        QVERIFY(!q->value(0).toString().contains(u"SECRET"_s));
        QVERIFY(q->value(0).toString().contains(u"amina"_s));
    }

    void updateChangesOnlyTheGivenFieldsAndJournalsTheBaseRev()
    {
        ChangeWriter writer(m_db->connection(), m_actor);
        const Id id = insertSemester(writer);
        QVERIFY(sql::run(m_db->connection(), u"UPDATE semester SET rev = 7 WHERE id = ?"_s,
                         {id})); // as if synced
        QVERIFY(writer.update(u"semester"_s, id, {{u"name"_s, u"Autumn 2026"_s, u"Fall 2026"_s}}));
        auto row = sql::run(m_db->connection(),
                            u"SELECT name, starts_on FROM semester WHERE id = ?"_s, {id});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), u"Fall 2026"_s);
        QCOMPARE(row->value(1).toString(), u"2026-09-01"_s);

        auto outbox = sql::run(m_db->connection(),
                               u"SELECT op, base_rev FROM outbox ORDER BY seq DESC LIMIT 1"_s);
        QVERIFY(outbox && outbox->next());
        QCOMPARE(outbox->value(0).toString(), u"update"_s);
        QCOMPARE(outbox->value(1).toInt(), 7);
        const QJsonObject fields = lastJson(u"fields"_s, u"outbox"_s);
        QCOMPARE(fields.keys(), QStringList{u"name"_s});
        const QJsonObject change = lastJson(u"details"_s, u"audit_log"_s)
                                       .value(u"changes"_s)
                                       .toObject()
                                       .value(u"name"_s)
                                       .toObject();
        QCOMPARE(change.value(u"from"_s).toString(), u"Autumn 2026"_s);
        QCOMPARE(change.value(u"to"_s).toString(), u"Fall 2026"_s);
        QCOMPARE(count(u"outbox"_s), 2);
        QCOMPARE(count(u"audit_log"_s), 2);
    }

    void aConcurrentEditOfTheSameFieldIsAConflict()
    {
        ChangeWriter writer(m_db->connection(), m_actor);
        const Id id = insertSemester(writer);
        // Two windows opened the row when its name was "Autumn 2026"; the first saves.
        QVERIFY(writer.update(u"semester"_s, id, {{u"name"_s, u"Autumn 2026"_s, u"Fall 2026"_s}}));
        auto second
            = writer.update(u"semester"_s, id, {{u"name"_s, u"Autumn 2026"_s, u"Autumn term"_s}});
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Conflict);
        QCOMPARE(second.error().fields.size(), 1);
        QCOMPARE(second.error().fields.first().field, u"name"_s);
        auto row = sql::run(m_db->connection(), u"SELECT name FROM semester WHERE id = ?"_s, {id});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), u"Fall 2026"_s);
        QCOMPARE(count(u"outbox"_s), 2); // the refused edit wrote nothing
    }

    void concurrentEditsOfDifferentFieldsBothLand()
    {
        ChangeWriter writer(m_db->connection(), m_actor);
        const Id id = insertSemester(writer);
        QVERIFY(writer.update(u"semester"_s, id, {{u"name"_s, u"Autumn 2026"_s, u"Fall 2026"_s}}));
        QVERIFY(
            writer.update(u"semester"_s, id, {{u"ends_on"_s, u"2026-12-19"_s, u"2026-12-20"_s}}));
        auto row = sql::run(m_db->connection(),
                            u"SELECT name, ends_on FROM semester WHERE id = ?"_s, {id});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), u"Fall 2026"_s);
        QCOMPARE(row->value(1).toString(), u"2026-12-20"_s);
    }

    void removeTombstones()
    {
        ChangeWriter writer(m_db->connection(), m_actor);
        const Id id = insertSemester(writer);
        QVERIFY(writer.remove(u"semester"_s, id));
        auto row
            = sql::run(m_db->connection(), u"SELECT deleted FROM semester WHERE id = ?"_s, {id});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toInt(), 1);
        auto outbox
            = sql::run(m_db->connection(), u"SELECT op FROM outbox ORDER BY seq DESC LIMIT 1"_s);
        QVERIFY(outbox && outbox->next());
        QCOMPARE(outbox->value(0).toString(), u"delete"_s);
        auto again = writer.remove(u"semester"_s, id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::NotFound);
        auto edit = writer.update(u"semester"_s, id, {{u"name"_s, u"Autumn 2026"_s, u"x"_s}});
        QCOMPARE(edit.error().code, Error::Code::NotFound);
    }

    void anOuterFailureRollsBackEveryPart()
    {
        ChangeWriter writer(m_db->connection(), m_actor);
        auto result = sql::inTransaction(m_db->connection(), [&]() -> Result<void> {
            if (insertSemester(writer, u"First"_s).isEmpty())
                return Error{};
            if (insertSemester(writer, u"Second"_s).isEmpty())
                return Error{};
            return Error::make(Error::Code::Invalid, u"caller changed its mind"_s);
        });
        QVERIFY(!result);
        QCOMPARE(count(u"semester"_s), 0);
        QCOMPARE(count(u"outbox"_s), 0);
        QCOMPARE(count(u"audit_log"_s), 0);
        // A nested failure rolls back only its own part.
        QVERIFY(sql::inTransaction(m_db->connection(), [&]() -> Result<void> {
            insertSemester(writer, u"Kept"_s);
            (void)sql::inTransaction(m_db->connection(), [&]() -> Result<void> {
                insertSemester(writer, u"Dropped"_s);
                return Error{};
            });
            return {};
        }));
        QCOMPARE(count(u"semester"_s), 1);
        QCOMPARE(count(u"outbox"_s), 1);
    }

    void fieldNames()
    {
        QCOMPARE(ChangeWriter::fieldName(u"student_number"_s), u"studentNumber"_s);
        QCOMPARE(ChangeWriter::fieldName(u"name"_s), u"name"_s);
        QCOMPARE(ChangeWriter::fieldName(u"consent_recorded_at"_s), u"consentRecordedAt"_s);
    }
};

QTEST_GUILESS_MAIN(TestChangeWriter)
#include "tst_changewriter.moc"
