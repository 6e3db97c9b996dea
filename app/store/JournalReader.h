#pragma once

#include "app/core/Actor.h"
#include "app/core/AuditEntry.h"
#include "app/core/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace cd {

class Database;

// A mutation waiting in the outbox, in the shape the sync protocol sends it.
struct OutboxEntry
{
    qint64 seq = 0;
    Id mutationId; // idempotency key
    QString table;
    QString op; // insert, update, delete
    Id rowId;
    qint64 baseRev = 0;
    QJsonObject fields;
    QDateTime createdAt;
};

struct AuditQuery
{
    Id actorId;
    QString entity;
    Id entityId;
    QDateTime from; // inclusive; invalid = open
    QDateTime to; // exclusive; invalid = open
    int limit = 200;
};

// Reads what ChangeWriter journals: the outbox for the sync engine, the audit log for people.
class JournalReader
{
public:
    explicit JournalReader(const Database &db) : m_db(db) { }

    Result<QList<OutboxEntry>> pendingMutations(int limit = 500) const;
    Result<int> pendingCount() const;
    // Newest first. Refused as Forbidden unless the actor may read the audit log.
    Result<QList<AuditEntry>> auditEntries(const AuditQuery &query, const Actor &actor) const;
    // The entity names present in the audit log, sorted: the choices of a filter.
    Result<QStringList> auditEntities() const;

private:
    const Database &m_db;
};

} // namespace cd
