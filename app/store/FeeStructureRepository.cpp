#include "app/store/FeeStructureRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString structureColumns
    = u"id, semester_id, program, description, amount_minor, currency, due_on, late_fee_minor, "
      u"late_fee_after_days, "_s
    + QString::fromUtf16(sql::syncColumns);

FeeStructure structureFrom(const QSqlQuery &q)
{
    FeeStructure s;
    s.id = q.value(0).toString();
    s.semesterId = q.value(1).toString();
    s.program = q.value(2).toString();
    s.description = q.value(3).toString();
    s.amount = Money(q.value(4).toLongLong(), q.value(5).toString());
    s.dueOn = sql::toDate(q.value(6));
    s.lateFee = Money(q.value(7).toLongLong(), s.amount.currency());
    s.lateFeeAfterDays = q.value(8).toInt();
    s.meta = sql::syncMeta(q, 9);
    return s;
}

Fields structureFields(const FeeStructure &s)
{
    return {{u"semester_id"_s, s.semesterId},
            {u"program"_s, sql::text(s.program.trimmed())},
            {u"description"_s, s.description.trimmed()},
            {u"amount_minor"_s, s.amount.minorUnits()},
            {u"currency"_s, s.amount.currency()},
            {u"due_on"_s, sql::date(s.dueOn)},
            {u"late_fee_minor"_s, s.lateFee.minorUnits()},
            {u"late_fee_after_days"_s, s.lateFeeAfterDays}};
}

FeeStructure normalized(FeeStructure s)
{
    if (s.lateFee.currency().isEmpty())
        s.lateFee = Money::zero(s.amount.currency());
    return s;
}

} // namespace

Result<QList<FeeStructure>> FeeStructureRepository::list(const Id &semesterId,
                                                         const Actor &viewer) const
{
    if (auto allowed = Permissions::require(viewer, Action::ViewFees); !allowed)
        return allowed.error();
    const QString where
        = semesterId.isEmpty() ? u"deleted = 0"_s : u"deleted = 0 AND semester_id = ?"_s;
    auto q
        = sql::run(m_db.connection(),
                   u"SELECT %1 FROM fee_structure WHERE %2 ORDER BY program, description, id"_s.arg(
                       structureColumns, where),
                   semesterId.isEmpty() ? QVariantList() : QVariantList{semesterId});
    if (!q)
        return q.error();
    QList<FeeStructure> result;
    while (q->next())
        result.append(structureFrom(*q));
    return result;
}

Result<FeeStructure> FeeStructureRepository::find(const Id &id, const Actor &viewer) const
{
    if (auto allowed = Permissions::require(viewer, Action::ViewFees); !allowed)
        return allowed.error();
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM fee_structure WHERE id = ? AND deleted = 0"_s.arg(structureColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Code::NotFound, tr("The fee structure was not found."));
    return structureFrom(*q);
}

Result<void> FeeStructureRepository::check(const FeeStructure &s) const
{
    if (const auto v = FeeRules::validate(s); !v.ok())
        return Error::invalid(v);
    const QSqlDatabase db = m_db.connection();
    auto semester
        = sql::exists(db, u"SELECT 1 FROM semester WHERE id = ? AND deleted = 0"_s, {s.semesterId});
    if (!semester)
        return semester.error();
    if (!*semester)
        return Error::invalidField(u"semesterId"_s, tr("The semester was not found."));
    auto taken = sql::exists(
        db,
        u"SELECT 1 FROM fee_structure WHERE semester_id = ? AND program = ? "
        u"AND description = ? COLLATE NOCASE AND id <> ? AND deleted = 0"_s,
        {s.semesterId, sql::text(s.program.trimmed()), s.description.trimmed(), s.id});
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::invalidField(
            u"description"_s,
            tr("This semester already has a fee with this description for this program."));
    return {};
}

Result<FeeStructure> FeeStructureRepository::create(FeeStructure structure, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    if (structure.id.isEmpty())
        structure.id = newId();
    structure = normalized(structure);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = sql::inTransaction(m_db.connection(), [&]() -> Result<void> {
        if (auto ok = check(structure); !ok)
            return ok;
        return writer.insert(u"fee_structure"_s, structure.id, structureFields(structure));
    });
    if (!done)
        return done.error();
    return find(structure.id, actor);
}

Result<FeeStructure> FeeStructureRepository::update(const FeeStructure &original,
                                                    const FeeStructure &edited, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    Q_ASSERT(original.id == edited.id);
    const FeeStructure after = normalized(edited);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = sql::inTransaction(m_db.connection(), [&]() -> Result<void> {
        if (auto ok = check(after); !ok)
            return ok;
        return writer.update(
            u"fee_structure"_s, after.id,
            diffFields(structureFields(normalized(original)), structureFields(after)));
    });
    if (!done)
        return done.error();
    return find(after.id, actor);
}

Result<void> FeeStructureRepository::remove(const Id &id, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditFees); !allowed)
        return allowed.error();
    return ChangeWriter(m_db.connection(), actor).remove(u"fee_structure"_s, id);
}

} // namespace cd
