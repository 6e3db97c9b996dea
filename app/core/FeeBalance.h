#pragma once

#include "app/core/Fees.h"

#include <QCoreApplication>

namespace cd {

enum class PaymentStatus { Unpaid, Partial, Paid, Overdue, Waived };

template<> struct EnumCodes<PaymentStatus>
{
    static constexpr std::array<std::pair<PaymentStatus, const char16_t *>, 5> codes{{
        {PaymentStatus::Unpaid, u"unpaid"},
        {PaymentStatus::Partial, u"partial"},
        {PaymentStatus::Paid, u"paid"},
        {PaymentStatus::Overdue, u"overdue"},
        {PaymentStatus::Waived, u"waived"},
    }};
};

// Everything a statement shows about one invoice, derived from the invoice and its ledger.
struct InvoiceBalance
{
    Money charged; // invoice amount + late fees
    Money paid; // payments - refunds (negative if more was refunded than paid)
    Money waived;
    Money due; // charged - paid - waived; negative means the school owes a credit
    std::optional<QDate> lastPaymentDate;
    PaymentStatus status = PaymentStatus::Unpaid;
};

// Status rules, in order:
//   nothing left to pay: Waived if waivers alone settled it, else Paid;
//   something left after the due date: Overdue (the day after dueOn is the first overdue day);
//   otherwise Partial if anything was paid or waived, else Unpaid.
// Ledger entries in another currency than the invoice's are a data error and are skipped.
InvoiceBalance balanceOf(const FeeInvoice &invoice, const QList<LedgerEntry> &ledger,
                         const QDate &today);

// The most that may still be refunded on an invoice: what was paid minus what was refunded.
Money refundLimit(const FeeInvoice &invoice, const QList<LedgerEntry> &ledger);

// A student's position over several invoices (one currency).
struct AccountBalance
{
    Money charged;
    Money paid;
    Money waived;
    Money due;
    int overdueInvoices = 0;
    std::optional<QDate> lastPaymentDate;
};

AccountBalance accountOf(const QList<InvoiceBalance> &invoices, const QString &currency);

// The status rules above, from totals: what balanceOf() uses for one invoice, and what a
// student's semester shows (overdue if any of its invoices is).
PaymentStatus statusFor(const Money &paid, const Money &waived, const Money &due, bool overdue);
PaymentStatus statusOf(const AccountBalance &account);

class PaymentStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(PaymentStatusNames)
public:
    static QString displayName(PaymentStatus status);
};

} // namespace cd
