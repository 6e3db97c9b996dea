#include "app/cli/Command.h"
#include "app/core/CsvReader.h"
#include "app/core/CsvWriter.h"
#include "app/store/Database.h"
#include "app/store/StudentImporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// An intake as a spreadsheet exports it: header, quoted names with commas, guardians.
bool writeIntake(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(CsvWriter::byteOrderMark());
    file.write(CsvWriter::line({u"Student No"_s, u"First name"_s, u"Last name"_s, u"Email"_s,
                                u"Phone"_s, u"Date of birth"_s, u"Batch"_s, u"Program"_s,
                                u"Guardian"_s, u"Relationship"_s, u"Guardian phone"_s}));
    const QStringList first{u"Amélie"_s, u"Omar"_s, u"Chen"_s, u"Zoë"_s, u"Kwame"_s, u"Ines"_s};
    const QStringList last{u"Dupont"_s, u"O'Neil, Jr"_s, u"Haddad"_s, u"Nguyen"_s, u"Smith"_s};
    const QStringList programs{u"Computer Science"_s, u"Mathematics"_s, u"Physics"_s};
    for (int i = 0; i < rows; ++i) {
        const QString number = u"2026-%1"_s.arg(i + 1, 6, 10, QChar(u'0'));
        file.write(
            CsvWriter::line({number, first.at(i % first.size()), last.at(i % last.size()),
                             u"s%1@example.org"_s.arg(i + 1), u"+33 6 %1"_s.arg(10000000 + i),
                             QDate(2008, 1, 1).addDays(i % 700).toString(Qt::ISODate), u"2026"_s,
                             programs.at(i % programs.size()), u"Marie Curie"_s, u"Mother"_s,
                             u"+33 1 %1"_s.arg(20000000 + i)}));
    }
    return file.error() == QFileDevice::NoError;
}

double seconds(const QElapsedTimer &timer)
{
    return std::round(double(timer.nsecsElapsed()) / 1e7) / 100.0;
}

} // namespace

int benchImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Import a generated intake CSV into a new database and time each step."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, Cli::tr("The benchmark to run."));
    const QCommandLineOption rows(u"rows"_s, Cli::tr("Rows in the file (default 20000)."), u"N"_s,
                                  u"20000"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    const QCommandLineOption dir(u"dir"_s, Cli::tr("Folder for the files (default: temporary)."),
                                 u"DIR"_s);
    parser.addOptions({rows, json, dir});
    parser.process(arguments);
    bool numeric = false;
    const int count = parser.value(rows).toInt(&numeric);
    if (!numeric || count < 1) {
        err() << Cli::tr("--rows needs a positive number.") << '\n';
        return 2;
    }
    QTemporaryDir temporary;
    const QString folder = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    QDir().mkpath(folder);
    const QString csvPath = QDir(folder).filePath(u"intake.csv"_s);
    const QString dbPath = QDir(folder).filePath(u"bench-import.campusdesk"_s);
    QFile::remove(dbPath);
    if (!writeIntake(csvPath, count)) {
        err() << Cli::tr("Could not write %1.").arg(csvPath) << '\n';
        return 1;
    }
    auto db = Database::open(dbPath);
    if (!db) {
        err() << db.error().message << '\n';
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    auto table = CsvReader::readFile(csvPath);
    const double readS = seconds(timer);
    if (!table) {
        err() << table.error().message << '\n';
        return 1;
    }
    StudentImporter importer(**db, Actor::system());
    const ImportMapping mapping = StudentImporter::guessMapping(table->header);
    timer.restart();
    auto dry = importer.dryRun(*table, mapping);
    const double dryRunS = seconds(timer);
    timer.restart();
    auto imported = importer.commit(*table, mapping);
    const double importS = seconds(timer);
    for (const auto *report : {&dry, &imported}) {
        if (!*report) {
            err() << report->error().message << '\n';
            return 1;
        }
        if (!(*report)->ok()) {
            err() << (*report)->errors.first().message << '\n';
            return 1;
        }
    }

    const double fileMb = double(QFileInfo(csvPath).size()) / (1024.0 * 1024.0);
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{u"rows"_s, count},
                                           {u"file_mb"_s, std::round(fileMb * 100) / 100},
                                           {u"read_s"_s, readS},
                                           {u"dry_run_s"_s, dryRunS},
                                           {u"import_s"_s, importS},
                                           {u"imported"_s, qint64(imported->imported)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        out() << Cli::tr("%1 rows (%2 MB): read %3 s, dry run %4 s, import %5 s")
                     .arg(count)
                     .arg(fileMb, 0, 'f', 1)
                     .arg(readS)
                     .arg(dryRunS)
                     .arg(importS)
              << '\n';
    }
    return 0;
}

} // namespace cd::cli
