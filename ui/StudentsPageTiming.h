#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace cd {

class Database;

// What `campusdesk-cli bench ui` measures on the real StudentsPage, in milliseconds.
struct StudentsPageTimings
{
    double qtStartupMs = 0; // the first widget shown: fonts, style, the offscreen platform
    double openMs = 0; // page built -> its first rows painted
    QList<double> filterMs; // last keystroke -> first rows of the answer painted
    QList<double> delayMs; // last keystroke -> the page starting the search
    QList<double> queryMs; // the search starting -> its first rows arriving from the store
    double scrollMiddleMs = 0;
    double scrollEndMs = 0;
    int terms = 0;
    QString failure; // why the run stopped early, if it did
};

// Drives the real students page for the benchmark, so the command line needs no widget code.
class StudentsPageTiming
{
    Q_DECLARE_TR_FUNCTIONS(StudentsPageTiming)
public:
    // A QApplication on the offscreen platform: only `bench ui` shows widgets.
    static std::unique_ptr<QCoreApplication> offscreenApplication(int &argc, char **argv);
    // Shows the page over `db`, types each term into its search field one key every
    // `keyIntervalMs`, then jumps to the middle and the end of the list. `log`, if set, hears
    // each step's timings.
    static StudentsPageTimings measure(const Database &db, const QStringList &terms,
                                       int keyIntervalMs,
                                       const std::function<void(const QString &)> &log = {});
};

} // namespace cd
