#include "app/store/GradebookRepository.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestGradebookRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_teacher = test::testActor(u"Mary Okoro"_s);
    Id m_course;
    Id m_student;

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        m_course = test::createAutumnCourse(*m_db, m_teacher).courseId;
        QVERIFY(!m_course.isEmpty());
        m_student = StudentRepository(*m_db)
                        .create(test::sampleStudent(u"S1"_s, u"Amina"_s, u"Haddad"_s), m_teacher)
                        ->id;
    }

    void defaultScaleIsStandardUntilOneIsStored()
    {
        GradebookRepository gradebook(*m_db);
        QCOMPARE(gradebook.defaultGradeScale()->bands, GradeScale::standard().bands);
        GradeScale pf;
        pf.name = u"Pass/fail"_s;
        pf.bands = {{u"P"_s, 50, 1, true}, {u"F"_s, 0, 0, false}};
        QVERIFY(gradebook.createGradeScale(pf, m_teacher));
        const auto stored = *gradebook.defaultGradeScale();
        QCOMPARE(stored.name, u"Pass/fail"_s);
        QCOMPARE(stored.bands, pf.bands);
        GradeScale broken;
        broken.name = u"Broken"_s;
        QVERIFY(!gradebook.createGradeScale(broken, m_teacher));
    }

    void marksAreValidatedAgainstTheirAssessment()
    {
        GradebookRepository gradebook(*m_db);
        auto quiz = gradebook.createAssessment(
            {{}, m_course, u"Quiz 1"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30), {}},
            m_teacher);
        QVERIFY(quiz);
        Mark m;
        m.assessmentId = quiz->id;
        m.studentId = m_student;
        m.score = 21;
        auto tooHigh = gradebook.saveMark(m, nullptr, m_teacher);
        QVERIFY(!tooHigh);
        QCOMPARE(tooHigh.error().fields.first().field, u"score"_s);
        QVERIFY(tooHigh.error().message.contains(u"20"_s));
        m.score = 17.5;
        auto saved = gradebook.saveMark(m, nullptr, m_teacher);
        QVERIFY(saved);
        QCOMPARE(*gradebook.marksOfStudent(m_student)->first().score, 17.5);
        QCOMPARE(gradebook.marksOfAssessment(quiz->id)->first().enteredBy, m_teacher.userId);
    }

    void changingAMarkDetectsConflicts()
    {
        GradebookRepository gradebook(*m_db);
        auto quiz = gradebook.createAssessment(
            {{}, m_course, u"Quiz 1"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30), {}},
            m_teacher);
        Mark m;
        m.assessmentId = quiz->id;
        m.studentId = m_student;
        m.score = 12;
        const Mark original = *gradebook.saveMark(m, nullptr, m_teacher);
        // Entering a first mark twice (two windows) is a conflict, not a duplicate.
        QCOMPARE(gradebook.saveMark(m, nullptr, m_teacher).error().code, Error::Code::Conflict);

        Mark corrected = original;
        corrected.score = 14;
        const Mark afterFirst = *gradebook.saveMark(corrected, &original, m_teacher);
        Mark other = original;
        other.status = MarkStatus::Excused;
        other.score.reset();
        auto clash = gradebook.saveMark(other, &original, m_teacher);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, Error::Code::Conflict);
        QCOMPARE(*gradebook.marksOfStudent(m_student)->first().score, 14.0);

        // Saving an unchanged mark writes nothing.
        const int outbox = test::rowCount(*m_db, u"outbox"_s);
        QVERIFY(gradebook.saveMark(afterFirst, &afterFirst, m_teacher));
        QCOMPARE(test::rowCount(*m_db, u"outbox"_s), outbox);
    }

    void assessmentsOfSeveralCourses()
    {
        GradebookRepository gradebook(*m_db);
        QVERIFY(gradebook.createAssessment(
            {{}, m_course, u"Final"_s, u"Exam"_s, 60, 100, QDate(2026, 12, 10), {}}, m_teacher));
        QVERIFY(gradebook.createAssessment(
            {{}, m_course, u"Midterm"_s, u"Exam"_s, 40, 100, QDate(2026, 10, 20), {}}, m_teacher));
        auto list = gradebook.assessmentsOfCourses({m_course, newId()});
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().title, u"Midterm"_s); // by date
        QVERIFY(gradebook.assessmentsOfCourses({})->isEmpty());
        auto invalid = gradebook.createAssessment({{}, m_course, u""_s, u"Exam"_s, 120, 0, {}, {}},
                                                  m_teacher);
        QCOMPARE(invalid.error().fields.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestGradebookRepository)
#include "tst_gradebookrepository.moc"
