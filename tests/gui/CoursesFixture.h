#pragma once

#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThreadPool>

namespace cd::test {

using namespace Qt::Literals::StringLiterals;

// A school for the course pages: Autumn 2026 with courses, two teachers with accounts, students
// in two batches and two programs. Every helper writes as an administrator whose account exists.
struct CoursesFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    Actor admin = testActor(u"Ada Admin"_s);
    Id autumn;
    Id okoro; // teacher Mary Okoro
    Id lee; // teacher Jin Lee

    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        db = openFreshDatabase(*dir);
        if (!db)
            return false;
        admin.userId = user(u"ada"_s, u"Ada Admin"_s, Role::Admin);
        okoro = user(u"m.okoro"_s, u"Mary Okoro"_s, Role::Teacher);
        lee = user(u"j.lee"_s, u"Jin Lee"_s, Role::Teacher);
        auto semester = CourseRepository(*db).createSemester(
            {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, admin);
        autumn = semester ? semester->id : Id();
        return !admin.userId.isEmpty() && !okoro.isEmpty() && !lee.isEmpty() && !autumn.isEmpty();
    }

    void close()
    {
        QThreadPool::globalInstance()->waitForDone(); // nothing may outlive the database
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        db.reset();
        dir.reset();
    }

    Id user(const QString &username, const QString &fullName, Role role)
    {
        User u;
        u.username = username;
        u.fullName = fullName;
        u.role = role;
        // The system actor: the first account is created before `admin` has one.
        auto created = UserRepository(*db).create(u, u"a long enough phrase"_s, Actor::system());
        if (!created)
            qWarning("user %s: %s", qPrintable(username), qPrintable(created.error().message));
        return created ? created->id : Id();
    }

    Actor teacher(const Id &id) const { return Actor{id, u"Teacher"_s, Role::Teacher}; }

    Course course(const QString &code, const QString &title, const QList<Id> &teachers = {},
                  double credits = 3)
    {
        auto created = CourseRepository(*db).createCourse(
            {{}, code, title, autumn, credits, u"Computer Science"_s, teachers, {}}, admin);
        if (!created)
            qWarning("course %s: %s", qPrintable(code), qPrintable(created.error().message));
        return created ? *created : Course();
    }

    // `count` students of `batch` and `program`, last names "<prefix>A", "<prefix>B", ...
    QList<Id> students(int count, const QString &batch, const QString &program,
                       const QString &prefix)
    {
        QList<Id> ids;
        for (int i = 0; i < count; ++i) {
            auto s = StudentRepository(*db).create(
                sampleStudent(
                    u"%1-%2%3"_s.arg(batch, prefix.left(1).toUpper()).arg(i, 4, 10, QChar(u'0')),
                    u"Sam"_s, prefix + QChar(u'A' + i), program, batch),
                admin);
            if (!s)
                qWarning("student: %s", qPrintable(s.error().message));
            ids.append(s ? s->id : Id());
        }
        return ids;
    }

    int enrolledIn(const Id &courseId)
    {
        auto enrolled = CourseRepository(*db).enrollmentsOfCourse(courseId, admin);
        return enrolled ? int(enrolled->size()) : -1;
    }
};

} // namespace cd::test
