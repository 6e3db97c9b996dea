#pragma once

#include "app/store/CourseRepository.h"
#include "app/store/GradebookRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThreadPool>

namespace cd::test {

using namespace Qt::Literals::StringLiterals;

// A school for the gradebook: an administrator, a staff member, teachers Okoro and Lee with a
// course each in Autumn 2026, and students with and without accounts. Helpers write as the
// administrator; every id is empty on failure (callers QVERIFY what they use).
struct GradebookFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    Actor admin{{}, u"Ada Admin"_s, Role::Admin};
    Actor staff{{}, u"Sam Staff"_s, Role::Staff};
    Actor okoro{{}, u"Mary Okoro"_s, Role::Teacher};
    Actor lee{{}, u"Jin Lee"_s, Role::Teacher};
    Id autumn;
    Id cs201; // Okoro's
    Id ma101; // Lee's

    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        db = openFreshDatabase(*dir);
        if (!db)
            return false;
        admin.userId = account(u"ada"_s, admin.name, Role::Admin);
        staff.userId = account(u"sam"_s, staff.name, Role::Staff);
        okoro.userId = account(u"m.okoro"_s, okoro.name, Role::Teacher);
        lee.userId = account(u"j.lee"_s, lee.name, Role::Teacher);
        autumn = semester(u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18));
        cs201 = course(u"CS201-01"_s, u"Data Structures"_s, autumn, okoro.userId, 4);
        ma101 = course(u"MA101-01"_s, u"Calculus"_s, autumn, lee.userId, 3);
        return !autumn.isEmpty() && !cs201.isEmpty() && !ma101.isEmpty();
    }

    // For GUI tests: nothing may outlive the database.
    void close()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        db.reset();
        dir.reset();
    }

    Id account(const QString &username, const QString &fullName, Role role,
               const Id &studentId = {})
    {
        User u;
        u.username = username;
        u.fullName = fullName;
        u.role = role;
        u.studentId = studentId;
        auto created = UserRepository(*db).create(u, u"a long enough phrase"_s, Actor::system());
        return created ? created->id : Id();
    }

    Id semester(const QString &name, const QDate &from, const QDate &to)
    {
        auto s = CourseRepository(*db).createSemester({{}, name, from, to, {}}, admin);
        return s ? s->id : Id();
    }

    Id course(const QString &code, const QString &title, const Id &semesterId, const Id &teacher,
              double credits = 3)
    {
        auto c = CourseRepository(*db).createCourse(
            {{}, code, title, semesterId, credits, u"Computer Science"_s, {teacher}, {}}, admin);
        return c ? c->id : Id();
    }

    Id student(const QString &number, const QString &first, const QString &last)
    {
        auto s = StudentRepository(*db).create(sampleStudent(number, first, last), admin);
        return s ? s->id : Id();
    }

    // A student account's actor for `studentId`.
    Actor studentActor(const Id &studentId, const QString &username)
    {
        return Actor{account(username, username, Role::Student, studentId), username,
                     Role::Student};
    }

    bool enrol(const Id &studentId, const Id &courseId)
    {
        return bool(CourseRepository(*db).enroll(studentId, courseId, QDate(2026, 9, 7), admin));
    }

    Assessment assessment(const Id &courseId, const QString &title, const QString &category,
                          double weight, double max, const QDate &on)
    {
        auto a = GradebookRepository(*db).createAssessment(
            {{}, courseId, title, category, weight, max, on, {}}, admin);
        return a ? *a : Assessment();
    }

    AssessmentCategory category(const Id &courseId, const QString &name, double weight)
    {
        auto c = GradebookRepository(*db).saveCategory({{}, courseId, name, weight, {}}, nullptr,
                                                       admin);
        return c ? *c : AssessmentCategory();
    }

    std::optional<Mark> mark(const Id &assessmentId, const Id &studentId,
                             std::optional<double> score, MarkStatus status = MarkStatus::Scored)
    {
        Mark m;
        m.assessmentId = assessmentId;
        m.studentId = studentId;
        m.status = status;
        m.score = score;
        auto saved = GradebookRepository(*db).saveMark(m, nullptr, admin);
        if (!saved)
            qWarning("mark: %s", qPrintable(saved.error().message));
        return saved ? std::optional(*saved) : std::nullopt;
    }
};

} // namespace cd::test
