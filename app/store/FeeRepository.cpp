#include "app/store/FeeRepository.h"

#include "app/core/LateFee.h"
#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString invoiceColumns
    = u"id, student_id, semester_id, description, amount_minor, currency, issued_on, due_on, "
      u"fee_structure_id, late_fee_minor, late_fee_after_days, "_s
    + QString::fromUtf16(sql::syncColumns);

FeeInvoice invoiceFrom(const QSqlQuery &q)
{
    FeeInvoice invoice;
    invoice.id = q.value(0).toString();
    invoice.studentId = q.value(1).toString();
    invoice.semesterId = q.value(2).toString();
    invoice.description = q.value(3).toString();
    invoice.amount = Money(q.value(4).toLongLong(), q.value(5).toString());
    invoice.issuedOn = sql::toDate(q.value(6));
    invoice.dueOn = sql::toDate(q.value(7));
    invoice.feeStructureId = q.value(8).toString();
    invoice.lateFee = Money(q.value(9).toLongLong(), invoice.amount.currency());
    invoice.lateFeeAfterDays = q.value(10).toInt();
    invoice.meta = sql::syncMeta(q, 11);
    return invoice;
}

// Fees are read by those with ViewFees (not teachers), within what Visibility shows.
Result<SqlCondition> feeViewCondition(const Actor &viewer, const QString &studentIdColumn)
{
    if (auto allowed = Permissions::require(viewer, Action::ViewFees); !allowed)
        return allowed.error();
    return Visibility::students(viewer, studentIdColumn);
}

} // namespace

Result<FeeInvoice> FeeRepository::createInvoice(FeeInvoice invoice, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    if (invoice.id.isEmpty())
        invoice.id = newId();
    if (invoice.lateFee.currency().isEmpty())
        invoice.lateFee = Money::zero(invoice.amount.currency());
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
                               {u"due_on"_s, sql::date(invoice.dueOn)},
                               {u"fee_structure_id"_s, sql::reference(invoice.feeStructureId)},
                               {u"late_fee_minor"_s, invoice.lateFee.minorUnits()},
                               {u"late_fee_after_days"_s, invoice.lateFeeAfterDays}});
    if (!done)
        return done.error();
    return findInvoice(invoice.id, actor);
}

Result<QList<FeeInvoice>> FeeRepository::readInvoices(const QSqlDatabase &db, const QString &where,
                                                      const QVariantList &params,
                                                      const Actor &viewer) const
{
    auto visible = feeViewCondition(viewer, u"student_id"_s);
    if (!visible)
        return visible.error();
    QString statement
        = u"SELECT %1 FROM fee_invoice WHERE deleted = 0 AND %2"_s.arg(invoiceColumns, where);
    if (!visible->isEmpty())
        statement += u" AND "_s + visible->text;
    auto q = sql::run(db, statement + u" ORDER BY issued_on, id"_s, params + visible->params);
    if (!q)
        return q.error();
    QList<FeeInvoice> invoices;
    while (q->next())
        invoices.append(invoiceFrom(*q));
    return invoices;
}

Result<FeeInvoice> FeeRepository::findInvoice(const Id &id, const Actor &viewer) const
{
    auto found = readInvoices(m_db.connection(), u"id = ?"_s, {id}, viewer);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Code::NotFound, tr("The invoice was not found."));
    return found->first();
}

Result<QList<FeeInvoice>> FeeRepository::invoicesOfStudent(const Id &studentId,
                                                           const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto allowed = Permissions::require(viewer, Action::ViewFees); !allowed)
        return allowed.error();
    if (auto visible = Visibility::requireStudent(db, viewer, studentId); !visible)
        return visible.error();
    return readInvoices(db, u"student_id = ?"_s, {studentId}, viewer);
}

