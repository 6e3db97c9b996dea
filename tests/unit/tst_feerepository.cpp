#include "app/store/FeeRepository.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestFeeRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_clerk = test::testActor(u"Office Clerk"_s);
    Id m_invoice;

    Result<LedgerEntry> append(LedgerKind kind, qint64 amount, const QString &reason = {},
                               const QString &currency = u"USD"_s)
    {
        LedgerEntry e;
        e.invoiceId = m_invoice;
        e.kind = kind;
        e.amount = Money(amount, currency);
        if (kind == LedgerKind::Payment || kind == LedgerKind::Refund)
            e.method = PaymentMethod::Bank;
        e.entryDate = QDate(2026, 9, 10);
        e.reason = reason;
        return FeeRepository(*m_db).appendEntry(e, m_clerk);
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        const Id student
            = StudentRepository(*m_db)
                  .create(test::sampleStudent(u"S1"_s, u"Amina"_s, u"Haddad"_s), m_clerk)
                  ->id;
        FeeInvoice invoice;
        invoice.studentId = student;
        invoice.description = u"Tuition, Autumn 2026"_s;
        invoice.amount = Money(245000, u"USD"_s);
        invoice.issuedOn = QDate(2026, 8, 24);
        invoice.dueOn = QDate(2026, 9, 28);
        auto created = FeeRepository(*m_db).createInvoice(invoice, m_clerk);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_invoice = created->id;
        QCOMPARE(created->amount, invoice.amount);
    }

    void paymentsGetSequentialReceiptNumbers()
    {
        auto first = append(LedgerKind::Payment, 100000);
        auto second = append(LedgerKind::Payment, 50000);
        QVERIFY(first && second);
        QCOMPARE(first->receiptNumber, u"R-2026-000001"_s);
        QCOMPARE(second->receiptNumber, u"R-2026-000002"_s);
        QCOMPARE(first->recordedBy, m_clerk.userId);

        LedgerEntry reused = *first;
        reused.id.clear();
        auto duplicate = FeeRepository(*m_db).appendEntry(reused, m_clerk);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().fields.first().field, u"receiptNumber"_s);
    }

    void balanceFollowsTheLedger()
    {
        QVERIFY(append(LedgerKind::Payment, 100000));
        QVERIFY(append(LedgerKind::Waiver, 45000, u"Sibling discount"_s));
        const auto invoice = *FeeRepository(*m_db).findInvoice(m_invoice);
        const auto ledger = *FeeRepository(*m_db).ledgerOfInvoice(m_invoice);
        QCOMPARE(ledger.size(), 2);
        const auto balance = balanceOf(invoice, ledger, QDate(2026, 9, 15));
        QCOMPARE(balance.due.minorUnits(), 100000);
        QCOMPARE(balance.status, PaymentStatus::Partial);
        QCOMPARE(balanceOf(invoice, ledger, QDate(2026, 9, 29)).status, PaymentStatus::Overdue);
    }

    void refundsCannotExceedPayments()
    {
        QVERIFY(append(LedgerKind::Payment, 30000));
        auto tooMuch = append(LedgerKind::Refund, 30001, u"Course dropped"_s);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().fields.first().field, u"amount"_s);
        QVERIFY(append(LedgerKind::Refund, 30000, u"Course dropped"_s));
        QVERIFY(!append(LedgerKind::Refund, 1, u"Again"_s));
    }

    void entriesAreCheckedAgainstTheInvoice()
    {
        auto euros = append(LedgerKind::Payment, 1000, {}, u"EUR"_s);
        QVERIFY(!euros);
        QVERIFY(euros.error().message.contains(u"USD"_s));
        auto noReason = append(LedgerKind::Waiver, 1000);
        QCOMPARE(noReason.error().fields.first().field, u"reason"_s);
        LedgerEntry orphan;
        orphan.invoiceId = newId();
        orphan.kind = LedgerKind::LateFee;
        orphan.amount = Money(2500, u"USD"_s);
        orphan.entryDate = QDate(2026, 10, 5);
        orphan.reason = u"Late"_s;
        QCOMPARE(FeeRepository(*m_db).appendEntry(orphan, m_clerk).error().code,
                 Error::Code::NotFound);
        QCOMPARE(test::rowCount(*m_db, u"ledger_entry"_s), 0);
    }

    void invoicesAreValidated()
    {
        FeeInvoice bad;
        bad.amount = Money(-5, u"USD"_s);
        auto refused = FeeRepository(*m_db).createInvoice(bad, m_clerk);
        QVERIFY(!refused);
        QVERIFY(refused.error().fields.size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestFeeRepository)
#include "tst_feerepository.moc"
