#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void expectRefused(const QString &file, Error::Code code)
    {
        const QByteArray before = test::fileHash(file);
        const qint64 size = QFileInfo(file).size();
        auto opened = Database::open(file);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, code);
        QVERIFY(!opened.error().message.isEmpty());
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(file)),
                 qPrintable(opened.error().message));
        QCOMPARE(QFileInfo(file).size(), size);
        QCOMPARE(test::fileHash(file), before);
    }

private slots:
    void createsANewDatabaseWithItsFolder()
    {
        const QString file = path(u"nested/folder/school.sqlite"_s);
        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message + db.error().detail));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        const auto pragma = [&](const QString &name) {
            auto q = sql::run((*db)->connection(), u"PRAGMA "_s + name);
            return q && q->next() ? q->value(0) : QVariant();
        };
        QCOMPARE(pragma(u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(u"busy_timeout"_s).toInt(), Database::busyTimeoutMs);
        db->reset();
        QCOMPARE(test::rawScalar(file, "PRAGMA application_id").toLongLong(),
                 qlonglong(Database::applicationId));
        QCOMPARE(test::rawScalar(file, "PRAGMA user_version").toInt(),
                 Database::latestSchemaVersion());
    }

    void reopensAndKeepsData()
    {
        const QString file = path(u"reopen.sqlite"_s);
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY(sql::run((*db)->connection(),
                             u"INSERT INTO app_setting VALUES ('school', 'Hillside')"_s));
        }
        auto db = Database::open(file);
        QVERIFY(db);
        auto q = sql::run((*db)->connection(),
                          u"SELECT value FROM app_setting WHERE key = 'school'"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), u"Hillside"_s);
    }

    void missingFileWithoutCreateIsNotFound()
    {
        Database::Options options;
        options.createIfMissing = false;
        auto db = Database::open(path(u"absent.sqlite"_s), options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(path(u"absent.sqlite"_s)));
    }

    void refusesATextFile()
    {
        const QString file = path(u"notes.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Class list: Amina, Omar, Wei\n");
        f.close();
        expectRefused(file, Error::Code::NotCampusDesk);
    }

    void refusesAShortFile()
    {
        const QString file = path(u"short.sqlite"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3", 15);
        f.close();
        expectRefused(file, Error::Code::NotCampusDesk);
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString file = path(u"other.sqlite"_s);
        QVERIFY(test::rawExec(file,
                              "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL);"
                              "INSERT INTO invoices VALUES (1, 9.5);"));
        expectRefused(file, Error::Code::NotCampusDesk);
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }

    void refusesAnotherProgramsDatabaseWithItsOwnId()
    {
        const QString file = path(u"other-id.sqlite"_s);
        QVERIFY(test::rawExec(file, "PRAGMA application_id = 1234; CREATE TABLE t(x);"));
        expectRefused(file, Error::Code::NotCampusDesk);
    }

    void adoptsAnEmptySqliteFile()
    {
        // What an interrupted first start leaves behind: a valid but empty SQLite file.
        const QString file = path(u"empty.sqlite"_s);
        QVERIFY(test::rawExec(file, "PRAGMA journal_mode = WAL; VACUUM;"));
        QVERIFY(QFileInfo(file).size() > 0);
        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesANewerDatabase()
    {
        const QString file = path(u"future.sqlite"_s);
        QVERIFY(Database::open(file));
        const int newer = Database::latestSchemaVersion() + 1;
        QVERIFY(test::rawExec(file,
                              "PRAGMA user_version = " + QByteArray::number(newer)
                                  + ";"
                                    "PRAGMA wal_checkpoint(TRUNCATE);"));
        expectRefused(file, Error::Code::TooNew);
        auto opened = Database::open(file);
        QVERIFY(opened.error().message.contains(QString::number(newer)));
        QCOMPARE(test::rawScalar(file, "PRAGMA user_version").toInt(), newer);
    }

    void refusesADamagedHeader()
    {
        const QString file = path(u"badheader.sqlite"_s);
        QVERIFY(Database::open(file));
        QVERIFY(test::rawExec(file, "PRAGMA wal_checkpoint(TRUNCATE);"));
        QVERIFY(test::scribble(file, 16, 2)); // page size
        expectRefused(file, Error::Code::Corrupt);
    }

    void refusesADamagedSchema()
    {
        const QString file = path(u"badschema.sqlite"_s);
        QVERIFY(Database::open(file));
        QVERIFY(test::rawExec(file, "PRAGMA wal_checkpoint(TRUNCATE);"));
        QVERIFY(test::scribble(file, 100, 3000)); // the schema table's page after the header
        expectRefused(file, Error::Code::Corrupt);
    }

    void refusesATruncatedFile()
    {
        const QString file = path(u"truncated.sqlite"_s);
        QVERIFY(Database::open(file));
        QVERIFY(test::rawExec(file, "PRAGMA wal_checkpoint(TRUNCATE);"));
        QFile f(file);
        QVERIFY(f.resize(1024));
        expectRefused(file, Error::Code::Corrupt);
    }

    void oneConnectionPerThread()
    {
        auto db = Database::open(path(u"threads.sqlite"_s));
        QVERIFY(db);
        Database *database = db->get();
        const QString mainName = database->connection().connectionName();
        QCOMPARE(database->connection().connectionName(), mainName); // reused

        QString workerName;
        bool workerWrote = false;
        QThread *worker = QThread::create([&] {
            auto conn = database->connection();
            workerName = conn.connectionName();
            workerWrote
                = bool(sql::run(conn, u"INSERT INTO app_setting VALUES ('from', 'worker')"_s));
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(workerWrote);
        QVERIFY(workerName != mainName);
        QVERIFY(!QSqlDatabase::contains(workerName)); // closed when the thread finished
        auto q = sql::run(database->connection(),
                          u"SELECT value FROM app_setting WHERE key = 'from'"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), u"worker"_s);
    }

    void foreignKeysAreEnforced()
    {
        auto db = Database::open(path(u"fk.sqlite"_s));
        QVERIFY(db);
        auto inserted = sql::run(
            (*db)->connection(),
            u"INSERT INTO guardian (id, student_id, name, updated_at) VALUES (?, ?, ?, 0)"_s,
            {newId(), newId(), u"Nobody's guardian"_s});
        QVERIFY(!inserted);
    }

    void strictTablesRejectWrongTypes()
    {
        auto db = Database::open(path(u"strict.sqlite"_s));
        QVERIFY(db);
        auto inserted = sql::run(
            (*db)->connection(),
            u"INSERT INTO semester (id, name, starts_on, ends_on, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
            {newId(), u"Autumn"_s, u"2026-09-01"_s, u"2026-12-19"_s, u"yesterday"_s});
        QVERIFY(!inserted);
    }

    void appendOnlyTablesRefuseEdits()
    {
        auto db = Database::open(path(u"append.sqlite"_s));
        QVERIFY(db);
        auto conn = (*db)->connection();
        const QString audit = newId();
        QVERIFY(sql::run(
            conn,
            u"INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity, entity_id) "
            u"VALUES (?, 1, '', 'x', 'test', 'none', '')"_s,
            {audit}));
        QVERIFY(!sql::run(conn, u"UPDATE audit_log SET action = 'forged' WHERE id = ?"_s, {audit}));
        QVERIFY(!sql::run(conn, u"DELETE FROM audit_log WHERE id = ?"_s, {audit}));

        const QString student = newId(), semester = newId(), course = newId(), session = newId(),
                      mark = newId();
        QVERIFY(sql::run(conn,
                         u"INSERT INTO student (id, student_number, first_name, last_name, batch, "
                         u"program, status, updated_at) "
                         u"VALUES (?, 'S1', 'A', 'B', '2026', 'CS', 'active', 0)"_s,
                         {student}));
        QVERIFY(sql::run(
            conn,
            u"INSERT INTO semester (id, name, starts_on, ends_on, updated_at) VALUES (?, 'S', '2026-09-01', '2026-12-01', 0)"_s,
            {semester}));
        QVERIFY(sql::run(
            conn,
            u"INSERT INTO course (id, code, title, semester_id, credits, updated_at) VALUES (?, 'C1', 'T', ?, 3, 0)"_s,
            {course, semester}));
        QVERIFY(sql::run(conn,
                         u"INSERT INTO attendance_session (id, course_id, session_date, starts_at, "
                         u"duration_minutes, opened_by, updated_at) "
                         u"VALUES (?, ?, '2026-09-07', '09:00', 60, 'u', 0)"_s,
                         {session, course}));
        QVERIFY(sql::run(conn,
                         u"INSERT INTO attendance_mark (id, session_id, student_id, status, "
                         u"source, marked_by, marked_at, updated_at) "
                         u"VALUES (?, ?, ?, 'absent', 'manual', 'u', 1, 1)"_s,
                         {mark, session, student}));
        QVERIFY(!sql::run(conn, u"UPDATE attendance_mark SET status = 'present' WHERE id = ?"_s,
                          {mark}));
        QVERIFY(!sql::run(conn, u"DELETE FROM attendance_mark WHERE id = ?"_s, {mark}));
        // The sync engine may still record the server's revision.
        QVERIFY(sql::run(conn, u"UPDATE attendance_mark SET rev = 42 WHERE id = ?"_s, {mark}));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
