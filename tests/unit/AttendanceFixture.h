#pragma once

#include "app/core/Attendance.h"
#include "app/core/Dates.h"
#include "app/store/ChangeWriter.h"
#include "app/store/CourseRepository.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThreadPool>

namespace cd::test {

using namespace Qt::Literals::StringLiterals;

// A small school for the attendance statistics, Autumn 2026 (7 September to 18 December):
//  - CS201 taught by Mary Okoro, MA101 taught by Jin Lee;
//  - Ann Abel (S001, 2025, Computer Science) in both, with a student account;
//    Ben Bauer (S002, 2025, Computer Science) in CS201;
//    Cat Chen (S003, 2024, Mathematics) in MA101.
// Sessions and marks are written as rows through ChangeWriter (what any marking screen ends up
// writing), with marked_at chosen by the test, so corrections and ties are exact.
struct AttendanceFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    Actor admin = testActor(u"Ada Admin"_s);
    Id autumn;
    Id okoro, lee; // teacher accounts
    Id cs, ma; // courses
    Id ann, ben, cat; // students
    Id annAccount;
    qint64 clock = 1'800'000'000'000; // marked_at of the next mark, ms
    int slot = 0; // start times, so sessions on one day do not clash

    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        db = openFreshDatabase(*dir);
        if (!db)
            return false;
        admin.userId = user(u"ada"_s, u"Ada Admin"_s, Role::Admin);
        okoro = user(u"m.okoro"_s, u"Mary Okoro"_s, Role::Teacher);
        lee = user(u"j.lee"_s, u"Jin Lee"_s, Role::Teacher);
        CourseRepository courses(*db);
        auto semester = courses.createSemester(
            {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, admin);
        autumn = semester ? semester->id : Id();
        cs = course(u"CS201"_s, u"Data Structures"_s, okoro);
        ma = course(u"MA101"_s, u"Calculus"_s, lee);
        ann = student(u"S001"_s, u"Ann"_s, u"Abel"_s, u"Computer Science"_s, u"2025"_s);
        ben = student(u"S002"_s, u"Ben"_s, u"Bauer"_s, u"Computer Science"_s, u"2025"_s);
        cat = student(u"S003"_s, u"Cat"_s, u"Chen"_s, u"Mathematics"_s, u"2024"_s);
        const bool enrolled = courses.enroll(ann, cs, QDate(2026, 9, 7), admin)
            && courses.enroll(ann, ma, QDate(2026, 9, 7), admin)
            && courses.enroll(ben, cs, QDate(2026, 9, 7), admin)
            && courses.enroll(cat, ma, QDate(2026, 9, 7), admin);
        annAccount = user(u"ann"_s, u"Ann Abel"_s, Role::Student, ann);
        return enrolled && !admin.userId.isEmpty() && !okoro.isEmpty() && !lee.isEmpty()
            && !autumn.isEmpty() && !cs.isEmpty() && !ma.isEmpty() && !ann.isEmpty()
            && !ben.isEmpty() && !cat.isEmpty() && !annAccount.isEmpty();
    }

    void close()
    {
        QThreadPool::globalInstance()->waitForDone(); // nothing may outlive the database
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        db.reset();
        dir.reset();
    }

    Actor teacher(const Id &id) const { return Actor{id, u"Teacher"_s, Role::Teacher}; }
    Actor annActor() const { return Actor{annAccount, u"Ann Abel"_s, Role::Student}; }

    Id user(const QString &username, const QString &fullName, Role role, const Id &studentId = {})
    {
        User u;
        u.username = username;
        u.fullName = fullName;
        u.role = role;
        u.studentId = studentId;
        auto created = UserRepository(*db).create(u, u"a long enough phrase"_s, Actor::system());
        if (!created)
            qWarning("user %s: %s", qPrintable(username), qPrintable(created.error().message));
        return created ? created->id : Id();
    }

    Id course(const QString &code, const QString &title, const Id &teacherId)
    {
        auto created = CourseRepository(*db).createCourse(
            {{}, code, title, autumn, 3, u"Computer Science"_s, {teacherId}, {}}, admin);
        if (!created)
            qWarning("course %s: %s", qPrintable(code), qPrintable(created.error().message));
        return created ? created->id : Id();
    }

    Id student(const QString &number, const QString &first, const QString &last,
               const QString &program, const QString &batch)
    {
        auto s = StudentRepository(*db).create(sampleStudent(number, first, last, program, batch),
                                               admin);
        if (!s)
            qWarning("student: %s", qPrintable(s.error().message));
        return s ? s->id : Id();
    }

    Id session(const Id &courseId, const QDate &day)
    {
        const Id id = newId();
        const QTime start = QTime(7, 0).addSecs(60 * slot++);
        ChangeWriter writer(db->connection(), admin);
        auto done = writer.insert(u"attendance_session"_s, id,
                                  {{u"course_id"_s, courseId},
                                   {u"session_date"_s, sql::date(day)},
                                   {u"starts_at"_s, start.toString(u"HH:mm"_s)},
                                   {u"duration_minutes"_s, 60},
                                   {u"opened_by"_s, admin.userId},
                                   {u"closed_at"_s, QVariant(QMetaType::fromType<qlonglong>())}},
                                  u"open"_s);
        if (!done)
            qWarning("session: %s", qPrintable(done.error().detail));
        return done ? id : Id();
    }

    // A mark made at `at` ms (the next tick of the clock when 0).
    Id mark(const Id &sessionId, const Id &studentId, AttendanceStatus status, qint64 at = 0)
    {
        const Id id = newId();
        ChangeWriter writer(db->connection(), admin);
        auto done = writer.insert(u"attendance_mark"_s, id,
                                  {{u"session_id"_s, sessionId},
                                   {u"student_id"_s, studentId},
                                   {u"status"_s, codeOf(status)},
                                   {u"source"_s, u"manual"_s},
                                   {u"confidence"_s, QVariant(QMetaType::fromType<double>())},
                                   {u"model"_s, sql::text(QString())},
                                   {u"marked_by"_s, admin.userId},
                                   {u"marked_at"_s, at ? at : clock++},
                                   {u"note"_s, sql::text(QString())}},
                                  u"mark"_s);
        if (!done)
            qWarning("mark: %s", qPrintable(done.error().detail));
        return done ? id : Id();
    }

    // One session per status for one student, on consecutive days from `first`.
    void attend(const Id &courseId, const Id &studentId, const QDate &first,
                const QList<AttendanceStatus> &statuses)
    {
        QDate day = first;
        for (auto status : statuses) {
            mark(session(courseId, day), studentId, status);
            day = day.addDays(1);
        }
    }
};

} // namespace cd::test
