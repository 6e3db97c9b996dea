#pragma once

#include "app/core/Result.h"
#include "app/store/Migrator.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

namespace cd {

// One CampusDesk database file. Opening checks what the file is before anything writes to it:
// a file that is not a CampusDesk database, is damaged, or comes from a newer CampusDesk is
// refused and left exactly as it was. A missing file becomes a new, empty school.
//
// Each thread gets its own connection (SQLite connections must not be shared between threads);
// all use WAL, foreign keys and a busy timeout.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr quint32 applicationId = 0x43446B31; // "CDk1" in the SQLite header
    static constexpr int busyTimeoutMs = 5000;

    struct Options
    {
        bool createIfMissing = true;
        QList<Migration> migrations = Migrator::builtin();
    };

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // This thread's connection, opened on first use and closed when the thread finishes.
    QSqlDatabase connection() const;

    // A complete, consistent copy of the school at `target` (which must not exist yet), made
    // while the database stays in use. The copy is written beside the target and renamed only
    // when whole and checked, so a failure leaves nothing behind; this file is never touched.
    Result<void> copyTo(const QString &target) const;

private:
    explicit Database(QString path);
    Result<void> openConnection(QSqlDatabase &db) const;
    // Puts the file in WAL mode and brings its schema up to date.
    Result<void> prepareFile(int currentVersion, const QList<Migration> &migrations);

    QString m_path;
    int m_schemaVersion = 0;
    QString m_connectionPrefix;
    struct Connections
    {
        QMutex mutex;
        QSet<QString> names;
    };
    // Shared with the thread-exit hooks, which may outlive this object.
    std::shared_ptr<Connections> m_connections = std::make_shared<Connections>();
};

} // namespace cd
