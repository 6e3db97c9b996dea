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
