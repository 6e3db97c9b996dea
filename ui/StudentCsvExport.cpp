#include "ui/StudentCsvExport.h"

#include "app/core/CsvWriter.h"

#include <QDir>
#include <QSaveFile>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QStringList StudentCsvExport::fields(const StudentListItem &s)
{
    return {s.studentNumber, s.lastName, s.firstName,
            s.program,       s.batch,    StudentRules::statusName(s.status),
            s.email};
}

Result<int> StudentCsvExport::write(const Database &db, const StudentQuery &query,
                                    const Actor &viewer, const QStringList &headers,
                                    const QString &path)
{
    const auto failed = [&path](const QString &reason) {
        return Error::make(Error::Code::Io,
                           tr("The students could not be exported to %1: %2")
                               .arg(QDir::toNativeSeparators(path), reason));
    };
    const StudentRepository students(db);
    auto total = students.count(query, viewer);
    if (!total)
        return total.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.write(CsvWriter::byteOrderMark());
    file.write(CsvWriter::line(headers));
    StudentQuery chunk = query;
    chunk.limit = chunkSize;
    chunk.totalHint = *total;
    int written = 0;
    for (chunk.offset = 0; chunk.offset < *total; chunk.offset += chunkSize) {
        auto rows = students.list(chunk, viewer);
        if (!rows) {
            file.cancelWriting();
            return rows.error();
        }
        for (const StudentListItem &s : std::as_const(*rows))
            file.write(CsvWriter::line(fields(s)));
        written += int(rows->size());
    }
    if (!file.commit())
        return failed(file.errorString());
    return written;
}

} // namespace cd
