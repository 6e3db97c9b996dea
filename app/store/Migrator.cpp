#include "app/store/Migrator.h"

#include "app/store/Sql.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QList<Migration> Migrator::builtin()
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    QDirIterator it(u":/migrations"_s, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const auto match = pattern.match(it.fileName());
        if (!match.hasMatch())
            continue;
        QFile file(it.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion(const QList<Migration> &migrations)
{
    int latest = 0;
    for (const auto &m : migrations)
        latest = std::max(latest, m.version);
    return latest;
}

static Result<void> execScript(sqlite3 *h, const QByteArray &script, const QString &what)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(h, script.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error error;
    error.code = Error::Code::Database;
    error.detail = what + u": "_s + QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return error;
}

Result<void> Migrator::migrate(const QSqlDatabase &db, const QList<Migration> &migrations,
                               int fromVersion, quint32 applicationId)
{
    sqlite3 *h = sql::handle(db);
    if (!h) {
        Error error;
        error.message = tr("The database driver is not SQLite.");
        return error;
    }
    // Table rebuilds need foreign keys off; they are checked explicitly before each commit.
    if (auto off = execScript(h, "PRAGMA foreign_keys = OFF", u"foreign_keys off"_s); !off)
        return off;

    Result<void> result;
    for (const auto &migration : migrations) {
        if (migration.version <= fromVersion)
            continue;
        const QString what = u"migration %1 (%2)"_s.arg(migration.version).arg(migration.name);
        QByteArray script = "BEGIN IMMEDIATE;\n" + migration.sql
            + "\n;PRAGMA user_version = " + QByteArray::number(migration.version) + ";\n";
        if (fromVersion == 0 && migration.version == migrations.first().version)
            script += "PRAGMA application_id = " + QByteArray::number(applicationId) + ";\n";
        result = execScript(h, script, what);
        if (result) {
            // foreign_key_check returns one row per violation.
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(h, "PRAGMA foreign_key_check", -1, &stmt, nullptr);
            const bool violations = stmt && sqlite3_step(stmt) == SQLITE_ROW;
            sqlite3_finalize(stmt);
            if (violations) {
                result
                    = Error::make(Error::Code::Database, {}, what + u": foreign key violations"_s);
            } else {
                result = execScript(h, "COMMIT", what);
            }
        }
        if (!result) {
            if (sqlite3_get_autocommit(h) == 0)
                (void)execScript(h, "ROLLBACK", what);
            Error error = result.error();
            error.message = tr("The database could not be upgraded to version %1; it was left at "
                               "version %2 and nothing was lost.")
                                .arg(migration.version)
                                .arg(fromVersion);
            result = error;
            break;
        }
        fromVersion = migration.version;
    }
    (void)execScript(h, "PRAGMA foreign_keys = ON", u"foreign_keys on"_s);
    return result;
}

} // namespace cd
