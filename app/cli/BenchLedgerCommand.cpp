#include "app/cli/BenchSupport.h"
#include "app/cli/Command.h"
#include "app/documents/ReportCardBatch.h"
#include "app/documents/ReportCards.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/DemoSchool.h"
#include "app/store/FeeStructureRepository.h"
#include "app/store/InvoiceGenerator.h"
#include "app/store/OutstandingBalances.h"
#include "app/store/SchoolSettings.h"
#include "app/store/StudentRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

std::function<void(int)> progressPrinter();

namespace {

struct LedgerBench
{
    const Database &db;
    QDate today;
    int runs = 3;
};

// The fee ledger's figures: invoices generated in bulk for every student of the school (one
// transaction), then the outstanding-balances view of the semester read back. Each bench
// group fills the one JSON object the command prints; other groups (report cards) are
// functions of the same shape called after this one.
Result<void> measureInvoices(const LedgerBench &bench, QJsonObject &result)
{
    const Actor office = Actor::system();
    auto semester = CourseRepository(bench.db).semesterOn(bench.today);
    if (!semester)
        return semester.error();
    // A structure of its own for every run, so a reused database is invoiced again in full.
    FeeStructure structure;
    structure.semesterId = semester->id;
    structure.description
        = u"Benchmark fee %1"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QString currency = SchoolSettings::load(bench.db).currency;
    structure.amount = Money(125000, currency);
    structure.dueOn = semester->startsOn.addDays(30);
    structure.lateFee = Money(2500, currency);
    structure.lateFeeAfterDays = 7;
    auto created = FeeStructureRepository(bench.db).create(structure, office);
    if (!created)
        return created.error();

    InvoiceGenerator generator(bench.db);
    Result<InvoiceGeneration> generated = InvoiceGeneration();
    const double invoiceMs = timeMs([&] {
        generated
            = generator.generateInvoices(created->id, StudentQuery(), office, semester->startsOn);
    });
    if (!generated)
        return generated.error();
    // Named after the school size the target is set for; "students" says what was measured.
    result.insert(u"invoices_100000_s"_s, round2(invoiceMs / 1000.0));
    result.insert(u"invoices_created"_s, generated->created);
    result.insert(u"invoices_per_s"_s,
                  qint64(generated->created / std::max(invoiceMs / 1000.0, 1e-3)));

    BalanceQuery query;
    query.semesterId = semester->id;
    query.today = bench.today;
    const OutstandingBalances balances(bench.db);
    Timings timings;
    qsizetype rows = 0;
    for (int i = 0; i < bench.runs; ++i) {
        Result<QList<BalanceRow>> loaded = QList<BalanceRow>();
        timings.ms << timeMs([&] { loaded = balances.load(query, office); });
        if (!loaded)
            return loaded.error();
        rows = loaded->size();
    }
    result.insert(u"outstanding_ms"_s, round2(timings.percentile(50)));
    result.insert(u"outstanding_first_ms"_s, round2(timings.ms.first()));
    result.insert(u"outstanding_rows"_s, qint64(rows));
    return {};
}

// Report cards of a whole school: each student's results read from the store and written as
// one PDF per student, all cores working. A school of its own (full demo data: courses,
// categories, marks), seeded after the end of the semester so every result is final.
Result<void> measureReportCards(int cards, QJsonObject &result)
{
    QTemporaryDir work;
    if (!work.isValid())
        return Error::make(Error::Code::Io,
                           Cli::tr("Could not create a folder for the report cards."));
    DemoSchoolOptions options;
    options.students = cards;
    options.today = QDate(2026, 12, 30);
    const QString file = QDir(work.path()).filePath(u"report-cards.sqlite"_s);
    if (auto seeded = DemoSchool::createFile(file, options, false, {}); !seeded)
        return seeded.error();
    auto db = Database::open(file);
    if (!db)
        return db.error();

    QElapsedTimer timer;
    timer.start();
    const Actor office = Actor::system();
    StudentQuery everyone;
    everyone.limit = cards;
    auto students = StudentRepository(**db).list(everyone, office);
    if (!students)
        return students.error();
    const SchoolHeader school = ReportCards::schoolHeader(**db);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QList<ReportCard> all;
    all.reserve(students->size());
    for (const StudentListItem &student : std::as_const(*students)) {
        auto results = StudentResultsQuery(**db).load(student.id, office);
        if (!results)
            return results.error();
        if (results->semesters.isEmpty())
            continue;
        all.append(ReportCards::fromResults(*results, results->semesters.last(), school, locale,
                                            options.today));
    }
    const double readS = double(timer.elapsed()) / 1000.0;

    const QString folder = QDir(work.path()).filePath(u"cards"_s);
    QDir().mkpath(folder);
    ReportCardBatch batch;
    if (!batch.start(all, folder, ReportCardBatch::Mode::FilePerStudent,
                     DocumentOptions::forLocale(locale)))
        return Error::make(Error::Code::Io, Cli::tr("The report cards could not be started."));
    const ReportCardBatchSummary summary = batch.waitForFinished();
    if (!summary.ok())
        return Error::make(Error::Code::Io, summary.error);
    const double totalS = double(timer.elapsed()) / 1000.0;

    qint64 bytes = 0;
    for (const QString &written : summary.files)
        bytes += QFileInfo(written).size();
    // Named after the 2,000 cards the target is set for; "report_cards" says how many.
    result.insert(u"report_cards_2000_s"_s, round2(totalS));
    result.insert(u"report_cards"_s, summary.written);
    result.insert(u"report_cards_read_s"_s, round2(readS));
    result.insert(u"report_card_ms"_s, round2(totalS * 1000.0 / std::max(summary.written, 1)));
    result.insert(u"report_card_kb"_s,
                  round2(double(bytes) / 1024.0 / std::max(summary.written, 1)));
    result.insert(u"report_card_workers"_s, summary.workers);
    return {};
}

} // namespace

