#include "app/core/CsvWriter.h"
#include "app/store/DemoSchool.h"
#include "tests/gui/StudentsFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/StudentDialog.h"
#include "ui/StudentFilterBar.h"
#include "ui/StudentHistory.h"
#include "ui/StudentTableModel.h"
#include "ui/StudentsPage.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolBar>
#include <QUndoStack>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentsPage : public QObject
{
    Q_OBJECT
private:
    static constexpr int demoStudents = 450; // more than two pages of the table
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the demo school
    test::StudentsFixture m_school; // the small school, fresh for each test that uses it

    // The page shown, with `rows` rows and its filter lists loaded.
    static bool showPage(StudentsPage &page, int rows)
    {
        page.resize(1100, 640);
        page.show();
        page.activateWindow();
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        [&] {
            QTRY_COMPARE(page.studentModel()->rowCount(), rows);
            QTRY_VERIFY(!page.studentModel()->isLoading());
            QTRY_VERIFY(page.filterBar()->isLoaded());
        }();
        return !QTest::currentTestFailed();
    }

    static bool settle(StudentsPage &page)
    {
        [&] {
            QTRY_VERIFY(!page.studentModel()->isLoading());
        }();
        return !QTest::currentTestFailed();
    }

    static bool choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        if (index < 0)
            return false;
        box->setCurrentIndex(index);
        return true;
    }

    // The ids of every row, waiting for pages to arrive.
    static QList<Id> rowIds(StudentsPage &page)
    {
        QList<Id> ids;
        StudentTableModel *model = page.studentModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row).isEmpty())
                [&] {
                    QTRY_VERIFY(!model->idAt(row).isEmpty());
                }();
            ids << model->idAt(row);
        }
        return ids;
    }

    static void selectRows(StudentsPage &page, const QList<int> &rows)
    {
        QItemSelection selection;
        for (int row : rows)
            selection.select(page.studentModel()->index(row, 0),
                             page.studentModel()->index(row, StudentTableModel::ColumnCount - 1));
        page.studentTable()->selectionModel()->select(selection,
                                                      QItemSelectionModel::ClearAndSelect);
        page.studentTable()->selectionModel()->setCurrentIndex(
            page.studentModel()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

    static QSet<Id> idSet(const QList<Id> &ids) { return QSet<Id>(ids.begin(), ids.end()); }

    static QWidget *button(StudentsPage &page, const QString &action)
    {
        return page.findChild<QWidget *>(action + u"Button"_s);
    }

    static QList<QByteArray> csvLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private slots:
    void initTestCase()
    {
        // A locale with no translation of its own still gets the English plural forms.
        QVERIFY(installTranslations(*qApp, QLocale::c()));
        DemoSchoolOptions options;
        options.students = demoStudents;
        options.today = QDate(2026, 11, 22);
        const QString file = m_dir.filePath(u"window.sqlite"_s);
        QVERIFY(DemoSchool::createFile(file, options));
        m_db = test::openDatabase(file);
        QVERIFY(m_db);
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (m_school.db)
            m_school.close();
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void showsTheSchoolsStudents()
    {
        StudentsPage window(*m_db, Actor::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), demoStudents);
        auto *count = window.findChild<QLabel *>(u"studentCount"_s);
        QVERIFY(count);
        QTRY_COMPARE(count->text(), u"450 students"_s);
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
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), demoStudents);
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
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), demoStudents);
    }

    void searchesAtOnceWhenIdleAndWaitsForARunningRead()
    {
        StudentsPage window(*m_db, Actor::system());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StudentTableModel *model = window.studentModel();
        QTRY_VERIFY(model->rowCount() == demoStudents && !model->isLoading());

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
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), demoStudents);
        window.studentTable()->sortByColumn(StudentTableModel::NumberColumn, Qt::DescendingOrder);
        QTRY_COMPARE(window.studentModel()->query().sort, StudentSort::Number);
        QTRY_COMPARE(window.studentTable()->model()->rowCount(), demoStudents);
        QTRY_VERIFY(!window.studentModel()->index(0, 0).data().toString().isEmpty());
        QTRY_VERIFY(!window.studentModel()->index(1, 0).data().toString().isEmpty());
        QVERIFY(window.studentModel()->index(0, 0).data().toString()
                > window.studentModel()->index(1, 0).data().toString());
    }

    void filtersNarrowTheRows()
    {
        QVERIFY(m_school.build());
        StudentsPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 9));
        StudentFilterBar *filters = page.filterBar();
        auto *count = page.findChild<QLabel *>(u"studentCount"_s);
        QCOMPARE(count->text(), u"9 students"_s);
        // The lists hold "All ..." and what the school has.
        QCOMPARE(filters->batchBox()->count(), 3);
        QCOMPARE(filters->programBox()->count(), 3);
        QCOMPARE(filters->statusBox()->count(), 4);
        QCOMPARE(filters->courseBox()->count(), 3);
        QCOMPARE(filters->semester().id, m_school.autumn);

        QVERIFY(choose(filters->batchBox(), u"2024"_s));
        QTRY_COMPARE(page.studentModel()->rowCount(), 3);
        QCOMPARE(idSet(rowIds(page)), idSet(m_school.beta));
        QTRY_COMPARE(count->text(), u"3 students found"_s);

        QVERIFY(choose(filters->batchBox(), u"2025"_s));
        QVERIFY(choose(filters->programBox(), u"Mathematics"_s));
        QTRY_COMPARE(page.studentModel()->rowCount(), 2); // the Gammas
        QVERIFY(choose(filters->statusBox(), u"Graduated"_s));
        QTRY_COMPARE(page.studentModel()->rowCount(), 1);
        QTRY_COMPARE(rowIds(page), QList<Id>{m_school.gamma.at(1)});

        filters->batchBox()->setCurrentIndex(0);
        filters->programBox()->setCurrentIndex(0);
        filters->statusBox()->setCurrentIndex(0);
        QVERIFY(choose(filters->courseBox(), u"CS201-A Data Structures"_s));
        QTRY_COMPARE(page.studentModel()->rowCount(), 4);
        QCOMPARE(idSet(rowIds(page)), idSet(m_school.alpha));
        // Filters combine with the search.
        page.searchField()->setText(u"AlphaB"_s);
        QTRY_COMPARE(page.studentModel()->rowCount(), 1);
        QCOMPARE(rowIds(page), QList<Id>{m_school.alpha.at(1)});
        page.searchField()->clear();
        filters->courseBox()->setCurrentIndex(0);
        QTRY_COMPARE(page.studentModel()->rowCount(), 9);

        // Archived students only when asked for, and then only them.
        QVERIFY(
            StudentRepository(*m_school.db).setArchived(m_school.beta.at(2), true, m_school.admin));
        page.reload();
        QTRY_COMPARE(page.studentModel()->rowCount(), 8);
        filters->archivedBox()->setChecked(true);
        QTRY_COMPARE(page.studentModel()->rowCount(), 1);
        QCOMPARE(rowIds(page), QList<Id>{m_school.beta.at(2)});
        QTRY_VERIFY(count->text().startsWith(u"1 archived student"_s));
        auto *archive = page.findChild<QAction *>(u"archiveStudentsAction"_s);
        QCOMPARE(archive->text(), u"&Restore"_s);
    }

    void exportWritesTheWholeFilteredView()
    {
        StudentsPage page(*m_db, Actor::system());
        QVERIFY(showPage(page, demoStudents));
        // A filter that leaves more rows than the pages the table has read.
        const QString program = page.filterBar()->programBox()->itemText(1);
        QVERIFY(choose(page.filterBar()->programBox(), program));
        StudentQuery query;
        query.program = program;
        query.limit = demoStudents;
        const QList<StudentListItem> expected
            = *StudentRepository(*m_db).list(query, Actor::system());
        QTRY_COMPARE(page.studentModel()->rowCount(), int(expected.size()));

        QTemporaryDir out;
        const QString path = out.filePath(u"students.csv"_s);
        QSignalSpy finished(&page, &StudentsPage::exportFinished);
        page.exportTo(path);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(page.message().contains(QString::number(expected.size())));

        const QList<QByteArray> lines = csvLines(path);
        QCOMPARE(lines.size(), expected.size() + 1);
        QVERIFY(lines.first().startsWith(CsvWriter::byteOrderMark()));
        QCOMPARE(lines.first(),
                 CsvWriter::byteOrderMark()
                     + "Number,Last name,First name,Program,Batch,Status,Email\r");
        for (int i = 0; i < expected.size(); ++i) {
            const StudentListItem &s = expected.at(i);
            QCOMPARE(lines.at(i + 1),
                     CsvWriter::line({s.studentNumber, s.lastName, s.firstName, s.program, s.batch,
                                      StudentRules::statusName(s.status), s.email})
                         .chopped(1));
        }
        // The same cells as the table shows, in its columns.
        for (int c = 0; c < StudentTableModel::ColumnCount; ++c)
            QCOMPARE(QString::fromUtf8(lines.at(1).chopped(1).split(',').at(c)),
                     page.studentModel()->index(0, c).data().toString());
    }

    void exportQuotesWhatNeedsQuoting()
    {
        QVERIFY(m_school.build());
        Student odd = test::sampleStudent(u"2025-Q0001"_s, u"Jo \"JJ\""_s, u"Smith, Jr"_s,
                                          u"=Arts"_s, u"2025"_s);
        odd.email = u"jo.smith@example.org"_s;
        auto created = StudentRepository(*m_school.db).create(odd, m_school.admin);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        StudentsPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 10));
        page.searchField()->setText(u"2025-Q"_s);
        QTRY_COMPARE(page.studentModel()->rowCount(), 1);
        QTemporaryDir out;
        const QString path = out.filePath(u"one.csv"_s);
        QSignalSpy finished(&page, &StudentsPage::exportFinished);
        page.exportTo(path);
        QTRY_COMPARE(finished.size(), 1);
        const QList<QByteArray> lines = csvLines(path);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(
            "2025-Q0001,\"Smith, Jr\",\"Jo \"\"JJ\"\"\",'=Arts,2025,Active,"));
        QVERIFY(lines.at(1).endsWith("\r"));
    }

    void exportToAnUnwritablePathSaysSoAndWritesNothing()
    {
        StudentsPage page(*m_db, Actor::system());
        QVERIFY(showPage(page, demoStudents));
        QTemporaryDir out;
        QFile blocker(out.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = out.filePath(u"not-a-folder/students.csv"_s);
        QSignalSpy finished(&page, &StudentsPage::exportFinished);
        QSignalSpy shown(&page, &StudentsPage::messageShown);
        page.exportTo(path);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList{u"not-a-folder"_s});
        QVERIFY(page.message().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(shown.last().at(1).toBool(), true); // shown as an error
        auto *message = page.findChild<QLabel *>(u"studentsMessage"_s);
        QVERIFY(message->isVisible());
    }

    void newAndOpenShowTheStudentDialog()
    {
        QVERIFY(m_school.build());
        StudentsPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 9));
        page.studentTable()->setFocus();
        QTest::keyClick(page.studentTable(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(page.findChild<StudentDialog *>());
        StudentDialog *created = page.findChild<StudentDialog *>();
        QVERIFY(created->isCreating());
        QVERIFY(created->testAttribute(Qt::WA_DeleteOnClose));
        QTRY_VERIFY(!created->isBusy());
        created->reject();
        QTRY_VERIFY(!page.findChild<StudentDialog *>());

        // Enter opens the current row.
        QTRY_VERIFY(!page.studentModel()->idAt(2).isEmpty());
        const Id third = page.studentModel()->idAt(2);
        selectRows(page, {2});
        page.activateWindow(); // shortcuts need the active window; the dialog had it
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.studentTable()->setFocus();
        QTest::keyClick(page.studentTable(), Qt::Key_Return);
        QTRY_VERIFY(page.findChild<StudentDialog *>());
        StudentDialog *opened = page.findChild<StudentDialog *>();
        QVERIFY(!opened->isCreating());
        QTRY_VERIFY(opened->isLoaded());
        QCOMPARE(opened->original().id, third);
        QTRY_VERIFY(!opened->isBusy());
        opened->reject();
        QTRY_VERIFY(!page.findChild<StudentDialog *>());

        // So does a double click (the view's signal; offscreen double clicks are unreliable).
        emit page.studentTable()->doubleClicked(page.studentModel()->index(0, 1));
        QTRY_VERIFY(page.findChild<StudentDialog *>());
        QTRY_VERIFY(page.findChild<StudentDialog *>()->isLoaded());
        QCOMPARE(page.findChild<StudentDialog *>()->original().id, page.studentModel()->idAt(0));
        QTRY_VERIFY(!page.findChild<StudentDialog *>()->isBusy());
        page.findChild<StudentDialog *>()->reject();
        QTRY_VERIFY(!page.findChild<StudentDialog *>());
    }

    void archivingASelectionHidesItAndUndoBringsItBack()
    {
        QVERIFY(m_school.build());
        StudentsPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 9));
        const QList<Id> before = rowIds(page);
        selectRows(page, {1, 2, 5});
        const QList<Id> chosen{before.at(1), before.at(2), before.at(5)};
        QCOMPARE(page.selectedIds(), chosen);

        // Several ask first, naming how many; cancelling changes nothing.
        QPointer<QMessageBox> box = page.archiveSelected();
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"archiveConfirmation"_s);
        QVERIFY(box->text().contains(u'3'));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QCOMPARE(page.studentModel()->rowCount(), 9);

        box = page.archiveSelected();
        QVERIFY(box);
        QSignalSpy finished(&page, &StudentsPage::archiveFinished);
        box->findChild<QPushButton *>(u"confirmArchive"_s)->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 3);
        QTRY_COMPARE(page.studentModel()->rowCount(), 6);
        QVERIFY(settle(page));
        for (const Id &id : rowIds(page))
            QVERIFY(!chosen.contains(id));
        QCOMPARE(page.history()->stack()->count(), 3);
        QVERIFY(page.undoAction()->isEnabled());

        // Ctrl+Z on the page undoes one archive at a time.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.studentTable()->setFocus();
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY(page.undoAction()->isEnabled());
            QTest::keyClick(page.studentTable(), Qt::Key_Z, Qt::ControlModifier);
            QTRY_COMPARE(page.history()->stack()->index(), 2 - i);
        }
        QTRY_COMPARE(page.studentModel()->rowCount(), 9);
        QVERIFY(settle(page));
        QCOMPARE(rowIds(page), before);

        // A single one goes at once (it can be undone).
        selectRows(page, {0});
        QVERIFY(!page.archiveSelected());
        QTRY_COMPARE(finished.size(), 2);
        QTRY_COMPARE(page.studentModel()->rowCount(), 8);
        QVERIFY(page.message().contains(u"archived"_s));
    }

    void restoringFromTheArchivedView()
    {
        QVERIFY(m_school.build());
        QVERIFY(StudentRepository(*m_school.db)
                    .setArchived(m_school.gamma.at(0), true, m_school.admin));
        StudentsPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 8));
        page.filterBar()->archivedBox()->setChecked(true);
        QTRY_COMPARE(page.studentModel()->rowCount(), 1);
        QVERIFY(settle(page));
        selectRows(page, {0});
        QSignalSpy finished(&page, &StudentsPage::archiveFinished);
        QVERIFY(!page.archiveSelected()); // restoring never asks
        QTRY_COMPARE(finished.size(), 1);
        QTRY_COMPARE(page.studentModel()->rowCount(), 0);
        QVERIFY(
            !StudentRepository(*m_school.db).find(m_school.gamma.at(0), m_school.admin)->archived);
    }

    void reloadKeepsTheSelection()
    {
        StudentsPage page(*m_db, Actor::system());
        QVERIFY(showPage(page, demoStudents));
        selectRows(page, {3, 4});
        const QList<Id> selected = page.selectedIds();
        QCOMPARE(selected.size(), 2);
        page.reload();
        QTRY_COMPARE(page.studentModel()->rowCount(), demoStudents);
        QTRY_COMPARE(page.selectedIds(), selected);
    }

    void selectStudentFindsARowNotLoadedYet()
    {
        StudentsPage page(*m_db, Actor::system());
        QVERIFY(showPage(page, demoStudents));
        StudentQuery query;
        query.offset = 430;
        query.limit = 1;
        const Id far = StudentRepository(*m_db).list(query, Actor::system())->first().id;
        QCOMPARE(page.studentModel()->rowOf(far), -1);
        page.selectStudent(far);
        QTRY_COMPARE(page.selectedIds(), QList<Id>{far});
        QCOMPARE(page.studentTable()->currentIndex().row(), 430);
    }

    void importIsAskedFor()
    {
        QVERIFY(m_school.build());
        StudentsPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 9));
        QSignalSpy asked(&page, &StudentsPage::importRequested);
        auto *import = qobject_cast<QAbstractButton *>(button(page, u"importStudentsAction"_s));
        QVERIFY(import && import->isVisible());
        import->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(button(page, u"newStudentAction"_s)->isVisible());
        QVERIFY(button(page, u"archiveStudentsAction"_s)->isVisible());
        QVERIFY(button(page, u"exportStudentsAction"_s)->isVisible());
    }

    void aTeacherSeesOnlyTheirStudentsAndCannotChangeThem()
    {
        QVERIFY(m_school.build());
        StudentsPage page(*m_school.db, m_school.teacher(m_school.okoro));
        QVERIFY(showPage(page, 4));
        const QList<Id> seen = rowIds(page);
        QCOMPARE(idSet(seen), idSet(m_school.alpha));
        QVERIFY(!button(page, u"newStudentAction"_s));
        QVERIFY(!button(page, u"archiveStudentsAction"_s));
        QVERIFY(!button(page, u"importStudentsAction"_s));
        QVERIFY(button(page, u"exportStudentsAction"_s)); // viewing includes exporting
        QVERIFY(!page.newStudent());
        selectRows(page, {0});
        QVERIFY(!page.archiveSelected());
        // Only their own course to filter by.
        QCOMPARE(page.filterBar()->courseBox()->count(), 2);
        // An export holds only what they see.
        QTemporaryDir out;
        QSignalSpy finished(&page, &StudentsPage::exportFinished);
        page.exportTo(out.filePath(u"mine.csv"_s));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(csvLines(out.filePath(u"mine.csv"_s)).size(), 5);
    }

    void aStudentGetsOnlyThemselves()
    {
        QVERIFY(m_school.build());
        StudentsPage page(*m_school.db, m_school.student());
        QVERIFY(showPage(page, 1));
        QCOMPARE(page.studentModel()->idAt(0), m_school.alpha.first());
        for (const auto &action : {u"newStudentAction"_s, u"archiveStudentsAction"_s,
                                   u"importStudentsAction"_s, u"exportStudentsAction"_s})
            QVERIFY2(!button(page, action), qPrintable(action));
        QVERIFY(!page.newStudent());
        QTemporaryDir out;
        page.exportTo(out.filePath(u"all.csv"_s)); // refused: no file
        QTest::qWait(50);
        QVERIFY(!QFile::exists(out.filePath(u"all.csv"_s)));
    }

    // CAMPUSDESK_SCREENSHOTS=DIR saves the page with its filters, for the docs and for review.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CAMPUSDESK_SCREENSHOTS to a folder to save screenshots");
        StudentsPage page(*m_db, Actor::system());
        QVERIFY(showPage(page, demoStudents));
        QVERIFY(choose(page.filterBar()->statusBox(), u"Active"_s));
        QTRY_VERIFY(page.studentModel()->rowCount() < demoStudents);
        QVERIFY(settle(page));
        selectRows(page, {1, 2});
        QTest::qWait(100);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(page.grab().save(QDir(dir).filePath(u"students-page.png"_s)));
        // The smallest size the page allows: nothing may overlap or be cut off.
        page.resize(page.minimumSizeHint());
        QTest::qWait(100);
        QVERIFY(page.grab().save(QDir(dir).filePath(u"students-page-narrow.png"_s)));
    }
};

QTEST_MAIN(TestStudentsPage)
#include "tst_studentspage.moc"
