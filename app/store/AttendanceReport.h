#pragma once

#include "app/core/Actor.h"
#include "app/core/AttendanceStats.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// What an attendance report covers. A semester gives its courses and its dates; without one,
// `from`..`to` (both included; an invalid date leaves that end open) over every course.
struct AttendanceReportQuery
{
    Id semesterId;
    QDate from;
    QDate to;
    Id courseId; // optional filters; empty: all the viewer may see
    QString batch;
    QString program;
    AttendancePolicy policy; // late weight and the minimum used for standings
};

// One student in one course: the marks in force over the period.
struct AttendanceReportRow
{
    Id studentId;
    QString studentNumber;
    QString studentName; // "First Last"
    Id courseId;
    QString courseCode;
    QString courseTitle;
    AttendanceTally tally;
    std::optional<double> percent; // nothing when no session counts
    AttendanceStanding standing = AttendanceStanding::NoData;
};

// One student over every course of the report (the "semester total").
struct AttendanceStudentTotal
{
    Id studentId;
    QString studentNumber;
    QString studentName;
    AttendanceTally tally;
    std::optional<double> percent;
    AttendanceStanding standing = AttendanceStanding::NoData;
};

// One student's month in one course.
struct AttendanceMonthRow
{
    Id courseId;
    QString courseCode;
    YearMonth month;
    AttendanceTally tally;
};

struct AttendanceReportData
{
    AttendancePolicy policy;
    QList<AttendanceReportRow> rows; // by student number, then course code
    QList<AttendanceStudentTotal> totals; // by student number

    // Rows (student x course) / students whose percentage is under `threshold` (compared as
    // standingOf does, at two decimals); rows without counted sessions are never below.
    QList<AttendanceReportRow> belowThreshold(double threshold) const;
    QList<AttendanceStudentTotal> studentsBelowThreshold(double threshold) const;
};

// Attendance statistics per student and course, per month and per semester. The counting is
// done in SQL (the mark in force per session and student is the newest by marked_at, then id);
// percentages and standings come from core's AttendanceTally, so they match every other figure.
// Reads are viewer-checked like every attendance read: staff and administrators see the whole
// school, a teacher the courses they teach and those courses' students, a student themselves.
class AttendanceReport
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceReport)
public:
    explicit AttendanceReport(const Database &db) : m_db(db) { }

    Result<AttendanceReportData> load(const AttendanceReportQuery &query,
                                      const Actor &viewer) const;
    // One student's figures per course and month (by month, then course code), same filters.
    Result<QList<AttendanceMonthRow>>
    months(const Id &studentId, const AttendanceReportQuery &query, const Actor &viewer) const;

    // Recomputes percent and standing of `data` for another policy (no database needed).
    static void applyPolicy(AttendanceReportData &data, const AttendancePolicy &policy);

private:
    const Database &m_db;
};

} // namespace cd
