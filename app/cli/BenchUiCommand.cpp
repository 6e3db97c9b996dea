// `campusdesk-cli bench ui`: the real students page, shown offscreen over a large school, timed
// the way a user feels it (opening, typing a name, jumping through the list). The widget work is
// ui/StudentsPageTiming; campusdesk-cli creates a QApplication only for this command.
#include "app/cli/BenchSupport.h"
#include "app/cli/Command.h"
#include "app/store/Database.h"
#include "app/store/DemoSchool.h"
#include "app/store/StudentRepository.h"
#include "ui/StudentsPageTiming.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThreadPool>

#include <random>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

std::function<void(int)> progressPrinter();

namespace {

// What people type to find a student by name: the first one to four letters of a last name
// (mostly) or a first name of students that exist.
QStringList nameTerms(const StudentRepository &students, int total, int count, std::mt19937_64 &rng)
{
    QStringList terms;
    std::uniform_int_distribution<int> length(1, 4);
    for (const StudentListItem &s : randomStudents(students, total, count * 2, rng)) {
        const QString name = terms.size() % 10 < 7 ? s.lastName : s.firstName;
        const QString term = name.left(length(rng)).trimmed();
        if (!term.isEmpty() && terms.size() < count)
            terms << term;
    }
    return terms;
}

struct UiFigures
{
    double qtStartupMs = 0; // the first widget shown: fonts, style, the offscreen platform
    double openMs = 0;
    Timings filter; // last keystroke -> first rows of the answer painted
    Timings delay; // last keystroke -> the page starting the search
    Timings query; // the search starting -> its first rows arriving from the store
    double scrollMiddleMs = 0;
    double scrollEndMs = 0;
    int terms = 0;
    QString failure; // why the run stopped early, if it did
};

} // namespace

int benchUiCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Show the real students page offscreen over a large school and time opening it, "
                "typing names into its search field and jumping through the list."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"ui"_s, Cli::tr("The benchmark to run."));
    const QCommandLineOption students(
        u"students"_s, Cli::tr("Number of students (default 100000)."), u"N"_s, u"100000"_s);
    const QCommandLineOption seed(u"seed"_s, Cli::tr("Random seed (default 1)."), u"S"_s, u"1"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    const QCommandLineOption reuse(
        u"reuse"_s, Cli::tr("Measure this database, seeding it first only if it does not exist."),
        u"FILE"_s);
    const QCommandLineOption terms(u"terms"_s, Cli::tr("How many names to type (default 50)."),
                                   u"N"_s, u"50"_s);
    const QCommandLineOption keyInterval(u"key-interval"_s,
                                         Cli::tr("Milliseconds between keystrokes (default 100)."),
                                         u"MS"_s, u"100"_s);
    const QCommandLineOption verbose(u"verbose"_s,
                                     Cli::tr("Print each step's timings on the error output."));
    parser.addOptions({students, seed, json, reuse, terms, keyInterval, verbose});
    parser.process(arguments);

    DemoSchoolOptions options;
    options.students = parser.value(students).toInt();
    options.seed = parser.value(seed).toULongLong();
    options.today = QDate(2026, 11, 22); // fixed, so runs compare
    const int termCount = parser.value(terms).toInt();
    bool intervalOk = false;
    const int interval = parser.value(keyInterval).toInt(&intervalOk);
    if (options.students < 100 || termCount < 1 || !intervalOk || interval < 0) {
        err() << Cli::tr("--students takes a number of at least 100, --terms a positive number "
                         "and --key-interval a number of milliseconds.")
              << '\n';
        return 2;
    }

    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        err() << Cli::tr("Could not create a folder for the benchmark database.") << '\n';
        return 1;
    }
    const QString file = parser.isSet(reuse) ? parser.value(reuse)
                                             : QDir(temporary.path()).filePath(u"bench.sqlite"_s);
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
    }
    const double dbMb = double(QFileInfo(file).size()) / (1024.0 * 1024.0);

    StudentsPageTimings figures;
    int studentCount = 0;
    {
        auto db = Database::open(file);
        if (!db) {
            err() << db.error().message << '\n';
            return 1;
        }
        const StudentRepository repository(**db);
        const auto counted = repository.count({}, Actor::system());
        studentCount = counted ? *counted : 0;
        std::mt19937_64 rng(options.seed);
        std::function<void(const QString &)> log;
        if (parser.isSet(verbose))
            log = [](const QString &line) {
                err() << line << '\n';
            };
        figures = StudentsPageTiming::measure(
            **db, nameTerms(repository, studentCount, termCount, rng), interval, log);
        QThreadPool::globalInstance()->waitForDone(); // no page load may outlive the database
    }
    if (!figures.failure.isEmpty()) {
        err() << figures.failure << '\n';
        return 1;
    }

    QJsonObject result{
        {u"students"_s, studentCount},
        {u"db_mb"_s, round2(dbMb)},
        {u"open_ms"_s, round2(figures.openMs)},
        {u"qt_startup_ms"_s, round2(figures.qtStartupMs)},
        {u"filter_p50_ms"_s, round2(Timings{figures.filterMs}.percentile(50))},
        {u"filter_p95_ms"_s, round2(Timings{figures.filterMs}.percentile(95))},
        {u"filter_max_ms"_s, round2(Timings{figures.filterMs}.percentile(100))},
        {u"filter_delay_p95_ms"_s, round2(Timings{figures.delayMs}.percentile(95))},
        {u"filter_query_p95_ms"_s, round2(Timings{figures.queryMs}.percentile(95))},
        {u"scroll_ms"_s, round2(std::max(figures.scrollMiddleMs, figures.scrollEndMs))},
        {u"scroll_middle_ms"_s, round2(figures.scrollMiddleMs)},
        {u"scroll_end_ms"_s, round2(figures.scrollEndMs)},
        {u"terms"_s, figures.terms},
        {u"key_interval_ms"_s, interval},
    };
    if (seedSeconds >= 0)
        result.insert(u"seed_s"_s, round2(seedSeconds));
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            out() << it.key().leftJustified(24) << it.value().toVariant().toString() << '\n';
    }
    return 0;
}

} // namespace cd::cli
