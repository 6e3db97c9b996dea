#include "app/store/InvoiceGenerator.h"
#include "app/store/JournalReader.h"
#include "tests/unit/FeesFixture.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestInvoiceGenerator : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FeesFixture> m_f;
    Id m_structure;

private slots:
    void init()
    {
        m_f = std::make_unique<test::FeesFixture>();
        QVERIFY(m_f->open());
        auto created = FeeStructureRepository(*m_f->db).create(m_f->tuition(), m_f->clerk);
        QVERIFY2(
            created,
            qPrintable(created ? QString() : created.error().message + created.error().detail));
        m_structure = created->id;
    }

    void generatesOnePerStudentWithOutboxRows()
    {
        InvoiceGenerator generator(*m_f->db);
        auto preview = generator.preview(m_structure, {}, m_f->clerk);
        QVERIFY(preview);
        QCOMPARE(preview->created, 3);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM fee_invoice"_s), 0);

        const qint64 outboxBefore = m_f->scalar(u"SELECT count(*) FROM outbox"_s);
        const qint64 auditBefore = m_f->scalar(u"SELECT count(*) FROM audit_log"_s);
        auto done = generator.generateInvoices(m_structure, {}, m_f->clerk, QDate(2026, 9, 1));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->created, 3);
        QCOMPARE(done->skipped, 0);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM fee_invoice WHERE fee_structure_id IS NOT "
                             u"NULL AND amount_minor = 245000 AND late_fee_minor = 2500 AND "
                             u"late_fee_after_days = 7 AND issued_on = '2026-09-01' AND "
                             u"due_on = '2026-09-28' AND rev = 0"_s),
                 3);
        // One outbox row per invoice, with the row's fields, so each syncs.
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox"_s) - outboxBefore, 3);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox o JOIN fee_invoice i ON i.id = o.row_id "
                             u"WHERE o.table_name = 'fee_invoice' AND o.op = 'insert' AND "
                             u"json_extract(o.fields, '$.student_id') = i.student_id AND "
                             u"json_extract(o.fields, '$.amount_minor') = 245000"_s),
                 3);
        // One audit entry for the batch, naming the structure and the count.
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM audit_log"_s) - auditBefore, 1);
        QCOMPARE(
            m_f->scalar(u"SELECT json_extract(details, '$.created') FROM audit_log WHERE "
                        u"action = 'generate_invoices' AND entity_id = '%1'"_s.arg(m_structure)),
            3);
        // The invoices read back as the repository's, with their rule and structure.
        auto invoices = FeeRepository(*m_f->db).invoicesOfStudent(m_f->amina, m_f->clerk);
        QCOMPARE(invoices->size(), 1);
        QCOMPARE(invoices->first().feeStructureId, m_structure);
        QCOMPARE(invoices->first().lateFee.minorUnits(), 2500);
    }

    void skipsStudentsAlreadyInvoiced()
    {
        InvoiceGenerator generator(*m_f->db);
        StudentQuery onlyAmina;
        onlyAmina.search = u"Haddad"_s;
        QCOMPARE(generator.generateInvoices(m_structure, onlyAmina, m_f->clerk)->created, 1);
        auto again = generator.generateInvoices(m_structure, {}, m_f->clerk);
        QVERIFY(again);
        QCOMPARE(again->matched, 3);
        QCOMPARE(again->created, 2);
        QCOMPARE(again->skipped, 1);
        auto third = generator.generateInvoices(m_structure, {}, m_f->clerk);
        QCOMPARE(third->created, 0);
        QCOMPARE(third->skipped, 3);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM fee_invoice"_s), 3);
    }

    void respectsTheFilterAndTheStructuresProgram()
    {
        InvoiceGenerator generator(*m_f->db);
        StudentQuery batch2024;
        batch2024.batch = u"2024"_s;
        auto done = generator.generateInvoices(m_structure, batch2024, m_f->clerk);
        QCOMPARE(done->created, 1);
        QCOMPARE(m_f->scalar(
                     u"SELECT count(*) FROM fee_invoice WHERE student_id = '%1'"_s.arg(m_f->chloe)),
                 1);
        // A structure for Nursing invoices only Nursing students, whatever the filter says.
        auto nursing = m_f->tuition(u"Nursing"_s);
        nursing.description = u"Clinical placement"_s;
        const Id placement = FeeStructureRepository(*m_f->db).create(nursing, m_f->clerk)->id;
        QCOMPARE(generator.preview(placement, {}, m_f->clerk)->created, 1);
        StudentQuery cs;
        cs.program = u"Computer Science"_s;
        QCOMPARE(generator.preview(placement, cs, m_f->clerk)->matched, 0);
    }

    void cancelWritesNothing()
    {
        InvoiceGenerator generator(*m_f->db);
        const qint64 outbox = m_f->scalar(u"SELECT count(*) FROM outbox"_s);
        int calls = 0;
        auto done = generator.generateInvoices(m_structure, {}, m_f->clerk, QDate(2026, 9, 1),
                                               [&](int, int total) {
                                                   ++calls;
                                                   return total == 0;
                                               });
        QVERIFY(done);
        QVERIFY(done->cancelled);
        QCOMPARE(done->created, 0);
        QVERIFY(calls >= 1);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM fee_invoice"_s), 0);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM outbox"_s), outbox);
    }

    void onlyStaffGenerate()
    {
        InvoiceGenerator generator(*m_f->db);
        QCOMPARE(generator.generateInvoices(m_structure, {}, m_f->teacher).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(generator.generateInvoices(m_structure, {}, m_f->studentActor).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(generator.preview(m_structure, {}, m_f->studentActor).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM fee_invoice"_s), 0);
        QCOMPARE(generator.generateInvoices(newId(), {}, m_f->clerk).error().code,
                 Error::Code::NotFound);
    }

    void structuresAreValidatedAndTombstoned()
    {
        FeeStructureRepository structures(*m_f->db);
        // The same description for the same program and semester is refused.
        auto twice = structures.create(m_f->tuition(), m_f->clerk);
        QVERIFY(!twice);
        QCOMPARE(twice.error().fields.first().field, u"description"_s);
        auto invalid = m_f->tuition();
        invalid.description = u"Books"_s;
        invalid.amount = Money(0, u"USD"_s);
        QCOMPARE(structures.create(invalid, m_f->clerk).error().fields.first().field, u"amount"_s);
        QCOMPARE(structures.create(m_f->tuition(), m_f->teacher).error().code,
                 Error::Code::Forbidden);
        // Update and remove.
        const auto original = *structures.find(m_structure, m_f->clerk);
        auto edited = original;
        edited.amount = Money(250000, u"USD"_s);
        QCOMPARE(structures.update(original, edited, m_f->clerk)->amount.minorUnits(), 250000);
        QCOMPARE(structures.update(original, edited, m_f->clerk).error().code,
                 Error::Code::Conflict);
        QCOMPARE(structures.list(m_f->semester, m_f->clerk)->size(), 1);
        QVERIFY(structures.remove(m_structure, m_f->clerk));
        QCOMPARE(structures.list(m_f->semester, m_f->clerk)->size(), 0);
        QCOMPARE(
            m_f->scalar(u"SELECT deleted FROM fee_structure WHERE id = '%1'"_s.arg(m_structure)),
            1);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceGenerator)
#include "tst_invoicegenerator.moc"
