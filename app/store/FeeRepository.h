#pragma once

#include "app/core/Actor.h"
#include "app/core/FeeBalance.h"
#include "app/core/FeeStatement.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cd {

class Database;

// One invoice with its ledger and the figures core derives from them.
struct InvoiceAccount
{
    FeeInvoice invoice;
    QList<LedgerEntry> ledger;
    InvoiceBalance balance;
};

// A student's fees: every invoice with its ledger and balance, the totals, and the statement
// of account with a running balance (in the currency of the invoices; the school has one).
struct StudentAccount
{
    Id studentId;
    QList<InvoiceAccount> invoices;
    AccountBalance totals;
    FeeStatement statement;
};

// Invoices and their append-only ledgers.
//
// Reads need Action::ViewFees and see only what Visibility allows: administrators and office
// staff every student, a student their own invoices; teachers none. Writes need EditFees.
class FeeRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeeRepository)
public:
    explicit FeeRepository(const Database &db) : m_db(db) { }

    // A one-off invoice (or one with its own late-fee rule).
    Result<FeeInvoice> createInvoice(FeeInvoice invoice, const Actor &actor);
    Result<FeeInvoice> findInvoice(const Id &id, const Actor &viewer) const;
    Result<QList<FeeInvoice>> invoicesOfStudent(const Id &studentId, const Actor &viewer) const;

    // Appends a payment, refund, waiver or late fee. A payment without a receipt number gets
    // the next one of this database's series; a refund may not exceed what is left of the
    // payments; refunds, waivers and late fees need a reason.
    Result<LedgerEntry> appendEntry(LedgerEntry entry, const Actor &actor);
    Result<QList<LedgerEntry>> ledgerOfInvoice(const Id &invoiceId, const Actor &viewer) const;
    Result<QList<LedgerEntry>> ledgerOfInvoices(const QList<Id> &invoiceIds,
                                                const Actor &viewer) const;

    // Everything about one student's fees on `today`.
    Result<StudentAccount> accountOfStudent(const Id &studentId, const QDate &today,
                                            const Actor &viewer) const;

    // Charges the late fee of every invoice whose rule says it is due on `today` and that has
    // none yet (core's lateFeeDue), one LateFee entry each with a reason naming the rule, in
    // one transaction. Running it again the same day changes nothing. Returns how many.
    Result<int> applyLateFees(const QDate &today, const Actor &actor);

    // The receipt number the next payment recorded on `day` would get: R-YYYY-SERIES-NNNNNN,
    // where SERIES is this database's own series (app_setting receipt_series), so copies of
    // the school that sync never hand out the same number.
    Result<QString> nextReceiptNumber(const QDate &day) const;

private:
    Result<QList<FeeInvoice>> readInvoices(const QSqlDatabase &db, const QString &where,
                                           const QVariantList &params, const Actor &viewer) const;
    Result<QList<LedgerEntry>> readLedger(const QSqlDatabase &db, const QList<Id> &invoiceIds,
                                          const Actor &viewer) const;
    const Database &m_db;
};

} // namespace cd
