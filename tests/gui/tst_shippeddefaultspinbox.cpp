#include "ui/ShippedDefaultSpinBox.h"

#include <QApplication>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestShippedDefaultSpinBox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void theLowestPositionIsTheShippedDefaultAndMeansZero()
    {
        ShippedDefaultSpinBox box;
        box.configure(0.955, 0.8, 0.999, 0.005, 3);
        QVERIFY(box.isShippedDefault());
        QCOMPARE(box.settingValue(), 0.0);
        QCOMPARE(box.text(), u"Shipped default (0.955)"_s);
        QCOMPARE(box.shipped(), 0.955);

        box.setValue(0.97);
        QVERIFY(!box.isShippedDefault());
        QCOMPARE(box.settingValue(), 0.97);
        box.setValue(0.8);
        QCOMPARE(box.settingValue(), 0.8); // the bottom of the range is a value of its own
        box.stepBy(-1);
        QVERIFY(box.isShippedDefault());
        QCOMPARE(box.settingValue(), 0.0);
    }

    void theShippedValueIsRoundedAsShown()
    {
        ShippedDefaultSpinBox box;
        box.configure(0.955f, 0.8, 0.999, 0.005, 3); // a float constant, as the recognisers have
        QCOMPARE(box.shipped(), 0.955);
        box.stepBy(1);
        QCOMPARE(box.settingValue(), 0.955);
    }

    void aStepUpFromTheDefaultLandsOnTheShippedValue()
    {
        ShippedDefaultSpinBox box;
        box.configure(-78, -200, -20, 1, 0);
        QCOMPARE(box.text(), u"Shipped default (-78)"_s);
        box.stepBy(1);
        QCOMPARE(box.value(), -78.0);
        QCOMPARE(box.settingValue(), -78.0);
        box.stepBy(2);
        QCOMPARE(box.value(), -76.0);
    }

    void storedSettingsAreShown()
    {
        ShippedDefaultSpinBox box;
        box.configure(0.01, 0.005, 0.1, 0.005, 3);
        QVERIFY(box.setSettingValue(0.02));
        QCOMPARE(box.settingValue(), 0.02);
        QVERIFY(box.setSettingValue(0));
        QVERIFY(box.isShippedDefault());
        // A value of another scale (LBPH's margin) is not squeezed into this range.
        QVERIFY(!box.setSettingValue(5));
        QVERIFY(box.isShippedDefault());
        QVERIFY(!box.setSettingValue(-78));
        QVERIFY(box.isShippedDefault());
        // A stored double that does not round-trip exactly still fits.
        QVERIFY(box.setSettingValue(0.1000000001));
        QCOMPARE(box.value(), 0.1);
    }
};

QTEST_MAIN(TestShippedDefaultSpinBox)
#include "tst_shippeddefaultspinbox.moc"
