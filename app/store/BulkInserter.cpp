#include "app/store/BulkInserter.h"

#include "app/store/Sql.h"

#include <sqlite3.h>

namespace cd {

using namespace Qt::Literals::StringLiterals;

BulkInserter::BulkInserter(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                           qint64 updatedAtMs, const QString &updatedBy)
    : m_db(sql::handle(db)), m_table(table), m_columns(int(columns.size())),
      m_updatedAt(updatedAtMs), m_updatedBy(updatedBy.toUtf8())
{
    Q_ASSERT(sql::isIdentifier(table));
    QStringList all = columns;
    all << u"rev"_s << u"updated_at"_s << u"updated_by"_s << u"deleted"_s;
    const QByteArray statement
        = u"INSERT INTO %1 (%2) VALUES (%3)"_s
              .arg(table, all.join(u", "_s), QStringList(all.size(), u"?"_s).join(u", "_s))
              .toUtf8();
    if (m_db)
        sqlite3_prepare_v3(m_db, statement.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr);
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_statement);
}

Error BulkInserter::failure(const QString &what) const
{
    Error error;
    error.code = Error::Code::Database;
    error.message
        = QCoreApplication::translate("Store", "The database could not complete the request.");
    error.detail = what + u" into "_s + m_table + u": "_s
        + QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not an SQLite connection");
    return error;
}

Result<void> BulkInserter::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns);
    if (!m_statement)
        return failure(u"prepare insert"_s);
    for (int i = 0; i < m_columns; ++i) {
        const QVariant &v = values.at(i);
        const int slot = i + 1;
        int rc;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statement, slot);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Bool: rc = sqlite3_bind_int64(m_statement, slot, v.toLongLong()); break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, slot, v.toDouble());
                break;
            default: {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, slot, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            return failure(u"bind"_s);
    }
    sqlite3_bind_int64(m_statement, m_columns + 1, 0);
    sqlite3_bind_int64(m_statement, m_columns + 2, m_updatedAt);
    sqlite3_bind_text(m_statement, m_columns + 3, m_updatedBy.constData(), int(m_updatedBy.size()),
                      SQLITE_STATIC);
    sqlite3_bind_int64(m_statement, m_columns + 4, 0);
    if (sqlite3_step(m_statement) != SQLITE_DONE) {
        const Error error = failure(u"insert"_s); // read the message before reset clears it
        sqlite3_reset(m_statement);
        return error;
    }
    sqlite3_reset(m_statement);
    ++m_rows;
    return {};
}

} // namespace cd
