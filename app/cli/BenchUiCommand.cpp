// `campusdesk-cli bench ui`: the real students page, shown offscreen over a large school, timed
// the way a user feels it (opening, typing a name, jumping through the list). The one command
// that builds widgets: campusdesk-cli creates a QApplication only for it.
#include "app/cli/BenchSupport.h"
#include "app/cli/Command.h"
#include "app/store/Database.h"
#include "app/store/DemoSchool.h"
#include "app/store/StudentRepository.h"
#include "ui/StudentTableModel.h"
#include "ui/StudentsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <random>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

std::function<void(int)> progressPrinter();

namespace {

QtMessageHandler defaultMessageHandler = nullptr;

// The offscreen platform warns each time a window's size hints change: noise in a benchmark.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (type == QtWarningMsg && message.contains(u"propagateSizeHints"_s))
        return;
    if (defaultMessageHandler)
        defaultMessageHandler(type, context, message);
}

} // namespace

std::unique_ptr<QCoreApplication> offscreenApplication(int &argc, char **argv)
{
    // The platform plugin is chosen when the application is constructed, so this comes first.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultMessageHandler = qInstallMessageHandler(quietOffscreenWarnings);
    return std::make_unique<QApplication>(argc, argv);
}

namespace {

constexpr int waitLimitMs = 60000; // a step that takes longer than this is reported as a failure

// Runs the event loop until `done()` holds; false if it did not within waitLimitMs.
template<typename F> bool waitUntil(F &&done)
{
    QTimer heartbeat; // wakes the loop now and then, so the time limit is noticed
    heartbeat.start(20);
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > waitLimitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void runEventsFor(int ms)
{
    QElapsedTimer timer;
    timer.start();
    (void)waitUntil([&] { return timer.elapsed() >= ms; });
}

// The table shows rows and the first and last rows in view have their data.
bool rowsInViewLoaded(const StudentsPage &page)
{
    const StudentTableModel *model = page.studentModel();
    const QTableView *table = page.studentTable();
    if (model->rowCount() == 0)
        return false;
    const int top = std::max(0, table->rowAt(0));
    int bottom = table->rowAt(table->viewport()->height() - 1);
    if (bottom < 0)
        bottom = model->rowCount() - 1;
    for (const int row : {top, bottom}) {
        if (!model->data(model->index(row, StudentTableModel::LastNameColumn)).isValid())
            return false;
    }
    return true;
}

// The table shows the answer to `search`: its first rows, or nothing left to load when none match.
bool showsSearch(const StudentsPage &page, const QString &search)
{
    const StudentTableModel *model = page.studentModel();
    if (model->query().search.simplified() != search.simplified())
        return false;
    return rowsInViewLoaded(page) || (model->rowCount() == 0 && !model->isLoading());
}

// What the page shows once the loop has delivered it: a synchronous paint of the table.
void paint(const StudentsPage &page)
{
    page.studentTable()->viewport()->repaint();
}

void typeCharacter(QLineEdit *field, QChar c)
{
    const int key = c.isLetter() && c.unicode() < 128 ? Qt::Key_A + (c.toUpper().unicode() - 'A')
        : c == u' '                                   ? int(Qt::Key_Space)
                                                      : int(Qt::Key_unknown);
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QCoreApplication::sendEvent(field, &press);
    QCoreApplication::sendEvent(field, &release);
}

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

// Jumps the scroll bar to `fraction` of its range; ms until the rows in view are painted.
std::optional<double> scrollTo(StudentsPage &page, double fraction)
{
    QScrollBar *bar = page.studentTable()->verticalScrollBar();
    QElapsedTimer timer;
    timer.start();
    bar->setValue(int(double(bar->maximum()) * fraction));
    if (!waitUntil([&] { return rowsInViewLoaded(page); }))
        return std::nullopt;
    paint(page);
    return elapsedMs(timer);
}

UiFigures measure(const Database &db, const QStringList &terms, int keyIntervalMs, bool verbose)
{
    UiFigures figures;
    const auto timedOut = [&figures](const QString &step) {
        figures.failure = Cli::tr("The students page did not finish %1 within %2 s.")
                              .arg(step)
                              .arg(waitLimitMs / 1000);
        return figures;
    };

    // In the app the page opens inside a window that is already up, with fonts and style loaded;
    // a first widget pays for that here, so open_ms is the page's own cost.
    QElapsedTimer timer;
    timer.start();
    {
        QWidget warmUp;
        warmUp.resize(400, 300);
        auto *table = new QTableView(&warmUp);
        table->resize(400, 300);
        new QLineEdit(u"Qt"_s, &warmUp);
        warmUp.show();
        runEventsFor(0);
        warmUp.repaint();
    }
    figures.qtStartupMs = elapsedMs(timer);

    timer.start();
    auto page = std::make_unique<StudentsPage>(db, Actor::system());
    const double constructedMs = elapsedMs(timer);
    double firstRowsMs = -1;
    QObject::connect(page->studentModel(), &QAbstractItemModel::rowsInserted, page.get(),
                     [&] { firstRowsMs = firstRowsMs < 0 ? elapsedMs(timer) : firstRowsMs; });
    page->resize(1100, 750);
    page->show();
    const double shownMs = elapsedMs(timer);
    if (!waitUntil([&] { return rowsInViewLoaded(*page); }))
        return timedOut(Cli::tr("opening"));
    paint(*page);
    figures.openMs = elapsedMs(timer);
    if (verbose)
        err() << Cli::tr("open: page built after %1 ms, show() returned after %4 ms, first rows "
                         "after %2 ms, shown after %3 ms")
                     .arg(constructedMs, 0, 'f', 1)
                     .arg(firstRowsMs, 0, 'f', 1)
                     .arg(figures.openMs, 0, 'f', 1)
                     .arg(shownMs, 0, 'f', 1)
              << '\n';

    QLineEdit *field = page->searchField();
    StudentTableModel *model = page->studentModel();
    double searchStartedMs = -1;
    double rowsArrivedMs = -1;
    QObject::connect(model, &QAbstractItemModel::modelReset, page.get(), [&] {
        searchStartedMs = elapsedMs(timer); // the last reset is the final text's search
        rowsArrivedMs = -1;
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, page.get(), [&] {
        if (rowsArrivedMs < 0)
            rowsArrivedMs = elapsedMs(timer);
    });
    for (const auto &term : terms) {
        // Each name is typed into an empty field over the whole list, one key at a time.
        field->clear();
        if (!waitUntil([&] { return showsSearch(*page, {}) && !model->isLoading(); }))
            return timedOut(Cli::tr("clearing the search"));
        for (qsizetype i = 0; i + 1 < term.size(); ++i) {
            typeCharacter(field, term.at(i));
            runEventsFor(keyIntervalMs);
        }
        timer.start();
        searchStartedMs = -1;
        rowsArrivedMs = -1;
        typeCharacter(field, term.back());
        if (!waitUntil([&] { return showsSearch(*page, term); }))
            return timedOut(Cli::tr("searching"));
        paint(*page);
        figures.filter.ms << elapsedMs(timer);
        figures.delay.ms << std::max(0.0, searchStartedMs);
        if (rowsArrivedMs >= searchStartedMs)
            figures.query.ms << rowsArrivedMs - searchStartedMs;
        ++figures.terms;
        if (verbose)
            err() << Cli::tr("%1: search started after %2 ms, first rows after %3 ms, shown after "
                             "%4 ms")
                         .arg(term)
                         .arg(searchStartedMs, 0, 'f', 1)
                         .arg(rowsArrivedMs, 0, 'f', 1)
                         .arg(figures.filter.ms.last(), 0, 'f', 1)
                  << '\n';
    }

    field->clear();
    if (!waitUntil([&] { return showsSearch(*page, {}) && !model->isLoading(); }))
        return timedOut(Cli::tr("clearing the search"));
    const auto middle = scrollTo(*page, 0.5);
    const auto end = middle ? scrollTo(*page, 1.0) : std::nullopt;
    if (!end)
        return timedOut(Cli::tr("scrolling"));
    figures.scrollMiddleMs = *middle;
    figures.scrollEndMs = *end;

    return figures;
}

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

    UiFigures figures;
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
        figures = measure(**db, nameTerms(repository, studentCount, termCount, rng), interval,
                          parser.isSet(verbose));
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
        {u"filter_p50_ms"_s, round2(figures.filter.percentile(50))},
        {u"filter_p95_ms"_s, round2(figures.filter.percentile(95))},
        {u"filter_max_ms"_s, round2(figures.filter.percentile(100))},
        {u"filter_delay_p95_ms"_s, round2(figures.delay.percentile(95))},
        {u"filter_query_p95_ms"_s, round2(figures.query.percentile(95))},
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
