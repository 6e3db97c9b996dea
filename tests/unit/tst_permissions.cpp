#include "app/core/Permissions.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void eachRoleHasItsOwnWork()
    {
        QVERIFY(Permissions::allows(Role::Admin, Action::ManageAccounts));
        QVERIFY(Permissions::allows(Role::Admin, Action::ViewAuditLog));
        QVERIFY(!Permissions::allows(Role::Staff, Action::ManageAccounts));
        QVERIFY(Permissions::allows(Role::Staff, Action::EditFees));
        QVERIFY(!Permissions::allows(Role::Staff, Action::EditMarks));
        QVERIFY(Permissions::allows(Role::Teacher, Action::TakeAttendance));
        QVERIFY(Permissions::allows(Role::Teacher, Action::EditMarks));
        QVERIFY(!Permissions::allows(Role::Teacher, Action::EditFees));
        QVERIFY(!Permissions::allows(Role::Teacher, Action::EditStudents));
        QVERIFY(Permissions::allows(Role::Student, Action::ViewOwnRecord));
        QVERIFY(!Permissions::allows(Role::Student, Action::ViewStudents));
        QVERIFY(!Permissions::allows(Role::Student, Action::ViewAuditLog));
        QVERIFY(!Permissions::allows(Role::Staff, Action::TakeAttendance));
        QVERIFY(Permissions::allows(Role::Staff, Action::CorrectAttendance));
        QVERIFY(Permissions::allows(Role::Teacher, Action::CorrectAttendance));
        QVERIFY(!Permissions::allows(Role::Student, Action::CorrectAttendance));
    }

    void onlyStudentsHaveAPersonalDashboard()
    {
        for (Role role : allValues<Role>())
            QCOMPARE(Permissions::allows(role, Action::ViewOwnRecord), role == Role::Student);
    }

    void everyActionHasARoleAndASentence()
    {
        for (Action action : allValues<Action>()) {
            bool someone = false;
            for (Role role : allValues<Role>())
                someone = someone || Permissions::allows(role, action);
            QVERIFY2(someone, qPrintable(codeOf(action)));
            const QString sentence = Permissions::deniedMessage(action);
            QVERIFY(sentence.endsWith(u'.'));
            QVERIFY(sentence.size() > 20);
        }
    }

    void requireRefusesWithForbidden()
    {
        const Actor teacher{u"t1"_s, u"Tess Teacher"_s, Role::Teacher};
        const auto refused = Permissions::require(teacher, Action::EditFees);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QCOMPARE(refused.error().message, Permissions::deniedMessage(Action::EditFees));
        QVERIFY(Permissions::require(teacher, Action::TakeAttendance));
    }

    void campusDeskItselfMayDoEverything()
    {
        Actor system = Actor::system();
        system.role = Role::Student;
        for (Action action : allValues<Action>())
            QVERIFY(Permissions::allows(system, action));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
