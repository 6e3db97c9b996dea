#include "app/store/StudentSummary.h"

#include "app/core/CourseResult.h"
#include "app/core/Permissions.h"
#include "app/store/AttendanceRepository.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/FeeRepository.h"
#include "app/store/GradebookRepository.h"
#include "app/store/GradebookRows.h"
#include "app/store/StudentRepository.h"

namespace cd {

Result<StudentSummary> StudentSummaryQuery::load(const Id &studentId, const QDate &today,
                                                 const Actor &viewer) const
{
    StudentSummary summary;
    auto student = StudentRepository(m_db).find(studentId, viewer);
    if (!student)
        return student.error();
    summary.student = std::move(*student);

    const CourseRepository courses(m_db);
    if (auto semester = courses.semesterOn(today); semester) {
        summary.semester = *semester;
        auto enrolled = courses.coursesOfStudent(studentId, semester->id, viewer);
        if (!enrolled)
            return enrolled.error();
        auto records = AttendanceRepository(m_db).recordsOfStudent(studentId, semester->startsOn,
                                                                   semester->endsOn);
        if (!records)
            return records.error();
        summary.attendance = summarizeAttendance(*records);

        const GradebookRepository gradebook(m_db);
        QList<Id> courseIds;
        for (const auto &course : std::as_const(*enrolled))
            courseIds.append(course.id);
        auto assessments = gradebook.assessmentsOfCourses(courseIds, viewer);
        if (!assessments)
            return assessments.error();
        auto marks = gradebook.marksOfStudent(studentId, viewer);
        if (!marks)
            return marks.error();
        auto scale = gradebook.defaultGradeScale();
        if (!scale)
            return scale.error();
        QHash<Id, Mark> markByAssessment;
        for (const auto &mark : std::as_const(*marks))
            markByAssessment.insert(mark.assessmentId, mark);

        QList<CreditedGrade> grades;
        for (const auto &course : std::as_const(*enrolled)) {
            QList<Assessment> own;
            for (const auto &a : std::as_const(*assessments)) {
                if (a.courseId == course.id)
                    own.append(a);
            }
            auto categories = gradebookrows::categoriesOf(m_db.connection(), course.id);
            if (!categories)
                return categories.error();
            // The two-level total (categories, then assessments), as the gradebook shows it.
            const CourseResult result = courseResultOf(*categories, own, markByAssessment, *scale);
            CourseSummary cs{course, summary.attendance.byCourse.value(course.id), result.total,
                             result.grade};
            if (cs.grade)
                grades.append({cs.grade->gradePoints, course.credits});
            summary.courses.append(cs);
        }
        summary.gpa = gpa(grades);
    } else if (semester.error().code != Error::Code::NotFound) {
        return semester.error();
    }

    // Teachers see a student's attendance and results, not their fees.
    if (!Permissions::allows(viewer, Action::ViewFees))
        return summary;
    const FeeRepository fees(m_db);
    auto invoices = fees.invoicesOfStudent(studentId, viewer);
    if (!invoices)
        return invoices.error();
    QList<Id> invoiceIds;
    for (const auto &invoice : std::as_const(*invoices))
        invoiceIds.append(invoice.id);
    auto ledger = fees.ledgerOfInvoices(invoiceIds, viewer);
    if (!ledger)
        return ledger.error();
    QHash<Id, QList<LedgerEntry>> entriesByInvoice;
    for (const auto &entry : std::as_const(*ledger))
        entriesByInvoice[entry.invoiceId].append(entry);
    QList<InvoiceBalance> balances;
    for (const auto &invoice : std::as_const(*invoices)) {
        const auto balance = balanceOf(invoice, entriesByInvoice.value(invoice.id), today);
        summary.invoices.append({invoice, balance});
        balances.append(balance);
    }
    const QString currency = invoices->isEmpty() ? QString() : invoices->first().amount.currency();
    summary.account = accountOf(balances, currency);
    return summary;
}

} // namespace cd
