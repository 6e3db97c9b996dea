#include "app/core/AppPaths.h"
#include "app/core/ClientSettings.h"
#include "app/store/DemoSchool.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/AttendancePage.h"
#include "ui/AttendanceReportPage.h"
#include "ui/FeesPage.h"
#include "ui/GradebookPage.h"
#include "ui/ImportStudentsDialog.h"
#include "ui/MainWindow.h"
#include "ui/MyFeesPage.h"
#include "ui/ResultsPage.h"
#include "ui/StudentTableModel.h"
#include "ui/StudentsPage.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    User demoUser(Role role) const
    {
        for (const DemoAccount &account : DemoSchool::accounts())
            if (account.role == role)
                return *UserRepository(*m_db).findByUsername(account.username);
        return {};
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        AppPaths::setApplicationIdentity();
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::English)));
        DemoSchoolOptions options;
        options.students = 60;
        options.today = QDate(2026, 11, 22);
        const QString file = m_dir.filePath(u"shell.sqlite"_s);
        QVERIFY(DemoSchool::createFile(file, options));
        m_db = test::openDatabase(file);
        QVERIFY(m_db);
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void eachRoleSeesItsOwnPages_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QStringList>("pages");
        QTest::newRow("admin") << Role::Admin << QStringList{u"students"_s,   u"courses"_s,
                                                             u"attendance"_s, u"attendanceReport"_s,
                                                             u"gradebook"_s,  u"results"_s,
                                                             u"fees"_s,       u"accounts"_s,
                                                             u"audit"_s,      u"messages"_s};
        // Staff correct marks (a late excuse at the office) but do not take attendance; they
        // read results but do not enter marks.
        QTest::newRow("staff") << Role::Staff
                               << QStringList{u"students"_s,         u"courses"_s, u"attendance"_s,
                                              u"attendanceReport"_s, u"results"_s, u"fees"_s,
                                              u"messages"_s};
        QTest::newRow("teacher") << Role::Teacher
                                 << QStringList{u"students"_s,   u"courses"_s,
                                                u"attendance"_s, u"attendanceReport"_s,
                                                u"gradebook"_s,  u"results"_s,
                                                u"messages"_s};
        QTest::newRow("student") << Role::Student
                                 << QStringList{u"dashboard"_s, u"attendanceReport"_s, u"results"_s,
                                                u"myFees"_s, u"messages"_s};
    }

    void eachRoleSeesItsOwnPages()
    {
        QFETCH(Role, role);
        QFETCH(QStringList, pages);
        ClientSettings settings;
        MainWindow window(*m_db, demoUser(role), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageIds(), pages);
        QCOMPARE(window.currentPageId(), pages.first());
        QVERIFY(window.windowTitle().contains(u"Hillside College"_s));
        QVERIFY(window.windowTitle().contains(u"demo school"_s));
        // Pages the role may not use are neither listed nor reachable from the Go menu.
        QCOMPARE(window.findChild<QAction *>(u"go_accounts"_s) != nullptr,
                 pages.contains(u"accounts"_s));
        QVERIFY(!window.showPage(u"no-such-page"_s));
        QVERIFY(window.statusText().contains(RoleNames::displayName(role)));
        QVERIFY(window.statusText().contains(m_db->path()));
    }

    void pagesAreBuiltWhenFirstShownAndReachedByKeyboard()
    {
        ClientSettings settings;
        MainWindow window(*m_db, demoUser(Role::Admin), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.page(u"students"_s));
        QVERIFY(!window.page(u"audit"_s));
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier); // Go > Audit log
        QCOMPARE(window.currentPageId(), u"audit"_s);
        QVERIFY(window.page(u"audit"_s));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), u"students"_s);
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(window.currentPageId(), u"courses"_s);
        auto *students = qobject_cast<StudentsPage *>(window.page(u"students"_s));
        QVERIFY(students);
        QTRY_COMPARE(students->studentModel()->rowCount(), 60);
    }

    // The Edit menu holds the students page's undo and redo, and shows only on that page; its
    // Import button opens the import wizard.
    void studentsPageGetsEditMenuAndImport()
    {
        ClientSettings settings;
        MainWindow window(*m_db, demoUser(Role::Admin), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *edit = window.findChild<QMenu *>(u"editMenu"_s);
        QVERIFY(edit);
        auto *students = qobject_cast<StudentsPage *>(window.page(u"students"_s));
        QVERIFY(students);
        QVERIFY(edit->menuAction()->isVisible());
        QVERIFY(edit->actions().contains(students->undoAction()));
        QVERIFY(edit->actions().contains(students->redoAction()));
        QVERIFY(window.showPage(u"courses"_s));
        QVERIFY(!edit->menuAction()->isVisible());
        QVERIFY(window.showPage(u"students"_s));
        QVERIFY(edit->menuAction()->isVisible());

        // The page's keys work with the focus in the navigation, and only while it is shown.
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(window.showPage(u"courses"_s));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(!window.findChild<ImportStudentsDialog *>());
        QVERIFY(window.showPage(u"students"_s));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_I, Qt::ControlModifier);
        auto *wizard = window.findChild<ImportStudentsDialog *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->reject();
    }

    // Each page with a history brings its own undo and redo: Ctrl+Z means the page in front.
    void gradebookUndoReplacesTheStudentsPagesInTheEditMenu()
    {
        ClientSettings settings;
        MainWindow window(*m_db, demoUser(Role::Admin), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *edit = window.findChild<QMenu *>(u"editMenu"_s);
        auto *students = qobject_cast<StudentsPage *>(window.page(u"students"_s));
        QVERIFY(window.showPage(u"gradebook"_s));
        auto *gradebook = qobject_cast<GradebookPage *>(window.page(u"gradebook"_s));
        QVERIFY(gradebook);
        QVERIFY(edit->menuAction()->isVisible());
        QVERIFY(edit->actions().contains(gradebook->undoAction()));
        QVERIFY(!edit->actions().contains(students->undoAction()));
        QVERIFY(window.showPage(u"students"_s));
        QVERIFY(edit->actions().contains(students->undoAction()));
        QVERIFY(!edit->actions().contains(gradebook->undoAction()));
        QVERIFY(window.showPage(u"fees"_s));
        QVERIFY(qobject_cast<FeesPage *>(window.page(u"fees"_s)));
        QVERIFY(!edit->menuAction()->isVisible());
        QVERIFY(window.showPage(u"results"_s));
        QVERIFY(qobject_cast<ResultsPage *>(window.page(u"results"_s)));
        QThreadPool::globalInstance()->waitForDone();
    }

    void studentsGetTheirOwnResultsAndFees()
    {
        ClientSettings settings;
        MainWindow window(*m_db, demoUser(Role::Student), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(u"results"_s));
        QVERIFY(qobject_cast<ResultsPage *>(window.page(u"results"_s)));
        QVERIFY(window.showPage(u"myFees"_s));
        QVERIFY(qobject_cast<MyFeesPage *>(window.page(u"myFees"_s)));
        QThreadPool::globalInstance()->waitForDone();
    }

    void attendancePagesAreReal()
    {
        ClientSettings settings;
        MainWindow window(*m_db, demoUser(Role::Teacher), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(u"attendance"_s));
        QVERIFY(qobject_cast<AttendancePage *>(window.page(u"attendance"_s)));
        QVERIFY(window.showPage(u"attendanceReport"_s));
        QVERIFY(qobject_cast<AttendanceReportPage *>(window.page(u"attendanceReport"_s)));
        QThreadPool::globalInstance()->waitForDone();
    }

    void menusOfferEveryShellAction()
    {
        ClientSettings settings;
        MainWindow window(*m_db, demoUser(Role::Teacher), settings);
        for (const QString &name : {u"settingsAction"_s, u"changePasswordAction"_s,
                                    u"switchUserAction"_s, u"signOutAction"_s}) {
            auto *action = window.findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY(!action->text().isEmpty());
        }
        QSignalSpy signOut(&window, &MainWindow::signOutRequested);
        window.findChild<QAction *>(u"signOutAction"_s)->trigger();
        QCOMPARE(signOut.size(), 1);
        QCOMPARE(window.findChild<QAction *>(u"signOutAction"_s)->shortcut(),
                 QKeySequence(u"Ctrl+Shift+O"_s));
    }

    void remembersItsGeometry()
    {
        ClientSettings settings;
        {
            MainWindow window(*m_db, demoUser(Role::Staff), settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QTest::qWait(20);
            window.close();
        }
        MainWindow again(*m_db, demoUser(Role::Staff), settings);
        QCOMPARE(again.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
