#include "app/store/FeeRepository.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/FeesFixture.h"

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
        // This database's own series, drawn when schema 4 was applied.
        const QString series = test::rawScalar(m_db->path(),
                                               "SELECT value FROM app_setting "
                                               "WHERE key = 'receipt_series'")
                                   .toString();
        QCOMPARE(series.size(), 6);
        QCOMPARE(first->receiptNumber, u"R-2026-%1-000001"_s.arg(series));
        QCOMPARE(second->receiptNumber, u"R-2026-%1-000002"_s.arg(series));
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
        const auto invoice = *FeeRepository(*m_db).findInvoice(m_invoice, m_clerk);
        const auto ledger = *FeeRepository(*m_db).ledgerOfInvoice(m_invoice, m_clerk);
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
    void receiptSeriesKeepsCopiesApart()
    {
        // Two copies of the school number in their own series, so their receipts never clash.
        QVERIFY(
            sql::run(m_db->connection(),
                     u"UPDATE app_setting SET value = 'A1B2C3' WHERE key = 'receipt_series'"_s));
        auto first = append(LedgerKind::Payment, 1000);
        QVERIFY(first);
        QCOMPARE(first->receiptNumber, u"R-2026-A1B2C3-000001"_s);
        QVERIFY(
            sql::run(m_db->connection(),
                     u"UPDATE app_setting SET value = 'FFFFFF' WHERE key = 'receipt_series'"_s));
        QCOMPARE(append(LedgerKind::Payment, 1000)->receiptNumber, u"R-2026-FFFFFF-000001"_s);
        // A number that arrives by sync and takes ours is still refused by the unique index.
        LedgerEntry clash;
        clash.invoiceId = m_invoice;
        clash.kind = LedgerKind::Payment;
        clash.amount = Money(500, u"USD"_s);
        clash.method = PaymentMethod::Card;
        clash.entryDate = QDate(2026, 9, 11);
        clash.receiptNumber = u"R-2026-A1B2C3-000001"_s;
        auto refused = FeeRepository(*m_db).appendEntry(clash, m_clerk);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.first().field, u"receiptNumber"_s);
        QVERIFY(refused.error().fields.first().message.contains(u"R-2026-A1B2C3-000001"_s));
    }

    void rolesAndVisibility()
    {
        test::FeesFixture f;
        QVERIFY(f.open());
        const auto own = f.invoice(f.amina, 10000, QDate(2026, 10, 1));
        const auto other = f.invoice(f.bilal, 20000, QDate(2026, 10, 1));
        QVERIFY(own && other);
        QVERIFY(f.entry(own->id, LedgerKind::Payment, 4000, QDate(2026, 9, 5)));
        QVERIFY(f.entry(other->id, LedgerKind::Payment, 5000, QDate(2026, 9, 5)));
        const FeeRepository fees(*f.db);

        // Staff and administrators see everyone's.
        QCOMPARE(fees.invoicesOfStudent(f.bilal, f.clerk)->size(), 1);
        QCOMPARE(fees.ledgerOfInvoice(other->id, f.admin)->size(), 1);
        // A student sees their own invoices and ledger, and nobody else's.
        QCOMPARE(fees.invoicesOfStudent(f.amina, f.studentActor)->size(), 1);
        QCOMPARE(fees.ledgerOfInvoice(own->id, f.studentActor)->size(), 1);
        QCOMPARE(fees.invoicesOfStudent(f.bilal, f.studentActor).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(fees.findInvoice(other->id, f.studentActor).error().code, Error::Code::NotFound);
        QVERIFY(fees.ledgerOfInvoices({own->id, other->id}, f.studentActor)->size() == 1);
        QCOMPARE(fees.accountOfStudent(f.bilal, QDate(2026, 9, 10), f.studentActor).error().code,
                 Error::Code::Forbidden);
        // Teachers do not see fees at all.
        QCOMPARE(fees.invoicesOfStudent(f.amina, f.teacher).error().code, Error::Code::Forbidden);
        QCOMPARE(fees.ledgerOfInvoice(own->id, f.teacher).error().code, Error::Code::Forbidden);
        QCOMPARE(fees.findInvoice(own->id, f.teacher).error().code, Error::Code::Forbidden);
        // Only staff and administrators write: students and teachers are refused, nothing added.
        const qint64 before = f.scalar(u"SELECT count(*) FROM ledger_entry"_s);
        LedgerEntry pay;
        pay.invoiceId = own->id;
        pay.kind = LedgerKind::Payment;
        pay.amount = Money(100, u"USD"_s);
        pay.method = PaymentMethod::Cash;
        pay.entryDate = QDate(2026, 9, 6);
        FeeRepository writer(*f.db);
        QCOMPARE(writer.appendEntry(pay, f.studentActor).error().code, Error::Code::Forbidden);
        QCOMPARE(writer.appendEntry(pay, f.teacher).error().code, Error::Code::Forbidden);
        FeeInvoice extra = *own;
        extra.id.clear();
        QCOMPARE(writer.createInvoice(extra, f.teacher).error().code, Error::Code::Forbidden);
        QCOMPARE(writer.applyLateFees(QDate(2027, 1, 1), f.studentActor).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM ledger_entry"_s), before);
        QVERIFY(writer.appendEntry(pay, f.clerk));
    }

    void oneOffInvoiceKeepsItsLateFeeRule()
    {
        test::FeesFixture f;
        QVERIFY(f.open());
        auto created = f.invoice(f.chloe, 5000, QDate(2026, 10, 1), 1000, 3);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->lateFee.minorUnits(), 1000);
        QCOMPARE(created->lateFeeAfterDays, 3);
        QVERIFY(created->feeStructureId.isEmpty());
        // A late fee in another currency than the invoice is refused.
        FeeInvoice euros = *created;
        euros.id.clear();
        euros.lateFee = Money(100, u"EUR"_s);
        QVERIFY(FeeRepository(*f.db).createInvoice(euros, f.clerk).error().fields.size() == 1);
    }

    void lateFeesAreChargedOnce()
    {
        test::FeesFixture f;
        QVERIFY(f.open());
        // Due 1 October, 10.00 three days after: first charged on 5 October.
        const auto late = f.invoice(f.amina, 5000, QDate(2026, 10, 1), 1000, 3);
        const auto paid = f.invoice(f.bilal, 5000, QDate(2026, 10, 1), 1000, 3);
        const auto noRule = f.invoice(f.chloe, 5000, QDate(2026, 10, 1));
        QVERIFY(late && paid && noRule);
        QVERIFY(f.entry(paid->id, LedgerKind::Payment, 5000, QDate(2026, 9, 20)));
        FeeRepository fees(*f.db);
        QCOMPARE(*fees.applyLateFees(QDate(2026, 10, 4), f.clerk), 0);
        QCOMPARE(*fees.applyLateFees(QDate(2026, 10, 5), f.clerk), 1);
        QCOMPARE(*fees.applyLateFees(QDate(2026, 10, 5), f.clerk), 0); // idempotent
        QCOMPARE(*fees.applyLateFees(QDate(2026, 12, 1), f.clerk), 0); // once, ever
        const auto ledger = *fees.ledgerOfInvoice(late->id, f.clerk);
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().kind, LedgerKind::LateFee);
        QCOMPARE(ledger.first().amount.minorUnits(), 1000);
        QCOMPARE(ledger.first().entryDate, QDate(2026, 10, 5));
        QVERIFY(ledger.first().reason.contains(u"2026-10-01"_s));
        const auto balance = balanceOf(*late, ledger, QDate(2026, 10, 5));
        QCOMPARE(balance.due.minorUnits(), 6000);
        QCOMPARE(balance.status, PaymentStatus::Overdue);
        // Journaled like any entry: an outbox row each.
        QCOMPARE(f.scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'ledger_entry' "
                          u"AND fields LIKE '%late_fee%'"_s),
                 1);
    }

    void statementOfAccount()
    {
        test::FeesFixture f;
        QVERIFY(f.open());
        const auto a = f.invoice(f.amina, 100000, QDate(2026, 9, 30));
        QVERIFY(a);
        QVERIFY(f.entry(a->id, LedgerKind::Payment, 30000, QDate(2026, 9, 10)));
        QVERIFY(f.entry(a->id, LedgerKind::Waiver, 20000, QDate(2026, 9, 12), u"Bursary"_s));
        QVERIFY(f.entry(a->id, LedgerKind::Refund, 5000, QDate(2026, 9, 15), u"Overpaid"_s));
        auto account
            = FeeRepository(*f.db).accountOfStudent(f.amina, QDate(2026, 10, 1), f.studentActor);
        QVERIFY(account);
        QCOMPARE(account->invoices.size(), 1);
        // 1000.00 - 300.00 - 200.00 + 50.00 = 550.00, overdue since 1 October.
        QCOMPARE(account->totals.due.minorUnits(), 55000);
        QCOMPARE(account->invoices.first().balance.status, PaymentStatus::Overdue);
        QList<qint64> running;
        for (const auto &line : account->statement.lines)
            running << line.balance.minorUnits();
        QCOMPARE(running, (QList<qint64>{100000, 70000, 50000, 55000}));
    }

    void refundsAndWaiversNeedAReason()
    {
        QVERIFY(append(LedgerKind::Payment, 30000));
        QCOMPARE(append(LedgerKind::Refund, 100, u"  "_s).error().fields.first().field,
                 u"reason"_s);
        QCOMPARE(append(LedgerKind::Waiver, 100).error().fields.first().field, u"reason"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeeRepository)
#include "tst_feerepository.moc"
