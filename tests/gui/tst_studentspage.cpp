#include "app/store/DemoSchool.h"
#include "tests/support/TestSupport.h"
#include "ui/StudentTableModel.h"
#include "ui/StudentsPage.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        // A locale with no translation of its own still gets the English plural forms.
        QVERIFY(installTranslations(*qApp, QLocale::c()));
        DemoSchoolOptions options;
        options.students = 120;
        options.today = QDate(2026, 11, 22);
        const QString file = m_dir.filePath(u"window.sqlite"_s);
        QVERIFY(DemoSchool::createFile(file, options));
        m_db = test::openDatabase(file);
        QVERIFY(m_db);
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void showsTheSchoolsStudents()
    {
        StudentsPage window(*m_db, Actor::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), 120);
        auto *count = window.findChild<QLabel *>(u"studentCount"_s);
        QVERIFY(count);
        QTRY_COMPARE(count->text(), u"120 students"_s);
        // The first visible row is filled in once its page arrives.
        QTRY_VERIFY(!window.studentTable()
                         ->model()
                         ->index(0, StudentTableModel::LastNameColumn)
                         .data()
                         .toString()
                         .isEmpty());
    }

    void searchFromTheKeyboard()
    {
        StudentsPage window(*m_db, Actor::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), 120);
        window.studentTable()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Find
        QTRY_VERIFY(window.searchField()->hasFocus());

        // Search for the first student's number, typed key by key.
        QTRY_VERIFY(!window.studentModel()
                         ->index(0, StudentTableModel::NumberColumn)
                         .data()
                         .toString()
                         .isEmpty());
        const QString typed
            = window.studentModel()->index(0, StudentTableModel::NumberColumn).data().toString();
        QTest::keyClicks(window.searchField(), typed);
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), 1);
        auto *count = window.findChild<QLabel *>(u"studentCount"_s);
        QTRY_COMPARE(count->text(), u"1 student found"_s);
        QTRY_COMPARE(
            window.studentModel()->index(0, StudentTableModel::NumberColumn).data().toString(),
            typed);

        window.searchField()->clear();
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), 120);
    }

    void searchesAtOnceWhenIdleAndWaitsForARunningRead()
    {
        StudentsPage window(*m_db, Actor::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StudentTableModel *model = window.studentModel();
        QTRY_VERIFY(model->rowCount() == 120 && !model->isLoading());

        // Idle: the keystroke starts the search itself, with no pause first.
        QTest::keyClick(window.searchField(), Qt::Key_A);
        QCOMPARE(model->query().search, u"a"_s);
        QVERIFY(model->isLoading());

        // A key typed while that read runs waits for it (never longer than 150 ms), then the
        // latest text is searched.
        QTest::keyClick(window.searchField(), Qt::Key_B);
        QCOMPARE(model->query().search, u"a"_s);
        QTRY_COMPARE(model->query().search, u"ab"_s);
        QTRY_VERIFY(!model->isLoading());
    }

    void clickingAHeaderSorts()
    {
        StudentsPage window(*m_db, Actor::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), 120);
        window.studentTable()->sortByColumn(StudentTableModel::NumberColumn, Qt::DescendingOrder);
        QTRY_COMPARE(window.studentModel()->query().sort, StudentSort::Number);
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), 120);
        QTRY_VERIFY(!window.studentModel()->index(0, 0).data().toString().isEmpty());
        QTRY_VERIFY(!window.studentModel()->index(1, 0).data().toString().isEmpty());
        QVERIFY(window.studentModel()->index(0, 0).data().toString()
                > window.studentModel()->index(1, 0).data().toString());
    }
};

QTEST_MAIN(TestStudentsPage)
#include "tst_studentspage.moc"