Result<QString> FeeRepository::nextReceiptNumber(const QDate &day) const
{
    const QSqlDatabase db = m_db.connection();
    auto series = sql::run(db, u"SELECT value FROM app_setting WHERE key = 'receipt_series'"_s);
    if (!series)
        return series.error();
    // Every database made by schema 4 or later has a series; the fallback keeps older copies
    // (only possible if the setting was removed by hand) numbering as before.
    const QString code = series->next() ? series->value(0).toString().trimmed() : QString();
    const QString stem
        = code.isEmpty() ? u"R-%1"_s.arg(day.year()) : u"R-%1-%2"_s.arg(day.year()).arg(code);
    const QString prefix = stem + u'-';
    // A range on the receipt index ('.' sorts right after '-') finds the highest number.
    auto q = sql::run(db,
                      u"SELECT max(receipt_number) FROM ledger_entry "
                      u"WHERE receipt_number >= ? AND receipt_number < ?"_s,
                      {prefix, QString(stem + u'.')});
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
        auto invoice = findInvoice(entry.invoiceId, actor);
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
            auto ledger = ledgerOfInvoice(entry.invoiceId, actor);
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

Result<QList<LedgerEntry>> FeeRepository::ledgerOfInvoice(const Id &invoiceId,
                                                          const Actor &viewer) const
{
    return ledgerOfInvoices({invoiceId}, viewer);
}

Result<QList<LedgerEntry>> FeeRepository::ledgerOfInvoices(const QList<Id> &invoiceIds,
                                                           const Actor &viewer) const
{
    return readLedger(m_db.connection(), invoiceIds, viewer);
}

Result<QList<LedgerEntry>> FeeRepository::readLedger(const QSqlDatabase &db,
                                                     const QList<Id> &invoiceIds,
                                                     const Actor &viewer) const
{
    auto visible = feeViewCondition(viewer, u"i.student_id"_s);
    if (!visible)
        return visible.error();
    QList<LedgerEntry> ledger;
    // In chunks, under SQLite's limit on bound parameters.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < invoiceIds.size(); from += chunk) {
        const QList<Id> ids = invoiceIds.mid(from, chunk);
        QVariantList params;
        for (const auto &id : ids)
            params.append(id);
        QString statement
            = u"SELECT e.id, e.invoice_id, e.kind, e.amount_minor, e.currency, e.method, "
              u"e.receipt_number, e.recorded_by, e.entry_date, e.recorded_at, e.reason, "
              u"e.rev, e.updated_at, e.updated_by, e.deleted "
              u"FROM ledger_entry e JOIN fee_invoice i ON i.id = e.invoice_id "
              u"WHERE e.invoice_id IN (%1)"_s.arg(QStringList(ids.size(), u"?"_s).join(u','));
        if (!visible->isEmpty())
            statement += u" AND "_s + visible->text;
        auto q = sql::run(db, statement + u" ORDER BY e.entry_date, e.recorded_at, e.id"_s,
                          params + visible->params);
        if (!q)
            return q.error();
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
    }
    if (invoiceIds.size() > chunk)
        std::stable_sort(ledger.begin(), ledger.end(), [](const auto &a, const auto &b) {
            return std::tie(a.entryDate, a.recordedAt, a.id)
                < std::tie(b.entryDate, b.recordedAt, b.id);
        });
    return ledger;
}

Result<StudentAccount> FeeRepository::accountOfStudent(const Id &studentId, const QDate &today,
                                                       const Actor &viewer) const
{
    auto invoices = invoicesOfStudent(studentId, viewer);
    if (!invoices)
        return invoices.error();
    QList<Id> ids;
    for (const auto &invoice : std::as_const(*invoices))
        ids.append(invoice.id);
    auto ledger = ledgerOfInvoices(ids, viewer);
    if (!ledger)
        return ledger.error();
    QHash<Id, QList<LedgerEntry>> byInvoice;
    for (const auto &entry : std::as_const(*ledger))
        byInvoice[entry.invoiceId].append(entry);

    StudentAccount account;
    account.studentId = studentId;
    const QString currency = invoices->isEmpty() ? QString() : invoices->first().amount.currency();
    QList<InvoiceBalance> balances;
    for (const auto &invoice : std::as_const(*invoices)) {
        const auto entries = byInvoice.value(invoice.id);
        const auto balance = balanceOf(invoice, entries, today);
        account.invoices.append({invoice, entries, balance});
        balances.append(balance);
    }
    account.totals = accountOf(balances, currency);
    account.statement = statementOf(*invoices, byInvoice, currency);
    return account;
}

Result<int> FeeRepository::applyLateFees(const QDate &today, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    int charged = 0;
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        // Candidates: a rule, past its first day, and no late fee yet. Whether anything is
        // still due is core's decision (lateFeeDue), over the invoice's whole ledger.
        auto candidates = readInvoices(
            db,
            u"late_fee_minor > 0 AND date(due_on, '+' || (late_fee_after_days + 1) || ' days') "
            u"<= ? AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.invoice_id = "
            u"fee_invoice.id AND e.kind = 'late_fee' AND e.deleted = 0)"_s,
            {sql::date(today)}, actor);
        if (!candidates)
            return candidates.error();
        QList<Id> ids;
        for (const auto &invoice : std::as_const(*candidates))
            ids.append(invoice.id);
        auto ledger = readLedger(db, ids, actor);
        if (!ledger)
            return ledger.error();
        QHash<Id, QList<LedgerEntry>> byInvoice;
        for (const auto &entry : std::as_const(*ledger))
            byInvoice[entry.invoiceId].append(entry);
        for (const auto &invoice : std::as_const(*candidates)) {
            const auto fee = lateFeeDue(invoice, byInvoice.value(invoice.id), today);
            if (!fee)
                continue;
            const Id id = newId();
            const QString reason
                = tr("Late fee: %1, %n day(s) after the due date %2", nullptr,
                     invoice.lateFeeAfterDays)
                      .arg(fee->toDisplayString(), invoice.dueOn.toString(Qt::ISODate));
            auto written
                = writer.insert(u"ledger_entry"_s, id,
                                {{u"invoice_id"_s, invoice.id},
                                 {u"kind"_s, codeOf(LedgerKind::LateFee)},
                                 {u"amount_minor"_s, fee->minorUnits()},
                                 {u"currency"_s, fee->currency()},
                                 {u"method"_s, QVariant(QMetaType::fromType<QString>())},
                                 {u"receipt_number"_s, QVariant(QMetaType::fromType<QString>())},
                                 {u"recorded_by"_s, sql::text(actor.userId)},
                                 {u"entry_date"_s, sql::date(today)},
                                 {u"recorded_at"_s, sql::instant(writer.now())},
                                 {u"reason"_s, reason}},
                                codeOf(LedgerKind::LateFee));
            if (!written)
                return written;
            ++charged;
        }
        return {};
    });
    if (!done)
        return done.error();
    return charged;
}

} // namespace cd
