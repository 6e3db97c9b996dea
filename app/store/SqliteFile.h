#pragma once

#include <QString>

namespace cd {

// What the first 100 bytes of a file say about it, read with plain file I/O so that inspecting
// a file SQLite would refuse (or damage) never opens it as a database.
struct SqliteFileHeader
{
    enum class Kind { Missing, Empty, NotSqlite, Sqlite };

    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    bool pageSizeValid = false;

    static SqliteFileHeader read(const QString &path);
};

} // namespace cd
