#pragma once

#include <QString>
#include <QStringView>

namespace cd {

// Row identity: a UUID as lower-case text without braces, made by whoever creates the row.
// New ids are version 7 (RFC 9562): they begin with the creation time, so rows created together
// sit together in every B-tree index, which keeps bulk inserts and sync cursors cheap.
using Id = QString;

Id newId();

// Builds a version 7 UUID from its parts; `newId()` and the deterministic demo seeder use it.
Id uuidV7(qint64 unixMs, quint64 randomA, quint64 randomB);

bool isValidId(QStringView text);

} // namespace cd
