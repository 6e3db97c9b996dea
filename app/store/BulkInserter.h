#pragma once

#include "app/core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

// Fast inserts of many rows into one synced table, for bulk loads (the demo seeder, imports).
// It keeps one prepared statement on the connection's own SQLite handle (QtSql's binding layer
// costs as much per row as SQLite itself) and fills in the sync columns (rev 0, not deleted).
// It writes no outbox or audit entries: the caller journals the load as a whole, inside a
// transaction it owns.
class BulkInserter
{
public:
    BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                 qint64 updatedAtMs, const QString &updatedBy);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // Values are bound by type: null, integer, floating point, or text (anything else).
    Result<void> add(const QVariantList &values);
    qint64 rows() const { return m_rows; }

private:
    Error failure(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_table;
    int m_columns = 0;
    qint64 m_updatedAt;
    QByteArray m_updatedBy;
    qint64 m_rows = 0;
};

} // namespace cd
