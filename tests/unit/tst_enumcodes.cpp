#include "app/core/Attendance.h"
#include "app/core/FeeBalance.h"
#include "app/core/Gradebook.h"
#include "app/core/Role.h"
#include "app/core/Student.h"

#include <QSet>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

template<typename E> static void checkRoundTrip()
{
    QSet<QString> codes;
    for (E value : allValues<E>()) {
        const QString code = codeOf(value);
        QVERIFY(!code.isEmpty());
        QCOMPARE(fromCode<E>(code), std::optional<E>(value));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), qsizetype(allValues<E>().size()));
    QVERIFY(!fromCode<E>(u"no-such-code"_s));
    QVERIFY(!fromCode<E>(u""_s));
}

class TestEnumCodes : public QObject
{
    Q_OBJECT
private slots:
    void everyEnumRoundTrips()
    {
        checkRoundTrip<Role>();
        checkRoundTrip<StudentStatus>();
        checkRoundTrip<AttendanceStatus>();
        checkRoundTrip<MarkSource>();
        checkRoundTrip<MarkStatus>();
        checkRoundTrip<LedgerKind>();
        checkRoundTrip<PaymentMethod>();
        checkRoundTrip<PaymentStatus>();
    }

    void codesAreStable()
    {
        // These strings are in every database and on the wire: changing one breaks old files.
        QCOMPARE(codeOf(Role::Admin), u"admin"_s);
        QCOMPARE(codeOf(AttendanceStatus::Excused), u"excused"_s);
        QCOMPARE(codeOf(LedgerKind::LateFee), u"late_fee"_s);
        QCOMPARE(fromCode<Role>(u"Admin"_s), std::nullopt); // case matters
    }

    void displayNamesAreTranslatableText()
    {
        QCOMPARE(RoleNames::displayName(Role::Staff), u"Office staff"_s);
        QCOMPARE(PaymentStatusNames::displayName(PaymentStatus::Partial), u"Partly paid"_s);
        QCOMPARE(AttendanceRules::statusName(AttendanceStatus::Late), u"Late"_s);
    }
};

QTEST_GUILESS_MAIN(TestEnumCodes)
#include "tst_enumcodes.moc"
