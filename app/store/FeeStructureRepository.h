#pragma once

#include "app/core/Actor.h"
#include "app/core/Fees.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Fee structures: what each program's students owe for a semester. Reads need ViewFees,
// writes EditFees; every write is journaled through ChangeWriter.
class FeeStructureRepository
{
    Q_DECLARE_TR_FUNCTIONS(FeeStructureRepository)
public:
    explicit FeeStructureRepository(const Database &db) : m_db(db) { }

    // The semester's structures by program, then description. An empty semesterId lists all.
    Result<QList<FeeStructure>> list(const Id &semesterId, const Actor &viewer) const;
    Result<FeeStructure> find(const Id &id, const Actor &viewer) const;
    Result<FeeStructure> create(FeeStructure structure, const Actor &actor);
    // Saves the differences between `original` (as loaded) and `edited`; a field someone else
    // changed in between is a Conflict and nothing is written. Invoices already generated keep
    // the amounts they were made with.
    Result<FeeStructure> update(const FeeStructure &original, const FeeStructure &edited,
                                const Actor &actor);
    // A tombstone; the invoices made from it stay.
    Result<void> remove(const Id &id, const Actor &actor);

private:
    Result<void> check(const FeeStructure &structure) const;
    const Database &m_db;
};

} // namespace cd
