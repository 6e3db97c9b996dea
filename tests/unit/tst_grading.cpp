#include "app/core/CourseResult.h"
#include "app/core/Grading.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

static GradedItem scored(double weight, double max, double score)
{
    return GradedItem{weight, max, MarkStatus::Scored, score};
}
static GradedItem withStatus(double weight, double max, MarkStatus status)
{
    return GradedItem{weight, max, status, 0};
}

class TestGrading : public QObject
{
    Q_OBJECT
private slots:
    void weightedTotalByHand()
    {
        // Coursework 40 % (32/40 = 80 %), exam 60 % (45/60 = 75 %): 0.4*80 + 0.6*75 = 77.
        const auto total = weightedTotal({scored(40, 40, 32), scored(60, 60, 45)});
        QCOMPARE(*total.percent, 77.0);
        QVERIFY(total.complete);
        QCOMPARE(total.countedWeight, 100.0);
    }

    void weightsThatDoNotSumTo100AreNormalised()
    {
        // Weights 10 and 20 (sum 30): (10*50% + 20*100%) / 30 = 83.33 %.
        const auto total = weightedTotal({scored(10, 10, 5), scored(20, 50, 50)});
        QVERIFY(qFuzzyCompare(*total.percent, 250.0 / 3.0));
        QCOMPARE(roundPercent(*total.percent), 83.33);
    }

    void excusedIsLeftOutAbsentCountsZero()
    {
        const auto excused
            = weightedTotal({scored(50, 100, 80), withStatus(50, 100, MarkStatus::Excused)});
        QCOMPARE(*excused.percent, 80.0);
        QCOMPARE(excused.countedWeight, 50.0);
        QVERIFY(excused.complete);
        const auto absent
            = weightedTotal({scored(50, 100, 80), withStatus(50, 100, MarkStatus::Absent)});
        QCOMPARE(*absent.percent, 40.0);
    }

    void unmarkedItemsAreLeftOutAndMakeItIncomplete()
    {
        GradedItem pending{50, 100, std::nullopt, 0};
        const auto total = weightedTotal({scored(50, 100, 70), pending});
        QCOMPARE(*total.percent, 70.0);
        QVERIFY(!total.complete);
    }

    void nothingCountsMeansNoTotal()
    {
        QVERIFY(!weightedTotal({}).percent);
        QVERIFY(!weightedTotal({withStatus(50, 100, MarkStatus::Excused)}).percent);
        QVERIFY(!weightedTotal({scored(0, 100, 100)}).percent); // weight 0 is practice
    }

