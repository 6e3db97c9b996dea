#include "app/core/Id.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestId : public QObject
{
    Q_OBJECT
private slots:
    void newIdsAreVersion7AndUnique()
    {
        QSet<Id> seen;
        for (int i = 0; i < 10000; ++i) {
            const Id id = newId();
            QVERIFY(isValidId(id));
            QCOMPARE(id.at(14), u'7'); // Qt 6.4 predates version 7: read the nibble
            QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 10000);
    }

    void uuidV7EncodesTimeFirst()
    {
        const Id early = uuidV7(1'700'000'000'000, 0xFFF, ~0ULL);
        const Id later = uuidV7(1'700'000'000'001, 0, 0);
        QVERIFY(early < later); // text order follows time
        QVERIFY(early.startsWith(u"018bcfe5-6800-7fff-bfff-ffffffffffff"_s.left(13)));
        QCOMPARE(uuidV7(0, 0, 0), u"00000000-0000-7000-8000-000000000000"_s);
    }

    void newIdsAreStrictlyIncreasing()
    {
        Id previous = newId();
        for (int i = 0; i < 100000; ++i) { // many share a millisecond
            const Id next = newId();
            QVERIFY2(next > previous, qPrintable(previous + u" !< "_s + next));
            previous = next;
        }
    }

    void sameInputsSameId() { QCOMPARE(uuidV7(42, 7, 9), uuidV7(42, 7, 9)); }

    void rejectsMalformed()
    {
        QVERIFY(!isValidId(u""_s));
        QVERIFY(!isValidId(u"not-a-uuid"_s));
        QVERIFY(!isValidId(u"{00000000-0000-7000-8000-000000000000}"_s));
        QVERIFY(!isValidId(u"00000000-0000-7000-8000-00000000000A"_s)); // upper case
        QVERIFY(isValidId(u"00000000-0000-7000-8000-00000000000a"_s));
    }
};

QTEST_GUILESS_MAIN(TestId)
#include "tst_id.moc"
