#include "ui/StudentsPageTiming.h"

#include "app/core/Actor.h"
#include "ui/StudentTableModel.h"
#include "ui/StudentsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <optional>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

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

std::unique_ptr<QCoreApplication> StudentsPageTiming::offscreenApplication(int &argc, char **argv)
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

} // namespace

StudentsPageTimings StudentsPageTiming::measure(const Database &db, const QStringList &terms,
                                                int keyIntervalMs,
                                                const std::function<void(const QString &)> &log)
{
    StudentsPageTimings figures;
    const auto timedOut = [&figures](const QString &step) {
        figures.failure = StudentsPageTiming::tr("The students page did not finish %1 within %2 s.")
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
        return timedOut(StudentsPageTiming::tr("opening"));
    paint(*page);
    figures.openMs = elapsedMs(timer);
    if (log)
        log(StudentsPageTiming::tr(
                "open: page built after %1 ms, show() returned after %4 ms, first rows "
                "after %2 ms, shown after %3 ms")
                .arg(constructedMs, 0, 'f', 1)
                .arg(firstRowsMs, 0, 'f', 1)
                .arg(figures.openMs, 0, 'f', 1)
                .arg(shownMs, 0, 'f', 1));

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
            return timedOut(StudentsPageTiming::tr("clearing the search"));
        for (qsizetype i = 0; i + 1 < term.size(); ++i) {
            typeCharacter(field, term.at(i));
            runEventsFor(keyIntervalMs);
        }
        timer.start();
        searchStartedMs = -1;
        rowsArrivedMs = -1;
        typeCharacter(field, term.back());
        if (!waitUntil([&] { return showsSearch(*page, term); }))
            return timedOut(StudentsPageTiming::tr("searching"));
        paint(*page);
        figures.filterMs << elapsedMs(timer);
        figures.delayMs << std::max(0.0, searchStartedMs);
        if (rowsArrivedMs >= searchStartedMs)
            figures.queryMs << rowsArrivedMs - searchStartedMs;
        ++figures.terms;
        if (log)
            log(StudentsPageTiming::tr(
                    "%1: search started after %2 ms, first rows after %3 ms, shown after "
                    "%4 ms")
                    .arg(term)
                    .arg(searchStartedMs, 0, 'f', 1)
                    .arg(rowsArrivedMs, 0, 'f', 1)
                    .arg(figures.filterMs.last(), 0, 'f', 1));
    }

    field->clear();
    if (!waitUntil([&] { return showsSearch(*page, {}) && !model->isLoading(); }))
        return timedOut(StudentsPageTiming::tr("clearing the search"));
    const auto middle = scrollTo(*page, 0.5);
    const auto end = middle ? scrollTo(*page, 1.0) : std::nullopt;
    if (!end)
        return timedOut(StudentsPageTiming::tr("scrolling"));
    figures.scrollMiddleMs = *middle;
    figures.scrollEndMs = *end;

    return figures;
}

} // namespace cd
