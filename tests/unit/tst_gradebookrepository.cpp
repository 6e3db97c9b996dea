#include "app/store/GradebookRepository.h"
#include "app/store/GradebookSheet.h"
#include "app/store/JournalReader.h"
#include "app/store/Sql.h"
#include "tests/unit/GradebookFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

bool forbidden(const Error &e)
{
    return e.code == Error::Code::Forbidden;
}

QVariant scalar(const Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = sql::run(db.connection(), sql, params);
    return q && q->next() ? q->value(0) : QVariant();
}

} // namespace

class TestGradebookRepository : public QObject
{
    Q_OBJECT
private:
    test::GradebookFixture f;
    Id m_amina;
    Id m_ben;
    Actor m_aminaActor;

private slots:
    void init()
    {
        QVERIFY(f.open());
        m_amina = f.student(u"S1"_s, u"Amina"_s, u"Haddad"_s);
        m_ben = f.student(u"S2"_s, u"Ben"_s, u"Adams"_s);
        QVERIFY(f.enrol(m_amina, f.cs201));
        QVERIFY(f.enrol(m_ben, f.cs201));
        m_aminaActor = f.studentActor(m_amina, u"amina"_s);
        QVERIFY(!m_aminaActor.userId.isEmpty());
    }

    void cleanup()
    {
        f.db.reset();
        f.dir.reset();
    }

    void defaultScaleIsStandardUntilOneIsStored()
    {
        GradebookRepository gradebook(*f.db);
        QCOMPARE(gradebook.defaultGradeScale()->bands, GradeScale::standard().bands);
        GradeScale pf;
        pf.name = u"Pass/fail"_s;
        pf.bands = {{u"P"_s, 50, 1, true}, {u"F"_s, 0, 0, false}};
        QVERIFY(gradebook.createGradeScale(pf, f.admin));
        const auto stored = *gradebook.defaultGradeScale();
        QCOMPARE(stored.name, u"Pass/fail"_s);
        QCOMPARE(stored.bands, pf.bands);
        GradeScale broken;
        broken.name = u"Broken"_s;
        QVERIFY(!gradebook.createGradeScale(broken, f.admin));
    }

    void savingTheGradeScale()
    {
        GradebookRepository gradebook(*f.db);
        const GradeScale standard = *gradebook.defaultGradeScale();
        QVERIFY(standard.id.isEmpty()); // built in, not stored
        GradeScale edited = standard;
        edited.bands[0].minPercent = 92;
        // Teachers and staff may not change it.
        QVERIFY(forbidden(gradebook.saveGradeScale(standard, edited, f.okoro).error()));
        QVERIFY(forbidden(gradebook.saveGradeScale(standard, edited, f.staff).error()));
        auto stored = gradebook.saveGradeScale(standard, edited, f.admin);
        QVERIFY(stored);
        QVERIFY(!stored->id.isEmpty());
        QCOMPARE(gradebook.defaultGradeScale()->bands.first().minPercent, 92.0);

        // Validation: duplicate letters, a bound out of range, no band at 0.
        GradeScale bad = *stored;
        bad.bands = {{u"A"_s, 50, 4, true}, {u"A"_s, 120, 3, true}};
        auto refused = gradebook.saveGradeScale(*stored, bad, f.admin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.size(), 3);
        QCOMPARE(gradebook.defaultGradeScale()->bands.first().minPercent, 92.0);

        GradeScale again = *gradebook.defaultGradeScale();
        again.name = u"House scale"_s;
        QVERIFY(gradebook.saveGradeScale(*gradebook.defaultGradeScale(), again, f.admin));
        QCOMPARE(gradebook.defaultGradeScale()->name, u"House scale"_s);
        QCOMPARE(test::rowCount(*f.db, u"grade_scale"_s), 1);
    }

    void marksAreValidatedAgainstTheirAssessment()
    {
        GradebookRepository gradebook(*f.db);
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz 1"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        QVERIFY(!quiz.id.isEmpty());
        Mark m;
        m.assessmentId = quiz.id;
        m.studentId = m_amina;
        m.score = 21;
        auto tooHigh = gradebook.saveMark(m, nullptr, f.okoro);
        QVERIFY(!tooHigh);
        QCOMPARE(tooHigh.error().fields.first().field, u"score"_s);
        QVERIFY(tooHigh.error().message.contains(u"20"_s));
        m.score = 17.5;
        const auto saved = gradebook.saveMark(m, nullptr, f.okoro);
        QVERIFY2(saved,
                 qPrintable(saved ? QString() : saved.error().message + saved.error().detail));
        QCOMPARE(*gradebook.marksOfStudent(m_amina, f.okoro)->first().score, 17.5);
        QCOMPARE(gradebook.marksOfAssessment(quiz.id, f.okoro)->first().enteredBy, f.okoro.userId);

        // A student who is not enrolled gets no mark.
        const Id stranger = f.student(u"S9"_s, u"Cleo"_s, u"Stranger"_s);
        Mark other = m;
        other.studentId = stranger;
        auto notEnrolled = gradebook.saveMark(other, nullptr, f.admin);
        QCOMPARE(notEnrolled.error().fields.first().field, u"studentId"_s);
    }

