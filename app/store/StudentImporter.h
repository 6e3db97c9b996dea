#pragma once

#include "app/core/Actor.h"
#include "app/core/CsvReader.h"
#include "app/core/Result.h"
#include "app/core/Student.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <functional>

namespace cd {

class Database;

// What a CSV column holds.
enum class ImportField {
    Ignore,
    StudentNumber,
    FirstName,
    LastName,
    Email,
    Phone,
    DateOfBirth,
    Batch,
    Program,
    Status,
    GuardianName,
    GuardianRelationship,
    GuardianPhone,
    GuardianEmail,
};

// One CSV column -> field per column of the file, in the file's order.
using ImportMapping = QList<ImportField>;

// One problem found in the file. `row` is the row as a spreadsheet numbers it (the header is
// row 1), 0 for a problem of the whole file (such as the mapping); `column` is the CSV column's
// name, empty when the problem is the row's.
struct ImportIssue
{
    qsizetype row = 0;
    QString column;
    QString message; // translated

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

struct ImportReport
{
    qsizetype rows = 0; // data rows in the file
    qsizetype ready = 0; // rows without a problem
    qsizetype imported = 0; // rows written (commit only; 0 after a dry run or a refusal)
    QList<ImportIssue> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Imports students from a parsed CSV file: builds each row into a Student through the mapping,
// checks it (StudentRules, the dates and status, student numbers twice in the file or already
// taken) and reports every problem with its row and column. dryRun() writes nothing; commit()
// writes every student, their guardian and their journal entries in one transaction, or nothing.
// Both require Action::EditStudents. Everything is checked before the transaction begins, so the
// write lock is held only while writing.
class StudentImporter
{
    Q_DECLARE_TR_FUNCTIONS(StudentImporter)
public:
    // Rows done so far and the total; return false to cancel.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    StudentImporter(const Database &db, const Actor &actor);

    // Dates are read as ISO (2008-04-30) or in this locale's short format (default: QLocale()).
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setToday(const QDate &today) { m_today = today; }
    // Used for rows whose batch or program is empty, or when no column holds them: an intake
    // often arrives without them.
    void setDefaultBatch(const QString &batch) { m_defaultBatch = batch.trimmed(); }
    void setDefaultProgram(const QString &program) { m_defaultProgram = program.trimmed(); }

    static QList<ImportField> allFields();
    static QString fieldLabel(ImportField field);
    // Guesses each column's field from its name, in English and French ("Student No", "Nom",
    // "Prénom", "Courriel"...); unknown names and second uses of a field are Ignore.
    static ImportMapping guessMapping(const QStringList &header);
    // Problems with the mapping itself: a required field without a column (or default), a field
    // given to two columns. Translated sentences; empty when the mapping can be used.
    QStringList mappingProblems(const ImportMapping &mapping) const;

    Result<ImportReport> dryRun(const CsvTable &table, const ImportMapping &mapping,
                                const Progress &progress = {}) const;
    // Writes everything or nothing. A report with errors (and imported = 0) when any row has a
    // problem; an Error when the actor may not import, on cancellation or a database failure.
    Result<ImportReport> commit(const CsvTable &table, const ImportMapping &mapping,
                                const Progress &progress = {});

    static QString cancelledMessage();

private:
    struct Prepared;
    Result<Prepared> prepare(const CsvTable &table, const ImportMapping &mapping,
                             const Progress &progress) const;
    QDate parseDate(const QString &text, bool *ok) const;

    const Database &m_db;
    Actor m_actor;
    QLocale m_locale;
    QDate m_today = QDate::currentDate();
    QString m_defaultBatch;
    QString m_defaultProgram;
};

} // namespace cd
