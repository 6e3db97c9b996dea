#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestCourseRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_actor = test::testActor();
    Id m_autumn;
    Id m_teacher;

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        CourseRepository courses(*m_db);
        auto spring = courses.createSemester(
            {{}, u"Spring 2026"_s, QDate(2026, 1, 12), QDate(2026, 4, 30), {}}, m_actor);
        auto autumn = courses.createSemester(
            {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, m_actor);
        QVERIFY(spring && autumn);
        m_autumn = autumn->id;
        User teacher;
        teacher.username = u"m.okoro"_s;
        teacher.fullName = u"Mary Okoro"_s;
        teacher.role = Role::Teacher;
        auto created = UserRepository(*m_db).create(teacher, u"long enough password"_s, m_actor);
        QVERIFY(created);
        m_teacher = created->id;
    }

    void semesters()
    {
        CourseRepository courses(*m_db);
        QCOMPARE(courses.semesters()->size(), 2);
        QCOMPARE(courses.semesters()->first().name, u"Autumn 2026"_s); // newest first
        QCOMPARE(courses.semesterOn(QDate(2026, 10, 1))->name, u"Autumn 2026"_s);
        QCOMPARE(courses.semesterOn(QDate(2026, 6, 1))->name, u"Spring 2026"_s); // last one before
        QCOMPARE(courses.semesterOn(QDate(2025, 6, 1)).error().code, Error::Code::NotFound);
        auto bad = courses.createSemester(
            {{}, u"Backwards"_s, QDate(2026, 9, 7), QDate(2026, 9, 1), {}}, m_actor);
        QVERIFY(!bad);
        QCOMPARE(bad.error().fields.first().field, u"endsOn"_s);
    }

    void coursesWithTeachers()
    {
        CourseRepository courses(*m_db);
        auto course = courses.createCourse({{},
                                            u"CS201-01"_s,
                                            u"Data Structures"_s,
                                            m_autumn,
                                            4,
                                            u"Computer Science"_s,
                                            {m_teacher},
                                            {}},
                                           m_actor);
        QVERIFY2(course,
                 qPrintable(course ? QString() : course.error().message + course.error().detail));
        QCOMPARE(course->teacherIds, QList<Id>{m_teacher});
        QCOMPARE(course->credits, 4.0);
        QCOMPARE(courses.coursesTaughtBy(m_teacher)->size(), 1);
        QCOMPARE(courses.coursesTaughtBy(m_teacher, m_autumn)->size(), 1);
        QCOMPARE(courses.coursesInSemester(m_autumn)->first().code, u"CS201-01"_s);

        auto duplicate = courses.createCourse(
            {{}, u"cs201-01"_s, u"Again"_s, m_autumn, 3, {}, {}, {}}, m_actor);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().fields.first().field, u"code"_s);

        auto unknownTeacher = courses.createCourse(
            {{}, u"CS202-01"_s, u"Algorithms"_s, m_autumn, 3, {}, {newId()}, {}}, m_actor);
        QVERIFY(!unknownTeacher); // foreign key: the whole course is rolled back
        QVERIFY(courses.coursesInSemester(m_autumn)->size() == 1);
    }

    void enrolDropAndReenrol()
    {
        CourseRepository courses(*m_db);
        auto course = courses.createCourse(
            {{}, u"CS201-01"_s, u"Data Structures"_s, m_autumn, 4, {}, {}, {}}, m_actor);
        auto student = StudentRepository(*m_db).create(
            test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s), m_actor);
        QVERIFY(course && student);
        auto enrolled = courses.enroll(student->id, course->id, QDate(2026, 9, 1), m_actor);
        QVERIFY(enrolled);
        QCOMPARE(courses.enrollmentsOfCourse(course->id)->size(), 1);
        QCOMPARE(courses.coursesOfStudent(student->id)->size(), 1);
        // Enrolling twice is harmless.
        QCOMPARE(courses.enroll(student->id, course->id, QDate(2026, 9, 2), m_actor)->id,
                 enrolled->id);

        QVERIFY(courses.drop(student->id, course->id, m_actor));
        QVERIFY(courses.enrollmentsOfCourse(course->id)->isEmpty());
        QVERIFY(courses.coursesOfStudent(student->id)->isEmpty());
        QCOMPARE(courses.drop(student->id, course->id, m_actor).error().code,
                 Error::Code::NotFound);

        auto back = courses.enroll(student->id, course->id, QDate(2026, 9, 20), m_actor);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
        QCOMPARE(back->id, enrolled->id); // the same enrolment, re-activated
        QCOMPARE(courses.enrollmentsOfCourse(course->id)->first().enrolledOn, QDate(2026, 9, 20));

        auto ghost = courses.enroll(newId(), course->id, QDate(2026, 9, 1), m_actor);
        QVERIFY(!ghost);
        QVERIFY(!ghost.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCourseRepository)
#include "tst_courserepository.moc"
