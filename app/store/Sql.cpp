#include "app/store/Sql.h"

#include "app/core/Dates.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace cd::sql {

using namespace Qt::Literals::StringLiterals;

namespace {
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static QString failed() { return tr("The database could not complete the request."); }
    static QString busy()
    {
        return tr("The database is busy in another window or program. Try again in a moment.");
    }
    static QString full() { return tr("The disk is full. Free some space and try again."); }
    static QString readOnly() { return tr("The database file is read-only."); }
};
} // namespace

Error databaseError(const QSqlError &error, const QString &what)
{
    Error e;
    e.code = Error::Code::Database;
    const QString native = error.nativeErrorCode();
    const int code = native.toInt() & 0xFF; // primary result code
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: e.message = StoreText::busy(); break;
    case SQLITE_FULL: e.message = StoreText::full(); break;
    case SQLITE_READONLY: e.message = StoreText::readOnly(); break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        e.code = Error::Code::Corrupt;
        e.message = StoreText::failed();
        break;
    default: e.message = StoreText::failed(); break;
    }
    e.detail = what + u": "_s + error.text();
    return e;
}

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return databaseError(query.lastError(), what);
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return databaseError(query.lastError(), statement);
    for (const auto &param : params)
        query.addBindValue(param);
    if (!query.exec())
        return databaseError(query.lastError(), statement);
    return query;
}

Result<bool> exists(const QSqlDatabase &db, const QString &statement, const QVariantList &params)
{
    auto q = run(db, statement, params);
    if (!q)
        return q.error();
    return q->next();
}

QVariant text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

QVariant reference(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(toStoredDate(value))
                           : QVariant(QMetaType::fromType<QString>());
}

QVariant instant(const QDateTime &value)
{
    return value.isValid() ? QVariant(toStoredInstant(value))
                           : QVariant(QMetaType::fromType<qlonglong>());
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : fromStoredDate(value.toString());
}

QDateTime toInstant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromStoredInstant(value.toLongLong());
}

SyncMeta syncMeta(const QSqlQuery &query, int firstColumn)
{
    return SyncMeta{query.value(firstColumn).toLongLong(), toInstant(query.value(firstColumn + 1)),
                    query.value(firstColumn + 2).toString(),
                    query.value(firstColumn + 3).toInt() == 1};
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<void> inTransaction(const QSqlDatabase &db, const std::function<Result<void>()> &work)
{
    sqlite3 *h = handle(db);
    const bool nested = h && sqlite3_get_autocommit(h) == 0;
    static QAtomicInteger<quint64> savepoints;
    const QString savepoint = u"sp%1"_s.arg(savepoints.fetchAndAddRelaxed(1));

    auto begun = run(db, nested ? u"SAVEPOINT "_s + savepoint : u"BEGIN IMMEDIATE"_s);
    if (!begun)
        return begun.error();

    Result<void> result = work();
    if (result) {
        auto committed = run(db, nested ? u"RELEASE "_s + savepoint : u"COMMIT"_s);
        if (committed)
            return result;
        result = committed.error();
    }
    if (nested) {
        (void)run(db, u"ROLLBACK TO "_s + savepoint);
        (void)run(db, u"RELEASE "_s + savepoint);
    } else if (h && sqlite3_get_autocommit(h) == 0) {
        (void)run(db, u"ROLLBACK"_s);
    }
    return result;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return pattern.match(name).hasMatch();
}

} // namespace cd::sql
