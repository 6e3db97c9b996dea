#pragma once

#include "app/store/CourseRepository.h"
#include "tests/gui/CoursesFixture.h"

namespace cd::test {

// A small school for the students page: two teachers' courses in Autumn 2026 and students of two
// batches and two programs, some enrolled, one graduated, plus a student account.
//  - Okoro teaches CS201-A with the four "Alpha" students (batch 2025, Computer Science);
//  - Lee teaches MA101-A with the three "Beta" students (batch 2024, Mathematics);
//  - the two "Gamma" students (batch 2025, Mathematics) take nothing; the second has graduated.
struct StudentsFixture : CoursesFixture
{
    Course ds;
    Course algebra;
    QList<Id> alpha;
    QList<Id> beta;
    QList<Id> gamma;
    Id studentUser; // an account for alpha[0]

    bool build()
    {
        if (!open())
            return false;
        ds = course(u"CS201-A"_s, u"Data Structures"_s, {okoro});
        algebra = course(u"MA101-A"_s, u"Algebra"_s, {lee});
        alpha = students(4, u"2025"_s, u"Computer Science"_s, u"Alpha"_s);
        beta = students(3, u"2024"_s, u"Mathematics"_s, u"Beta"_s);
        gamma = students(2, u"2025"_s, u"Mathematics"_s, u"Gamma"_s);
        CourseRepository courses(*db);
        if (!courses.enrollMany(alpha, ds.id, QDate(2026, 9, 7), admin)
            || !courses.enrollMany(beta, algebra.id, QDate(2026, 9, 7), admin))
            return false;
        StudentRepository repo(*db);
        auto graduate = repo.find(gamma.at(1), admin);
        if (!graduate)
            return false;
        Student graduated = *graduate;
        graduated.status = StudentStatus::Graduated;
        if (!repo.update(*graduate, graduated, admin))
            return false;
        User account;
        account.username = u"alpha.a"_s;
        account.fullName = u"Sam AlphaA"_s;
        account.role = Role::Student;
        account.studentId = alpha.first();
        auto created = UserRepository(*db).create(account, u"a long enough phrase"_s, admin);
        if (!created)
            qWarning("student account: %s", qPrintable(created.error().message));
        studentUser = created ? created->id : Id();
        return !ds.id.isEmpty() && !algebra.id.isEmpty() && !studentUser.isEmpty();
    }

    Actor student() const { return Actor{studentUser, u"Sam AlphaA"_s, Role::Student}; }
};

} // namespace cd::test
