#include "app/store/InvoiceGenerator.h"

#include "app/core/Dates.h"
#include "app/core/Permissions.h"
#include "app/store/BulkInserter.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/FeeStructureRepository.h"
#include "app/store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

namespace cd {

using namespace Qt::Literals::StringLiterals;

struct InvoiceGenerator::Plan
{
    FeeStructure structure;
    QList<Id> students; // to invoice, in the filter's order
    InvoiceGeneration counts;
};

namespace {

// The outbox rows of the invoices, on the raw handle like BulkInserter (the outbox is not a
// synced table, so BulkInserter's sync columns do not apply).
class OutboxInserter
{
public:
    explicit OutboxInserter(const QSqlDatabase &db) : m_db(sql::handle(db))
    {
        if (m_db)
            sqlite3_prepare_v3(
                m_db,
                "INSERT INTO outbox (mutation_id, table_name, op, row_id, base_rev, "
                "fields, created_at) VALUES (?, 'fee_invoice', 'insert', ?, 0, ?, ?)",
                -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    }
    ~OutboxInserter() { sqlite3_finalize(m_statement); }
    OutboxInserter(const OutboxInserter &) = delete;
    OutboxInserter &operator=(const OutboxInserter &) = delete;

    Result<void> add(const QByteArray &rowId, const QByteArray &fields, qint64 createdAt)
    {
        if (!m_statement)
            return failure();
        const QByteArray mutation = newId().toUtf8();
        sqlite3_bind_text(m_statement, 1, mutation.constData(), int(mutation.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(m_statement, 2, rowId.constData(), int(rowId.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(m_statement, 3, fields.constData(), int(fields.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_statement, 4, createdAt);
        const bool done = sqlite3_step(m_statement) == SQLITE_DONE;
        const Error error = done ? Error() : failure();
        sqlite3_reset(m_statement);
        if (!done)
            return error;
        return {};
    }

private:
    Error failure() const
    {
        return Error::make(
            Error::Code::Database,
            QCoreApplication::translate("Store", "The database could not complete the request."),
            u"insert into outbox: "_s
                + QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not an SQLite connection"));
    }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

QJsonObject describe(const StudentQuery &filter)
{
    QJsonObject o;
    if (!filter.search.isEmpty())
        o.insert(u"search"_s, filter.search);
    if (!filter.batch.isEmpty())
        o.insert(u"batch"_s, filter.batch);
    if (!filter.program.isEmpty())
        o.insert(u"program"_s, filter.program);
    if (filter.status)
        o.insert(u"status"_s, codeOf(*filter.status));
    if (!filter.courseId.isEmpty())
        o.insert(u"courseId"_s, filter.courseId);
    if (filter.archived)
        o.insert(u"archived"_s, true);
    return o;
}

} // namespace

Result<InvoiceGenerator::Plan>
InvoiceGenerator::plan(const Id &structureId, const StudentQuery &filter, const Actor &actor) const
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    auto structure = FeeStructureRepository(m_db).find(structureId, actor);
    if (!structure)
        return structure.error();
    Plan plan;
    plan.structure = *structure;
    // A structure for one program invoices only that program's students.
    StudentQuery query = filter;
    if (!structure->program.isEmpty()) {
        if (!query.program.isEmpty() && query.program != structure->program)
            return plan; // the filter names another program: nobody
        query.program = structure->program;
    }
    auto ids = StudentRepository(m_db).ids(query, actor);
    if (!ids)
        return ids.error();
    auto existing = sql::run(m_db.connection(),
                             u"SELECT student_id FROM fee_invoice WHERE fee_structure_id = ? "
                             u"AND deleted = 0"_s,
                             {structureId});
    if (!existing)
        return existing.error();
    QSet<Id> invoiced;
    while (existing->next())
        invoiced.insert(existing->value(0).toString());
    plan.counts.matched = int(ids->size());
    for (const auto &id : std::as_const(*ids)) {
        if (invoiced.contains(id))
            ++plan.counts.skipped;
        else
            plan.students.append(id);
    }
    plan.counts.created = int(plan.students.size());
    return plan;
}

Result<InvoiceGeneration> InvoiceGenerator::preview(const Id &structureId,
                                                    const StudentQuery &filter,
                                                    const Actor &actor) const
{
    auto planned = plan(structureId, filter, actor);
    if (!planned)
        return planned.error();
    return planned->counts;
}

Result<InvoiceGeneration> InvoiceGenerator::generateInvoices(const Id &structureId,
                                                             const StudentQuery &filter,
                                                             const Actor &actor,
                                                             const QDate &issuedOn,
                                                             const Progress &progress)
{
    const QSqlDatabase db = m_db.connection();
    InvoiceGeneration result;
    // Planned inside the write transaction, so an invoice made meanwhile by someone else is
    // skipped rather than refused by the unique index.
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto planned = plan(structureId, filter, actor);
        if (!planned)
            return planned.error();
        result = planned->counts;
        result.created = 0;
        const FeeStructure &s = planned->structure;
        const int total = int(planned->students.size());
        if (progress && !progress(0, total)) {
            result.cancelled = true;
            return Error::make(Error::Code::Invalid, {});
        }
        ChangeWriter writer(db, actor);
        const qint64 now = toStoredInstant(writer.now());
        const QDate issued = issuedOn.isValid() && issuedOn < s.dueOn ? issuedOn : s.dueOn;
        const QString issuedText = toStoredDate(issued);
        const QString dueText = toStoredDate(s.dueOn);
        const QString description = s.description.trimmed();

        BulkInserter invoices(db, u"fee_invoice"_s,
                              {u"id"_s, u"student_id"_s, u"semester_id"_s, u"description"_s,
                               u"amount_minor"_s, u"currency"_s, u"issued_on"_s, u"due_on"_s,
                               u"fee_structure_id"_s, u"late_fee_minor"_s,
                               u"late_fee_after_days"_s},
                              now, actor.userId);
        OutboxInserter outbox(db);
        // The outbox fields are what ChangeWriter::insert would send; only the row's own
        // values differ, so the common part is built once.
        QJsonObject fields{{u"semester_id"_s, s.semesterId},
                           {u"description"_s, description},
                           {u"amount_minor"_s, s.amount.minorUnits()},
                           {u"currency"_s, s.amount.currency()},
                           {u"issued_on"_s, issuedText},
                           {u"due_on"_s, dueText},
                           {u"fee_structure_id"_s, s.id},
                           {u"late_fee_minor"_s, s.lateFee.minorUnits()},
                           {u"late_fee_after_days"_s, s.lateFeeAfterDays}};
        for (int i = 0; i < total; ++i) {
            const Id id = newId();
            const Id &student = planned->students.at(i);
            if (auto added
                = invoices.add({id, student, s.semesterId, description, s.amount.minorUnits(),
                                s.amount.currency(), issuedText, dueText, s.id,
                                s.lateFee.minorUnits(), s.lateFeeAfterDays});
                !added)
                return added;
            fields.insert(u"student_id"_s, student);
            if (auto queued = outbox.add(id.toUtf8(),
                                         QJsonDocument(fields).toJson(QJsonDocument::Compact), now);
                !queued)
                return queued;
            ++result.created;
            if (progress && (i + 1) % 1000 == 0 && !progress(i + 1, total)) {
                result.cancelled = true;
                return Error::make(Error::Code::Invalid, {});
            }
        }
        if (progress)
            progress(total, total);
        return writer.audit(u"generate_invoices"_s, u"fee_structure"_s, s.id,
                            QJsonObject{{u"description"_s, description},
                                        {u"created"_s, result.created},
                                        {u"skipped"_s, result.skipped},
                                        {u"filter"_s, describe(filter)}});
    });
    if (result.cancelled) {
        result.created = 0;
        return result;
    }
    if (!done)
        return done.error();
    return result;
}

} // namespace cd
