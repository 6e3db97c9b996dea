#include "app/core/FeeStatement.h"

#include <algorithm>

namespace cd {

FeeStatement statementOf(const QList<FeeInvoice> &invoices,
                         const QHash<Id, QList<LedgerEntry>> &ledgers, const QString &currency)
{
    struct Pending
    {
        StatementLine line;
        int order; // 0 invoice, 1 entry: an invoice comes before the entries of its day
        QDateTime recordedAt;
    };
    const Money zero = Money::zero(currency);
    QList<Pending> pending;
    for (const auto &invoice : invoices) {
        if (invoice.meta.deleted || invoice.amount.currency() != currency)
            continue;
        StatementLine line;
        line.date = invoice.issuedOn;
        line.invoiceId = invoice.id;
        line.description = invoice.description;
        line.debit = invoice.amount;
        line.credit = zero;
        pending.append({line, 0, {}});
        for (const auto &entry : ledgers.value(invoice.id)) {
            if (entry.meta.deleted || entry.amount.currency() != currency)
                continue;
            StatementLine e;
            e.date = entry.entryDate;
            e.invoiceId = invoice.id;
            e.entryId = entry.id;
            e.kind = entry.kind;
            e.description = entry.reason.isEmpty() ? invoice.description : entry.reason;
            e.receiptNumber = entry.receiptNumber;
            const bool owesMore
                = entry.kind == LedgerKind::LateFee || entry.kind == LedgerKind::Refund;
            e.debit = owesMore ? entry.amount : zero;
            e.credit = owesMore ? zero : entry.amount;
            pending.append({e, 1, entry.recordedAt});
        }
    }
    std::stable_sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) {
        if (a.line.date != b.line.date)
            return a.line.date < b.line.date;
        if (a.order != b.order)
            return a.order < b.order;
        return a.recordedAt < b.recordedAt;
    });
    FeeStatement statement;
    Money running = zero;
    for (auto &p : pending) {
        running += p.line.debit;
        running -= p.line.credit;
        p.line.balance = running;
        statement.lines.append(p.line);
    }
    statement.closingBalance = running;
    return statement;
}

} // namespace cd
