#pragma once

#include "app/core/Fees.h"

#include <optional>

namespace cd {

// The first day the invoice's late fee may be charged: the day after dueOn + lateFeeAfterDays
// (with 0 days, the first overdue day). Empty when the invoice has no late-fee rule.
std::optional<QDate> lateFeeStartsOn(const FeeInvoice &invoice);

// The late fee to charge on `today`, if any: the invoice has a rule, today is on or after
// lateFeeStartsOn(), something is still due, and the ledger holds no late fee yet (a late fee
// is charged once, whoever charged it).
std::optional<Money> lateFeeDue(const FeeInvoice &invoice, const QList<LedgerEntry> &ledger,
                                const QDate &today);

} // namespace cd
