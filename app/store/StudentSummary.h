#pragma once

#include "app/core/Actor.h"
#include "app/core/AttendanceStats.h"
#include "app/core/Course.h"
#include "app/core/FeeBalance.h"
#include "app/core/Grading.h"
#include "app/core/Result.h"
#include "app/core/Student.h"

namespace cd {

class Database;

struct CourseSummary
{
    Course course;
    AttendanceTally attendance;
    CourseTotal total;
    std::optional<GradeBand> grade; // from the total so far
};

struct InvoiceSummary
{
    FeeInvoice invoice;
    InvoiceBalance balance;
};

// Everything a student's dashboard or record page shows about one semester, every figure
// derived by core from the stored rows (nothing here is read from a stored total).
struct StudentSummary
{
    Student student;
    Semester semester;
    AttendanceSummary attendance; // over the semester's sessions
    QList<CourseSummary> courses;
    std::optional<double> gpa; // credit-weighted over courses that have a total
    QList<InvoiceSummary> invoices; // all of the student's invoices
    AccountBalance account;
};

class StudentSummaryQuery
{
public:
    explicit StudentSummaryQuery(const Database &db) : m_db(db) { }
    // The semester containing `today` (or the last one before it) and the balance as of `today`.
    // Only for a viewer who may see the student (Visibility).
    Result<StudentSummary> load(const Id &studentId, const QDate &today, const Actor &viewer) const;

private:
    const Database &m_db;
};

} // namespace cd
