#include "app/core/Permissions.h"

namespace cd {

namespace {

constexpr unsigned bit(Role role)
{
    return 1u << unsigned(role);
}

constexpr unsigned Admin = bit(Role::Admin);
constexpr unsigned Staff = bit(Role::Staff);
constexpr unsigned Teacher = bit(Role::Teacher);
constexpr unsigned Student = bit(Role::Student);

// The table: which roles may do each action, in the order of the Action enum.
constexpr std::array<std::pair<Action, unsigned>, 16> table{{
    {Action::ViewStudents, Admin | Staff | Teacher},
    {Action::EditStudents, Admin | Staff},
    {Action::ManageEnrolment, Admin | Staff},
    {Action::EditCourses, Admin | Staff},
    {Action::TakeAttendance, Admin | Teacher},
    {Action::EditMarks, Admin | Teacher},
    {Action::ManageGradeScales, Admin},
    {Action::EditFees, Admin | Staff},
    {Action::ViewFees, Admin | Staff | Student},
    {Action::ViewOwnRecord, Student},
    {Action::EnrolFaces, Admin | Staff | Teacher},
    {Action::ManageAccounts, Admin},
    {Action::ViewAuditLog, Admin},
    {Action::EditSchoolSettings, Admin},
    {Action::UseMessaging, Admin | Staff | Teacher | Student},
    {Action::CorrectAttendance, Admin | Staff | Teacher},
}};

static_assert(
    [] {
        for (size_t i = 0; i < table.size(); ++i)
            if (size_t(table[i].first) != i)
                return false;
        return table.size() == EnumCodes<Action>::codes.size();
    }(),
    "one row per Action, in enum order");

} // namespace

bool Permissions::allows(Role role, Action action)
{
    return (table[size_t(action)].second & bit(role)) != 0;
}

bool Permissions::allows(const Actor &actor, Action action)
{
    return actor.isSystem() || allows(actor.role, action);
}

Result<void> Permissions::require(const Actor &actor, Action action)
{
    if (allows(actor, action))
        return {};
    return Error::make(Error::Code::Forbidden, deniedMessage(action));
}

QString Permissions::deniedMessage(Action action)
{
    switch (action) {
    case Action::ViewStudents: return tr("Your account may not view student records.");
    case Action::EditStudents: return tr("Your account may not change student records.");
    case Action::ManageEnrolment: return tr("Your account may not enrol or drop students.");
    case Action::EditCourses: return tr("Your account may not change courses and semesters.");
    case Action::TakeAttendance: return tr("Your account may not take attendance.");
    case Action::EditMarks: return tr("Your account may not enter or change marks.");
    case Action::ManageGradeScales: return tr("Your account may not change grade scales.");
    case Action::EditFees: return tr("Your account may not change fees and payments.");
    case Action::ViewFees: return tr("Your account may not view fees.");
    case Action::ViewOwnRecord:
        return tr("Your account may not view a personal student dashboard.");
    case Action::EnrolFaces: return tr("Your account may not enrol faces for attendance.");
    case Action::ManageAccounts: return tr("Your account may not manage user accounts.");
    case Action::ViewAuditLog: return tr("Your account may not read the audit log.");
    case Action::EditSchoolSettings: return tr("Your account may not change school settings.");
    case Action::UseMessaging: return tr("Your account may not send messages.");
    case Action::CorrectAttendance:
        return tr("Your account may not correct the attendance of a finished session.");
    }
    return {};
}

} // namespace cd
