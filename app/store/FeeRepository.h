#pragma once

#include "app/core/Actor.h"
#include "app/core/FeeBalance.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Invoices and their append-only ledgers.
class FeeRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeeRepository)
public:
    explicit FeeRepository(const Database &db) : m_db(db) { }

    Result<FeeInvoice> createInvoice(FeeInvoice invoice, const Actor &actor);
    Result<FeeInvoice> findInvoice(const Id &id) const;
    Result<QList<FeeInvoice>> invoicesOfStudent(const Id &studentId) const;

    // Appends a payment, refund, waiver or late fee. A payment without a receipt number gets
    // the next one; a refund may not exceed what is left of the payments.
    Result<LedgerEntry> appendEntry(LedgerEntry entry, const Actor &actor);
    Result<QList<LedgerEntry>> ledgerOfInvoice(const Id &invoiceId) const;
    Result<QList<LedgerEntry>> ledgerOfInvoices(const QList<Id> &invoiceIds) const;

private:
    Result<QString> nextReceiptNumber(const QDate &day) const;
    const Database &m_db;
};

} // namespace cd
