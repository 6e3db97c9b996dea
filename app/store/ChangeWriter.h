#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariant>

namespace cd {

using Fields = QList<std::pair<QString, QVariant>>; // column -> stored value, in order

// One column's edit: the value the editor started from and the value it wants.
struct FieldChange
{
    QString column;
    QVariant from;
    QVariant to;
};

// The changes that turn `before` into `after` (same columns, same order).
QList<FieldChange> diffFields(const Fields &before, const Fields &after);

// The single way rows of synced tables change. Each call writes, in one transaction:
//  1. the row itself, with updated_at / updated_by stamped;
//  2. its outbox entry (idempotency key, base rev, changed fields) for the sync engine;
//  3. its audit entry (who, when, what changed).
// Updates are checked field by field: if a column no longer holds the editor's `from` value,
// somebody else changed it first and the update is refused as a Conflict, writing nothing.
class ChangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWriter)
public:
    ChangeWriter(QSqlDatabase db, Actor actor, QDateTime now = QDateTime::currentDateTimeUtc());

    Result<void> insert(const QString &table, const Id &id, const Fields &fields,
                        const QString &action = QStringLiteral("create"));
    Result<void> update(const QString &table, const Id &id, const QList<FieldChange> &changes,
                        const QString &action = QStringLiteral("update"));
    // Tombstone: the row stays, marked deleted, so the deletion can sync.
    Result<void> remove(const QString &table, const Id &id,
                        const QString &action = QStringLiteral("delete"));
    // An audit entry for something that is not a row change (a seed, an export, a sign-in).
    Result<void> audit(const QString &action, const QString &entity, const Id &entityId,
                       const QJsonObject &details = {});

    const Actor &actor() const { return m_actor; }
    const QDateTime &now() const { return m_now; }

    // Columns whose values never appear in the audit log (secrets and images).
    static bool isSecret(const QString &column);
    // "student_number" -> "studentNumber": the field name forms and validation use.
    static QString fieldName(const QString &column);

private:
    Result<void> journal(const QString &table, const QString &op, const Id &rowId, qint64 baseRev,
                         const QJsonObject &fields, const QString &action,
                         const QJsonObject &details);

    QSqlDatabase m_db;
    Actor m_actor;
    QDateTime m_now;
};

} // namespace cd
