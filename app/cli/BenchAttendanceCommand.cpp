#include "app/cli/Command.h"
#include "app/store/AttendanceReport.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/DemoSchool.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

std::function<void(int)> progressPrinter();

namespace {

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

struct Timing
{
    double firstMs = 0; // the first run, which warms the cache like a page's first load
    double medianMs = 0;
    double medianCpuMs = 0; // processor time: what the query costs when the machine is busy
};

// The median of `runs` runs of `work`, wall clock and processor time.
template<typename F> Timing timeRuns(int runs, F &&work)
{
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t started = std::clock();
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
        cpu << double(std::clock() - started) * 1000.0 / CLOCKS_PER_SEC;
    }
    Timing timing;
    timing.firstMs = ms.first();
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    timing.medianMs = ms.at(ms.size() / 2);
    timing.medianCpuMs = cpu.at(cpu.size() / 2);
    return timing;
}

} // namespace

// campusdesk-cli bench attendance: the attendance statistics page's query on a demo school.
int benchAttendanceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Seed a demo school and measure the attendance statistics report."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"attendance"_s, Cli::tr("The benchmark to run."));
    const QCommandLineOption students(u"students"_s, Cli::tr("Number of students (default 10000)."),
                                      u"N"_s, u"10000"_s);
    const QCommandLineOption seed(u"seed"_s, Cli::tr("Random seed (default 1)."), u"S"_s, u"1"_s);
    const QCommandLineOption today(
        u"today"_s,
        Cli::tr("The semester's current day (default 2026-11-22, fixed so runs compare)."),
        u"YYYY-MM-DD"_s, u"2026-11-22"_s);
    const QCommandLineOption runs(u"runs"_s, Cli::tr("Runs of each query (default 5)."), u"N"_s,
                                  u"5"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    const QCommandLineOption dir(
        u"dir"_s, Cli::tr("Folder for the database (default: a temporary folder)."), u"DIR"_s);
    const QCommandLineOption reuse(
        u"reuse"_s, Cli::tr("Measure this database, seeding it first only if it does not exist."),
        u"FILE"_s);
    parser.addOptions({students, seed, today, runs, json, dir, reuse});
    parser.process(arguments);

    DemoSchoolOptions options;
    options.students = parser.value(students).toInt();
    options.seed = parser.value(seed).toULongLong();
    options.today = QDate::fromString(parser.value(today), Qt::ISODate);
    const int runCount = parser.value(runs).toInt();
    if (options.students < 100 || !options.today.isValid() || runCount < 1) {
        err() << Cli::tr("--students takes a number of at least 100; --today a date like "
                         "2026-11-22; --runs a number of at least 1.")
              << '\n';
        return 2;
    }

    QTemporaryDir temporary(parser.isSet(dir) ? parser.value(dir) + u"/campusdesk-bench-XXXXXX"_s
                                              : QString());
    if (!temporary.isValid()) {
        err() << Cli::tr("Could not create a folder for the benchmark database.") << '\n';
        return 1;
    }
    const QString file = parser.isSet(reuse) ? parser.value(reuse)
                                             : QDir(temporary.path()).filePath(u"bench.sqlite"_s);
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
        result.insert(u"students"_s, seeded->students);
        result.insert(u"attendance_sessions"_s, seeded->sessions);
        result.insert(u"attendance_marks"_s, qint64(seeded->attendanceMarks));
    }

    auto db = Database::open(file);
    if (!db) {
        err() << db.error().message << '\n';
        return 1;
    }
    const CourseRepository courses(**db);
    auto semester = courses.semesterOn(options.today);
    if (!semester) {
        err() << semester.error().message << '\n';
        return 1;
    }
    const Actor admin = Actor::system();
    // A teacher of the semester: the first course's first teacher.
    auto semesterCourses = courses.coursesInSemester(semester->id, admin);
    Actor teacher{{}, u"Teacher"_s, Role::Teacher};
    if (semesterCourses)
        for (const auto &course : std::as_const(*semesterCourses))
            if (!course.teacherIds.isEmpty()) {
                teacher.userId = course.teacherIds.first();
                break;
            }
    if (teacher.userId.isEmpty()) {
        err() << Cli::tr("The database has no course with a teacher in this semester.") << '\n';
        return 1;
    }

    AttendanceReportQuery query;
    query.semesterId = semester->id;
    const AttendanceReport report(**db);
    qsizetype schoolRows = 0, teacherRows = 0, schoolStudents = 0, below = 0;
    Id someStudent;
    QString failure;
    const Timing school = timeRuns(runCount, [&] {
        auto data = report.load(query, admin);
        if (!data) {
            failure = data.error().message + u'\n' + data.error().detail;
            return;
        }
        schoolRows = data->rows.size();
        if (!data->rows.isEmpty())
            someStudent = data->rows.at(data->rows.size() / 2).studentId;
        schoolStudents = data->totals.size();
        below = data->belowThreshold(query.policy.minimumPercent).size();
    });
    const Timing teacherTiming = timeRuns(runCount, [&] {
        auto data = report.load(query, teacher);
        if (!data) {
            failure = data.error().message + u'\n' + data.error().detail;
            return;
        }
        teacherRows = data->rows.size();
    });
    // The page's second table: one student's months (what a click on a row reads).
    const Timing months = timeRuns(runCount, [&] {
        if (auto rows = report.months(someStudent, query, admin); !rows)
            failure = rows.error().message + u'\n' + rows.error().detail;
    });
    if (!failure.isEmpty()) {
        err() << failure << '\n';
        return 1;
    }

    result.insert(u"report_ms"_s, round2(school.medianMs));
    result.insert(u"report_cpu_ms"_s, round2(school.medianCpuMs));
    result.insert(u"report_first_ms"_s, round2(school.firstMs));
    result.insert(u"report_rows"_s, qint64(schoolRows));
    result.insert(u"report_students"_s, qint64(schoolStudents));
    result.insert(u"below_threshold_rows"_s, qint64(below));
    result.insert(u"teacher_report_ms"_s, round2(teacherTiming.medianMs));
    result.insert(u"teacher_report_cpu_ms"_s, round2(teacherTiming.medianCpuMs));
    result.insert(u"teacher_report_first_ms"_s, round2(teacherTiming.firstMs));
    result.insert(u"teacher_report_rows"_s, qint64(teacherRows));
    result.insert(u"student_months_ms"_s, round2(months.medianMs));
    result.insert(u"student_months_cpu_ms"_s, round2(months.medianCpuMs));
    result.insert(u"runs"_s, runCount);
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            out() << it.key().leftJustified(24) << it.value().toVariant().toString() << '\n';
    }
    return 0;
}

} // namespace cd::cli
