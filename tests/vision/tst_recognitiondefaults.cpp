#include "app/vision/RecognitionDefaults.h"

#include <QTest>

using namespace cd;

class TestRecognitionDefaults : public QObject
{
    Q_OBJECT
private slots:
    void aSettingAppliesOnlyOnItsOwnScale()
    {
        const TuningScale &descriptor = RecognitionDefaults::descriptorThreshold;
        const TuningScale &lbph = RecognitionDefaults::lbphThreshold;
        QCOMPARE(descriptor.applied(0.96), 0.96f);
        QCOMPARE(descriptor.applied(0), 0.0f); // the shipped value
        QCOMPARE(descriptor.applied(-70), 0.0f); // chosen for LBPH
        QCOMPARE(lbph.applied(-70), -70.0f);
        QCOMPARE(lbph.applied(0.96), 0.0f); // chosen for the descriptor
        QCOMPARE(lbph.applied(-500), 0.0f); // beyond what Settings offers
        QCOMPARE(RecognitionDefaults::descriptorMargin.applied(5), 0.0f);
        QCOMPARE(RecognitionDefaults::lbphMargin.applied(5), 5.0f);
        QCOMPARE(RecognitionDefaults::lbphMargin.applied(0.01), 0.0f);
    }

    void theEdgesAreForgivingByHalfAShownUnit()
    {
        const TuningScale &descriptor = RecognitionDefaults::descriptorThreshold;
        QVERIFY(descriptor.fits(0.999));
        QVERIFY(descriptor.fits(0.9994));
        QVERIFY(!descriptor.fits(0.9996));
        QVERIFY(descriptor.fits(0.8));
        QVERIFY(!descriptor.fits(0.799));
        QVERIFY(RecognitionDefaults::lbphThreshold.fits(-200.4));
        QVERIFY(!RecognitionDefaults::lbphThreshold.fits(-200.6));
    }

    void theShippedValuesLieInsideTheirScales()
    {
        for (const TuningScale &scale :
             {RecognitionDefaults::descriptorThreshold, RecognitionDefaults::descriptorMargin,
              RecognitionDefaults::lbphThreshold, RecognitionDefaults::lbphMargin}) {
            QVERIFY(scale.fits(scale.shipped));
            QCOMPARE(scale.applied(scale.shipped), scale.shipped);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecognitionDefaults)
#include "tst_recognitiondefaults.moc"
