#include "app/store/OutstandingBalances.h"

#include "app/core/Dates.h"
#include "app/core/Permissions.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringList>

#include <sqlite3.h>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QString escapeLike(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped;
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = sqlite3_column_text(statement, column);
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text),
                                    sqlite3_column_bytes(statement, column))
                : QString();
}

Error sqliteError(sqlite3 *db)
{
    return Error::make(
        Error::Code::Database,
        QCoreApplication::translate("Store", "The database could not complete the request."),
        u"outstanding balances: "_s
            + QString::fromUtf8(db ? sqlite3_errmsg(db) : "not an SQLite connection"));
}

} // namespace

Result<QList<BalanceRow>> OutstandingBalances::load(const BalanceQuery &query,
                                                    const Actor &viewer) const
{
    if (auto allowed = Permissions::require(viewer, Action::ViewFees); !allowed)
        return allowed.error();
    QStringList where{u"i.deleted = 0"_s, u"s.deleted = 0"_s};
    QVariantList params{toStoredDate(query.today)};
    if (const auto visible = Visibility::students(viewer, u"s.id"_s); !visible.isEmpty()) {
        where << visible.text;
        params += visible.params;
    }
    if (!query.semesterId.isEmpty()) {
        where << u"i.semester_id = ?"_s;
        params << query.semesterId;
    }
    if (!query.program.isEmpty()) {
        where << u"s.program = ?"_s;
        params << query.program;
    }
    if (!query.batch.isEmpty()) {
        where << u"s.batch = ?"_s;
        params << query.batch;
    }
    static const QRegularExpression spaces(u"\\s+"_s);
    for (const auto &word : query.search.split(spaces, Qt::SkipEmptyParts)) {
        where << u"(s.last_name LIKE ? ESCAPE '\\' OR s.first_name LIKE ? ESCAPE '\\' "
                 u"OR s.student_number LIKE ? ESCAPE '\\')"_s;
        const QString pattern = escapeLike(word) + u'%';
        params << pattern << pattern << pattern;
    }

    // Per invoice: its ledger summed by kind (entries in another currency do not count, as in
    // balanceOf); then per student, semester and currency.
    const QString statement = uR"(
WITH ledger AS (
    SELECT e.invoice_id, e.currency,
           sum(CASE e.kind WHEN 'payment' THEN e.amount_minor ELSE 0 END) AS paid,
           sum(CASE e.kind WHEN 'refund' THEN e.amount_minor ELSE 0 END) AS refunded,
           sum(CASE e.kind WHEN 'waiver' THEN e.amount_minor ELSE 0 END) AS waived,
           sum(CASE e.kind WHEN 'late_fee' THEN e.amount_minor ELSE 0 END) AS late,
           max(CASE e.kind WHEN 'payment' THEN e.entry_date END) AS last_paid
    FROM ledger_entry e WHERE e.deleted = 0 GROUP BY e.invoice_id, e.currency
), invoice AS (
    SELECT i.student_id, i.semester_id, i.currency,
           i.amount_minor + coalesce(l.late, 0) AS charged,
           coalesce(l.paid, 0) - coalesce(l.refunded, 0) AS paid,
           coalesce(l.waived, 0) AS waived, l.last_paid,
           i.due_on < ?1 AND i.amount_minor + coalesce(l.late, 0) - coalesce(l.paid, 0)
               + coalesce(l.refunded, 0) - coalesce(l.waived, 0) > 0 AS overdue
    FROM fee_invoice i JOIN student s ON s.id = i.student_id
    LEFT JOIN ledger l ON l.invoice_id = i.id AND l.currency = i.currency
    WHERE %1
)
SELECT s.id, s.student_number, s.first_name, s.last_name, s.program, s.batch,
       v.semester_id, coalesce(m.name, ''), v.currency, sum(v.charged), sum(v.paid),
       sum(v.waived), max(v.last_paid), count(*), sum(v.overdue)
FROM invoice v JOIN student s ON s.id = v.student_id
LEFT JOIN semester m ON m.id = v.semester_id
GROUP BY s.id, v.semester_id, v.currency
ORDER BY s.last_name, s.first_name, s.id, m.starts_on, v.currency)"_s.arg(where.join(u" AND "_s));
    const QByteArray text = statement.toUtf8();

    // Read on the raw handle: QtSql's per-value cost is most of the time at 100,000 rows.
    const QSqlDatabase db = m_db.connection();
    sqlite3 *handle = sql::handle(db);
    sqlite3_stmt *q = nullptr;
    if (!handle || sqlite3_prepare_v2(handle, text.constData(), -1, &q, nullptr) != SQLITE_OK)
        return sqliteError(handle);
    const auto finalize = qScopeGuard([q] { sqlite3_finalize(q); });
    for (int i = 0; i < params.size(); ++i) {
        const QByteArray value = params.at(i).toString().toUtf8();
        sqlite3_bind_text(q, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }

    QList<BalanceRow> rows;
    QHash<QString, QString> shared; // one QString per distinct program, batch, semester
    const auto intern = [&shared](const QString &s) {
        auto it = shared.constFind(s);
        if (it == shared.cend())
            it = shared.insert(s, s);
        return *it;
    };
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        BalanceRow row;
        row.studentId = columnText(q, 0);
        row.studentNumber = columnText(q, 1);
        row.firstName = columnText(q, 2);
        row.lastName = columnText(q, 3);
        row.program = intern(columnText(q, 4));
        row.batch = intern(columnText(q, 5));
        row.semesterId = intern(columnText(q, 6));
        row.semesterName = intern(columnText(q, 7));
        const QString currency = intern(columnText(q, 8));
        AccountBalance account;
        account.charged = Money(sqlite3_column_int64(q, 9), currency);
        account.paid = Money(sqlite3_column_int64(q, 10), currency);
        account.waived = Money(sqlite3_column_int64(q, 11), currency);
        account.due = account.charged - account.paid - account.waived;
        if (sqlite3_column_type(q, 12) != SQLITE_NULL)
            account.lastPaymentDate = fromStoredDate(columnText(q, 12));
        row.invoices = sqlite3_column_int(q, 13);
        account.overdueInvoices = sqlite3_column_int(q, 14);
        row.status = statusOf(account);
        if (query.status && row.status != *query.status)
            continue;
        if (query.overdueOnly && account.overdueInvoices == 0)
            continue;
        row.charged = account.charged;
        row.paid = account.paid;
        row.waived = account.waived;
        row.due = account.due;
        row.lastPaymentDate = account.lastPaymentDate;
        row.overdueInvoices = account.overdueInvoices;
        rows.append(std::move(row));
    }
    if (rc != SQLITE_DONE)
        return sqliteError(handle);
    return rows;
}

} // namespace cd
