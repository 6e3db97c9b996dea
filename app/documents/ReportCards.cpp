#include "app/documents/ReportCards.h"

#include "app/store/AttendanceReport.h"
#include "app/store/CourseRepository.h"
#include "app/store/SchoolSettings.h"

namespace cd {

namespace {

// The student's attendance over the semester, all courses together.
std::optional<double> semesterAttendance(const Database &db, const Id &studentId,
                                         const Id &semesterId, const Actor &viewer)
{
    AttendanceReportQuery query;
    query.semesterId = semesterId;
    query.policy.minimumPercent = SchoolSettings::load(db).attendanceMinimumPercent;
    auto months = AttendanceReport(db).months(studentId, query, viewer);
    if (!months)
        return std::nullopt;
    AttendanceTally tally;
    for (const AttendanceMonthRow &row : std::as_const(*months))
        tally += row.tally;
    return tally.percent(query.policy);
}

} // namespace

ReportCard ReportCards::fromResults(const StudentResults &results, const SemesterResults &semester,
                                    const SchoolHeader &school, const QLocale &locale,
                                    const QDate &issuedOn, std::optional<double> attendancePercent)
{
    ReportCard card;
    card.school = school;
    card.studentName = tr("%1 %2", "first and last name").arg(results.firstName, results.lastName);
    card.studentNumber = results.studentNumber;
    card.program = results.program;
    card.batch = results.batch;
    card.semester = semester.semester.name;
    card.issuedOn = issuedOn;
    card.semesterGpa = semester.gpa;
    card.cumulativeGpa = semester.cumulativeGpa;
    card.attendancePercent = attendancePercent;
    for (const CourseResultLine &course : semester.courses) {
        ReportCardLine line;
        line.courseCode = course.course.code;
        line.subject = course.course.title;
        line.credits = course.course.credits;
        const TotalMarks &marks = course.result.marks;
        if (marks.possible > 0)
            line.totalMarks
                = tr("%1 / %2", "marks scored / marks possible")
                      .arg(locale.toString(marks.scored, 'g', QLocale::FloatingPointShortest),
                           locale.toString(marks.possible, 'g', QLocale::FloatingPointShortest));
        line.percent = course.result.total.percent;
        if (course.result.grade) {
            line.letter = course.result.grade->letter;
            line.gradePoints = course.result.grade->gradePoints;
        }
        if (course.result.status != ResultStatus::NoResult)
            line.passed = course.result.status == ResultStatus::Passed;
        if (course.examDate.isValid())
            line.examDate = course.examDate;
        card.lines.append(line);
    }
    return card;
}

Result<ReportCard> ReportCards::forStudent(const Database &db, const Id &studentId,
                                           const Id &semesterId, const Actor &viewer,
                                           const SchoolHeader &school, const QLocale &locale,
                                           const QDate &issuedOn)
{
    auto results = StudentResultsQuery(db).load(studentId, viewer);
    if (!results)
        return results.error();
    for (const SemesterResults &semester : std::as_const(results->semesters))
        if (semester.semester.id == semesterId)
            return fromResults(*results, semester, school, locale, issuedOn,
                               semesterAttendance(db, studentId, semesterId, viewer));
    return Error::make(
        Error::Code::NotFound,
        tr("%1 %2 has no results in that semester.").arg(results->firstName, results->lastName));
}

Result<QList<ReportCard>> ReportCards::forCourse(const Database &db, const Id &courseId,
                                                 const Actor &viewer, const SchoolHeader &school,
                                                 const QLocale &locale, const QDate &issuedOn)
{
    CourseRepository courses(db);
    auto course = courses.findCourse(courseId, viewer);
    if (!course)
        return course.error();
    auto students = courses.enrolledStudents(courseId, viewer);
    if (!students)
        return students.error();
    QList<ReportCard> cards;
    cards.reserve(students->size());
    for (const EnrolledStudent &enrolled : std::as_const(*students)) {
        auto card = forStudent(db, enrolled.student.id, course->semesterId, viewer, school, locale,
                               issuedOn);
        if (!card)
            return card.error();
        cards.append(*card);
    }
    return cards;
}

SchoolHeader ReportCards::schoolHeader(const Database &db)
{
    SchoolHeader header;
    header.name = SchoolSettings::load(db).name;
    return header;
}

} // namespace cd
