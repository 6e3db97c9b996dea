#include "app/core/FeeBalance.h"
#include "app/core/FeeStatement.h"
#include "app/core/LateFee.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

FeeInvoice invoice(qint64 amount, QDate due = QDate(2026, 9, 30),
                   const QString &currency = u"USD"_s)
{
    FeeInvoice inv;
    inv.id = newId();
    inv.amount = Money(amount, currency);
    inv.issuedOn = QDate(2026, 9, 1);
    inv.dueOn = due;
    return inv;
}

LedgerEntry entry(LedgerKind kind, qint64 amount, QDate date = QDate(2026, 9, 10),
                  const QString &currency = u"USD"_s)
{
    LedgerEntry e;
    e.id = newId();
    e.kind = kind;
    e.amount = Money(amount, currency);
    e.entryDate = date;
    return e;
}

const QDate beforeDue(2026, 9, 15);

FeeInvoice withLateFee(FeeInvoice inv, qint64 fee, int afterDays)
{
    inv.lateFee = Money(fee, inv.amount.currency());
    inv.lateFeeAfterDays = afterDays;
    return inv;
}

} // namespace

class TestFeeBalance : public QObject
{
    Q_OBJECT
private slots:
    void unpaid()
    {
        const auto b = balanceOf(invoice(100000), {}, beforeDue);
        QCOMPARE(b.status, PaymentStatus::Unpaid);
        QCOMPARE(b.due.minorUnits(), 100000);
        QCOMPARE(b.paid.minorUnits(), 0);
        QVERIFY(!b.lastPaymentDate);
    }

    void partialThenPaid()
    {
        const auto inv = invoice(100000);
        QList<LedgerEntry> ledger = {entry(LedgerKind::Payment, 40000, QDate(2026, 9, 5))};
        auto b = balanceOf(inv, ledger, beforeDue);
        QCOMPARE(b.status, PaymentStatus::Partial);
        QCOMPARE(b.due.minorUnits(), 60000);
        ledger.append(entry(LedgerKind::Payment, 60000, QDate(2026, 9, 12)));
        b = balanceOf(inv, ledger, beforeDue);
        QCOMPARE(b.status, PaymentStatus::Paid);
        QCOMPARE(b.due.minorUnits(), 0);
        QCOMPARE(*b.lastPaymentDate, QDate(2026, 9, 12));
    }

    void overdueByOneDay()
    {
        const auto inv = invoice(100000, QDate(2026, 9, 30));
        QCOMPARE(balanceOf(inv, {}, QDate(2026, 9, 30)).status, PaymentStatus::Unpaid);
        QCOMPARE(balanceOf(inv, {}, QDate(2026, 10, 1)).status, PaymentStatus::Overdue);
        // Partly paid but late is overdue too; fully paid late is simply paid.
        const QList<LedgerEntry> part = {entry(LedgerKind::Payment, 1)};
        QCOMPARE(balanceOf(inv, part, QDate(2026, 10, 1)).status, PaymentStatus::Overdue);
        const QList<LedgerEntry> full = {entry(LedgerKind::Payment, 100000, QDate(2026, 10, 5))};
        QCOMPARE(balanceOf(inv, full, QDate(2026, 10, 6)).status, PaymentStatus::Paid);
    }

    void waivers()
    {
        const auto inv = invoice(100000);
        const QList<LedgerEntry> full = {entry(LedgerKind::Waiver, 100000)};
        QCOMPARE(balanceOf(inv, full, beforeDue).status, PaymentStatus::Waived);
        // A half scholarship with the other half paid is paid, not waived.
        const QList<LedgerEntry> half
            = {entry(LedgerKind::Waiver, 50000), entry(LedgerKind::Payment, 50000)};
        const auto b = balanceOf(inv, half, beforeDue);
        QCOMPARE(b.status, PaymentStatus::Paid);
        QCOMPARE(b.waived.minorUnits(), 50000);
        const QList<LedgerEntry> onlyHalf = {entry(LedgerKind::Waiver, 50000)};
        QCOMPARE(balanceOf(inv, onlyHalf, beforeDue).status, PaymentStatus::Partial);
    }

    void lateFeesRaiseTheCharge()
    {
        const auto inv = invoice(100000);
        const QList<LedgerEntry> ledger = {entry(LedgerKind::Payment, 100000),
                                           entry(LedgerKind::LateFee, 2500, QDate(2026, 10, 1))};
        const auto b = balanceOf(inv, ledger, QDate(2026, 10, 2));
        QCOMPARE(b.charged.minorUnits(), 102500);
        QCOMPARE(b.due.minorUnits(), 2500);
        QCOMPARE(b.status, PaymentStatus::Overdue);
    }

