#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QSet>
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

    Id createTeacher(const QString &username, const QString &fullName)
    {
        User teacher;
        teacher.username = username;
        teacher.fullName = fullName;
        teacher.role = Role::Teacher;
        auto created = UserRepository(*m_db).create(teacher, u"long enough password"_s, m_actor);
        return created ? created->id : Id();
    }

    Actor teacherActor(const Id &id) const { return Actor{id, u"Teacher"_s, Role::Teacher}; }

    Course createCourse(const QString &code, const QList<Id> &teachers = {})
    {
        auto course = CourseRepository(*m_db).createCourse(
            {{}, code, u"Course "_s + code, m_autumn, 3, u"Computer Science"_s, teachers, {}},
            m_actor);
        if (!course)
            qWarning("createCourse: %s", qPrintable(course.error().message));
        return course ? *course : Course();
    }

    QList<Id> createStudents(int count, const QString &batch = u"2025"_s)
    {
        QList<Id> ids;
        for (int i = 0; i < count; ++i) {
            auto s = StudentRepository(*m_db).create(
                test::sampleStudent(u"%1-%2"_s.arg(batch).arg(i + 1, 6, 10, QChar(u'0')),
                                    u"First"_s, u"Last%1"_s.arg(QChar(u'A' + i)),
                                    u"Computer Science"_s, batch),
                m_actor);
            if (!s)
                qWarning("createStudents: %s", qPrintable(s.error().message));
            ids.append(s ? s->id : Id());
        }
        return ids;
    }

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
        QCOMPARE(courses.coursesTaughtBy(m_teacher, {}, m_actor)->size(), 1);
        QCOMPARE(courses.coursesTaughtBy(m_teacher, m_autumn, m_actor)->size(), 1);
        QCOMPARE(courses.coursesInSemester(m_autumn, m_actor)->first().code, u"CS201-01"_s);

        auto duplicate = courses.createCourse(
            {{}, u"cs201-01"_s, u"Again"_s, m_autumn, 3, {}, {}, {}}, m_actor);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().fields.first().field, u"code"_s);

        auto unknownTeacher = courses.createCourse(
            {{}, u"CS202-01"_s, u"Algorithms"_s, m_autumn, 3, {}, {newId()}, {}}, m_actor);
        QVERIFY(!unknownTeacher); // foreign key: the whole course is rolled back
        QVERIFY(courses.coursesInSemester(m_autumn, m_actor)->size() == 1);
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
        QCOMPARE(courses.enrollmentsOfCourse(course->id, m_actor)->size(), 1);
        QCOMPARE(courses.coursesOfStudent(student->id, {}, m_actor)->size(), 1);
        // Enrolling twice is harmless.
        QCOMPARE(courses.enroll(student->id, course->id, QDate(2026, 9, 2), m_actor)->id,
                 enrolled->id);

        QVERIFY(courses.drop(student->id, course->id, m_actor));
        QVERIFY(courses.enrollmentsOfCourse(course->id, m_actor)->isEmpty());
        QVERIFY(courses.coursesOfStudent(student->id, {}, m_actor)->isEmpty());
        QCOMPARE(courses.drop(student->id, course->id, m_actor).error().code,
                 Error::Code::NotFound);

        auto back = courses.enroll(student->id, course->id, QDate(2026, 9, 20), m_actor);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
        QCOMPARE(back->id, enrolled->id); // the same enrolment, re-activated
        QCOMPARE(courses.enrollmentsOfCourse(course->id, m_actor)->first().enrolledOn,
                 QDate(2026, 9, 20));

        auto ghost = courses.enroll(newId(), course->id, QDate(2026, 9, 1), m_actor);
        QVERIFY(!ghost);
        QVERIFY(!ghost.error().message.isEmpty());
    }

    void updateCourseFieldsAndTeachers()
    {
        const Id second = createTeacher(u"j.lee"_s, u"Jin Lee"_s);
        const Course original = createCourse(u"CS201-01"_s, {m_teacher});
        QVERIFY(!original.id.isEmpty() && !second.isEmpty());
        CourseRepository courses(*m_db);
        Course edited = original;
        edited.title = u"Data Structures II"_s;
        edited.credits = 4.5;
        edited.teacherIds = {second};
        auto saved = courses.updateCourse(original, edited, m_actor);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->title, u"Data Structures II"_s);
        QCOMPARE(saved->credits, 4.5);
        QCOMPARE(saved->teacherIds, QList<Id>{second});
        QCOMPARE(courses.coursesTaughtBy(m_teacher, {}, m_actor)->size(), 0);
        // The removed link is a tombstone (it syncs), not a deleted row.
        QCOMPARE(test::rowCount(*m_db, u"course_teacher"_s), 2);

        // Both teachers, then back to the first: a re-added teacher gets a new link.
        Course both = *saved;
        both.teacherIds = {m_teacher, second};
        auto twice = courses.updateCourse(*saved, both, m_actor);
        QVERIFY(twice);
        QCOMPARE(twice->teacherIds.size(), 2);
    }

    void updateCourseConflictsAndValidation()
    {
        const Course original = createCourse(u"CS201-01"_s, {m_teacher});
        createCourse(u"CS202-01"_s);
        CourseRepository courses(*m_db);

        Course edited = original;
        edited.code = u"cs202-01"_s;
        auto duplicate = courses.updateCourse(original, edited, m_actor);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, Error::Code::Invalid);
        QCOMPARE(duplicate.error().fields.first().field, u"code"_s);

        edited = original;
        edited.credits = -1;
        auto negative = courses.updateCourse(original, edited, m_actor);
        QVERIFY(!negative);
        QCOMPARE(negative.error().fields.first().field, u"credits"_s);

        // Someone else retitles it; our edit of the title from the old value is refused,
        // while an edit of another field from the same starting point lands.
        Course theirs = original;
        theirs.title = u"Their title"_s;
        QVERIFY(courses.updateCourse(original, theirs, m_actor));
        Course mine = original;
        mine.title = u"My title"_s;
        auto stale = courses.updateCourse(original, mine, m_actor);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        Course other = original;
        other.program = u"Mathematics"_s;
        auto credits = courses.updateCourse(original, other, m_actor);
        QVERIFY2(credits, qPrintable(credits ? QString() : credits.error().message));
        QCOMPARE(credits->title, u"Their title"_s);
        QCOMPARE(credits->program, u"Mathematics"_s);

        // The teacher set, changed by someone else first, is a conflict too.
        const Id second = createTeacher(u"j.lee"_s, u"Jin Lee"_s);
        Course teachersTheirs = original;
        teachersTheirs.teacherIds = {};
        QVERIFY(courses.updateCourse(original, teachersTheirs, m_actor));
        Course teachersMine = original;
        teachersMine.teacherIds = {m_teacher, second};
        auto staleTeachers = courses.updateCourse(original, teachersMine, m_actor);
        QVERIFY(!staleTeachers);
        QCOMPARE(staleTeachers.error().code, Error::Code::Conflict);
        QCOMPARE(staleTeachers.error().fields.first().field, u"teacherIds"_s);
        QVERIFY(courses.findCourse(original.id, m_actor)->teacherIds.isEmpty());
    }

    void updateSemester()
    {
        CourseRepository courses(*m_db);
        const Semester original = *courses.findSemester(m_autumn);
        Semester edited = original;
        edited.name = u"Fall 2026"_s;
        auto saved = courses.updateSemester(original, edited, m_actor);
        QVERIFY(saved);
        QCOMPARE(saved->name, u"Fall 2026"_s);
        Semester stale = original;
        stale.name = u"Autumn term 2026"_s;
        QCOMPARE(courses.updateSemester(original, stale, m_actor).error().code,
                 Error::Code::Conflict);
        Semester backwards = *saved;
        backwards.endsOn = QDate(2026, 1, 1);
        QCOMPARE(courses.updateSemester(*saved, backwards, m_actor).error().code,
                 Error::Code::Invalid);
    }

    void courseListWithTeachersAndCounts()
    {
        const Id second = createTeacher(u"a.brown"_s, u"Alex Brown"_s);
        const Course ds = createCourse(u"CS201-01"_s, {m_teacher, second});
        const Course algo = createCourse(u"CS202-01"_s);
        const QList<Id> students = createStudents(3);
        CourseRepository courses(*m_db);
        QCOMPARE(*courses.enrollMany(students, ds.id, QDate(2026, 9, 1), m_actor), 3);
        QVERIFY(courses.drop(students.at(0), ds.id, m_actor));

        auto list = courses.courseList(m_autumn, m_actor);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).course.code, u"CS201-01"_s);
        QCOMPARE(list->at(0).enrolled, 2);
        QCOMPARE(list->at(0).teacherNames, (QStringList{u"Alex Brown"_s, u"Mary Okoro"_s}));
        QCOMPARE(list->at(1).course.id, algo.id);
        QCOMPARE(list->at(1).enrolled, 0);
        QVERIFY(list->at(1).teacherNames.isEmpty());

        auto roster = courses.enrolledStudents(ds.id, m_actor);
        QVERIFY(roster);
        QCOMPARE(roster->size(), 2);
        QCOMPARE(roster->at(0).student.lastName, u"LastB"_s);
        QCOMPARE(roster->at(0).enrolledOn, QDate(2026, 9, 1));
    }

    void teachersSeeOnlyTheirCourses()
    {
        const Course mine = createCourse(u"CS201-01"_s, {m_teacher});
        const Course theirs = createCourse(u"CS202-01"_s);
        const QList<Id> students = createStudents(2);
        CourseRepository courses(*m_db);
        QVERIFY(courses.enrollMany(students, mine.id, QDate(2026, 9, 1), m_actor));
        const Actor teacher = teacherActor(m_teacher);

        auto list = courses.courseList(m_autumn, teacher);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().course.id, mine.id);
        QCOMPARE(list->first().enrolled, 2);
        QCOMPARE(courses.coursesInSemester(m_autumn, teacher)->size(), 1);
        QVERIFY(courses.findCourse(mine.id, teacher));
        QCOMPARE(courses.enrolledStudents(mine.id, teacher)->size(), 2);

        QCOMPARE(courses.findCourse(theirs.id, teacher).error().code, Error::Code::Forbidden);
        QCOMPARE(courses.enrollmentsOfCourse(theirs.id, teacher).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(courses.enrolledStudents(theirs.id, teacher).error().code, Error::Code::Forbidden);
        QCOMPARE(courses.coursesTaughtBy(m_teacher, {}, teacher)->size(), 1);
    }

    void teachersCannotWrite()
    {
        const Course mine = createCourse(u"CS201-01"_s, {m_teacher});
        const QList<Id> students = createStudents(1);
        CourseRepository courses(*m_db);
        const Actor teacher = teacherActor(m_teacher);
        Course edited = mine;
        edited.title = u"Mine now"_s;
        QCOMPARE(courses.updateCourse(mine, edited, teacher).error().code, Error::Code::Forbidden);
        QCOMPARE(courses.createCourse({{}, u"X1"_s, u"X"_s, m_autumn, 1, {}, {}, {}}, teacher)
                     .error()
                     .code,
                 Error::Code::Forbidden);
        QCOMPARE(courses.enrollMany(students, mine.id, QDate(2026, 9, 1), teacher).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(courses.dropMany(students, mine.id, teacher).error().code, Error::Code::Forbidden);
        const Semester autumn = *courses.findSemester(m_autumn);
        Semester renamed = autumn;
        renamed.name = u"Mine"_s;
        QCOMPARE(courses.updateSemester(autumn, renamed, teacher).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(courses.findCourse(mine.id, m_actor)->title, mine.title);
        QVERIFY(courses.enrollmentsOfCourse(mine.id, m_actor)->isEmpty());
    }

    void enrolAndDropMany()
    {
        const Course course = createCourse(u"CS201-01"_s);
        const QList<Id> students = createStudents(4);
        CourseRepository courses(*m_db);
        QVERIFY(courses.enroll(students.at(0), course.id, QDate(2026, 9, 1), m_actor));
        const int outboxBefore = test::rowCount(*m_db, u"outbox"_s);

        // One already enrolled: skipped, not an error.
        auto enrolled = courses.enrollMany(students, course.id, QDate(2026, 9, 2), m_actor);
        QVERIFY(enrolled);
        QCOMPARE(*enrolled, 3);
        QCOMPARE(test::rowCount(*m_db, u"outbox"_s), outboxBefore + 3);
        QCOMPARE(courses.enrollmentsOfCourse(course.id, m_actor)->size(), 4);
        QCOMPARE(*courses.enrollMany(students, course.id, QDate(2026, 9, 2), m_actor), 0);

        auto dropped = courses.dropMany(students.mid(0, 2), course.id, m_actor);
        QVERIFY(dropped);
        QCOMPARE(*dropped, 2);
        QCOMPARE(*courses.dropMany(students.mid(0, 2), course.id, m_actor), 0); // already dropped
        QCOMPARE(courses.enrollmentsOfCourse(course.id, m_actor)->size(), 2);

        // Re-enrolling the dropped ones re-activates their enrolments.
        QCOMPARE(*courses.enrollMany(students, course.id, QDate(2026, 9, 3), m_actor), 2);
        QCOMPARE(test::rowCount(*m_db, u"enrollment"_s), 4);

        // One unknown student: the whole batch is rolled back.
        const Course other = createCourse(u"CS202-01"_s);
        auto broken
            = courses.enrollMany({students.at(0), newId()}, other.id, QDate(2026, 9, 1), m_actor);
        QVERIFY(!broken);
        QVERIFY(!broken.error().message.isEmpty());
        QVERIFY(courses.enrollmentsOfCourse(other.id, m_actor)->isEmpty());
    }

    void studentIdsOfAFilter()
    {
        const QList<Id> first = createStudents(3, u"2025"_s);
        const QList<Id> second = createStudents(2, u"2024"_s);
        StudentRepository students(*m_db);
        StudentQuery query;
        query.batch = u"2024"_s;
        query.limit = 1; // ignored
        auto ids = students.ids(query, m_actor);
        QVERIFY(ids);
        QCOMPARE(QSet<Id>(ids->cbegin(), ids->cend()), QSet<Id>(second.cbegin(), second.cend()));
        query = StudentQuery();
        query.search = u"LastA"_s;
        QCOMPARE(students.ids(query, m_actor)->size(), 2); // one per batch

        // A teacher gets only the students of their courses.
        const Course mine = createCourse(u"CS201-01"_s, {m_teacher});
        QVERIFY(
            CourseRepository(*m_db).enrollMany({first.at(1)}, mine.id, QDate(2026, 9, 1), m_actor));
        QCOMPARE(*students.ids(StudentQuery(), teacherActor(m_teacher)), QList<Id>{first.at(1)});
    }
};

QTEST_GUILESS_MAIN(TestCourseRepository)
#include "tst_courserepository.moc"
