#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/Result.h"
#include "app/store/StudentRepository.h"

#include <QCoreApplication>

namespace cd {

class Database;

// A row of the course list: the course, its teachers' names and how many students are enrolled.
struct CourseListItem
{
    Course course;
    QStringList teacherNames; // sorted
    int enrolled = 0; // active enrolments
};

// A row of a course's class list: the student and when they were enrolled.
struct EnrolledStudent
{
    StudentListItem student;
    Id enrollmentId;
    QDate enrolledOn;
};

// Semesters, courses with their teachers, and enrolments. Reads of courses and enrolments take
// the viewer and show only what they may see (Visibility): a teacher the courses they teach, a
// student the courses they are enrolled in (and only their own enrolment). Semesters are public.
class CourseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CourseRepository)
public:
    explicit CourseRepository(const Database &db) : m_db(db) { }

    Result<Semester> createSemester(Semester semester, const Actor &actor);
    // Name and dates; a Conflict when someone changed the same field since `original` was read.
    Result<Semester> updateSemester(const Semester &original, const Semester &edited,
                                    const Actor &actor);
    Result<QList<Semester>> semesters() const; // newest first
    Result<Semester> findSemester(const Id &id) const;
    // The semester that contains `day`, else the latest one that ended before it.
    Result<Semester> semesterOn(const QDate &day) const;

    Result<Course> createCourse(Course course, const Actor &actor);
    // Saves the fields and the teacher set that differ between `original` (as loaded) and
    // `edited`. A field (or the teacher set) that someone else changed in between is a Conflict,
    // and nothing is written.
    Result<Course> updateCourse(const Course &original, const Course &edited, const Actor &actor);
    Result<Course> findCourse(const Id &id, const Actor &viewer) const;
    Result<QList<Course>> coursesInSemester(const Id &semesterId, const Actor &viewer) const;
    // An empty `semesterId` means every semester.
    Result<QList<Course>> coursesTaughtBy(const Id &teacherId, const Id &semesterId,
                                          const Actor &viewer) const;
    Result<QList<Course>> coursesOfStudent(const Id &studentId, const Id &semesterId,
                                           const Actor &viewer) const;
    // The semester's courses the viewer may see, by code, with teachers and enrolled counts.
    Result<QList<CourseListItem>> courseList(const Id &semesterId, const Actor &viewer) const;

    // Enrols a student, or re-activates a dropped enrolment.
    Result<Enrollment> enroll(const Id &studentId, const Id &courseId, const QDate &on,
                              const Actor &actor);
    Result<void> drop(const Id &studentId, const Id &courseId, const Actor &actor);
    // Many at once, in one transaction: how many enrolments changed. Students already enrolled
    // (or, for dropMany, not enrolled) are skipped, not errors; any other failure writes nothing.
    Result<int> enrollMany(const QList<Id> &studentIds, const Id &courseId, const QDate &on,
                           const Actor &actor);
    Result<int> dropMany(const QList<Id> &studentIds, const Id &courseId, const Actor &actor);
    Result<QList<Enrollment>> enrollmentsOfCourse(const Id &courseId,
                                                  const Actor &viewer) const; // active only
    // The course's active enrolments with the students, by name.
    Result<QList<EnrolledStudent>> enrolledStudents(const Id &courseId, const Actor &viewer) const;

private:
    Result<QList<Course>> coursesWhere(const QString &condition, const QVariantList &params,
                                       const Actor &viewer) const;
    const Database &m_db;
};

} // namespace cd
