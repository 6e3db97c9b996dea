#pragma once

#include "app/core/Result.h"
#include "app/store/StudentRepository.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Writes every student a query matches (all of them, not only the pages a table has read so
// far) to a CSV file through CsvWriter, with the students table's columns. The file is written
// atomically (QSaveFile): on any error the target is left as it was. Runs wherever it is called;
// the students page calls it on the thread pool.
class StudentCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(StudentCsvExport)
public:
    static constexpr int chunkSize = 2000; // rows read from the store at a time

    // One student's fields in the table's column order (StudentTableModel::Column).
    static QStringList fields(const StudentListItem &student);
    // Writes the header line and the rows; returns how many students were written.
    static Result<int> write(const Database &db, const StudentQuery &query, const Actor &viewer,
                             const QStringList &headers, const QString &path);
};

} // namespace cd
