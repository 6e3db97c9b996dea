#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Migration> withExtra(const QList<Migration> &extra)
{
    QList<Migration> all = Migrator::builtin();
    all.append(extra);
    return all;
}

int tableCount(const QString &file, const QByteArray &name)
{
    return test::rawScalar(file,
                           "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '"
                               + name + "'")
        .toInt();
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void builtinMigrationsAreContiguous()
    {
        const auto migrations = Migrator::builtin();
        QVERIFY(!migrations.isEmpty());
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, int(i) + 1);
            QVERIFY(!migrations.at(i).sql.trimmed().isEmpty());
            // A migration runs inside the migrator's transaction; its own would break that.
            QVERIFY(!migrations.at(i).sql.contains("BEGIN TRANSACTION"));
            QVERIFY(!migrations.at(i).sql.contains("COMMIT"));
        }
    }

    void appliesNewMigrationsInOrder()
    {
        const QString file = m_dir.filePath(u"upgrade.sqlite"_s);
        QVERIFY(Database::open(file));
        const int base = Database::latestSchemaVersion();
        Database::Options options;
        options.migrations = withExtra(
            {{base + 1, u"add_room"_s, "CREATE TABLE room (id TEXT PRIMARY KEY) STRICT;"},
             {base + 2, u"add_room_name"_s,
              "ALTER TABLE room ADD COLUMN name TEXT NOT NULL DEFAULT '';"}});
        auto db = Database::open(file, options);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        QCOMPARE((*db)->schemaVersion(), base + 2);
        db->reset();
        QCOMPARE(test::rawScalar(file, "PRAGMA user_version").toInt(), base + 2);
        QCOMPARE(test::rawScalar(
                     file, "SELECT count(*) FROM pragma_table_info('room') WHERE name = 'name'")
                     .toInt(),
                 1);
    }

    void aFailingMigrationLeavesThePreviousVersionWhole()
    {
        const QString file = m_dir.filePath(u"half.sqlite"_s);
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY(
                sql::run((*db)->connection(), u"INSERT INTO app_setting VALUES ('kept', 'yes')"_s));
        }
        const int base = Database::latestSchemaVersion();
        Database::Options options;
        // Version base+1 succeeds; base+2 creates a table, changes data, then hits an error.
        options.migrations
            = withExtra({{base + 1, u"good"_s, "CREATE TABLE good_step (x INTEGER) STRICT;"},
                         {base + 2, u"bad"_s,
                          "CREATE TABLE half_done (x INTEGER) STRICT;\n"
                          "UPDATE app_setting SET value = 'clobbered';\n"
                          "INSERT INTO no_such_table VALUES (1);"}});
        auto db = Database::open(file, options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Database);
        QVERIFY(db.error().message.contains(QString::number(base + 2)));
        QVERIFY(db.error().detail.contains(u"no_such_table"_s));

        QCOMPARE(test::rawScalar(file, "PRAGMA user_version").toInt(), base + 1);
        QCOMPARE(tableCount(file, "good_step"), 1);
        QCOMPARE(tableCount(file, "half_done"), 0);
        QCOMPARE(
            test::rawScalar(file, "SELECT value FROM app_setting WHERE key = 'kept'").toString(),
            u"yes"_s);

        // The shipped version still opens the file (it is newer than the shipped one now, by one
        // good step, so open it with the good step known).
        Database::Options goodOnly;
        goodOnly.migrations
            = withExtra({{base + 1, u"good"_s, "CREATE TABLE good_step (x INTEGER) STRICT;"}});
        QVERIFY(Database::open(file, goodOnly));
    }

    void aMigrationBreakingForeignKeysIsRolledBack()
    {
        const QString file = m_dir.filePath(u"fk.sqlite"_s);
        QVERIFY(Database::open(file));
        const int base = Database::latestSchemaVersion();
        Database::Options options;
        options.migrations = withExtra({{base + 1, u"orphan"_s,
                                         "INSERT INTO guardian (id, student_id, name, updated_at) "
                                         "VALUES ('g', 'no-such-student', 'Orphan', 0);"}});
        QVERIFY(!Database::open(file, options));
        QCOMPARE(test::rawScalar(file, "PRAGMA user_version").toInt(), base);
        QCOMPARE(test::rawScalar(file, "SELECT count(*) FROM guardian").toInt(), 0);
    }

    void aNewFileWhoseFirstMigrationFailsIsRemoved()
    {
        const QString file = m_dir.filePath(u"never.sqlite"_s);
        Database::Options options;
        options.migrations = {{1, u"broken"_s, "CREATE TABLE (;"}};
        QVERIFY(!Database::open(file, options));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }

    // Every schema version ever shipped has a fixture written by that version (data included);
    // each must open with today's CampusDesk, upgrade, and keep its rows.
    void upgradesADatabaseFromEveryEarlierVersion()
    {
        const QDir fixtures(test::sourceDir() + u"/tests/data/schema"_s);
        QVERIFY2(fixtures.exists(), qPrintable(fixtures.path()));
        const int latest = Database::latestSchemaVersion();
        for (int version = 1; version <= latest; ++version) {
            const QString fixture = fixtures.filePath(u"v%1.sql"_s.arg(version));
            QVERIFY2(QFile::exists(fixture),
                     qPrintable(
                         u"missing fixture for schema version %1: %2"_s.arg(version).arg(fixture)));
            QFile f(fixture);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString file = m_dir.filePath(u"fixture-v%1.sqlite"_s.arg(version));
            QVERIFY(test::rawExec(file, f.readAll()));
            QCOMPARE(test::rawScalar(file, "PRAGMA user_version").toInt(), version);
            const int students = test::rawScalar(file, "SELECT count(*) FROM student").toInt();
            const int marks = test::rawScalar(file, "SELECT count(*) FROM attendance_mark").toInt();
            QVERIFY(students > 0 && marks > 0);

            auto db = Database::open(file);
            QVERIFY2(db,
                     qPrintable(u"v%1: "_s.arg(version)
                                + (db ? QString() : db.error().message + db.error().detail)));
            QCOMPARE((*db)->schemaVersion(), latest);
            auto counts = sql::run(
                (*db)->connection(),
                u"SELECT (SELECT count(*) FROM student), (SELECT count(*) FROM attendance_mark)"_s);
            QVERIFY(counts && counts->next());
            QCOMPARE(counts->value(0).toInt(), students);
            QCOMPARE(counts->value(1).toInt(), marks);
            auto check = sql::run((*db)->connection(), u"PRAGMA foreign_key_check"_s);
            QVERIFY(check && !check->next());
            // Schema 5: face templates, empty after an upgrade.
            auto templates = sql::run((*db)->connection(), u"SELECT count(*) FROM face_template"_s);
            QVERIFY(templates && templates->next());
            QCOMPARE(templates->value(0).toInt(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
