#pragma once

#include "app/core/EnumCodes.h"
#include "app/core/SyncMeta.h"
#include "app/core/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>

namespace cd {

enum class AttendanceStatus { Present, Late, Absent, Excused };

template<> struct EnumCodes<AttendanceStatus>
{
    static constexpr std::array<std::pair<AttendanceStatus, const char16_t *>, 4> codes{{
        {AttendanceStatus::Present, u"present"},
        {AttendanceStatus::Late, u"late"},
        {AttendanceStatus::Absent, u"absent"},
        {AttendanceStatus::Excused, u"excused"},
    }};
};

enum class MarkSource { Manual, Face };

template<> struct EnumCodes<MarkSource>
{
    static constexpr std::array<std::pair<MarkSource, const char16_t *>, 2> codes{{
        {MarkSource::Manual, u"manual"},
        {MarkSource::Face, u"face"},
    }};
};

// One meeting of a course. Closed sessions are frozen: corrections are new marks.
struct AttendanceSession
{
    Id id;
    Id courseId;
    QDate date;
    QTime startsAt;
    int durationMinutes = 60;
    int lateAfterMinutes = 10; // a present mark recorded later than this may count as late
    Id openedBy;
    QDateTime closedAt; // invalid while the session is open
    SyncMeta meta;

    bool isClosed() const { return closedAt.isValid(); }
    // When the session starts, as a UTC instant (date and time are the school's local time).
    QDateTime startInstant() const;
    // Whether a present mark recorded at `markedAt` is past the late threshold.
    bool isLateAt(const QDateTime &markedAt) const;
};

// Append-only: the mark in force for a student in a session is the newest one.
struct AttendanceMark
{
    Id id;
    Id sessionId;
    Id studentId;
    AttendanceStatus status = AttendanceStatus::Present;
    MarkSource source = MarkSource::Manual;
    std::optional<double> confidence; // 0..1, face marks only
    QString model; // face model that proposed the mark
    Id markedBy; // who made or confirmed the mark
    QDateTime markedAt; // UTC
    QString note;
    QString reason; // why this mark replaced an earlier one; required once the session is finished
    SyncMeta meta;

    bool isCorrection() const { return !reason.isEmpty(); }
};

class AttendanceRules
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRules)
public:
    static ValidationResult validate(const AttendanceSession &session);
    static ValidationResult validate(const AttendanceMark &mark);
    static QString statusName(AttendanceStatus status);
};

} // namespace cd
