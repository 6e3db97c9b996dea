#include "app/core/Permissions.h"
#include "app/store/Authenticator.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/AccountDialog.h"
#include "ui/AccountsPage.h"
#include "ui/PasswordResetDialog.h"
#include "ui/UserTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAccountsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = test::testActor(u"Ada Admin"_s);
    const QString m_password = u"a long enough phrase"_s;

    User createUser(const QString &username, const QString &fullName, Role role, const Id &id = {})
    {
        User user;
        user.id = id;
        user.username = username;
        user.fullName = fullName;
        user.role = role;
        auto created = UserRepository(*m_db).create(user, m_password, m_admin);
        if (!created)
            qWarning("create %s: %s", qPrintable(username), qPrintable(created.error().message));
        return created ? *created : User();
    }

    User stored(const Id &id) { return *UserRepository(*m_db).find(id); }
    int accountCount() { return *UserRepository(*m_db).count(); }

    // The page, shown and active, with `rows` accounts loaded.
    static bool showPage(AccountsPage &page, int rows)
    {
        page.resize(900, 500);
        page.show();
        page.activateWindow();
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        [&] {
            QTRY_COMPARE(page.model()->rowCount(), rows);
        }();
        if (QTest::currentTestFailed())
            return false;
        page.table()->setFocus();
        return true;
    }

    static QString cell(AccountsPage &page, const Id &id, int column)
    {
        const UserTableModel *model = page.model();
        return model->index(model->rowOf(id), column).data().toString();
    }

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    static QAction *action(AccountsPage &page, const QString &name)
    {
        return page.findChild<QAction *>(name);
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Ok);
    }

    static void setRole(AccountDialog *dialog, Role role)
    {
        auto *combo = child<QComboBox>(dialog, u"role"_s);
        combo->setCurrentIndex(combo->findData(int(role)));
    }

    static void fillNewAccount(AccountDialog *dialog, const QString &username,
                               const QString &fullName, Role role, const QString &password,
                               const QString &confirm)
    {
        child<QLineEdit>(dialog, u"username"_s)->setText(username);
        child<QLineEdit>(dialog, u"fullName"_s)->setText(fullName);
        child<QLineEdit>(dialog, u"email"_s)->setText(username + u"@school.example"_s);
        setRole(dialog, role);
        child<QLineEdit>(dialog, u"password"_s)->setText(password);
        child<QLineEdit>(dialog, u"confirmPassword"_s)->setText(confirm);
    }

    // The message under `field`, if it shows an error.
    static QString fieldError(QDialog *dialog, const QString &field)
    {
        auto *message = child<FieldMessage>(dialog, field + u"Error"_s);
        return message && message->isVisible() && message->isError() ? message->text() : QString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openFreshDatabase(*m_dir);
        QVERIFY(m_db);
        // The administrator using the page has an account of their own.
        QVERIFY(!createUser(u"ada"_s, u"Ada Admin"_s, Role::Admin, m_admin.userId).id.isEmpty());
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone(); // nothing may outlive the database
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_db.reset();
        m_dir.reset();
    }

    void aTeacherSeesTheRefusal()
    {
        const Actor teacher{newId(), u"Tom Teacher"_s, Role::Teacher};
        AccountsPage page(*m_db, teacher);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isAllowed());
        QVERIFY(!page.model());
        QVERIFY(!page.findChild<QTableView *>());
        auto *refusal = child<QLabel>(&page, u"accountsDenied"_s);
        QVERIFY(refusal && refusal->isVisible());
        QVERIFY(refusal->text().contains(Permissions::deniedMessage(Action::ManageAccounts)));
        QVERIFY(!page.newAccount());
    }

    void createsAnAccountThroughTheDialog()
    {
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 1));
        QTest::keyClick(page.table(), Qt::Key_N, Qt::ControlModifier);
        QPointer<AccountDialog> dialog = page.findChild<AccountDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isCreating());
        // The student picker is only for student accounts.
        setRole(dialog, Role::Teacher);
        QVERIFY(!child<QWidget>(dialog, u"studentBox"_s)->isEnabled());

        fillNewAccount(dialog, u"jsmith"_s, u"Jane Smith"_s, Role::Teacher, m_password, m_password);
        QVERIFY(child<QCheckBox>(dialog, u"mustChangePassword"_s)->isChecked());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closed (and deleted) once the store has the account

        const auto created = UserRepository(*m_db).findByUsername(u"jsmith"_s);
        QVERIFY(created);
        QCOMPARE(created->fullName, u"Jane Smith"_s);
        QCOMPARE(created->role, Role::Teacher);
        QVERIFY(created->mustChangePassword);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QTRY_COMPARE(page.currentAccountId(), created->id); // the new row is selected
        QCOMPARE(cell(page, created->id, UserTableModel::RoleColumn), u"Teacher"_s);
        QCOMPARE(cell(page, created->id, UserTableModel::StatusColumn), u"Must change password"_s);
        QVERIFY(page.message().contains(u"jsmith"_s));
    }

    void invalidInputKeepsTheDialogOpen_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("field");
        const QString good = m_password;
        QTest::newRow("empty full name") << u"jsmith"_s << u""_s << good << good << u"fullName"_s;
        QTest::newRow("bad user name")
            << u"J Smith"_s << u"Jane"_s << good << good << u"username"_s;
        QTest::newRow("short password")
            << u"jsmith"_s << u"Jane"_s << u"abc123"_s << u"abc123"_s << u"password"_s;
        QTest::newRow("common password")
            << u"jsmith"_s << u"Jane"_s << u"baseball"_s << u"baseball"_s << u"password"_s;
        QTest::newRow("different confirmation")
            << u"jsmith"_s << u"Jane"_s << good << u"a long enough phrasE"_s
            << u"confirmPassword"_s;
        QTest::newRow("missing confirmation")
            << u"jsmith"_s << u"Jane"_s << good << u""_s << u"confirmPassword"_s;
        // Found by the store, not the form: the answer comes back from the thread pool.
        QTest::newRow("user name taken")
            << u"ada"_s << u"Another Ada"_s << good << good << u"username"_s;
    }
    void invalidInputKeepsTheDialogOpen()
    {
        QFETCH(QString, username);
        QFETCH(QString, fullName);
        QFETCH(QString, password);
        QFETCH(QString, confirm);
        QFETCH(QString, field);
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 1));
        QPointer<AccountDialog> dialog = page.newAccount();
        QVERIFY(dialog);
        fillNewAccount(dialog, username, fullName, Role::Staff, password, confirm);
        dialog->accept();
        QTRY_VERIFY(!dialog->isSaving());
        QTRY_VERIFY2(!fieldError(dialog, field).isEmpty(), qPrintable(field));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->focusWidget() == child<QWidget>(dialog, field));
        // What the admin typed is all still there.
        QCOMPARE(child<QLineEdit>(dialog, u"username"_s)->text(), username);
        QCOMPARE(child<QLineEdit>(dialog, u"fullName"_s)->text(), fullName);
        QCOMPARE(child<QLineEdit>(dialog, u"password"_s)->text(), password);
        QCOMPARE(child<QLineEdit>(dialog, u"confirmPassword"_s)->text(), confirm);
        QCOMPARE(accountCount(), 1);

        // Fixed, it saves.
        fillNewAccount(dialog, u"jsmith"_s, u"Jane Smith"_s, Role::Staff, m_password, m_password);
        dialog->accept();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(accountCount(), 2);
    }

    void livePasswordFeedback()
    {
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 1));
        AccountDialog *dialog = page.newAccount();
        auto *password = child<QLineEdit>(dialog, u"password"_s);
        auto *message = child<FieldMessage>(dialog, u"passwordError"_s);
        QTest::keyClicks(password, u"short"_s);
        QVERIFY(message->isVisible());
        QVERIFY(!message->isError()); // a hint while typing, not yet an error
        QVERIFY(message->text().contains(u"8"_s));
        QTest::keyClicks(password, u" but now long enough"_s);
        QCOMPARE(message->text(), u"This password meets the rules."_s);
        QCOMPARE(password->accessibleDescription(), message->text());
        dialog->reject();
    }

    void disablesAndEnables()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 2));
        page.selectAccount(bob.id);
        QAction *toggle = action(page, u"disableAccountAction"_s);
        QCOMPARE(toggle->text(), u"&Disable account"_s);
        QTest::keyClick(page.table(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(stored(bob.id).disabled);
        QTRY_COMPARE(cell(page, bob.id, UserTableModel::StatusColumn), u"Disabled"_s);
        QTRY_COMPARE(toggle->text(), u"&Enable account"_s);
        QVERIFY(Authenticator(*m_db).signIn(u"bob"_s, m_password).error().code
                == Error::Code::Invalid);

        QTRY_VERIFY(toggle->isEnabled());
        toggle->trigger();
        QTRY_VERIFY(!stored(bob.id).disabled);
        QTRY_COMPARE(cell(page, bob.id, UserTableModel::StatusColumn), u"Active"_s);
        QTRY_COMPARE(toggle->text(), u"&Disable account"_s);
    }

    void refusesToDisableTheAdminsOwnAccount()
    {
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 1));
        page.selectAccount(m_admin.userId);
        action(page, u"disableAccountAction"_s)->trigger();
        QVERIFY(page.message().contains(u"your own account"_s));
        QTest::qWait(50);
        QVERIFY(!stored(m_admin.userId).disabled);
    }

    void refusesToRemoveTheAdminsOwnRole()
    {
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 1));
        page.selectAccount(m_admin.userId);
        QTest::keyClick(page.table(), Qt::Key_Return); // Enter edits
        QPointer<AccountDialog> dialog = page.findChild<AccountDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isCreating());
        QVERIFY(!child<QLineEdit>(dialog, u"username"_s)); // a user name never changes
        setRole(dialog, Role::Teacher);
        dialog->accept();
        QVERIFY(!fieldError(dialog, u"role"_s).isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(stored(m_admin.userId).role, Role::Admin);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
    }

    void editsAnAccount()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 2));
        page.selectAccount(bob.id);
        QPointer<AccountDialog> dialog = page.editAccount();
        QCOMPARE(child<QLineEdit>(dialog, u"fullName"_s)->text(), u"Bob Teacher"_s);
        child<QLineEdit>(dialog, u"fullName"_s)->setText(u"Robert Teacher"_s);
        setRole(dialog, Role::Staff);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(stored(bob.id).fullName, u"Robert Teacher"_s);
        QCOMPARE(stored(bob.id).role, Role::Staff);
        QTRY_COMPARE(cell(page, bob.id, UserTableModel::FullNameColumn), u"Robert Teacher"_s);
        QCOMPARE(cell(page, bob.id, UserTableModel::RoleColumn), u"Office staff"_s);
        QCOMPARE(page.currentAccountId(), bob.id);
    }

    void aConflictReloadsAndKeepsWhatWasTyped()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 2));
        page.selectAccount(bob.id);
        QPointer<AccountDialog> dialog = page.editAccount();
        child<QLineEdit>(dialog, u"email"_s)->setText(u"bob@school.example"_s);

        // Somebody else renames Bob while the dialog is open.
        User renamed = bob;
        renamed.fullName = u"Robert Teacher"_s;
        renamed.email = u"robert@school.example"_s;
        QVERIFY(UserRepository(*m_db).update(bob, renamed, test::testActor(u"Other"_s)));

        dialog->accept();
        QTRY_VERIFY(child<QLabel>(dialog, u"accountMessage"_s)->isVisible());
        QTRY_VERIFY(!dialog->isSaving());
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, u"accountMessage"_s)->text().contains(u"Someone else"_s));
        // Their name is taken; the email the admin typed is kept.
        QCOMPARE(child<QLineEdit>(dialog, u"fullName"_s)->text(), u"Robert Teacher"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"email"_s)->text(), u"bob@school.example"_s);
        QTRY_COMPARE(cell(page, bob.id, UserTableModel::FullNameColumn), u"Robert Teacher"_s);
        QVERIFY(page.message().contains(u"Someone else"_s));

        dialog->accept(); // saving again, knowingly
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(stored(bob.id).fullName, u"Robert Teacher"_s);
        QCOMPARE(stored(bob.id).email, u"bob@school.example"_s);
    }

    void resetsAPassword()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 2));
        page.selectAccount(bob.id);
        QTest::keyClick(page.table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<PasswordResetDialog> dialog = page.findChild<PasswordResetDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // A confirmation that differs keeps the dialog open and changes nothing.
        const QString fresh = u"brand new phrase 42"_s;
        child<QLineEdit>(dialog, u"password"_s)->setText(fresh);
        child<QLineEdit>(dialog, u"confirmPassword"_s)->setText(u"brand new phrase 43"_s);
        dialog->accept();
        QVERIFY(!fieldError(dialog, u"confirmPassword"_s).isEmpty());
        QVERIFY(dialog->isVisible());
        QVERIFY(!stored(bob.id).mustChangePassword);

        child<QLineEdit>(dialog, u"confirmPassword"_s)->setText(fresh);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(stored(bob.id).mustChangePassword);
        QTRY_COMPARE(cell(page, bob.id, UserTableModel::StatusColumn), u"Must change password"_s);
        QVERIFY(page.message().contains(u"next time they sign in"_s));

        Authenticator auth(*m_db);
        QCOMPARE(auth.signIn(u"bob"_s, m_password).error().code, Error::Code::Invalid);
        const auto signedIn = auth.signIn(u"bob"_s, fresh);
        QVERIFY(signedIn);
        QVERIFY(signedIn->mustChangePassword);
    }

    void unlocksALockedName()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        Authenticator auth(*m_db, SignInThrottle{1, 1, 3, 15});
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!auth.signIn(u"bob"_s, u"wrong password"_s, start.addSecs(10 * i)));
        QCOMPARE(auth.signIn(u"bob"_s, m_password, start.addSecs(60)).error().code,
                 Error::Code::Forbidden);

        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 2));
        QAction *unlock = action(page, u"unlockAccountAction"_s);
        page.selectAccount(m_admin.userId);
        QVERIFY(!unlock->isEnabled()); // nothing to unlock
        page.selectAccount(bob.id);
        QVERIFY(cell(page, bob.id, UserTableModel::StatusColumn).startsWith(u"Locked until "_s));
        QVERIFY(unlock->isEnabled());
        QTest::keyClick(page.table(), Qt::Key_U, Qt::ControlModifier);
        QTRY_COMPARE(auth.lockOf(u"bob"_s)->failures, 0);
        QTRY_COMPARE(cell(page, bob.id, UserTableModel::StatusColumn), u"Active"_s);
        QTRY_VERIFY(!unlock->isEnabled());
        QVERIFY(auth.signIn(u"bob"_s, m_password, start.addSecs(90)));
    }

    void linksAStudentAccountToAStudentRecord()
    {
        auto student = StudentRepository(*m_db).create(
            test::sampleStudent(u"2026-0042"_s, u"Carol"_s, u"Diaz"_s), m_admin);
        QVERIFY(student);
        QVERIFY(StudentRepository(*m_db).create(
            test::sampleStudent(u"2026-0043"_s, u"Carl"_s, u"Dunn"_s), m_admin));
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 1));
        QPointer<AccountDialog> dialog = page.newAccount();
        fillNewAccount(dialog, u"carol"_s, u"Carol Diaz"_s, Role::Student, m_password, m_password);
        QVERIFY(child<QWidget>(dialog, u"studentBox"_s)->isEnabled());

        // A student account needs its record.
        dialog->accept();
        QVERIFY(!fieldError(dialog, u"studentId"_s).isEmpty());
        QVERIFY(dialog->isVisible());

        // Two students match "2026-004"; the admin picks one from the list.
        auto *search = child<QLineEdit>(dialog, u"studentSearch"_s);
        auto *results = child<QListWidget>(dialog, u"studentResults"_s);
        search->setFocus();
        QTest::keyClicks(search, u"2026-004"_s);
        QTest::keyClick(search, Qt::Key_Return); // searches; does not submit
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE(results->count(), 2);
        QVERIFY(dialog->linkedStudentId().isEmpty());
        // The exact number leaves one match, which is linked at once.
        QTest::keyClick(search, Qt::Key_2);
        QTRY_COMPARE(results->count(), 1);
        QTRY_COMPARE(dialog->linkedStudentId(), student->id);
        QCOMPARE(child<QLabel>(dialog, u"linkedStudent"_s)->text(),
                 u"Linked to 2026-0042 Carol Diaz."_s);

        dialog->accept();
        QTRY_VERIFY(dialog.isNull());
        const auto carol = UserRepository(*m_db).findByUsername(u"carol"_s);
        QVERIFY(carol);
        QCOMPARE(carol->studentId, student->id);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QTRY_COMPARE(cell(page, carol->id, UserTableModel::StudentColumn),
                     u"2026-0042 Carol Diaz"_s);
    }

    void filtersTheTable()
    {
        createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        createUser(u"dora"_s, u"Dora Staff"_s, Role::Staff);
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 3));
        QTest::keyClicks(page.filterField(), u"office"_s); // matches the role's name
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QTest::keyClick(page.filterField(), Qt::Key_Return); // on to the matches
        QVERIFY(page.table()->hasFocus());
        QCOMPARE(page.model()->entryAt(page.model()->rowOf(page.currentAccountId()))->user.username,
                 u"dora"_s);
        page.filterField()->clear();
        QCOMPARE(page.table()->model()->rowCount(), 3);
    }

    void refreshKeepsTheSelection()
    {
        const User bob = createUser(u"bob"_s, u"Bob Teacher"_s, Role::Teacher);
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 2));
        page.selectAccount(bob.id);
        createUser(u"carl"_s, u"Carl Staff"_s, Role::Staff); // made elsewhere meanwhile
        QTest::keyClick(page.table(), Qt::Key_F5);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.currentAccountId(), bob.id);
    }

    void everyControlHasAnAccessibleName()
    {
        AccountsPage page(*m_db, m_admin);
        QVERIFY(showPage(page, 1));
        QPointer<AccountDialog> dialog = page.newAccount();
        for (QWidget *root : {static_cast<QWidget *>(&page), static_cast<QWidget *>(dialog)}) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root)
                    || qobject_cast<QAbstractButton *>(w) || w->inherits("QHeaderView")
                    || w->inherits("QTableCornerButton") || w->parent()->inherits("QLineEdit"))
                    continue; // buttons are named by their text
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
        }
        dialog->reject();
    }
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
