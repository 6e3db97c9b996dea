#include "app/core/FeeBalance.h"

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
    }
};

QTEST_GUILESS_MAIN(TestFeeBalance)
#include "tst_feebalance.moc"
