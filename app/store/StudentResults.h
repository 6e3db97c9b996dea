#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/CourseResult.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// One course on a student's results: the original system's semester, subject (code and title),
// total marks, grade and status, and exam date, with the weighted percent and grade points.
struct CourseResultLine
{
    Course course; // code, title (the subject) and credits
    QDate examDate; // the latest exam (examDateOf), else the latest assessment
    CourseResult result;
    bool published = false;
};

struct SemesterResults
{
    Semester semester;
    QList<CourseResultLine> courses; // by course code
    std::optional<double> gpa; // credit-weighted over the courses that have a grade
    std::optional<double> cumulativeGpa; // over this semester and every earlier one
};

// Everything a report card shows about one student: every semester (oldest first) of the
// courses they are actively enrolled in. A student viewer sees only published courses; a teacher
// only the courses they teach; staff and administrators everything.
struct StudentResults
{
    Id studentId;
    QString studentNumber;
    QString firstName;
    QString lastName;
    QString program;
    QString batch;
    GradeScale scale;
    QList<SemesterResults> semesters;
    std::optional<double> cumulativeGpa;
};

// Reads a student's results in six queries (student, courses with their semesters, assessments,
// categories, marks, grade scale), whatever the number of courses; every figure comes from core.
class StudentResultsQuery
{
    Q_DECLARE_TR_FUNCTIONS(StudentResultsQuery)
public:
    explicit StudentResultsQuery(const Database &db) : m_db(db) { }
    Result<StudentResults> load(const Id &studentId, const Actor &viewer) const;

private:
    const Database &m_db;
};

} // namespace cd
