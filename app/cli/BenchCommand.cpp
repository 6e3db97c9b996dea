#include "app/cli/BenchSupport.h"
#include "app/cli/Command.h"
#include "app/store/Database.h"
#include "app/store/DemoSchool.h"
#include "app/store/StudentRepository.h"
#include "app/store/StudentSummary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

std::function<void(int)> progressPrinter();

namespace {

// Realistic search-box input: prefixes of names, numbers and emails of students that exist.
QStringList searchTerms(const StudentRepository &students, int total, int count,
                        std::mt19937_64 &rng)
{
    QStringList terms;
    std::uniform_int_distribution<int> length(1, 4);
    for (const StudentListItem &s : randomStudents(students, total, count, rng)) {
        switch (terms.size() % 10) {
        case 0:
        case 1:
        case 2:
        case 3: terms << s.lastName.left(length(rng)); break;
        case 4:
        case 5: terms << s.firstName.left(length(rng)); break;
        case 6:
        case 7: terms << s.studentNumber.left(5 + length(rng)); break;
        case 8: terms << s.email.left(2 + length(rng)); break;
        default: terms << s.firstName + u' ' + s.lastName.left(length(rng)); break;
        }
    }
    return terms;
}

int benchDb(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Seed a fresh database and measure the queries the app depends on."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"db"_s, Cli::tr("The benchmark to run."));
    const QCommandLineOption students(
        u"students"_s, Cli::tr("Number of students (default 100000)."), u"N"_s, u"100000"_s);
    const QCommandLineOption seed(u"seed"_s, Cli::tr("Random seed (default 1)."), u"S"_s, u"1"_s);
    const QCommandLineOption today(
        u"today"_s,
        Cli::tr("The semester's current day (default 2026-11-22, fixed so runs compare)."),
        u"YYYY-MM-DD"_s, u"2026-11-22"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    const QCommandLineOption dir(
        u"dir"_s, Cli::tr("Folder for the database (default: a temporary folder)."), u"DIR"_s);
    const QCommandLineOption keep(u"keep"_s, Cli::tr("Keep the database file afterwards."));
    const QCommandLineOption reuse(
        u"reuse"_s, Cli::tr("Measure this database, seeding it first only if it does not exist."),
        u"FILE"_s);
    parser.addOptions({students, seed, today, json, dir, keep, reuse});
    parser.process(arguments);

    DemoSchoolOptions options;
    options.students = parser.value(students).toInt();
    options.seed = parser.value(seed).toULongLong();
    options.today = QDate::fromString(parser.value(today), Qt::ISODate);
    if (options.students < 100 || !options.today.isValid()) {
        err() << Cli::tr(
            "--students takes a number of at least 100; --today a date like 2026-11-22.")
              << '\n';
        return 2;
    }

    QTemporaryDir temporary(parser.isSet(dir) ? parser.value(dir) + u"/campusdesk-bench-XXXXXX"_s
                                              : QString());
    temporary.setAutoRemove(!parser.isSet(keep));
    if (!temporary.isValid()) {
        err() << Cli::tr("Could not create a folder for the benchmark database.") << '\n';
        return 1;
    }
    const QString file = parser.isSet(reuse) ? parser.value(reuse)
                                             : QDir(temporary.path()).filePath(u"bench.sqlite"_s);

    DemoSchoolReport report;
    double seedSeconds = -1; // not measured when reusing a file
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
        seedSeconds = double(timer.elapsed()) / 1000.0;
        report = *seeded;
    }
    const double dbMb = double(QFileInfo(file).size()) / (1024.0 * 1024.0);

    auto db = Database::open(file);
    if (!db) {
        err() << db.error().message << '\n';
        return 1;
    }
    const StudentRepository repository(**db);
    const Actor reader = Actor::system();
    const StudentSummaryQuery summaries(**db);
    if (seedSeconds < 0) {
        auto counted = repository.count({}, reader);
        report.students = counted ? *counted : 0;
        options.students = report.students;
    }
    std::mt19937_64 rng(options.seed);

    // Search: the first 100 rows for what someone types into the search box.
    Timings search;
    for (const auto &term : searchTerms(repository, options.students, 300, rng)) {
        StudentQuery q;
        q.search = term;
        q.limit = 100;
        search.ms << timeMs([&] { (void)repository.list(q, reader); });
    }

    // Paging: one sorted page of 100 anywhere in the list (a scroll-bar jump).
    Timings page;
    std::uniform_int_distribution<int> offset(0, options.students - 100);
    for (int i = 0; i < 200; ++i) {
        StudentQuery q;
        q.offset = offset(rng);
        q.limit = 100;
        q.totalHint = options.students; // a table model knows its row count
        page.ms << timeMs([&] { (void)repository.list(q, reader); });
    }

    // One student's attendance percentages, course totals and fee balance.
    Timings summary;
    QList<Id> ids;
    for (int i = 0; i < 200; ++i) {
        StudentQuery q;
        q.offset = offset(rng);
        q.limit = 1;
        if (auto found = repository.list(q, reader); found && !found->isEmpty())
            ids << found->first().id;
    }
    for (const auto &id : std::as_const(ids))
        summary.ms << timeMs([&] { (void)summaries.load(id, options.today, reader); });

    QJsonObject result{
        {u"students"_s, report.students},
        {u"db_mb"_s, round2(dbMb)},
        {u"search_p50_ms"_s, round2(search.percentile(50))},
        {u"search_p95_ms"_s, round2(search.percentile(95))},
        {u"search_max_ms"_s, round2(search.percentile(100))},
        {u"page_ms"_s, round2(page.percentile(50))},
        {u"page_p95_ms"_s, round2(page.percentile(95))},
        {u"student_summary_ms"_s, round2(summary.percentile(50))},
        {u"student_summary_p95_ms"_s, round2(summary.percentile(95))},
        {u"queries"_s,
         QJsonObject{{u"search"_s, search.ms.size()},
                     {u"page"_s, page.ms.size()},
                     {u"summary"_s, summary.ms.size()}}},
    };
    if (seedSeconds >= 0) { // what the seed made, when this run made it
        result.insert(u"seed_s"_s, round2(seedSeconds));
        result.insert(u"teachers"_s, report.teachers);
        result.insert(u"courses"_s, report.courses);
        result.insert(u"enrollments"_s, qint64(report.enrollments));
        result.insert(u"attendance_sessions"_s, report.sessions);
        result.insert(u"attendance_marks"_s, qint64(report.attendanceMarks));
        result.insert(u"assessment_marks"_s, qint64(report.marks));
        result.insert(u"invoices"_s, report.invoices);
        result.insert(u"ledger_entries"_s, report.ledgerEntries);
    }
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            if (!it.value().isObject())
                out() << it.key().leftJustified(24) << it.value().toVariant().toString() << '\n';
        if (parser.isSet(keep))
            out() << Cli::tr("Database kept at %1").arg(file) << '\n';
    }
    return 0;
}

} // namespace

int benchCommand(const QStringList &arguments)
{
    if (arguments.size() >= 2 && arguments.at(1) == u"db"_s)
        return benchDb(arguments);
    err() << Cli::tr("Usage: campusdesk-cli bench db|ui [--students N] [--json]") << '\n';
    return 2;
}

} // namespace cd::cli
