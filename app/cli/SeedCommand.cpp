#include "app/cli/Command.h"
#include "app/store/DemoSchool.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

// Shown on stderr while a long seed runs.
std::function<void(int)> progressPrinter()
{
    return [last = -1](int percent) mutable {
        if (percent == last)
            return;
        last = percent;
        err() << '\r' << Cli::tr("Creating the demo school… %1 %").arg(percent);
        if (percent == 100)
            err() << '\n';
        err().flush();
    };
}

int seedCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Create a deterministic demo school in a new database file."));
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, Cli::tr("The database file to create."), u"FILE"_s);
    const QCommandLineOption students(u"students"_s, Cli::tr("Number of students (default 2000)."),
                                      u"N"_s, u"2000"_s);
    const QCommandLineOption seed(u"seed"_s, Cli::tr("Random seed (default 1)."), u"S"_s, u"1"_s);
    const QCommandLineOption today(
        u"today"_s, Cli::tr("The day the semester has reached (default: today)."), u"YYYY-MM-DD"_s);
    const QCommandLineOption force(u"force"_s, Cli::tr("Replace the file if it exists."));
    const QCommandLineOption quiet(u"quiet"_s, Cli::tr("No progress output."));
    parser.addOptions({db, students, seed, today, force, quiet});
    parser.process(arguments);

    if (!parser.isSet(db)) {
        err() << Cli::tr("Name the database file to create with --db FILE.") << '\n';
        return 2;
    }
    DemoSchoolOptions options;
    bool ok = false;
    options.students = parser.value(students).toInt(&ok);
    if (!ok || options.students < 1 || options.students > 1'000'000) {
        err() << Cli::tr("--students takes a whole number from 1 to 1000000.") << '\n';
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err() << Cli::tr("--seed takes a whole number.") << '\n';
        return 2;
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            err() << Cli::tr("--today takes a date like 2026-11-22.") << '\n';
            return 2;
        }
    }

    QElapsedTimer timer;
    timer.start();
    const auto report = DemoSchool::createFile(parser.value(db), options, parser.isSet(force),
                                               parser.isSet(quiet) ? std::function<void(int)>()
                                                                   : progressPrinter());
    if (!report) {
        err() << report.error().message << '\n';
        if (!report.error().detail.isEmpty())
            err() << report.error().detail << '\n';
        return 1;
    }
    out() << Cli::tr(
                 "Created %1 in %2 s: %3 students, %4 teachers, %5 courses, %6 attendance marks, "
                 "%7 marks, %8 invoices.")
                 .arg(parser.value(db))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(report->students)
                 .arg(report->teachers)
                 .arg(report->courses)
                 .arg(report->attendanceMarks)
                 .arg(report->marks)
                 .arg(report->invoices)
          << '\n'
          << Cli::tr("Demo sign-ins (user name / password):") << '\n';
    for (const auto &account : DemoSchool::accounts())
        out() << "  " << account.username.leftJustified(8) << " / " << account.password << '\n';
    return 0;
}

} // namespace cd::cli
