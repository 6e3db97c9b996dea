#include "app/core/Attendance.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

QDateTime AttendanceSession::startInstant() const
{
    return QDateTime(date, startsAt).toUTC();
}

bool AttendanceSession::isLateAt(const QDateTime &markedAt) const
{
    return markedAt.isValid() && markedAt > startInstant().addSecs(qint64(lateAfterMinutes) * 60);
}

ValidationResult AttendanceRules::validate(const AttendanceSession &session)
{
    ValidationResult result;
    if (session.courseId.isEmpty())
        result.add(u"courseId"_s, tr("Choose the course for this session."));
    if (!session.date.isValid())
        result.add(u"date"_s, tr("Enter the date of the session."));
    if (!session.startsAt.isValid())
        result.add(u"startsAt"_s, tr("Enter the time the session starts."));
    if (session.durationMinutes <= 0 || session.durationMinutes > 12 * 60)
        result.add(u"durationMinutes"_s, tr("A session lasts between 1 minute and 12 hours."));
    if (session.lateAfterMinutes < 0 || session.lateAfterMinutes > 12 * 60)
        result.add(u"lateAfterMinutes"_s,
                   tr("The late threshold must be between 0 minutes and 12 hours."));
    return result;
}

ValidationResult AttendanceRules::validate(const AttendanceMark &mark)
{
    ValidationResult result;
    if (mark.sessionId.isEmpty())
        result.add(u"sessionId"_s, tr("The mark does not belong to a session."));
    if (mark.studentId.isEmpty())
        result.add(u"studentId"_s, tr("The mark does not name a student."));
    if (mark.markedBy.isEmpty())
        result.add(u"markedBy"_s, tr("A mark must record who made it."));
    if (mark.source == MarkSource::Face) {
        if (!mark.confidence || *mark.confidence < 0.0 || *mark.confidence > 1.0)
            result.add(u"confidence"_s, tr("A face mark needs a confidence between 0 and 1."));
        if (mark.model.isEmpty())
            result.add(u"model"_s, tr("A face mark must name the model that proposed it."));
    } else if (mark.confidence) {
        result.add(u"confidence"_s, tr("Only face marks carry a confidence."));
    }
    if (mark.note.size() > 500)
        result.add(u"note"_s, tr("A note can be at most %n characters long.", nullptr, 500));
    if (mark.reason.size() > 500)
        result.add(u"reason"_s, tr("A reason can be at most %n characters long.", nullptr, 500));
    return result;
}

QString AttendanceRules::statusName(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return tr("Present");
    case AttendanceStatus::Late: return tr("Late");
    case AttendanceStatus::Absent: return tr("Absent");
    case AttendanceStatus::Excused: return tr("Excused");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace cd
