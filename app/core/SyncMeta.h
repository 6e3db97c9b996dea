#pragma once

#include "app/core/Id.h"

#include <QDateTime>

namespace cd {

// The bookkeeping columns every synced row carries (see docs/architecture.md, "Data").
struct SyncMeta
{
    qint64 rev = 0; // the server's change sequence number; 0 = never synced
    QDateTime updatedAt; // UTC
    Id updatedBy; // user id of the last writer
    bool deleted = false; // tombstone
};

} // namespace cd
