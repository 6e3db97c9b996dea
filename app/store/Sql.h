#pragma once

#include "app/core/Result.h"
#include "app/core/SyncMeta.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

struct sqlite3;

namespace cd::sql {

// A driver failure as an Error: a translated sentence for people, the driver text as detail.
Error databaseError(const QSqlError &error, const QString &what);

// Prepares `statement`, binds `params` in order, runs it.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      const QVariantList &params = {});
// Whether `statement` (a SELECT) returns any row.
Result<bool> exists(const QSqlDatabase &db, const QString &statement, const QVariantList &params);
// Runs an already prepared query (after binding).
Result<void> exec(QSqlQuery &query, const QString &what);

// Column values to bind. Optional text is stored as '' (never NULL); optional references,
// dates and instants are NULL when absent.
QVariant text(const QString &value);
QVariant reference(const QString &id);
QVariant date(const QDate &value);
QVariant instant(const QDateTime &value);
QDate toDate(const QVariant &value);
QDateTime toInstant(const QVariant &value);

// The sync bookkeeping columns, selected in this order and read back with syncMeta().
inline constexpr auto syncColumns = u"rev, updated_at, updated_by, deleted";
SyncMeta syncMeta(const QSqlQuery &query, int firstColumn);

sqlite3 *handle(const QSqlDatabase &db);

// Runs `work` in a transaction: BEGIN IMMEDIATE at the outermost level (so a writer waits for
// the busy timeout instead of failing on upgrade), a SAVEPOINT when already inside one.
// Commits if `work` succeeds, rolls back (to the savepoint) if it fails.
Result<void> inTransaction(const QSqlDatabase &db, const std::function<Result<void>()> &work);

// True for a lower-case SQL identifier; table and column names are checked before they are
// spliced into statement text (values are always bound).
bool isIdentifier(const QString &name);

} // namespace cd::sql
