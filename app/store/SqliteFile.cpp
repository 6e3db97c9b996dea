#include "app/store/SqliteFile.h"

#include <QFile>
#include <QtEndian>

namespace cd {

SqliteFileHeader SqliteFileHeader::read(const QString &path)
{
    SqliteFileHeader header;
    QFile file(path);
    if (!file.exists())
        return header;
    if (file.size() == 0) {
        header.kind = Kind::Empty;
        return header;
    }
    header.kind = Kind::NotSqlite;
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;

    // Layout: https://www.sqlite.org/fileformat.html#the_database_header
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    header.kind = Kind::Sqlite;
    const quint32 pageSize = qFromBigEndian<quint16>(data + 16);
    const quint32 effective = pageSize == 1 ? 65536 : pageSize;
    header.pageSizeValid
        = effective >= 512 && effective <= 65536 && (effective & (effective - 1)) == 0;
    header.userVersion = qFromBigEndian<quint32>(data + 60);
    header.applicationId = qFromBigEndian<quint32>(data + 68);
    return header;
}

} // namespace cd
