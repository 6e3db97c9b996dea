#include "app/store/FeeRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString invoiceColumns
    = u"id, student_id, semester_id, description, amount_minor, currency, issued_on, due_on, "_s
    + QString::fromUtf16(sql::syncColumns);

FeeInvoice invoiceFrom(const QSqlQuery &q)
{
    return FeeInvoice{q.value(0).toString(),
                      q.value(1).toString(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      Money(q.value(4).toLongLong(), q.value(5).toString()),
                      sql::toDate(q.value(6)),
                      sql::toDate(q.value(7)),
                      sql::syncMeta(q, 8)};
}

} // namespace

Result<FeeInvoice> FeeRepository::createInvoice(FeeInvoice invoice, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    if (invoice.id.isEmpty())
        invoice.id = newId();
    if (const auto v = FeeRules::validate(invoice); !v.ok())
        return Error::invalid(v);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = writer.insert(u"fee_invoice"_s, invoice.id,
                              {{u"student_id"_s, invoice.studentId},
                               {u"semester_id"_s, sql::reference(invoice.semesterId)},
                               {u"description"_s, invoice.description.trimmed()},
                               {u"amount_minor"_s, invoice.amount.minorUnits()},
                               {u"currency"_s, invoice.amount.currency()},
                               {u"issued_on"_s, sql::date(invoice.issuedOn)},
                               {u"due_on"_s, sql::date(invoice.dueOn)}});
    if (!done)
        return done.error();
    return findInvoice(invoice.id);
}

Result<FeeInvoice> FeeRepository::findInvoice(const Id &id) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM fee_invoice WHERE id = ? AND deleted = 0"_s.arg(invoiceColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Code::NotFound, tr("The invoice was not found."));
    return invoiceFrom(*q);
}

Result<QList<FeeInvoice>> FeeRepository::invoicesOfStudent(const Id &studentId) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM fee_invoice WHERE student_id = ? AND deleted = 0 ORDER BY issued_on, id"_s
            .arg(invoiceColumns),
        {studentId});
    if (!q)
        return q.error();
    QList<FeeInvoice> invoices;
    while (q->next())
        invoices.append(invoiceFrom(*q));
    return invoices;
}

Result<QString> FeeRepository::nextReceiptNumber(const QDate &day) const
{
    // Receipts are numbered per year on this database: R-2026-000001, R-2026-000002, ...
    const QString prefix = u"R-%1-"_s.arg(day.year());
    // A range on the receipt index ('.' sorts right after '-') finds the year's highest number.
    auto q = sql::run(
        m_db.connection(),
        u"SELECT max(receipt_number) FROM ledger_entry WHERE receipt_number >= ? AND receipt_number < ?"_s,
        {prefix, u"R-%1."_s.arg(day.year())});
    if (!q)
        return q.error();
    int next = 1;
    if (q->next() && !q->value(0).isNull())
        next = q->value(0).toString().mid(prefix.size()).toInt() + 1;
    return QString(prefix + QString::number(next).rightJustified(6, u'0'));
}

Result<LedgerEntry> FeeRepository::appendEntry(LedgerEntry entry, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    if (entry.id.isEmpty())
        entry.id = newId();
    if (entry.recordedBy.isEmpty())
        entry.recordedBy = actor.userId;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    entry.recordedAt = writer.now();

    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto invoice = findInvoice(entry.invoiceId);
        if (!invoice)
            return invoice.error();
        if (entry.kind == LedgerKind::Payment && entry.receiptNumber.trimmed().isEmpty()) {
            auto number = nextReceiptNumber(entry.entryDate.isValid() ? entry.entryDate
                                                                      : QDate::currentDate());
            if (!number)
                return number.error();
            entry.receiptNumber = *number;
        }
        ValidationResult v = FeeRules::validate(entry, *invoice);
        if (v.ok() && entry.kind == LedgerKind::Refund) {
            auto ledger = ledgerOfInvoice(entry.invoiceId);
            if (!ledger)
                return ledger.error();
            const Money limit = refundLimit(*invoice, *ledger);
            if (entry.amount > limit)
                v.add(u"amount"_s,
                      tr("A refund cannot be more than what was paid and not yet refunded (%1).")
                          .arg(limit.toDisplayString()));
        }
        if (!v.ok())
            return Error::invalid(v);
        auto written
            = writer.insert(u"ledger_entry"_s, entry.id,
                            {{u"invoice_id"_s, entry.invoiceId},
                             {u"kind"_s, codeOf(entry.kind)},
                             {u"amount_minor"_s, entry.amount.minorUnits()},
                             {u"currency"_s, entry.amount.currency()},
                             {u"method"_s,
                              entry.method ? QVariant(codeOf(*entry.method))
                                           : QVariant(QMetaType::fromType<QString>())},
                             {u"receipt_number"_s, sql::reference(entry.receiptNumber.trimmed())},
                             {u"recorded_by"_s, entry.recordedBy},
                             {u"entry_date"_s, sql::date(entry.entryDate)},
                             {u"recorded_at"_s, sql::instant(entry.recordedAt)},
                             {u"reason"_s, sql::text(entry.reason.trimmed())}},
                            codeOf(entry.kind));
        if (!written && written.error().detail.contains(u"receipt_number"_s))
            return Error::invalidField(
                u"receiptNumber"_s,
                tr("The receipt number %1 is already used.").arg(entry.receiptNumber));
        return written;
    });
    if (!done)
        return done.error();
    entry.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return entry;
}

Result<QList<LedgerEntry>> FeeRepository::ledgerOfInvoice(const Id &invoiceId) const
{
    return ledgerOfInvoices({invoiceId});
}

Result<QList<LedgerEntry>> FeeRepository::ledgerOfInvoices(const QList<Id> &invoiceIds) const
{
    if (invoiceIds.isEmpty())
        return QList<LedgerEntry>();
    QVariantList params;
    for (const auto &id : invoiceIds)
        params.append(id);
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, invoice_id, kind, amount_minor, currency, method, receipt_number, "
        u"recorded_by, "
        u"entry_date, recorded_at, reason, %1 FROM ledger_entry WHERE invoice_id IN (%2) "
        u"ORDER BY entry_date, recorded_at, id"_s.arg(
            sql::syncColumns, QStringList(invoiceIds.size(), u"?"_s).join(u',')),
        params);
    if (!q)
        return q.error();
    QList<LedgerEntry> ledger;
    while (q->next()) {
        LedgerEntry e;
        e.id = q->value(0).toString();
        e.invoiceId = q->value(1).toString();
        e.kind = fromCode<LedgerKind>(q->value(2).toString()).value_or(LedgerKind::Payment);
        e.amount = Money(q->value(3).toLongLong(), q->value(4).toString());
        if (!q->value(5).isNull())
            e.method = fromCode<PaymentMethod>(q->value(5).toString());
        e.receiptNumber = q->value(6).toString();
        e.recordedBy = q->value(7).toString();
        e.entryDate = sql::toDate(q->value(8));
        e.recordedAt = sql::toInstant(q->value(9));
        e.reason = q->value(10).toString();
        e.meta = sql::syncMeta(*q, 11);
        ledger.append(e);
    }
    return ledger;
}

} // namespace cd
