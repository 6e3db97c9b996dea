#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Semesters, courses with their teachers, and enrolments.
class CourseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CourseRepository)
public:
    explicit CourseRepository(const Database &db) : m_db(db) { }

    Result<Semester> createSemester(Semester semester, const Actor &actor);
    Result<QList<Semester>> semesters() const; // newest first
    Result<Semester> findSemester(const Id &id) const;
    // The semester that contains `day`, else the latest one that ended before it.
    Result<Semester> semesterOn(const QDate &day) const;

    Result<Course> createCourse(Course course, const Actor &actor);
    Result<Course> findCourse(const Id &id) const;
    Result<QList<Course>> coursesInSemester(const Id &semesterId) const;
    Result<QList<Course>> coursesTaughtBy(const Id &teacherId, const Id &semesterId = {}) const;
    Result<QList<Course>> coursesOfStudent(const Id &studentId, const Id &semesterId = {}) const;

    // Enrols a student, or re-activates a dropped enrolment.
    Result<Enrollment> enroll(const Id &studentId, const Id &courseId, const QDate &on,
                              const Actor &actor);
    Result<void> drop(const Id &studentId, const Id &courseId, const Actor &actor);
    Result<QList<Enrollment>> enrollmentsOfCourse(const Id &courseId) const; // active only

private:
    Result<QList<Course>> coursesWhere(const QString &condition, const QVariantList &params) const;
    const Database &m_db;
};

} // namespace cd
