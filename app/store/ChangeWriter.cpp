#include "app/store/ChangeWriter.h"

#include "app/core/Dates.h"
#include "app/store/Sql.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    // Binary columns (photos) travel as base64: fromVariant would read them as UTF-8 text.
    if (value.metaType().id() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    return QJsonValue::fromVariant(value);
}

bool isNumber(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Bool: return true;
    default: return false;
    }
}

// Compares a stored value with an expected one across the types QtSql hands back.
bool sameValue(const QVariant &stored, const QVariant &expected)
{
    if (stored.isNull() || expected.isNull())
        return stored.isNull() == expected.isNull()
            || (expected.metaType().id() == QMetaType::QString && expected.toString().isEmpty()
                && stored.toString().isEmpty());
    if (isNumber(stored) || isNumber(expected))
        return stored.toDouble() == expected.toDouble();
    if (stored.metaType().id() == QMetaType::QByteArray
        || expected.metaType().id() == QMetaType::QByteArray)
        return stored.toByteArray() == expected.toByteArray();
    return stored.toString() == expected.toString();
}

} // namespace

QList<FieldChange> diffFields(const Fields &before, const Fields &after)
{
    Q_ASSERT(before.size() == after.size());
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < before.size(); ++i) {
        Q_ASSERT(before.at(i).first == after.at(i).first);
        const QVariant &from = before.at(i).second;
        const QVariant &to = after.at(i).second;
        if (from.isNull() != to.isNull() || (!from.isNull() && !sameValue(from, to)))
            changes.append({before.at(i).first, from, to});
    }
    return changes;
}

ChangeWriter::ChangeWriter(QSqlDatabase db, Actor actor, QDateTime now)
    : m_db(std::move(db)), m_actor(std::move(actor)), m_now(std::move(now))
{
}

bool ChangeWriter::isSecret(const QString &column)
{
    // Password hashes are secrets; images are large binary data that would bloat the log.
    return column == u"password_hash"_s || column == u"image"_s;
}

QString ChangeWriter::fieldName(const QString &column)
{
    QString name;
    bool upper = false;
    for (QChar c : column) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        name.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return name;
}

Result<void> ChangeWriter::insert(const QString &table, const Id &id, const Fields &fields,
                                  const QString &action)
{
    Q_ASSERT(sql::isIdentifier(table));
    QStringList columns{u"id"_s, u"rev"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};
    QVariantList values{id, 0, toStoredInstant(m_now), sql::text(m_actor.userId), 0};
    QJsonObject wire;
    QJsonObject audited;
    for (const auto &[column, value] : fields) {
        Q_ASSERT(sql::isIdentifier(column));
        columns.append(column);
        values.append(value);
        wire.insert(column, toJson(value));
        audited.insert(column, isSecret(column) ? QJsonValue(u"(hidden)"_s) : toJson(value));
    }
    const QString statement = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s));

    return sql::inTransaction(m_db, [&]() -> Result<void> {
        if (auto inserted = sql::run(m_db, statement, values); !inserted)
            return inserted.error();
        return journal(table, u"insert"_s, id, 0, wire, action,
                       QJsonObject{{u"fields"_s, audited}});
    });
}

Result<void> ChangeWriter::update(const QString &table, const Id &id,
                                  const QList<FieldChange> &changes, const QString &action)
{
    Q_ASSERT(sql::isIdentifier(table));
    if (changes.isEmpty())
        return {};
    QStringList columns;
    for (const auto &change : changes) {
        Q_ASSERT(sql::isIdentifier(change.column));
        columns.append(change.column);
    }

    return sql::inTransaction(m_db, [&]() -> Result<void> {
        auto current = sql::run(
            m_db,
            u"SELECT rev, deleted, %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), table),
            {id});
        if (!current)
            return current.error();
        if (!current->next() || current->value(1).toInt() == 1)
            return Error::make(Error::Code::NotFound,
                               tr("This record no longer exists; someone may have deleted it."));
        const qint64 baseRev = current->value(0).toLongLong();

        Error conflict{Error::Code::Conflict,
                       tr("Someone else changed this record since you opened it. Your changes were "
                          "not saved; reload it to see theirs."),
                       {},
                       {}};
        QStringList assignments;
        QVariantList values;
        QJsonObject wire;
        QJsonObject audited;
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const auto &change = changes.at(i);
            const QVariant stored = current->value(int(i) + 2);
            if (!sameValue(stored, change.from))
                conflict.fields.append(
                    {fieldName(change.column), tr("Changed by someone else since you opened it.")});
            assignments.append(change.column + u" = ?"_s);
            values.append(change.to);
            wire.insert(change.column, toJson(change.to));
            audited.insert(change.column,
                           isSecret(change.column)
                               ? QJsonValue(u"(changed)"_s)
                               : QJsonValue(QJsonObject{{u"from"_s, toJson(stored)},
                                                        {u"to"_s, toJson(change.to)}}));
        }
        if (!conflict.fields.isEmpty())
            return conflict;

        assignments.append(u"updated_at = ?"_s);
        assignments.append(u"updated_by = ?"_s);
        values << toStoredInstant(m_now) << sql::text(m_actor.userId) << id;
        auto updated = sql::run(
            m_db, u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, assignments.join(u", "_s)), values);
        if (!updated)
            return updated.error();
        return journal(table, u"update"_s, id, baseRev, wire, action,
                       QJsonObject{{u"changes"_s, audited}});
    });
}

Result<void> ChangeWriter::remove(const QString &table, const Id &id, const QString &action)
{
    Q_ASSERT(sql::isIdentifier(table));
    return sql::inTransaction(m_db, [&]() -> Result<void> {
        auto current
            = sql::run(m_db, u"SELECT rev FROM %1 WHERE id = ? AND deleted = 0"_s.arg(table), {id});
        if (!current)
            return current.error();
        if (!current->next())
            return Error::make(Error::Code::NotFound,
                               tr("This record no longer exists; someone may have deleted it."));
        const qint64 baseRev = current->value(0).toLongLong();
        auto removed = sql::run(
            m_db,
            u"UPDATE %1 SET deleted = 1, updated_at = ?, updated_by = ? WHERE id = ?"_s.arg(table),
            {toStoredInstant(m_now), sql::text(m_actor.userId), id});
        if (!removed)
            return removed.error();
        return journal(table, u"delete"_s, id, baseRev, QJsonObject{{u"deleted"_s, true}}, action,
                       {});
    });
}

Result<void> ChangeWriter::audit(const QString &action, const QString &entity, const Id &entityId,
                                 const QJsonObject &details)
{
    auto written
        = sql::run(m_db,
                   u"INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity, "
                   u"entity_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {newId(), toStoredInstant(m_now), sql::text(m_actor.userId),
                    sql::text(m_actor.name), action, entity, sql::text(entityId),
                    QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!written)
        return written.error();
    return {};
}

Result<void> ChangeWriter::journal(const QString &table, const QString &op, const Id &rowId,
                                   qint64 baseRev, const QJsonObject &fields, const QString &action,
                                   const QJsonObject &details)
{
    auto queued = sql::run(m_db,
                           u"INSERT INTO outbox (mutation_id, table_name, op, row_id, base_rev, "
                           u"fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                           {newId(), table, op, rowId, baseRev,
                            QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)),
                            toStoredInstant(m_now)});
    if (!queued)
        return queued.error();
    return audit(action, table, rowId, details);
}

} // namespace cd
