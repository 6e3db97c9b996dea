#include "app/store/DemoSchool.h"
#include "app/store/OutstandingBalances.h"
#include "tests/unit/FeesFixture.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestOutstandingBalances : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FeesFixture> m_f;

    const BalanceRow *rowOf(const QList<BalanceRow> &rows, const Id &student)
    {
        for (const auto &row : rows)
            if (row.studentId == student)
                return &row;
        return nullptr;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<test::FeesFixture>();
        QVERIFY(m_f->open());
        // Amina: 1,000.00 due 30 Sep and 150.00 due 15 Oct; paid 300.00 (10 Sep) and 100.00
        //        (20 Sep), refunded 50.00, waived 100.00, late fee 25.00.
        const auto a1 = m_f->invoice(m_f->amina, 100000, QDate(2026, 9, 30));
        const auto a2 = m_f->invoice(m_f->amina, 15000, QDate(2026, 10, 15));
        QVERIFY(a1 && a2);
        QVERIFY(m_f->entry(a1->id, LedgerKind::Payment, 30000, QDate(2026, 9, 10)));
        QVERIFY(m_f->entry(a2->id, LedgerKind::Payment, 10000, QDate(2026, 9, 20)));
        QVERIFY(m_f->entry(a1->id, LedgerKind::Refund, 5000, QDate(2026, 9, 21), u"Fix"_s));
        QVERIFY(m_f->entry(a1->id, LedgerKind::Waiver, 10000, QDate(2026, 9, 22), u"Aid"_s));
        QVERIFY(m_f->entry(a1->id, LedgerKind::LateFee, 2500, QDate(2026, 10, 5), u"Late"_s));
        // Bilal: 500.00 due 30 Sep, paid in full.
        const auto b = m_f->invoice(m_f->bilal, 50000, QDate(2026, 9, 30));
        QVERIFY(m_f->entry(b->id, LedgerKind::Payment, 50000, QDate(2026, 9, 29)));
        // Chloe: 200.00 due 30 Sep, waived in full.
        const auto c = m_f->invoice(m_f->chloe, 20000, QDate(2026, 9, 30));
        QVERIFY(m_f->entry(c->id, LedgerKind::Waiver, 20000, QDate(2026, 9, 2), u"Grant"_s));
    }

    void figuresAreHandChecked()
    {
        BalanceQuery q;
        q.today = QDate(2026, 10, 1); // a1 overdue (due 30 Sep), a2 not yet
        auto rows = OutstandingBalances(*m_f->db).load(q, m_f->clerk);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().detail));
        QCOMPARE(rows->size(), 3);
        // By last name: Aziz, Haddad, Martin.
        QCOMPARE(rows->at(0).lastName, u"Aziz"_s);
        const BalanceRow *a = rowOf(*rows, m_f->amina);
        QVERIFY(a);
        // Charged 1,000 + 150 + 25 = 1,175.00; paid 300 + 100 - 50 = 350.00; waived 100.00;
        // due 1,175 - 350 - 100 = 725.00.
        QCOMPARE(a->charged.minorUnits(), 117500);
        QCOMPARE(a->paid.minorUnits(), 35000);
        QCOMPARE(a->waived.minorUnits(), 10000);
        QCOMPARE(a->due.minorUnits(), 72500);
        QCOMPARE(a->invoices, 2);
        QCOMPARE(a->overdueInvoices, 1);
        QCOMPARE(a->status, PaymentStatus::Overdue);
        QCOMPARE(*a->lastPaymentDate, QDate(2026, 9, 20));
        QCOMPARE(a->semesterName, u"Autumn 2026"_s);
        QCOMPARE(rowOf(*rows, m_f->bilal)->status, PaymentStatus::Paid);
        QCOMPARE(rowOf(*rows, m_f->chloe)->status, PaymentStatus::Waived);
        QVERIFY(!rowOf(*rows, m_f->chloe)->lastPaymentDate);

        // The day of the due date nothing is overdue yet: Amina is partly paid.
        q.today = QDate(2026, 9, 30);
        rows = OutstandingBalances(*m_f->db).load(q, m_f->clerk);
        QCOMPARE(rowOf(*rows, m_f->amina)->status, PaymentStatus::Partial);
        QCOMPARE(rowOf(*rows, m_f->amina)->overdueInvoices, 0);
    }

    void matchesCoreForEveryInvoice()
    {
        // The SQL's sums and overdue rule agree with balanceOf()/accountOf() for each student.
        const QDate today(2026, 10, 16);
        auto rows
            = OutstandingBalances(*m_f->db).load({{}, {}, {}, {}, false, {}, today}, m_f->clerk);
        QVERIFY(rows);
        for (const auto &row : *rows) {
            auto account
                = FeeRepository(*m_f->db).accountOfStudent(row.studentId, today, m_f->clerk);
            QVERIFY(account);
            QCOMPARE(row.due, account->totals.due);
            QCOMPARE(row.paid, account->totals.paid);
            QCOMPARE(row.overdueInvoices, account->totals.overdueInvoices);
            QCOMPARE(row.status, statusOf(account->totals));
        }
    }

    void filters()
    {
        const OutstandingBalances balances(*m_f->db);
        BalanceQuery q;
        q.today = QDate(2026, 10, 1);
        q.program = u"Nursing"_s;
        QCOMPARE(balances.load(q, m_f->clerk)->size(), 1);
        q = {};
        q.today = QDate(2026, 10, 1);
        q.batch = u"2025"_s;
        QCOMPARE(balances.load(q, m_f->clerk)->size(), 2);
        q.status = PaymentStatus::Paid;
        QCOMPARE(balances.load(q, m_f->clerk)->size(), 1);
        q = {};
        q.today = QDate(2026, 10, 1);
        q.overdueOnly = true;
        QCOMPARE(balances.load(q, m_f->clerk)->first().studentId, m_f->amina);
        q = {};
        q.search = u"ha"_s; // Haddad
        QCOMPARE(balances.load(q, m_f->clerk)->size(), 1);
        q.search = u"S3"_s; // by number
        QCOMPARE(balances.load(q, m_f->clerk)->first().studentId, m_f->chloe);
        q = {};
        q.semesterId = newId();
        QCOMPARE(balances.load(q, m_f->clerk)->size(), 0);
    }

    void studentsSeeOnlyTheirOwnTeachersNothing()
    {
        const OutstandingBalances balances(*m_f->db);
        auto own = balances.load({}, m_f->studentActor);
        QVERIFY(own);
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().studentId, m_f->amina);
        QCOMPARE(balances.load({}, m_f->teacher).error().code, Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestOutstandingBalances)
#include "tst_outstandingbalances.moc"
