#pragma once

#include "app/core/Attendance.h"
#include "app/core/Dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <optional>

namespace cd {

// How a school counts attendance. Defaults follow the original system: late counts as
// attended, excused sessions are left out, 75 % is the minimum.
struct AttendancePolicy
{
    double lateWeight = 1.0; // share of a session a late arrival earns (0..1)
    double minimumPercent = 75.0; // below this a student is short of attendance
};

struct AttendanceTally
{
    int present = 0;
    int late = 0;
    int absent = 0;
    int excused = 0;

    void add(AttendanceStatus status);
    int sessions() const { return present + late + absent + excused; }
    int counted() const { return present + late + absent; } // excused are not counted
    // (present + lateWeight * late) / counted * 100, or nothing when no session counts.
    std::optional<double> percent(const AttendancePolicy &policy = {}) const;

    AttendanceTally &operator+=(const AttendanceTally &other);
    friend bool operator==(const AttendanceTally &, const AttendanceTally &) = default;
};

enum class AttendanceStanding { NoData, Satisfactory, Short };

AttendanceStanding standingOf(const AttendanceTally &tally, const AttendancePolicy &policy = {});

// One effective mark with the session facts the figures need.
struct AttendanceRecord
{
    Id sessionId;
    Id courseId;
    QDate date;
    AttendanceStatus status = AttendanceStatus::Present;
};

struct AttendanceSummary
{
    AttendanceTally total;
    QMap<YearMonth, AttendanceTally> byMonth;
    QHash<Id, AttendanceTally> byCourse;
};

// Figures over the given records (filter them to a semester first for semester figures).
AttendanceSummary summarizeAttendance(const QList<AttendanceRecord> &records);

// The marks in force: for each (session, student) the newest mark by markedAt, then by id.
QList<AttendanceMark> effectiveMarks(const QList<AttendanceMark> &marks);

class AttendanceStandingNames
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStandingNames)
public:
    static QString displayName(AttendanceStanding standing);
};

} // namespace cd
