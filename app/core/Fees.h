#pragma once

#include "app/core/EnumCodes.h"
#include "app/core/Money.h"
#include "app/core/SyncMeta.h"
#include "app/core/Validation.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace cd {

struct FeeInvoice
{
    Id id;
    Id studentId;
    Id semesterId;
    QString description; // "Tuition, Autumn 2026"
    Money amount;
    QDate issuedOn;
    QDate dueOn;
    SyncMeta meta;
    // The fee structure it was generated from (empty for a one-off invoice).
    Id feeStructureId = {};
    // Late-fee rule: lateFee (zero or empty = none) is charged once, lateFeeAfterDays after dueOn.
    Money lateFee = {};
    int lateFeeAfterDays = 0;
};

// What a program's students owe for a semester ("Tuition, Autumn 2026"), from which invoices
// are generated in bulk. An empty program applies to every program.
struct FeeStructure
{
    Id id;
    Id semesterId;
    QString program;
    QString description;
    Money amount;
    QDate dueOn;
    Money lateFee; // zero: no late fee
    int lateFeeAfterDays = 0;
    SyncMeta meta;
};

// The kinds of rows in an invoice's append-only ledger. Amounts are always positive; the kind
// says which way the money moves.
enum class LedgerKind { Payment, Refund, Waiver, LateFee };

template<> struct EnumCodes<LedgerKind>
{
    static constexpr std::array<std::pair<LedgerKind, const char16_t *>, 4> codes{{
        {LedgerKind::Payment, u"payment"},
        {LedgerKind::Refund, u"refund"},
        {LedgerKind::Waiver, u"waiver"},
        {LedgerKind::LateFee, u"late_fee"},
    }};
};

enum class PaymentMethod { Cash, Bank, Card, Other };

template<> struct EnumCodes<PaymentMethod>
{
    static constexpr std::array<std::pair<PaymentMethod, const char16_t *>, 4> codes{{
        {PaymentMethod::Cash, u"cash"},
        {PaymentMethod::Bank, u"bank"},
        {PaymentMethod::Card, u"card"},
        {PaymentMethod::Other, u"other"},
    }};
};

struct LedgerEntry
{
    Id id;
    Id invoiceId;
    LedgerKind kind = LedgerKind::Payment;
    Money amount; // > 0
    std::optional<PaymentMethod> method; // payments and refunds
    QString receiptNumber; // payments
    Id recordedBy;
    QDate entryDate; // the day the money moved (value date)
    QDateTime recordedAt; // when it was entered, UTC
    QString reason; // refunds, waivers and late fees
    SyncMeta meta;
};

class FeeRules
{
    Q_DECLARE_TR_FUNCTIONS(FeeRules)
public:
    static ValidationResult validate(const FeeInvoice &invoice);
    static ValidationResult validate(const FeeStructure &structure);
    // Checks the entry on its own and against its invoice (currency). Whether a refund exceeds
    // what was paid depends on the whole ledger: see refundLimit() in FeeBalance.h.
    static ValidationResult validate(const LedgerEntry &entry, const FeeInvoice &invoice);
    static QString kindName(LedgerKind kind);
    static QString methodName(PaymentMethod method);

private:
    static void validateLateFee(ValidationResult &result, const Money &lateFee,
                                const QString &currency, int afterDays);
};

} // namespace cd