    void refundLargerThanPayments()
    {
        const auto inv = invoice(100000);
        const QList<LedgerEntry> ledger
            = {entry(LedgerKind::Payment, 30000), entry(LedgerKind::Refund, 50000)};
        const auto b = balanceOf(inv, ledger, beforeDue);
        QCOMPARE(b.paid.minorUnits(), -20000);
        QCOMPARE(b.due.minorUnits(), 120000); // the student owes the over-refund back
        QCOMPARE(b.status, PaymentStatus::Unpaid);
        QCOMPARE(refundLimit(inv, ledger).minorUnits(), 0);
        QCOMPARE(
            refundLimit(inv, {entry(LedgerKind::Payment, 30000), entry(LedgerKind::Refund, 10000)})
                .minorUnits(),
            20000);
    }

    void overpaymentLeavesACredit()
    {
        const auto b = balanceOf(invoice(100000), {entry(LedgerKind::Payment, 120000)}, beforeDue);
        QCOMPARE(b.due.minorUnits(), -20000);
        QCOMPARE(b.status, PaymentStatus::Paid);
    }

    void currencyMinorUnits()
    {
        // Kuwaiti dinar has three decimals: 1.005 KWD is 1005 fils.
        const auto inv = invoice(1005, QDate(2026, 9, 30), u"KWD"_s);
        const auto b = balanceOf(
            inv, {entry(LedgerKind::Payment, 1000, QDate(2026, 9, 10), u"KWD"_s)}, beforeDue);
        QCOMPARE(b.due.toPlainString(), u"0.005"_s);
        QCOMPARE(b.status, PaymentStatus::Partial);
        // An entry in another currency is a data error and does not count.
        const auto mixed = balanceOf(
            inv, {entry(LedgerKind::Payment, 1005, QDate(2026, 9, 10), u"USD"_s)}, beforeDue);
        QCOMPARE(mixed.status, PaymentStatus::Unpaid);
    }

    void tombstonedEntriesDoNotCount()
    {
        auto payment = entry(LedgerKind::Payment, 100000);
        payment.meta.deleted = true;
        QCOMPARE(balanceOf(invoice(100000), {payment}, beforeDue).status, PaymentStatus::Unpaid);
    }

    void accountAddsInvoices()
    {
        const auto a
            = balanceOf(invoice(100000), {entry(LedgerKind::Payment, 100000, QDate(2026, 9, 3))},
                        QDate(2026, 10, 15));
        const auto b = balanceOf(invoice(50000, QDate(2026, 10, 1)),
                                 {entry(LedgerKind::Payment, 10000, QDate(2026, 9, 20))},
                                 QDate(2026, 10, 15));
        const auto account = accountOf({a, b}, u"USD"_s);
        QCOMPARE(account.charged.minorUnits(), 150000);
        QCOMPARE(account.paid.minorUnits(), 110000);
        QCOMPARE(account.due.minorUnits(), 40000);
        QCOMPARE(account.overdueInvoices, 1);
        QCOMPARE(*account.lastPaymentDate, QDate(2026, 9, 20));
        QCOMPARE(statusOf(account), PaymentStatus::Overdue);
        const auto paidUp = accountOf({a}, u"USD"_s);
        QCOMPARE(statusOf(paidUp), PaymentStatus::Paid);
        const auto waived = accountOf(
            {balanceOf(invoice(100000), {entry(LedgerKind::Waiver, 100000)}, beforeDue)}, u"USD"_s);
        QCOMPARE(statusOf(waived), PaymentStatus::Waived);
    }
    void japaneseYenHasNoMinorDigits()
    {
        // 350,000 yen is 350000 minor units: the yen has no subunit.
        const auto inv = invoice(350000, QDate(2026, 9, 30), u"JPY"_s);
        const auto b = balanceOf(
            inv, {entry(LedgerKind::Payment, 120000, QDate(2026, 9, 10), u"JPY"_s)}, beforeDue);
        QCOMPARE(b.due.toPlainString(), u"230000"_s);
        QCOMPARE(Money::parse(u"230000"_s, u"JPY"_s)->minorUnits(), 230000);
        QVERIFY(!Money::parse(u"1.5"_s, u"JPY"_s)); // no fraction digits for yen
        QCOMPARE(Money::parse(u"1.005"_s, u"KWD"_s)->minorUnits(), 1005);
        QVERIFY(!Money::parse(u"1.0055"_s, u"KWD"_s));
    }

    void waiverSettlesTheRest()
    {
        // 1,000.00 charged, 600.00 paid, the remaining 400.00 waived: nothing due, paid (not
        // waived, since money was paid), and never overdue afterwards.
        const auto inv = invoice(100000);
        const QList<LedgerEntry> ledger
            = {entry(LedgerKind::Payment, 60000), entry(LedgerKind::Waiver, 40000)};
        const auto b = balanceOf(inv, ledger, QDate(2026, 12, 1));
        QCOMPARE(b.due.minorUnits(), 0);
        QCOMPARE(b.status, PaymentStatus::Paid);
        QVERIFY(!lateFeeDue(withLateFee(inv, 2500, 0), ledger, QDate(2026, 12, 1)));
    }