    void changingAMarkDetectsConflicts()
    {
        GradebookRepository gradebook(*f.db);
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz 1"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        Mark m;
        m.assessmentId = quiz.id;
        m.studentId = m_amina;
        m.score = 12;
        const Mark original = *gradebook.saveMark(m, nullptr, f.okoro);
        // Entering a first mark twice (two windows) is a conflict, not a duplicate.
        QCOMPARE(gradebook.saveMark(m, nullptr, f.okoro).error().code, Error::Code::Conflict);

        Mark corrected = original;
        corrected.score = 14;
        const Mark afterFirst = *gradebook.saveMark(corrected, &original, f.okoro);
        Mark other = original;
        other.status = MarkStatus::Excused;
        other.score.reset();
        auto clash = gradebook.saveMark(other, &original, f.okoro);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, Error::Code::Conflict);
        QCOMPARE(*gradebook.marksOfStudent(m_amina, f.admin)->first().score, 14.0);

        // Saving an unchanged mark writes nothing.
        const int outbox = test::rowCount(*f.db, u"outbox"_s);
        QVERIFY(gradebook.saveMark(afterFirst, &afterFirst, f.okoro));
        QCOMPARE(test::rowCount(*f.db, u"outbox"_s), outbox);

        // Removing a mark someone changed since is refused; the current one goes.
        QCOMPARE(gradebook.removeMark(original, {}, f.okoro).error().code, Error::Code::Conflict);
        QVERIFY(gradebook.removeMark(afterFirst, {}, f.okoro));
        QVERIFY(gradebook.marksOfStudent(m_amina, f.admin)->isEmpty());
        QVERIFY(gradebook.saveMark(m, nullptr, f.okoro)); // and can be entered again
    }

    void assessmentsOfSeveralCourses()
    {
        GradebookRepository gradebook(*f.db);
        QVERIFY(!f.assessment(f.cs201, u"Final"_s, u"Exam"_s, 60, 100, QDate(2026, 12, 10))
                     .id.isEmpty());
        QVERIFY(!f.assessment(f.cs201, u"Midterm"_s, u"Exam"_s, 40, 100, QDate(2026, 10, 20))
                     .id.isEmpty());
        QVERIFY(!f.assessment(f.ma101, u"Quiz"_s, u"Exam"_s, 40, 100, QDate(2026, 10, 20))
                     .id.isEmpty());
        auto list = gradebook.assessmentsOfCourses({f.cs201, newId()}, f.admin);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().title, u"Midterm"_s); // by date
        QVERIFY(gradebook.assessmentsOfCourses({}, f.admin)->isEmpty());
        // A teacher lists only their own course's.
        QCOMPARE(gradebook.assessmentsOfCourses({f.cs201, f.ma101}, f.lee)->size(), 1);
        QVERIFY(forbidden(gradebook.assessmentsOfCourse(f.cs201, f.lee).error()));
        auto invalid
            = gradebook.createAssessment({{}, f.cs201, u""_s, u"Exam"_s, 120, 0, {}, {}}, f.admin);
        QCOMPARE(invalid.error().fields.size(), 4);
    }

    void teachersWriteOnlyTheirOwnCourses()
    {
        GradebookRepository gradebook(*f.db);
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        // Lee does not teach CS201; staff never edit marks; students neither.
        QVERIFY(forbidden(
            gradebook
                .createAssessment(
                    {{}, f.cs201, u"Quiz 2"_s, u"Coursework"_s, 10, 20, QDate(2026, 10, 1), {}},
                    f.lee)
                .error()));
        Mark m;
        m.assessmentId = quiz.id;
        m.studentId = m_amina;
        m.score = 10;
        QVERIFY(forbidden(gradebook.saveMark(m, nullptr, f.lee).error()));
        QVERIFY(forbidden(gradebook.saveMark(m, nullptr, f.staff).error()));
        QVERIFY(forbidden(gradebook.saveMark(m, nullptr, m_aminaActor).error()));
        QVERIFY(forbidden(gradebook.publish(f.cs201, f.lee).error()));
        QVERIFY(forbidden(gradebook.publish(f.cs201, f.staff).error()));
        QVERIFY(forbidden(
            gradebook.saveCategory({{}, f.cs201, u"Exams"_s, 60, {}}, nullptr, f.lee).error()));
        QCOMPARE(test::rowCount(*f.db, u"mark"_s), 0);
        QVERIFY(gradebook.saveMark(m, nullptr, f.okoro));
    }

    void readsAreFilteredPerRole()
    {
        GradebookRepository gradebook(*f.db);
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        QVERIFY(f.mark(quiz.id, m_amina, 15));
        QVERIFY(f.mark(quiz.id, m_ben, 12));
        // Staff read everything; Lee nothing of CS201.
        QCOMPARE(gradebook.marksOfAssessment(quiz.id, f.staff)->size(), 2);
        QVERIFY(gradebook.sheet(f.cs201, f.staff));
        QVERIFY(forbidden(gradebook.marksOfAssessment(quiz.id, f.lee).error()));
        QVERIFY(forbidden(gradebook.sheet(f.cs201, f.lee).error()));
        // Amina sees nothing until the results are published, then only her own.
        QVERIFY(forbidden(gradebook.sheet(f.cs201, m_aminaActor).error()));
        QVERIFY(gradebook.marksOfStudent(m_amina, m_aminaActor)->isEmpty());
        QVERIFY(forbidden(gradebook.marksOfStudent(m_ben, m_aminaActor).error()));
        QVERIFY(gradebook.publish(f.cs201, f.okoro));
        auto own = gradebook.sheet(f.cs201, m_aminaActor);
        QVERIFY(own);
        QCOMPARE(own->rows.size(), 1);
        QCOMPARE(own->rows.first().studentId, m_amina);
        QCOMPARE(gradebook.marksOfAssessment(quiz.id, m_aminaActor)->size(), 1);
        QCOMPARE(gradebook.marksOfStudent(m_amina, m_aminaActor)->size(), 1);
    }

    void publishingLocksTheResults()
    {
        GradebookRepository gradebook(*f.db);
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        const Mark first = *f.mark(quiz.id, m_amina, 15);
        QVERIFY(!*gradebook.isPublished(f.cs201, f.okoro));
        auto published = gradebook.publish(f.cs201, f.okoro);
        QVERIFY(published);
        QCOMPARE(published->publishedBy, f.okoro.userId);
        QVERIFY(*gradebook.isPublished(f.cs201, f.okoro));
        QCOMPARE(gradebook.publish(f.cs201, f.okoro).error().code, Error::Code::Conflict);

        // The publication is audited.
        QCOMPARE(scalar(*f.db,
                        u"SELECT count(*) FROM audit_log WHERE action = 'publish' AND "
                        u"entity = 'result_publication'"_s)
                     .toInt(),
                 1);

        // A change now needs a reason...
        Mark changed = first;
        changed.score = 18;
        auto noReason = gradebook.saveMark(changed, &first, f.okoro);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().fields.first().field, u"reason"_s);
        QCOMPARE(*gradebook.marksOfStudent(m_amina, f.admin)->first().score, 15.0);
        changed.reason = u"   "_s;
        QVERIFY(!gradebook.saveMark(changed, &first, f.okoro));
        // ... which is kept on the mark and audited as a correction.
        changed.reason = u"Re-marked after appeal"_s;
        auto corrected = gradebook.saveMark(changed, &first, f.okoro);
        QVERIFY(corrected);
        const Mark stored = gradebook.marksOfStudent(m_amina, f.admin)->first();
        QCOMPARE(*stored.score, 18.0);
        QCOMPARE(stored.reason, u"Re-marked after appeal"_s);
        const QString details = scalar(*f.db,
                                       u"SELECT details FROM audit_log WHERE action = 'correct' "
                                       u"AND entity = 'mark'"_s)
                                    .toString();
        QVERIFY2(details.contains(u"Re-marked after appeal"_s), qPrintable(details));

        // A first mark after publishing needs one too; removing one as well.
        Mark late;
        late.assessmentId = quiz.id;
        late.studentId = m_ben;
        late.score = 11;
        QCOMPARE(gradebook.saveMark(late, nullptr, f.okoro).error().fields.first().field,
                 u"reason"_s);
        QCOMPARE(gradebook.removeMark(*corrected, {}, f.okoro).error().fields.first().field,
                 u"reason"_s);
        QVERIFY(gradebook.removeMark(*corrected, u"Entered for the wrong student"_s, f.okoro));

        // Assessments and categories are frozen.
        QCOMPARE(gradebook
                     .createAssessment(
                         {{}, f.cs201, u"Extra"_s, u"Coursework"_s, 5, 10, QDate(2026, 12, 1), {}},
                         f.okoro)
                     .error()
                     .code,
                 Error::Code::Invalid);
        QVERIFY(!gradebook.removeAssessment(quiz.id, f.okoro));
        QVERIFY(!gradebook.saveCategory({{}, f.cs201, u"Exams"_s, 60, {}}, nullptr, f.okoro));
    }

    void beforePublishingNoReasonIsKept()
    {
        GradebookRepository gradebook(*f.db);
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        Mark m;
        m.assessmentId = quiz.id;
        m.studentId = m_amina;
        m.score = 10;
        m.reason = u"not needed"_s;
        auto saved = gradebook.saveMark(m, nullptr, f.okoro);
        QVERIFY(saved);
        QVERIFY(gradebook.marksOfStudent(m_amina, f.admin)->first().reason.isEmpty());
    }

    void categories()
    {
        GradebookRepository gradebook(*f.db);
        const auto coursework = f.category(f.cs201, u"Coursework"_s, 40);
        QVERIFY(!coursework.id.isEmpty());
        QVERIFY(!f.category(f.cs201, u"Exams"_s, 60).id.isEmpty());
        // Names are unique per course without case; weights are validated.
        auto duplicate
            = gradebook.saveCategory({{}, f.cs201, u"exams"_s, 10, {}}, nullptr, f.okoro);
        QCOMPARE(duplicate.error().fields.first().field, u"name"_s);
        auto heavy = gradebook.saveCategory({{}, f.cs201, u"Lab"_s, 150, {}}, nullptr, f.okoro);
        QCOMPARE(heavy.error().fields.first().field, u"weight"_s);
        QVERIFY(gradebook.saveCategory({{}, f.ma101, u"Exams"_s, 100, {}}, nullptr, f.lee));
        QCOMPARE(gradebook.categoriesOfCourse(f.cs201, f.okoro)->size(), 2);
        QCOMPARE(gradebook.categoriesOfCourse(f.cs201, f.okoro)->first().name, u"Coursework"_s);

        // An assessment must be in one of them, spelled as the category is.
        auto unknown = gradebook.createAssessment(
            {{}, f.cs201, u"Lab 1"_s, u"Lab"_s, 10, 20, QDate(2026, 9, 30), {}}, f.okoro);
        QCOMPARE(unknown.error().fields.first().field, u"category"_s);
        QVERIFY(unknown.error().message.contains(u"Coursework"_s));
        auto quiz = gradebook.createAssessment(
            {{}, f.cs201, u"Quiz"_s, u"coursework"_s, 10, 20, QDate(2026, 9, 30), {}}, f.okoro);
        QVERIFY(quiz);
        QCOMPARE(quiz->category, u"Coursework"_s);

        // Renaming moves the assessments along; a category in use cannot be removed.
        AssessmentCategory renamed = coursework;
        renamed.name = u"Homework"_s;
        QVERIFY(gradebook.saveCategory(renamed, &coursework, f.okoro));
        QCOMPARE(gradebook.assessmentsOfCourse(f.cs201, f.okoro)->first().category, u"Homework"_s);
        QVERIFY(!gradebook.removeCategory(coursework.id, f.okoro));
        QVERIFY(gradebook.removeAssessment(quiz->id, f.okoro));
        QVERIFY(gradebook.removeCategory(coursework.id, f.okoro));
        QCOMPARE(gradebook.categoriesOfCourse(f.cs201, f.okoro)->size(), 1);
    }

    void assessmentsAreUpdatedAndRemoved()
    {
        GradebookRepository gradebook(*f.db);
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        QVERIFY(f.mark(quiz.id, m_amina, 15));
        Assessment edited = quiz;
        edited.title = u"Quiz 1"_s;
        edited.weight = 12;
        auto updated = gradebook.updateAssessment(quiz, edited, f.okoro);
        QVERIFY(updated);
        QCOMPARE(gradebook.assessmentsOfCourse(f.cs201, f.okoro)->first().title, u"Quiz 1"_s);
        // The maximum may not drop below a score already given.
        Assessment smaller = *updated;
        smaller.maxScore = 10;
        QCOMPARE(
            gradebook.updateAssessment(*updated, smaller, f.okoro).error().fields.first().field,
            u"maxScore"_s);
        QVERIFY(forbidden(gradebook.updateAssessment(*updated, edited, f.lee).error()));
        // With marks it stays; without, it goes.
        QVERIFY(!gradebook.removeAssessment(quiz.id, f.okoro));
        const Assessment spare
            = f.assessment(f.cs201, u"Spare"_s, u"Coursework"_s, 0, 10, QDate(2026, 10, 1));
        QVERIFY(gradebook.removeAssessment(spare.id, f.okoro));
        QCOMPARE(gradebook.assessmentsOfCourse(f.cs201, f.okoro)->size(), 1);
    }

    void sheetContents()
    {
        GradebookRepository gradebook(*f.db);
        f.category(f.cs201, u"Coursework"_s, 40);
        f.category(f.cs201, u"Exams"_s, 60);
        const Assessment finalExam
            = f.assessment(f.cs201, u"Final"_s, u"Exams"_s, 1, 100, QDate(2026, 12, 10));
        const Assessment quiz
            = f.assessment(f.cs201, u"Quiz"_s, u"Coursework"_s, 1, 20, QDate(2026, 9, 30));
        QVERIFY(f.mark(quiz.id, m_amina, 18)); // 90 %
        QVERIFY(f.mark(finalExam.id, m_amina, 40)); // 40 %
        QVERIFY(f.mark(quiz.id, m_ben, {}, MarkStatus::Absent));
        auto sheet = gradebook.sheet(f.cs201, f.okoro);
        QVERIFY(sheet);
        QCOMPARE(sheet->course.code, u"CS201-01"_s);
        QCOMPARE(sheet->categories.size(), 2);
        QCOMPARE(sheet->assessments.size(), 2);
        QCOMPARE(sheet->assessments.first().title, u"Quiz"_s); // by date
        QCOMPARE(sheet->rows.size(), 2);
        QCOMPARE(sheet->rows.first().lastName, u"Adams"_s); // by name
        const SheetRow &amina = sheet->rows.at(1);
        QCOMPARE(amina.marks.size(), 2);
        // (40*90 + 60*40) / 100 = 60 % -> C
        QCOMPARE(*amina.result.total.percent, 60.0);
        QCOMPARE(amina.result.grade->letter, u"C"_s);
        QCOMPARE(amina.result.status, ResultStatus::Passed);
        QCOMPARE(amina.result.marks.scored, 58.0);
        // Ben: absent in the quiz, nothing in exams: 0 % -> F.
        QCOMPARE(*sheet->rows.first().result.total.percent, 0.0);
        QCOMPARE(sheet->rows.first().result.status, ResultStatus::Failed);
        QVERIFY(!sheet->isPublished());
        QVERIFY(sheet->unknownCategories().isEmpty());
        QVERIFY(gradebook.publish(f.cs201, f.admin));
        QVERIFY(gradebook.sheet(f.cs201, f.okoro)->isPublished());
    }

    void sheetOfSixtyStudentsIsFast()
    {
        for (int i = 0; i < 60; ++i) {
            const Id s
                = f.student(u"B%1"_s.arg(i), u"First"_s, u"Last%1"_s.arg(i, 2, 10, QChar(u'0')));
            QVERIFY(f.enrol(s, f.cs201));
        }
        QList<Assessment> assessments;
        for (int a = 0; a < 8; ++a)
            assessments.append(f.assessment(f.cs201, u"Item %1"_s.arg(a), u"Coursework"_s, 10, 20,
                                            QDate(2026, 9, 10).addDays(a * 7)));
        auto sheet = GradebookRepository(*f.db).sheet(f.cs201, f.okoro);
        QVERIFY(sheet);
        for (const auto &row : std::as_const(sheet->rows))
            for (const auto &a : std::as_const(assessments))
                QVERIFY(f.mark(a.id, row.studentId, 10));
        QElapsedTimer timer;
        timer.start();
        sheet = GradebookRepository(*f.db).sheet(f.cs201, f.okoro);
        const qint64 ms = timer.elapsed();
        QVERIFY(sheet);
        QCOMPARE(sheet->rows.size(), 62);
        QCOMPARE(*sheet->rows.at(5).result.total.percent, 50.0);
        qInfo("sheet of 62 students x 8 assessments: %lld ms", ms);
        QVERIFY(ms < 200);
    }
};

QTEST_GUILESS_MAIN(TestGradebookRepository)
#include "tst_gradebookrepository.moc"
