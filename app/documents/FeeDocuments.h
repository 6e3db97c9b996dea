#pragma once

#include "app/core/Actor.h"
#include "app/core/Fees.h"
#include "app/core/Result.h"
#include "app/documents/DocumentData.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Receipts and statements of account made from the fee ledger, as `viewer` may see it.
class FeeDocuments
{
    Q_DECLARE_TR_FUNCTIONS(FeeDocuments)
public:
    // The receipt of one ledger entry, with what was left on its invoice right after it.
    static Result<Receipt> receipt(const Database &db, const LedgerEntry &entry,
                                   const Actor &viewer, const SchoolHeader &school,
                                   const QDateTime &printedAt);

    // A student's statement of account on `asOf`: every invoice and ledger row with the running
    // balance and the totals.
    static Result<Statement> statement(const Database &db, const Id &studentId, const QDate &asOf,
                                       const Actor &viewer, const SchoolHeader &school);
};

} // namespace cd
