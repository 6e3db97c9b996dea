#include "app/store/Database.h"

#include "app/store/Sql.h"
#include "app/store/SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <sqlite3.h>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Contents { Empty, CampusDesk, Foreign };

// A read-only look inside a file whose header looked right: can SQLite read its schema, and is
// it ours? Reading the schema touches the first pages, where damage usually shows.
Result<Contents> probeSchema(const QString &path)
{
    const QString connectionName = u"campusdesk-probe-"_s + QUuid::createUuid().toString();
    Result<Contents> result = Contents::Empty;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result = sql::databaseError(db.lastError(), u"open read-only"_s);
        } else {
            auto tables = sql::run(db,
                                   u"SELECT count(*), sum(name = 'student') FROM sqlite_schema "
                                   u"WHERE type = 'table'"_s);
            if (!tables || !tables->next())
                result
                    = tables ? Error::make(Error::Code::Corrupt, {}, u"schema"_s) : tables.error();
            else if (tables->value(0).toInt() == 0)
                result = Contents::Empty;
            else
                result = tables->value(1).toInt() == 1 ? Contents::CampusDesk : Contents::Foreign;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(u"campusdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    // Other threads' connections may only be looked up from their own thread; removing one
    // closes it once nothing holds it, from whichever thread.
    QMutexLocker lock(&m_connections->mutex);
    for (const auto &name : std::as_const(m_connections->names))
        QSqlDatabase::removeDatabase(name);
    m_connections->names.clear();
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion(Migrator::builtin());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    const int latest = Migrator::latestVersion(options.migrations);
    const auto header = SqliteFileHeader::read(absolute);

    bool isNew = false;
    switch (header.kind) {
    case SqliteFileHeader::Kind::Missing:
    case SqliteFileHeader::Kind::Empty:
        if (!options.createIfMissing)
            return Error::make(Error::Code::NotFound, tr("There is no database at %1.").arg(shown));
        isNew = true;
        break;
    case SqliteFileHeader::Kind::NotSqlite:
        return Error::make(Error::Code::NotCampusDesk,
                           tr("%1 is not a CampusDesk database, or it is damaged beyond repair. "
                              "It was not changed.")
                               .arg(shown));
    case SqliteFileHeader::Kind::Sqlite:
        if (!header.pageSizeValid)
            return Error::make(Error::Code::Corrupt,
                               tr("%1 is damaged and cannot be opened. It was not changed; restore "
                                  "it from a backup.")
                                   .arg(shown));
        if (header.applicationId == 0 && header.userVersion == 0) {
            // Perhaps an empty database left by an interrupted first start; anything else in a
            // foreign SQLite file is not ours to touch.
            auto probe = probeSchema(absolute);
            if (!probe || *probe != Contents::Empty)
                return Error::make(Error::Code::NotCampusDesk,
                                   tr("%1 is a database of another program, not of CampusDesk. It "
                                      "was not changed.")
                                       .arg(shown));
            isNew = true;
            break;
        }
        if (header.applicationId != applicationId)
            return Error::make(Error::Code::NotCampusDesk,
                               tr("%1 is a database of another program, not of CampusDesk. It was "
                                  "not changed.")
                                   .arg(shown));
        if (header.userVersion > quint32(latest))
            return Error::make(
                Error::Code::TooNew,
                tr("%1 was written by a newer version of CampusDesk (database version "
                   "%2; this version understands up to %3). Update CampusDesk to "
                   "open it. The file was not changed.")
                    .arg(shown)
                    .arg(header.userVersion)
                    .arg(latest));
        if (auto probe = probeSchema(absolute); !probe || *probe != Contents::CampusDesk)
            return Error::make(Error::Code::Corrupt,
                               tr("%1 is damaged and cannot be opened. It was not changed; restore "
                                  "it from a backup.")
                                   .arg(shown),
                               probe ? u"schema lacks CampusDesk tables"_s : probe.error().detail);
        break;
    }

    if (isNew && !QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return Error::make(Error::Code::Io,
                           tr("The folder for %1 could not be created.").arg(shown));

    std::unique_ptr<Database> database(new Database(absolute));
    auto prepared = database->prepareFile(isNew ? 0 : int(header.userVersion), options.migrations);
    if (!prepared) {
        if (isNew) {
            database.reset();
            for (const auto &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(absolute + suffix);
        }
        if (prepared.error().message.isEmpty())
            return Error::make(Error::Code::Io, tr("%1 could not be opened.").arg(shown),
                               prepared.error().detail);
        return prepared.error();
    }
    database->m_schemaVersion = latest;
    return database;
}

Result<void> Database::prepareFile(int currentVersion, const QList<Migration> &migrations)
{
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::make(Error::Code::Io, {}, db.lastError().text());
    {
        auto journal = sql::run(db, u"PRAGMA journal_mode = WAL"_s);
        if (!journal)
            return journal.error();
    }
    if (currentVersion < Migrator::latestVersion(migrations))
        return Migrator::migrate(db, migrations, currentVersion, applicationId);
    return {};
}

// A number for the calling thread that no later thread gets: thread ids are reused as soon as
// a thread ends, which would hand a new thread the old thread's (foreign) connection.
static quint64 threadSerial()
{
    static std::atomic<quint64> next{0};
    thread_local const quint64 serial = ++next;
    return serial;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + u'-' + QString::number(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    if (auto opened = openConnection(db); !opened)
        qWarning("CampusDesk: %s", qPrintable(opened.error().detail));
    {
        QMutexLocker lock(&m_connections->mutex);
        m_connections->names.insert(name);
    }
    QThread *thread = QThread::currentThread();
    if (!QCoreApplication::instance() || thread != QCoreApplication::instance()->thread()) {
        std::weak_ptr<Connections> weak = m_connections;
        QObject::connect(
            thread, &QThread::finished, thread,
            [weak, name] {
                const auto connections = weak.lock();
                if (!connections)
                    return; // the Database is gone and closed its connections itself
                QMutexLocker lock(&connections->mutex);
                if (connections->names.remove(name)) {
                    QSqlDatabase::database(name, false).close();
                    QSqlDatabase::removeDatabase(name);
                }
            },
            Qt::DirectConnection);
    }
    return db;
}

Result<void> Database::openConnection(QSqlDatabase &db) const
{
    if (!db.open())
        return sql::databaseError(db.lastError(), u"open"_s);
    for (const auto &pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs),
          u"PRAGMA synchronous = FULL"_s}) {
        if (auto done = sql::run(db, pragma); !done)
            return done.error();
    }
    return {};
}

Result<void> Database::copyTo(const QString &target) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return Error::make(Error::Code::Io,
                           tr("%1 already exists. Choose a new file name so that nothing is "
                              "overwritten.")
                               .arg(QDir::toNativeSeparators(absolute)));
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return Error::make(Error::Code::Io,
                           tr("The folder %1 cannot be created.")
                               .arg(QDir::toNativeSeparators(QFileInfo(absolute).absolutePath())));
    const QString partial = absolute + u".partial"_s;
    QFile::remove(partial);
    // VACUUM INTO writes a compact, consistent snapshot from one read transaction.
    auto copied = sql::run(connection(), u"VACUUM INTO ?"_s, {partial});
    if (!copied) {
        QFile::remove(partial);
        return Error::make(
            Error::Code::Io,
            tr("The database could not be copied to %1.").arg(QDir::toNativeSeparators(absolute)),
            copied.error().detail);
    }
    {
        Options check;
        check.createIfMissing = false;
        auto opened = open(partial, check);
        if (!opened) {
            QFile::remove(partial);
            return opened.error();
        }
    }
    QFile::remove(partial + u"-wal"_s);
    QFile::remove(partial + u"-shm"_s);
    if (!QFile::rename(partial, absolute)) {
        QFile::remove(partial);
        return Error::make(
            Error::Code::Io,
            tr("The copy could not be renamed to %1.").arg(QDir::toNativeSeparators(absolute)));
    }
    return {};
}

} // namespace cd