    void roundingAtGradeBoundaries_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("letter");
        QTest::newRow("exactly 90") << 90.0 << u"A"_s;
        QTest::newRow("89.995 rounds up") << 89.995 << u"A"_s;
        QTest::newRow("89.9949 stays") << 89.9949 << u"A-"_s;
        QTest::newRow("binary noise below 90") << 89.99999999999999 << u"A"_s;
        QTest::newRow("zero") << 0.0 << u"F"_s;
        QTest::newRow("49.99") << 49.99 << u"F"_s;
        QTest::newRow("50") << 50.0 << u"D"_s;
        QTest::newRow("100") << 100.0 << u"A"_s;
    }
    void roundingAtGradeBoundaries()
    {
        QFETCH(double, percent);
        QFETCH(QString, letter);
        const auto band = gradeFor(GradeScale::standard(), percent);
        QVERIFY(band);
        QCOMPARE(band->letter, letter);
    }

    void computedBoundaryTotal()
    {
        // 3 items of 1/3 weight each with 90, 90, 89.985 gives 89.995 after division.
        const auto total
            = weightedTotal({scored(1, 100, 90), scored(1, 100, 90), scored(1, 100, 89.985)});
        QCOMPARE(roundPercent(*total.percent), 90.0);
        QCOMPARE(gradeFor(GradeScale::standard(), *total.percent)->letter, u"A"_s);
    }

    void gradeForUnsortedScale()
    {
        GradeScale scale;
        scale.bands
            = {{u"Pass"_s, 40, 1, true}, {u"Distinction"_s, 70, 3, true}, {u"Fail"_s, 0, 0, false}};
        QCOMPARE(gradeFor(scale, 39.99)->letter, u"Fail"_s);
        QVERIFY(!gradeFor(scale, 39.99)->passing);
        QCOMPARE(gradeFor(scale, 40)->letter, u"Pass"_s);
        QCOMPARE(gradeFor(scale, 85)->letter, u"Distinction"_s);
        GradeScale noZero;
        noZero.bands = {{u"A"_s, 50, 4, true}};
        QVERIFY(!gradeFor(noZero, 10));
    }

    void categoriesWeighTheirOwnTotals()
    {
        // Coursework 40: quiz 10/20 (w 10) and assignment 40/50 (w 30):
        //   (10*50 + 30*80) / 40 = 72.5 %.
        // Exams 60: final 60/100 (w 1) = 60 %.
        // Course: (40*72.5 + 60*60) / 100 = (2900 + 3600) / 100 = 65 %.
        const auto total = courseTotal({{u"Coursework"_s, 40}, {u"Exams"_s, 60}},
                                       {{u"coursework"_s, scored(10, 20, 10)},
                                        {u"Coursework"_s, scored(30, 50, 40)},
                                        {u"Exams"_s, scored(1, 100, 60)}});
        QCOMPARE(*total.percent, 65.0);
        QCOMPARE(total.countedWeight, 100.0);
        QVERIFY(total.complete);
    }

    void categoryWeightsThatDoNotSumTo100()
    {
        // Weights 1 and 3: (1*80 + 3*40) / 4 = 50 %.
        const auto total = courseTotal({{u"A"_s, 1}, {u"B"_s, 3}},
                                       {{u"A"_s, scored(5, 10, 8)}, {u"B"_s, scored(5, 10, 4)}});
        QCOMPARE(*total.percent, 50.0);
        QCOMPARE(total.countedWeight, 4.0);
    }

    void aCategoryWithNothingCountingIsLeftOut()
    {
        // Exams 60 has only an excused and an unmarked item: coursework alone decides, 75 %.
        GradedItem pending{50, 100, std::nullopt, 0};
        const auto total = courseTotal({{u"Coursework"_s, 40}, {u"Exams"_s, 60}, {u"Empty"_s, 20}},
                                       {{u"Coursework"_s, scored(1, 20, 15)},
                                        {u"Exams"_s, withStatus(50, 100, MarkStatus::Excused)},
                                        {u"Exams"_s, pending}});
        QCOMPARE(*total.percent, 75.0);
        QCOMPARE(total.countedWeight, 40.0);
        QVERIFY(!total.complete);
        // Absent counts: the exam category is now 0 %, so (40*75 + 60*0) / 100 = 30 %.
        const auto absent = courseTotal({{u"Coursework"_s, 40}, {u"Exams"_s, 60}},
                                        {{u"Coursework"_s, scored(1, 20, 15)},
                                         {u"Exams"_s, withStatus(50, 100, MarkStatus::Absent)}});
        QCOMPARE(*absent.percent, 30.0);
        // A category of weight 0 never counts.
        QVERIFY(!courseTotal({{u"Practice"_s, 0}}, {{u"Practice"_s, scored(1, 10, 10)}}).percent);
    }

    void withoutCategoriesItIsTheWeightedTotal()
    {
        const auto total = courseTotal(
            {}, {{u"Coursework"_s, scored(40, 40, 32)}, {u"Exam"_s, scored(60, 60, 45)}});
        QCOMPARE(*total.percent, 77.0);
    }

    void unknownCategoryIsLeftOut()
    {
        const auto total
            = courseTotal({{u"Exams"_s, 100}},
                          {{u"Exams"_s, scored(1, 100, 70)}, {u"Lab"_s, scored(1, 100, 10)}});
        QCOMPARE(*total.percent, 70.0);
    }

    void categoryRoundingAtABoundary()
    {
        // Coursework 1/3: 89.985 %, exams 2/3: 90 %: (89.985 + 180) / 3 = 89.995 -> 90.00, A.
        const auto total
            = courseTotal({{u"C"_s, 1}, {u"E"_s, 2}},
                          {{u"C"_s, scored(1, 200, 179.97)}, {u"E"_s, scored(1, 10, 9)}});
        QCOMPARE(roundPercent(*total.percent), 90.0);
        QCOMPARE(gradeFor(GradeScale::standard(), *total.percent)->letter, u"A"_s);
    }

    void totalMarksSumScoredAndAbsent()
    {
        // 32/40 + absent on 60 + excused on 100 + unmarked 20: 32 / (40 + 60) = 32 of 100.
        GradedItem pending{1, 20, std::nullopt, 0};
        const auto marks = totalMarks({scored(40, 40, 32), withStatus(60, 60, MarkStatus::Absent),
                                       withStatus(1, 100, MarkStatus::Excused), pending});
        QCOMPARE(marks.scored, 32.0);
        QCOMPARE(marks.possible, 100.0);
        // Weight 0 still shows in the marks.
        QCOMPARE(totalMarks({scored(0, 10, 7)}).possible, 10.0);
    }

    void courseResultGradesAndStatus()
    {
        const Id c = u"c"_s;
        const QList<AssessmentCategory> categories
            = {{u"k1"_s, c, u"Coursework"_s, 40, {}}, {u"k2"_s, c, u"Exams"_s, 60, {}}};
        const QList<Assessment> assessments
            = {{u"a1"_s, c, u"Quiz"_s, u"Coursework"_s, 1, 20, QDate(2026, 9, 30), {}},
               {u"a2"_s, c, u"Final"_s, u"Exams"_s, 1, 100, QDate(2026, 12, 10), {}},
               {u"a3"_s, c, u"Project"_s, u"Coursework"_s, 1, 50, QDate(2026, 12, 15), {}}};
        QHash<Id, Mark> marks;
        Mark quiz;
        quiz.score = 18; // 90 %
        marks.insert(u"a1"_s, quiz);
        Mark final;
        final.score = 40; // 40 %
        marks.insert(u"a2"_s, final);
        // (40*90 + 60*40) / 100 = 60 % -> C, passing; the project is unmarked.
        const auto result = courseResultOf(categories, assessments, marks, GradeScale::standard());
        QCOMPARE(*result.total.percent, 60.0);
        QVERIFY(!result.total.complete);
        QCOMPARE(result.grade->letter, u"C"_s);
        QCOMPARE(result.status, ResultStatus::Passed);
        QCOMPARE(result.marks.scored, 58.0);
        QCOMPARE(result.marks.possible, 120.0);
        final.score = 10; // (3600 + 600) / 100 = 42 % -> F
        marks.insert(u"a2"_s, final);
        QCOMPARE(courseResultOf(categories, assessments, marks, GradeScale::standard()).status,
                 ResultStatus::Failed);
        QCOMPARE(courseResultOf(categories, assessments, {}, GradeScale::standard()).status,
                 ResultStatus::NoResult);
        // The exam date is the final's, though the project is later.
        QCOMPARE(examDateOf(assessments), QDate(2026, 12, 10));
        QCOMPARE(examDateOf(assessments.mid(0, 1)), QDate(2026, 9, 30));
        QVERIFY(!examDateOf({}).isValid());
    }

    void gpaIsCreditWeighted()
    {
        // 4.0 over 3 credits and 2.0 over 1 credit: (12 + 2) / 4 = 3.5.
        QCOMPARE(*gpa({{4.0, 3}, {2.0, 1}}), 3.5);
        // Zero-credit courses do not move the GPA.
        QCOMPARE(*gpa({{4.0, 3}, {0.0, 0}}), 4.0);
        QVERIFY(!gpa({}));
        QVERIFY(!gpa({{3.0, 0}}));
    }
};

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
