#include "app/store/GradebookRepository.h"
#include "app/store/StudentResults.h"
#include "tests/unit/GradebookFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// A student in two semesters: Spring 2026 (CS101, 4 credits, B = 3.0; MA100, 2 credits, A = 4.0)
// and Autumn 2026 (CS201, 4 credits, C = 2.0; MA101, 3 credits, not published).
class TestStudentResults : public QObject
{
    Q_OBJECT
private:
    test::GradebookFixture f;
    Id m_amina;
    Actor m_aminaActor;
    Id m_cs101;
    Id m_ma100;

    void result(const Id &course, const QString &category, double percent, const QDate &on)
    {
        const Assessment a = f.assessment(course, u"Final exam"_s, category, 1, 100, on);
        QVERIFY(!a.id.isEmpty());
        QVERIFY(f.mark(a.id, m_amina, percent));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.open());
        const Id spring = f.semester(u"Spring 2026"_s, QDate(2026, 1, 12), QDate(2026, 5, 29));
        m_cs101 = f.course(u"CS101-01"_s, u"Programming"_s, spring, f.okoro.userId, 4);
        m_ma100 = f.course(u"MA100-01"_s, u"Algebra"_s, spring, f.lee.userId, 2);
        m_amina = f.student(u"S1"_s, u"Amina"_s, u"Haddad"_s);
        for (const Id &c : {m_cs101, m_ma100, f.cs201, f.ma101})
            QVERIFY(f.enrol(m_amina, c));
        m_aminaActor = f.studentActor(m_amina, u"amina"_s);

        // CS101: coursework 40 % (80 %), exams 60 % (72 %) = 32 + 43.2 = 75.2 -> B (3.0).
        f.category(m_cs101, u"Coursework"_s, 40);
        f.category(m_cs101, u"Exams"_s, 60);
        const Assessment project
            = f.assessment(m_cs101, u"Project"_s, u"Coursework"_s, 1, 50, QDate(2026, 5, 20));
        QVERIFY(f.mark(project.id, m_amina, 40));
        result(m_cs101, u"Exams"_s, 72, QDate(2026, 5, 12));
        result(m_ma100, u"Exam"_s, 95, QDate(2026, 5, 14)); // A (4.0)
        result(f.cs201, u"Exam"_s, 61, QDate(2026, 12, 10)); // C (2.0)
        result(f.ma101, u"Exam"_s, 99, QDate(2026, 12, 11)); // A, unpublished
        GradebookRepository gradebook(*f.db);
        for (const Id &c : {m_cs101, m_ma100, f.cs201})
            QVERIFY(gradebook.publish(c, f.admin));
    }

    void cleanupTestCase()
    {
        f.db.reset();
        f.dir.reset();
    }

    void everySemesterWithGpas()
    {
        auto results = StudentResultsQuery(*f.db).load(m_amina, f.staff);
        QVERIFY(results);
        QCOMPARE(results->studentNumber, u"S1"_s);
        QCOMPARE(results->semesters.size(), 2);
        const SemesterResults &spring = results->semesters.first();
        QCOMPARE(spring.semester.name, u"Spring 2026"_s);
        QCOMPARE(spring.courses.size(), 2);
        const CourseResultLine &cs101 = spring.courses.first();
        QCOMPARE(cs101.course.code, u"CS101-01"_s);
        QCOMPARE(cs101.course.title, u"Programming"_s);
        QCOMPARE(cs101.course.credits, 4.0);
        QCOMPARE(roundPercent(*cs101.result.total.percent), 75.2);
        QCOMPARE(cs101.result.grade->letter, u"B"_s);
        QCOMPARE(cs101.result.grade->gradePoints, 3.0);
        QCOMPARE(cs101.result.status, ResultStatus::Passed);
        QCOMPARE(cs101.result.marks.scored, 112.0); // 40 + 72
        QCOMPARE(cs101.result.marks.possible, 150.0);
        // The exam's date, though the project came later.
        QCOMPARE(cs101.examDate, QDate(2026, 5, 12));
        QVERIFY(cs101.published);
        // Spring: (3.0*4 + 4.0*2) / 6 = 20/6 = 3.333...
        QVERIFY(qFuzzyCompare(*spring.gpa, 20.0 / 6.0));
        QVERIFY(qFuzzyCompare(*spring.cumulativeGpa, 20.0 / 6.0));
        // Autumn (staff see the unpublished MA101): (2.0*4 + 4.0*3) / 7 = 20/7.
        const SemesterResults &autumn = results->semesters.at(1);
        QCOMPARE(autumn.courses.size(), 2);
        QVERIFY(!autumn.courses.at(1).published);
        QVERIFY(qFuzzyCompare(*autumn.gpa, 20.0 / 7.0));
        // Cumulative: (12 + 8 + 8 + 12) / 13 = 40/13.
        QVERIFY(qFuzzyCompare(*autumn.cumulativeGpa, 40.0 / 13.0));
        QVERIFY(qFuzzyCompare(*results->cumulativeGpa, 40.0 / 13.0));
    }

    void aStudentSeesOnlyPublishedResults()
    {
        auto own = StudentResultsQuery(*f.db).load(m_amina, m_aminaActor);
        QVERIFY(own);
        QCOMPARE(own->semesters.size(), 2);
        const SemesterResults &autumn = own->semesters.at(1);
        QCOMPARE(autumn.courses.size(), 1);
        QCOMPARE(autumn.courses.first().course.code, u"CS201-01"_s);
        QCOMPARE(*autumn.gpa, 2.0);
        // Cumulative without MA101: (12 + 8 + 8) / 10 = 2.8.
        QVERIFY(qFuzzyCompare(*own->cumulativeGpa, 2.8));
        // And nobody else's.
        const Id ben = f.student(u"S2"_s, u"Ben"_s, u"Adams"_s);
        QCOMPARE(StudentResultsQuery(*f.db).load(ben, m_aminaActor).error().code,
                 Error::Code::Forbidden);
    }

    void aTeacherSeesTheirOwnCourses()
    {
        auto lee = StudentResultsQuery(*f.db).load(m_amina, f.lee);
        QVERIFY(lee);
        int courses = 0;
        for (const auto &s : std::as_const(lee->semesters))
            courses += int(s.courses.size());
        // Lee teaches MA100 and MA101; Amina is in his current course, so he may see her.
        QCOMPARE(courses, 2);
    }

    void aStudentWithoutCourses()
    {
        const Id cleo = f.student(u"S3"_s, u"Cleo"_s, u"New"_s);
        auto none = StudentResultsQuery(*f.db).load(cleo, f.admin);
        QVERIFY(none);
        QVERIFY(none->semesters.isEmpty());
        QVERIFY(!none->cumulativeGpa);
    }

    void fastEnoughForReportCards()
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 100; ++i)
            QVERIFY(StudentResultsQuery(*f.db).load(m_amina, f.admin));
        const double ms = timer.nsecsElapsed() / 1e6 / 100;
        qInfo("StudentResults: %.2f ms per student", ms);
        QVERIFY(ms < 20);
    }
};

QTEST_GUILESS_MAIN(TestStudentResults)
#include "tst_studentresults.moc"
