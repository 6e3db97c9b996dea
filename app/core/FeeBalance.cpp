#include "app/core/FeeBalance.h"

namespace cd {

InvoiceBalance balanceOf(const FeeInvoice &invoice, const QList<LedgerEntry> &ledger,
                         const QDate &today)
{
    const QString currency = invoice.amount.currency();
    InvoiceBalance b;
    b.charged = invoice.amount;
    b.paid = Money::zero(currency);
    b.waived = Money::zero(currency);
    for (const auto &entry : ledger) {
        if (entry.meta.deleted || entry.amount.currency() != currency)
            continue;
        switch (entry.kind) {
        case LedgerKind::Payment:
            b.paid += entry.amount;
            if (!b.lastPaymentDate || entry.entryDate > *b.lastPaymentDate)
                b.lastPaymentDate = entry.entryDate;
            break;
        case LedgerKind::Refund: b.paid -= entry.amount; break;
        case LedgerKind::Waiver: b.waived += entry.amount; break;
        case LedgerKind::LateFee: b.charged += entry.amount; break;
        }
    }
    b.due = b.charged - b.paid - b.waived;

    b.status = statusFor(b.paid, b.waived, b.due, invoice.dueOn.isValid() && today > invoice.dueOn);
    return b;
}

PaymentStatus statusFor(const Money &paid, const Money &waived, const Money &due, bool overdue)
{
    if (!due.isPositive())
        return (waived.isPositive() && !paid.isPositive()) ? PaymentStatus::Waived
                                                           : PaymentStatus::Paid;
    if (overdue)
        return PaymentStatus::Overdue;
    if (paid.isPositive() || waived.isPositive())
        return PaymentStatus::Partial;
    return PaymentStatus::Unpaid;
}

PaymentStatus statusOf(const AccountBalance &account)
{
    return statusFor(account.paid, account.waived, account.due, account.overdueInvoices > 0);
}

Money refundLimit(const FeeInvoice &invoice, const QList<LedgerEntry> &ledger)
{
    Money limit = Money::zero(invoice.amount.currency());
    for (const auto &entry : ledger) {
        if (entry.meta.deleted || entry.amount.currency() != limit.currency())
            continue;
        if (entry.kind == LedgerKind::Payment)
            limit += entry.amount;
        else if (entry.kind == LedgerKind::Refund)
            limit -= entry.amount;
    }
    return limit.isNegative() ? Money::zero(limit.currency()) : limit;
}

AccountBalance accountOf(const QList<InvoiceBalance> &invoices, const QString &currency)
{
    AccountBalance account{Money::zero(currency),
                           Money::zero(currency),
                           Money::zero(currency),
                           Money::zero(currency),
                           0,
                           std::nullopt};
    for (const auto &b : invoices) {
        if (b.charged.currency() != currency)
            continue;
        account.charged += b.charged;
        account.paid += b.paid;
        account.waived += b.waived;
        account.due += b.due;
        if (b.status == PaymentStatus::Overdue)
            ++account.overdueInvoices;
        if (b.lastPaymentDate
            && (!account.lastPaymentDate || *b.lastPaymentDate > *account.lastPaymentDate))
            account.lastPaymentDate = b.lastPaymentDate;
    }
    return account;
}

QString PaymentStatusNames::displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid: return tr("Unpaid");
    case PaymentStatus::Partial: return tr("Partly paid");
    case PaymentStatus::Paid: return tr("Paid");
    case PaymentStatus::Overdue: return tr("Overdue");
    case PaymentStatus::Waived: return tr("Waived");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cd