    void lateFeeStartsAfterTheGraceDays()
    {
        // Due 30 September, late fee 25.00 seven days later: first charged on 8 October.
        const auto inv = withLateFee(invoice(100000), 2500, 7);
        QCOMPARE(*lateFeeStartsOn(inv), QDate(2026, 10, 8));
        QVERIFY(!lateFeeDue(inv, {}, QDate(2026, 10, 7)));
        QCOMPARE(lateFeeDue(inv, {}, QDate(2026, 10, 8))->minorUnits(), 2500);
        // With no grace days, the first overdue day.
        const auto strict = withLateFee(invoice(100000), 2500, 0);
        QVERIFY(!lateFeeDue(strict, {}, QDate(2026, 9, 30)));
        QVERIFY(lateFeeDue(strict, {}, QDate(2026, 10, 1)));
        // No rule, no fee.
        QVERIFY(!lateFeeStartsOn(invoice(100000)));
        QVERIFY(!lateFeeDue(invoice(100000), {}, QDate(2027, 1, 1)));
    }

    void lateFeeIsChargedOnce()
    {
        const auto inv = withLateFee(invoice(100000), 2500, 0);
        const QList<LedgerEntry> charged = {entry(LedgerKind::LateFee, 2500, QDate(2026, 10, 1))};
        QVERIFY(!lateFeeDue(inv, charged, QDate(2026, 11, 1)));
        // Only while something is due: a paid invoice is not charged.
        QVERIFY(!lateFeeDue(inv, {entry(LedgerKind::Payment, 100000)}, QDate(2026, 11, 1)));
        // Partly paid is still charged.
        QVERIFY(lateFeeDue(inv, {entry(LedgerKind::Payment, 99999)}, QDate(2026, 11, 1)));
    }

    void statementRunsTheBalance()
    {
        // Tuition 1,000.00 issued 1 Sep; lab 150.00 issued 1 Sep; paid 400.00 on 10 Sep,
        // late fee 25.00 on 1 Oct, refund 100.00 on 2 Oct, waiver 50.00 on 3 Oct.
        auto tuition = invoice(100000);
        tuition.description = u"Tuition"_s;
        auto lab = invoice(15000);
        lab.description = u"Lab"_s;
        auto pay = entry(LedgerKind::Payment, 40000, QDate(2026, 9, 10));
        pay.receiptNumber = u"R-2026-ABC123-000001"_s;
        auto late = entry(LedgerKind::LateFee, 2500, QDate(2026, 10, 1));
        late.reason = u"Late fee rule"_s;
        auto refund = entry(LedgerKind::Refund, 10000, QDate(2026, 10, 2));
        auto waiver = entry(LedgerKind::Waiver, 5000, QDate(2026, 10, 3));
        QHash<Id, QList<LedgerEntry>> ledgers{{tuition.id, {pay, late, refund}},
                                              {lab.id, {waiver}}};
        const auto statement = statementOf({tuition, lab}, ledgers, u"USD"_s);
        QCOMPARE(statement.lines.size(), 6);
        QList<qint64> balances;
        for (const auto &line : statement.lines)
            balances << line.balance.minorUnits();
        QCOMPARE(balances, (QList<qint64>{100000, 115000, 75000, 77500, 87500, 82500}));
        QVERIFY(!statement.lines.at(0).kind);
        QCOMPARE(statement.lines.at(2).receiptNumber, u"R-2026-ABC123-000001"_s);
        QCOMPARE(statement.lines.at(3).description, u"Late fee rule"_s);
        QCOMPARE(statement.lines.at(4).debit.minorUnits(), 10000); // a refund raises the balance
        QCOMPARE(statement.closingBalance.minorUnits(), 82500);
        // The closing balance is the account's amount due.
        const QDate today(2026, 10, 3);
        const auto account = accountOf({balanceOf(tuition, ledgers.value(tuition.id), today),
                                        balanceOf(lab, ledgers.value(lab.id), today)},
                                       u"USD"_s);
        QCOMPARE(account.due, statement.closingBalance);
    }

    void feeStructuresAreValidated()
    {
        FeeStructure ok;
        ok.semesterId = newId();
        ok.description = u"Tuition"_s;
        ok.amount = Money(245000, u"USD"_s);
        ok.dueOn = QDate(2026, 9, 28);
        ok.lateFee = Money(2500, u"USD"_s);
        ok.lateFeeAfterDays = 7;
        QVERIFY(FeeRules::validate(ok).ok());
        FeeStructure bad = ok;
        bad.semesterId.clear();
        bad.description = u"  "_s;
        bad.amount = Money(0, u"USD"_s);
        bad.dueOn = {};
        bad.lateFee = Money(-1, u"USD"_s);
        bad.lateFeeAfterDays = -1;
        const auto v = FeeRules::validate(bad);
        for (const auto &field : {u"semesterId"_s, u"description"_s, u"amount"_s, u"dueOn"_s,
                                  u"lateFee"_s, u"lateFeeAfterDays"_s})
            QVERIFY2(v.has(field), qPrintable(field));
        FeeStructure euros = ok;
        euros.lateFee = Money(100, u"EUR"_s);
        QVERIFY(FeeRules::validate(euros).has(u"lateFee"_s));
    }
};

QTEST_GUILESS_MAIN(TestFeeBalance)
#include "tst_feebalance.moc"
