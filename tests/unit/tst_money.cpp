#include "app/core/Money.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void arithmeticIsExact()
    {
        // 0.1 + 0.2 in cents stays exactly 30 cents, unlike doubles.
        Money sum = Money(10, u"USD"_s) + Money(20, u"USD"_s);
        QCOMPARE(sum.minorUnits(), 30);
        Money many = Money::zero(u"USD"_s);
        for (int i = 0; i < 1000; ++i)
            many += Money(1, u"USD"_s);
        QCOMPARE(many, Money(1000, u"USD"_s));
        QCOMPARE((Money(500, u"EUR"_s) - Money(750, u"EUR"_s)).minorUnits(), -250);
        QCOMPARE((-Money(5, u"EUR"_s)).minorUnits(), -5);
        QCOMPARE(Money(-5, u"EUR"_s).abs().minorUnits(), 5);
        QVERIFY(Money(1, u"EUR"_s) < Money(2, u"EUR"_s));
    }

    void minorDigitsFollowIso4217()
    {
        QCOMPARE(Money::minorDigits(u"USD"_s), 2);
        QCOMPARE(Money::minorDigits(u"JPY"_s), 0);
        QCOMPARE(Money::minorDigits(u"KWD"_s), 3);
        QCOMPARE(Money::minorDigits(u"BHD"_s), 3);
        QCOMPARE(Money::minorDigits(u"ZZZ"_s), 2);
    }

    void plainString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cents") << qint64(123450) << u"USD"_s << u"1234.50"_s;
        QTest::newRow("under one") << qint64(5) << u"USD"_s << u"0.05"_s;
        QTest::newRow("negative") << qint64(-5) << u"USD"_s << u"-0.05"_s;
        QTest::newRow("yen") << qint64(1500) << u"JPY"_s << u"1500"_s;
        QTest::newRow("dinar") << qint64(1005) << u"KWD"_s << u"1.005"_s;
        QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"0.00"_s;
    }
    void plainString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, currency).toPlainString(), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("expected"); // -1 = refused
        const QLocale c = QLocale::c();
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("plain") << u"1234.5"_s << u"USD"_s << c << qint64(123450);
        QTest::newRow("integer") << u"12"_s << u"USD"_s << c << qint64(1200);
        QTest::newRow("leading point") << u".75"_s << u"USD"_s << c << qint64(75);
        QTest::newRow("negative") << u"-0.30"_s << u"USD"_s << c << qint64(-30);
        QTest::newRow("spaces") << u"  1 000.00 "_s << u"USD"_s << c << qint64(100000);
        QTest::newRow("german") << u"1.234,56"_s << u"EUR"_s << german << qint64(123456);
        QTest::newRow("three digits") << u"1.005"_s << u"KWD"_s << c << qint64(1005);
        QTest::newRow("too precise") << u"1.005"_s << u"USD"_s << c << qint64(-1);
        QTest::newRow("yen fraction") << u"10.5"_s << u"JPY"_s << c << qint64(-1);
        QTest::newRow("letters") << u"12a"_s << u"USD"_s << c << qint64(-1);
        QTest::newRow("empty") << u""_s << u"USD"_s << c << qint64(-1);
        QTest::newRow("only point") << u"."_s << u"USD"_s << c << qint64(-1);
        QTest::newRow("two points") << u"1.2.3"_s << u"USD"_s << c << qint64(-1);
        QTest::newRow("huge") << u"9999999999999999"_s << u"USD"_s << c << qint64(-1);
        QTest::newRow("bad currency") << u"1"_s << u"usd"_s << c << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QLocale, locale);
        QFETCH(qint64, expected);
        const auto parsed = Money::parse(text, currency, locale);
        if (expected == -1) {
            QVERIFY2(!parsed, qPrintable(text));
        } else {
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(parsed->minorUnits(), expected);
            QCOMPARE(parsed->currency(), currency);
        }
    }

    void parseRoundTripsPlainString()
    {
        for (qint64 minor :
             {qint64(0), qint64(1), qint64(99), qint64(100), qint64(-12345), qint64(987654321)}) {
            const Money m(minor, u"USD"_s);
            QCOMPARE(Money::parse(m.toPlainString(), u"USD"_s)->minorUnits(), minor);
        }
    }

    void displayUsesLocale()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money(123450, u"USD"_s).toDisplayString(us), u"$1,234.50"_s);
        // A currency that is not the locale's own is shown by its code.
        QVERIFY(Money(123450, u"EUR"_s).toDisplayString(us).contains(u"EUR"_s));
        // Another currency than the locale's: the code sits apart from the digits, on the side
        // the locale puts its symbol, with nothing dangling after the number.
        QCOMPARE(Money(123450, u"EUR"_s).toDisplayString(us), u"EUR\u00a01,234.50"_s);
        const QString inC = Money(100000, u"USD"_s).toDisplayString(QLocale::c());
        QVERIFY2(!inC.endsWith(u' ') && inC.contains(u"USD"_s) && inC.contains(QChar::Nbsp),
                 qPrintable(inC));
        QVERIFY(Money(1500, u"JPY"_s).toDisplayString(us).endsWith(u"1,500"_s));
    }

    void validCurrency()
    {
        QVERIFY(Money::isValidCurrency(u"USD"_s));
        QVERIFY(!Money::isValidCurrency(u"US"_s));
        QVERIFY(!Money::isValidCurrency(u"usd"_s));
        QVERIFY(!Money::isValidCurrency(u""_s));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
