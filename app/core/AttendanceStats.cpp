#include "app/core/AttendanceStats.h"

#include <algorithm>
#include <cmath>

namespace cd {

void AttendanceTally::add(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: ++present; break;
    case AttendanceStatus::Late: ++late; break;
    case AttendanceStatus::Absent: ++absent; break;
    case AttendanceStatus::Excused: ++excused; break;
    }
}

std::optional<double> AttendanceTally::percent(const AttendancePolicy &policy) const
{
    if (counted() == 0)
        return std::nullopt;
    const double attended = present + policy.lateWeight * late;
    return attended * 100.0 / counted();
}

AttendanceTally &AttendanceTally::operator+=(const AttendanceTally &other)
{
    present += other.present;
    late += other.late;
    absent += other.absent;
    excused += other.excused;
    return *this;
}

AttendanceStanding standingOf(const AttendanceTally &tally, const AttendancePolicy &policy)
{
    const auto percent = tally.percent(policy);
    if (!percent)
        return AttendanceStanding::NoData;
    // Compare at the precision people read (two decimals) so 74.999... is not called 75 %.
    const double shown = std::round(*percent * 100.0) / 100.0;
    return shown >= policy.minimumPercent ? AttendanceStanding::Satisfactory
                                          : AttendanceStanding::Short;
}

AttendanceSummary summarizeAttendance(const QList<AttendanceRecord> &records)
{
    AttendanceSummary summary;
    for (const auto &record : records) {
        summary.total.add(record.status);
        summary.byMonth[YearMonth::of(record.date)].add(record.status);
        summary.byCourse[record.courseId].add(record.status);
    }
    return summary;
}

QList<AttendanceMark> effectiveMarks(const QList<AttendanceMark> &marks)
{
    QHash<QString, qsizetype> newest; // "session/student" -> index into marks
    newest.reserve(marks.size());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const auto &mark = marks.at(i);
        const QString key = mark.sessionId + u'/' + mark.studentId;
        const auto it = newest.constFind(key);
        if (it == newest.cend()) {
            newest.insert(key, i);
            continue;
        }
        const auto &current = marks.at(*it);
        if (mark.markedAt > current.markedAt
            || (mark.markedAt == current.markedAt && mark.id > current.id))
            newest[key] = i;
    }
    QList<qsizetype> indexes = newest.values();
    std::sort(indexes.begin(), indexes.end());
    QList<AttendanceMark> result;
    result.reserve(indexes.size());
    for (auto i : indexes)
        result.append(marks.at(i));
    return result;
}

QString AttendanceStandingNames::displayName(AttendanceStanding standing)
{
    switch (standing) {
    case AttendanceStanding::NoData: return tr("No sessions yet");
    case AttendanceStanding::Satisfactory: return tr("Satisfactory");
    case AttendanceStanding::Short: return tr("Below minimum");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cd
