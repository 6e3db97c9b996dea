#include "app/core/LateFee.h"

#include "app/core/FeeBalance.h"

namespace cd {

std::optional<QDate> lateFeeStartsOn(const FeeInvoice &invoice)
{
    if (!invoice.lateFee.isPositive() || !invoice.dueOn.isValid())
        return std::nullopt;
    return invoice.dueOn.addDays(invoice.lateFeeAfterDays + 1);
}

std::optional<Money> lateFeeDue(const FeeInvoice &invoice, const QList<LedgerEntry> &ledger,
                                const QDate &today)
{
    const auto startsOn = lateFeeStartsOn(invoice);
    if (!startsOn || !today.isValid() || today < *startsOn
        || invoice.lateFee.currency() != invoice.amount.currency())
        return std::nullopt;
    for (const auto &entry : ledger)
        if (!entry.meta.deleted && entry.kind == LedgerKind::LateFee)
            return std::nullopt;
    if (!balanceOf(invoice, ledger, today).due.isPositive())
        return std::nullopt;
    return invoice.lateFee;
}

} // namespace cd