// campusdesk-cli bench ledger: bulk invoicing and the outstanding balances of a school.
int benchLedgerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Generate a fee's invoices for every student of a school and read the "
                "outstanding balances."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"ledger"_s, Cli::tr("The benchmark to run."));
    const QCommandLineOption students(
        u"students"_s, Cli::tr("Number of students (default 100000)."), u"N"_s, u"100000"_s);
    const QCommandLineOption seed(u"seed"_s, Cli::tr("Random seed (default 1)."), u"S"_s, u"1"_s);
    const QCommandLineOption today(u"today"_s,
                                   Cli::tr("The semester's current day (default 2026-11-22)."),
                                   u"YYYY-MM-DD"_s, u"2026-11-22"_s);
    const QCommandLineOption runs(
        u"runs"_s, Cli::tr("Runs of the outstanding-balances read (default 3)."), u"N"_s, u"3"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    const QCommandLineOption dbFile(
        u"db"_s,
        Cli::tr("Use this database, seeding it (students only) first if it does not exist. "
                "Each run adds one fee's invoices to it."),
        u"FILE"_s);
    const QCommandLineOption reportCards(
        u"report-cards"_s,
        Cli::tr("Report cards to write, from a school of that many students (default 2000; 0 "
                "skips them)."),
        u"N"_s, u"2000"_s);
    parser.addOptions({students, seed, today, runs, json, dbFile, reportCards});
    parser.process(arguments);

    DemoSchoolOptions options;
    options.students = parser.value(students).toInt();
    options.seed = parser.value(seed).toULongLong();
    options.today = QDate::fromString(parser.value(today), Qt::ISODate);
    options.peopleOnly = true;
    const int runCount = parser.value(runs).toInt();
    bool cardsOk = false;
    const int cardCount = parser.value(reportCards).toInt(&cardsOk);
    if (options.students < 1 || !options.today.isValid() || runCount < 1 || !cardsOk
        || cardCount < 0) {
        err() << Cli::tr("--students takes a number of at least 1; --today a date like "
                         "2026-11-22; --runs a number of at least 1; --report-cards a number of "
                         "at least 0.")
              << '\n';
        return 2;
    }

    QTemporaryDir temporary;
    if (!parser.isSet(dbFile) && !temporary.isValid()) {
        err() << Cli::tr("Could not create a folder for the benchmark database.") << '\n';
        return 1;
    }
    const QString file = parser.isSet(dbFile) ? parser.value(dbFile)
                                              : QDir(temporary.path()).filePath(u"ledger.sqlite"_s);
    QJsonObject result;
    if (!QFileInfo::exists(file)) {
        QElapsedTimer timer;
        timer.start();
        auto seeded = DemoSchool::createFile(file, options, false,
                                             parser.isSet(json) ? std::function<void(int)>()
                                                                : progressPrinter());
        if (!seeded) {
            err() << seeded.error().message << '\n' << seeded.error().detail << '\n';
            return 1;
        }
        result.insert(u"seed_s"_s, round2(double(timer.elapsed()) / 1000.0));
    }
    auto db = Database::open(file);
    if (!db) {
        err() << db.error().message << '\n';
        return 1;
    }
    auto count = StudentRepository(**db).count(StudentQuery(), Actor::system());
    if (!count) {
        err() << count.error().message << '\n';
        return 1;
    }
    result.insert(u"students"_s, *count);

    const LedgerBench bench{**db, options.today, runCount};
    if (auto measured = measureInvoices(bench, result); !measured) {
        err() << measured.error().message << '\n' << measured.error().detail << '\n';
        return 1;
    }

    if (cardCount > 0) {
        if (auto measured = measureReportCards(cardCount, result); !measured) {
            err() << measured.error().message << '\n' << measured.error().detail << '\n';
            return 1;
        }
    }

    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            out() << it.key().leftJustified(24) << it.value().toVariant().toString() << '\n';
    }
    return 0;
}

} // namespace cd::cli
