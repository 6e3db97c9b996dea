#include "app/core/Fees.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

ValidationResult FeeRules::validate(const FeeInvoice &invoice)
{
    ValidationResult result;
    if (invoice.studentId.isEmpty())
        result.add(u"studentId"_s, tr("Choose the student to invoice."));
    if (invoice.description.trimmed().isEmpty())
        result.add(u"description"_s, tr("Describe what the invoice is for."));
    else if (invoice.description.size() > 200)
        result.add(u"description"_s,
                   tr("The description can be at most %n characters long.", nullptr, 200));
    if (!Money::isValidCurrency(invoice.amount.currency()))
        result.add(u"amount"_s, tr("The currency must be a three-letter ISO code such as USD."));
    else if (!invoice.amount.isPositive())
        result.add(u"amount"_s, tr("The amount must be greater than zero."));
    if (!invoice.issuedOn.isValid())
        result.add(u"issuedOn"_s, tr("Enter the date the invoice is issued."));
    if (!invoice.dueOn.isValid())
        result.add(u"dueOn"_s, tr("Enter the date the invoice is due."));
    else if (invoice.issuedOn.isValid() && invoice.dueOn < invoice.issuedOn)
        result.add(u"dueOn"_s, tr("The due date cannot be before the issue date."));
    validateLateFee(result, invoice.lateFee, invoice.amount.currency(), invoice.lateFeeAfterDays);
    return result;
}

ValidationResult FeeRules::validate(const FeeStructure &structure)
{
    ValidationResult result;
    if (structure.semesterId.isEmpty())
        result.add(u"semesterId"_s, tr("Choose the semester the fee is for."));
    if (structure.description.trimmed().isEmpty())
        result.add(u"description"_s, tr("Describe what the fee is for."));
    else if (structure.description.size() > 200)
        result.add(u"description"_s,
                   tr("The description can be at most %n characters long.", nullptr, 200));
    if (structure.program.size() > 100)
        result.add(u"program"_s,
                   tr("The program can be at most %n characters long.", nullptr, 100));
    if (!Money::isValidCurrency(structure.amount.currency()))
        result.add(u"amount"_s, tr("The currency must be a three-letter ISO code such as USD."));
    else if (!structure.amount.isPositive())
        result.add(u"amount"_s, tr("The amount must be greater than zero."));
    if (!structure.dueOn.isValid())
        result.add(u"dueOn"_s, tr("Enter the date the fee is due."));
    validateLateFee(result, structure.lateFee, structure.amount.currency(),
                    structure.lateFeeAfterDays);
    return result;
}

void FeeRules::validateLateFee(ValidationResult &result, const Money &lateFee,
                               const QString &currency, int afterDays)
{
    if (lateFee.isNegative())
        result.add(u"lateFee"_s, tr("The late fee cannot be negative."));
    else if (lateFee.isPositive() && lateFee.currency() != currency)
        result.add(u"lateFee"_s, tr("The late fee must be in the same currency as the amount."));
    if (afterDays < 0 || afterDays > 365)
        result.add(u"lateFeeAfterDays"_s,
                   tr("The late fee must start between 0 and 365 days after the due date."));
}

ValidationResult FeeRules::validate(const LedgerEntry &entry, const FeeInvoice &invoice)
{
    ValidationResult result;
    if (!entry.amount.isPositive())
        result.add(u"amount"_s, tr("The amount must be greater than zero."));
    else if (entry.amount.currency() != invoice.amount.currency())
        result.add(u"amount"_s,
                   tr("The amount must be in the invoice's currency (%1).")
                       .arg(invoice.amount.currency()));
    const bool movesMoney = entry.kind == LedgerKind::Payment || entry.kind == LedgerKind::Refund;
    if (movesMoney && !entry.method)
        result.add(u"method"_s,
                   tr("Choose how the money was paid: cash, bank transfer, card or other."));
    if (!movesMoney && entry.method)
        result.add(u"method"_s, tr("Only payments and refunds have a payment method."));
    if (entry.kind == LedgerKind::Payment && entry.receiptNumber.trimmed().isEmpty())
        result.add(u"receiptNumber"_s, tr("A payment needs a receipt number."));
    if (entry.reason.trimmed().isEmpty()) {
        if (entry.kind == LedgerKind::Refund)
            result.add(u"reason"_s, tr("Give a reason for the refund."));
        else if (entry.kind == LedgerKind::Waiver)
            result.add(u"reason"_s, tr("Give a reason for the waiver."));
        else if (entry.kind == LedgerKind::LateFee)
            result.add(u"reason"_s, tr("Give a reason for the late fee."));
    }
    if (!entry.entryDate.isValid())
        result.add(u"entryDate"_s, tr("Enter the date of the transaction."));
    if (entry.recordedBy.isEmpty())
        result.add(u"recordedBy"_s, tr("A ledger entry must record who entered it."));
    return result;
}

QString FeeRules::kindName(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Payment: return tr("Payment");
    case LedgerKind::Refund: return tr("Refund");
    case LedgerKind::Waiver: return tr("Waiver");
    case LedgerKind::LateFee: return tr("Late fee");
    }
    Q_UNREACHABLE();
    return {};
}

QString FeeRules::methodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return tr("Cash");
    case PaymentMethod::Bank: return tr("Bank transfer");
    case PaymentMethod::Card: return tr("Card");
    case PaymentMethod::Other: return tr("Other");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cd
