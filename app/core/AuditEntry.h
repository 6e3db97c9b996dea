#pragma once

#include "app/core/Id.h"

#include <QDateTime>
#include <QJsonObject>

namespace cd {

// One line of the append-only audit log: who did what to which row, and what changed.
struct AuditEntry
{
    Id id;
    QDateTime at; // UTC
    Id actorId; // empty for CampusDesk itself
    QString actorName;
    QString action; // "create", "update", "archive", "append", "seed", ...
    QString entity; // table name, e.g. "student"
    Id entityId;
    QJsonObject details; // for updates: {"field": {"from": ..., "to": ...}}
};

} // namespace cd
