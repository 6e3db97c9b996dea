#pragma once

#include "app/core/Actor.h"
#include "app/core/EnumCodes.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

// Everything a role may or may not do. One table (Permissions.cpp) decides; the UI asks it to
// hide or disable controls, and the store asks it again before every write, so the UI is never
// the only guard. Finer rules (a teacher's own courses, a student's own record) come on top.
enum class Action {
    ViewStudents,
    EditStudents, // create, edit, archive student records; import
    ManageEnrolment, // enrol and drop students
    EditCourses, // semesters and courses
    TakeAttendance, // open sessions and mark (own courses for teachers)
    EditMarks, // assessments and marks (own courses for teachers)
    ManageGradeScales,
    EditFees, // invoices and ledger entries
    ViewFees,
    ViewOwnRecord, // a student's own dashboard, results and fees
    EnrolFaces, // biometric consent and face templates
    ManageAccounts, // create, disable, unlock, reset accounts; assign roles
    ViewAuditLog,
    EditSchoolSettings,
    UseMessaging,
    CorrectAttendance, // change a mark of a finished session, with a reason (own courses for
                       // teachers)
};

template<> struct EnumCodes<Action>
{
    static constexpr std::array<std::pair<Action, const char16_t *>, 16> codes{{
        {Action::ViewStudents, u"view_students"},
        {Action::EditStudents, u"edit_students"},
        {Action::ManageEnrolment, u"manage_enrolment"},
        {Action::EditCourses, u"edit_courses"},
        {Action::TakeAttendance, u"take_attendance"},
        {Action::EditMarks, u"edit_marks"},
        {Action::ManageGradeScales, u"manage_grade_scales"},
        {Action::EditFees, u"edit_fees"},
        {Action::ViewFees, u"view_fees"},
        {Action::ViewOwnRecord, u"view_own_record"},
        {Action::EnrolFaces, u"enrol_faces"},
        {Action::ManageAccounts, u"manage_accounts"},
        {Action::ViewAuditLog, u"view_audit_log"},
        {Action::EditSchoolSettings, u"edit_school_settings"},
        {Action::UseMessaging, u"use_messaging"},
        {Action::CorrectAttendance, u"correct_attendance"},
    }};
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static bool allows(Role role, Action action);
    // CampusDesk itself (Actor::system(): migrations, the seeder) may do everything.
    static bool allows(const Actor &actor, Action action);
    // A Forbidden error, in words the user can act on, unless the actor may.
    static Result<void> require(const Actor &actor, Action action);
    // "Your account may not manage user accounts.": one whole sentence per action.
    static QString deniedMessage(Action action);
};

} // namespace cd
