#pragma once

#include "app/core/FeeBalance.h"

#include <QHash>

#include <optional>

namespace cd {

// One line of a statement of account: an invoice (a charge) or a ledger entry.
struct StatementLine
{
    QDate date;
    Id invoiceId;
    std::optional<LedgerKind> kind; // empty: the invoice itself
    QString description; // the invoice's description; for an entry, its reason
    QString receiptNumber;
    Money debit; // what the student owes more: invoices, late fees, refunds paid out
    Money credit; // what settles it: payments, waivers
    Money balance; // running: everything owed so far minus everything settled so far
    Id entryId; // the ledger entry (empty for an invoice line)
};

struct FeeStatement
{
    QList<StatementLine> lines;
    Money closingBalance; // = accountOf(...).due for the same invoices
};

// A student's statement of account in one currency, oldest first: each invoice on its issue
// date, then each ledger entry on its entry date (an invoice before the entries of the same
// day; entries of one day in the order they were recorded). Rows in another currency are
// left out, as balanceOf() does.
FeeStatement statementOf(const QList<FeeInvoice> &invoices,
                         const QHash<Id, QList<LedgerEntry>> &ledgers, const QString &currency);

} // namespace cd
