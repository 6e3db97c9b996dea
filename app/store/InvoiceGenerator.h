#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/store/StudentRepository.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace cd {

class Database;

// What generating a structure's invoices did (or would do).
struct InvoiceGeneration
{
    int matched = 0; // students the filter matched, within the structure's program
    int created = 0; // invoices made (preview: that would be made)
    int skipped = 0; // students who already have an invoice for the structure
    bool cancelled = false; // stopped by the progress callback: nothing was written
};

// Makes one invoice from a fee structure for each student a StudentQuery matches (the students
// page's filters: batch, program, status, course, search), skipping those who already have one
// for that structure.
//
// It is a bulk write: all invoices in one transaction, through prepared statements reused for
// every row (100,000 students take seconds; ChangeWriter per row would take minutes). Each
// invoice still gets its own outbox entry, so it syncs like any other row; the audit log gets
// one entry for the batch, naming the structure, the filters and the counts, rather than one
// per invoice (which would only repeat the structure 100,000 times).
class InvoiceGenerator
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceGenerator)
public:
    explicit InvoiceGenerator(const Database &db) : m_db(db) { }

    // Counts only; writes nothing. Needs EditFees.
    Result<InvoiceGeneration> preview(const Id &structureId, const StudentQuery &filter,
                                      const Actor &actor) const;

    // `progress(done, total)` is called now and then from the calling thread; returning false
    // cancels, rolling everything back. Invoices are issued on `issuedOn` (or on the due date
    // if that is earlier, since an invoice cannot fall due before it is issued).
    using Progress = std::function<bool(int done, int total)>;
    Result<InvoiceGeneration> generateInvoices(const Id &structureId, const StudentQuery &filter,
                                               const Actor &actor,
                                               const QDate &issuedOn = QDate::currentDate(),
                                               const Progress &progress = {});

private:
    struct Plan;
    Result<Plan> plan(const Id &structureId, const StudentQuery &filter, const Actor &actor) const;
    const Database &m_db;
};

} // namespace cd
