#include "app/store/Authenticator.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestUserTableModel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = test::testActor();
    const QString m_password = u"a long enough phrase"_s;

    User createUser(const QString &username, const QString &fullName, Role role,
                    const Id &studentId = {})
    {
        User user;
        user.username = username;
        user.fullName = fullName;
        user.role = role;
        user.studentId = studentId;
        auto created = UserRepository(*m_db).create(user, m_password, m_admin);
        if (!created)
            qWarning("create %s: %s", qPrintable(username), qPrintable(created.error().message));
        return created ? *created : User();
    }

    static QString text(const UserTableModel &model, const Id &id, int column)
    {
        return model.index(model.rowOf(id), column).data().toString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openFreshDatabase(*m_dir);
        QVERIFY(m_db);
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone(); // no read may outlive the database
        m_db.reset();
        m_dir.reset();
    }

    void loadsOffTheGuiThreadAndPassesTheModelTester()
    {
        auto student = StudentRepository(*m_db).create(
            test::sampleStudent(u"2026-0042"_s, u"Carol"_s, u"Diaz"_s), m_admin);
        QVERIFY(student);
        const User alice = createUser(u"alice"_s, u"Alice Admin"_s, Role::Admin);
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        const User carol = createUser(u"carol"_s, u"Carol Diaz"_s, Role::Student, student->id);
        QVERIFY(!carol.id.isEmpty());

        UserTableModel model(*m_db, m_admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // the accounts arrive from the thread pool
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
        QCOMPARE(model.headerData(UserTableModel::UsernameColumn, Qt::Horizontal).toString(),
                 u"User name"_s);

        QCOMPARE(text(model, alice.id, UserTableModel::RoleColumn), u"Administrator"_s);
        QCOMPARE(text(model, bob.id, UserTableModel::RoleColumn), u"Teacher"_s);
        QCOMPARE(text(model, bob.id, UserTableModel::FullNameColumn), u"Bob Teacher"_s);
        QCOMPARE(text(model, bob.id, UserTableModel::StudentColumn), QString());
        QCOMPARE(text(model, carol.id, UserTableModel::StudentColumn), u"2026-0042 Carol Diaz"_s);
        QCOMPARE(text(model, carol.id, UserTableModel::StatusColumn), u"Active"_s);
        QCOMPARE(model.index(model.rowOf(carol.id), 0).data(UserTableModel::IdRole).toString(),
                 carol.id);
        QVERIFY(!model.entryAt(3));
    }

    void showsEachStatus()
    {
        const User active = createUser(u"active"_s, u"Active Person"_s, Role::Staff);
        const User disabled = createUser(u"disabled"_s, u"Disabled Person"_s, Role::Staff);
        const User reset = createUser(u"reset"_s, u"Reset Person"_s, Role::Teacher);
        const User locked = createUser(u"locked"_s, u"Locked Person"_s, Role::Teacher);
        QVERIFY(UserRepository(*m_db).setDisabled(disabled.id, true, m_admin));
        QVERIFY(UserRepository(*m_db).resetPassword(reset.id, u"another long phrase"_s, m_admin));
        // Three failures lock the name for 15 minutes from the last one.
        Authenticator auth(*m_db, SignInThrottle{1, 1, 3, 15});
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!auth.signIn(u"locked"_s, u"wrong password"_s, start.addSecs(10 * i)));
        QVERIFY(auth.lockOf(u"locked"_s)->isLocked(start.addSecs(60)));

        UserTableModel model(*m_db, m_admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(text(model, active.id, UserTableModel::StatusColumn), u"Active"_s);
        QCOMPARE(text(model, disabled.id, UserTableModel::StatusColumn), u"Disabled"_s);
        QCOMPARE(text(model, reset.id, UserTableModel::StatusColumn), u"Must change password"_s);
        const QString lockedStatus = text(model, locked.id, UserTableModel::StatusColumn);
        QVERIFY2(lockedStatus.startsWith(u"Locked until "_s), qPrintable(lockedStatus));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(model.entryAt(model.rowOf(locked.id))->canUnlock(now));
        QVERIFY(!model.entryAt(model.rowOf(active.id))->canUnlock(now));
        // The English plural form comes from campusdesk_en.ts, which this test does not load.
        QVERIFY(model.index(model.rowOf(locked.id), UserTableModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"3 failed sign-in"_s));
    }

    void reloadsOneAccountAfterAChange()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        UserTableModel model(*m_db, m_admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1);

        User renamed = bob;
        renamed.fullName = u"Robert Teacher"_s;
        QVERIFY(UserRepository(*m_db).update(bob, renamed, m_admin));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reloadAccount(bob.id);
        QTRY_COMPARE(text(model, bob.id, UserTableModel::FullNameColumn), u"Robert Teacher"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0); // one row changes; selections elsewhere stay

        // A new account is appended as a row of its own.
        const User dora = createUser(u"dora"_s, u"Dora Staff"_s, Role::Staff);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reloadAccount(dora.id);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(text(model, dora.id, UserTableModel::RoleColumn), u"Office staff"_s);
    }

    void theLatestRequestWins()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        UserTableModel model(*m_db, m_admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 1);
        // A full read and then, after a change, a read of one row: however their answers
        // cross on the two threads, the table ends with the change.
        for (int round = 0; round < 5; ++round) {
            const User before = *UserRepository(*m_db).find(bob.id);
            model.reload();
            User next = before;
            next.fullName = u"Bob Teacher %1"_s.arg(round);
            QVERIFY(UserRepository(*m_db).update(before, next, m_admin));
            model.reloadAccount(bob.id);
            QTRY_VERIFY(!model.isLoading());
            QCOMPARE(text(model, bob.id, UserTableModel::FullNameColumn), next.fullName);
        }
    }

    void saysWhenTheLinkedStudentIsGone()
    {
        auto student = StudentRepository(*m_db).create(
            test::sampleStudent(u"2026-0007"_s, u"Eve"_s, u"Stone"_s), m_admin);
        QVERIFY(student);
        const User eve = createUser(u"eve"_s, u"Eve Stone"_s, Role::Student, student->id);
        QVERIFY(StudentRepository(*m_db).remove(student->id, m_admin));
        UserTableModel model(*m_db, m_admin);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, eve.id, UserTableModel::StudentColumn), u"Student record not found"_s);
    }
};

QTEST_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
