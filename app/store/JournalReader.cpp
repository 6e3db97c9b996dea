#include "app/store/JournalReader.h"

#include "app/core/Permissions.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

#include <QJsonDocument>
#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;

static QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

Result<QList<OutboxEntry>> JournalReader::pendingMutations(int limit) const
{
    auto q
        = sql::run(m_db.connection(),
                   u"SELECT seq, mutation_id, table_name, op, row_id, base_rev, fields, created_at "
                   u"FROM outbox ORDER BY seq LIMIT ?"_s,
                   {limit});
    if (!q)
        return q.error();
    QList<OutboxEntry> entries;
    while (q->next())
        entries.append(OutboxEntry{q->value(0).toLongLong(), q->value(1).toString(),
                                   q->value(2).toString(), q->value(3).toString(),
                                   q->value(4).toString(), q->value(5).toLongLong(),
                                   jsonObject(q->value(6)), sql::toInstant(q->value(7))});
    return entries;
}

Result<int> JournalReader::pendingCount() const
{
    auto q = sql::run(m_db.connection(), u"SELECT count(*) FROM outbox"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<AuditEntry>> JournalReader::auditEntries(const AuditQuery &query,
                                                      const Actor &actor) const
{
    if (auto allowed = Permissions::require(actor, Action::ViewAuditLog); !allowed)
        return allowed.error();
    QStringList conditions{u"1 = 1"_s};
    QVariantList params;
    if (!query.actorId.isEmpty()) {
        conditions << u"actor_id = ?"_s;
        params << query.actorId;
    }
    if (!query.entity.isEmpty()) {
        conditions << u"entity = ?"_s;
        params << query.entity;
    }
    if (!query.entityId.isEmpty()) {
        conditions << u"entity_id = ?"_s;
        params << query.entityId;
    }
    if (query.from.isValid()) {
        conditions << u"at >= ?"_s;
        params << sql::instant(query.from);
    }
    if (query.to.isValid()) {
        conditions << u"at < ?"_s;
        params << sql::instant(query.to);
    }
    params << query.limit;
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, at, actor_id, actor_name, action, entity, entity_id, details FROM audit_log "
        u"WHERE %1 ORDER BY at DESC, rowid DESC LIMIT ?"_s.arg(conditions.join(u" AND "_s)),
        params);
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next())
        entries.append(AuditEntry{q->value(0).toString(), sql::toInstant(q->value(1)),
                                  q->value(2).toString(), q->value(3).toString(),
                                  q->value(4).toString(), q->value(5).toString(),
                                  q->value(6).toString(), jsonObject(q->value(7))});
    return entries;
}

Result<QStringList> JournalReader::auditEntities() const
{
    // A skip scan over the (entity, entity_id) index: one lookup per distinct name, however long
    // the log is, where SELECT DISTINCT would read every entry.
    auto q = sql::run(m_db.connection(),
                      u"WITH RECURSIVE names(entity) AS ("
                      u"SELECT min(entity) FROM audit_log UNION ALL "
                      u"SELECT (SELECT min(entity) FROM audit_log WHERE entity > names.entity) "
                      u"FROM names WHERE names.entity IS NOT NULL) "
                      u"SELECT entity FROM names WHERE entity IS NOT NULL"_s);
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

} // namespace cd
