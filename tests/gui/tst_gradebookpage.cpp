#include "app/store/GradebookRepository.h"
#include "app/store/GradebookSheet.h"
#include "tests/unit/DocumentsFixture.h"
#include "tests/unit/GradebookFixture.h"
#include "ui/AssessmentDialog.h"
#include "ui/CategoriesDialog.h"
#include "ui/GradeScaleDialog.h"
#include "ui/GradebookGridModel.h"
#include "ui/GradebookHistory.h"
#include "ui/GradebookPage.h"
#include "ui/MarkReasonDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestGradebookPage : public QObject
{
    Q_OBJECT
private:
    test::GradebookFixture f;
    QList<Id> m_students; // Adams, Baker, Haddad (sorted by last name)
    Assessment m_quiz; // Coursework, out of 20
    Assessment m_final; // Exams, out of 100

    bool showPage(GradebookPage &page, int rows)
    {
        page.resize(1100, 520);
        page.show();
        page.activateWindow();
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        [&] {
            QTRY_COMPARE(page.gridModel()->rowCount(), rows);
            QTRY_VERIFY(!page.isBusy());
            QTRY_VERIFY(page.grid()->hasFocus());
        }();
        return !QTest::currentTestFailed();
    }

    static bool idle(GradebookPage &page)
    {
        [&] {
            QTRY_VERIFY(!page.isBusy());
            QTRY_VERIFY(!page.history()->isBusy());
        }();
        return !QTest::currentTestFailed();
    }

    std::optional<Mark> stored(const Id &assessment, const Id &student)
    {
        auto marks = GradebookRepository(*f.db).marksOfAssessment(assessment, f.admin);
        if (!marks)
            return std::nullopt;
        for (const auto &m : std::as_const(*marks))
            if (m.studentId == student)
                return m;
        return std::nullopt;
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }

    // Types into the current cell of the grid (starting the editor) and presses `key`.
    static void enter(GradebookPage &page, const QString &text, Qt::Key key = Qt::Key_Return)
    {
        QTableView *grid = page.grid();
        QTest::keyClicks(grid, text.left(1));
        QWidget *editor = QApplication::focusWidget();
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, key);
    }

private slots:
    void init()
    {
        QVERIFY(f.open());
        m_students
            = {f.student(u"S1"_s, u"Ben"_s, u"Adams"_s), f.student(u"S2"_s, u"Cara"_s, u"Baker"_s),
               f.student(u"S3"_s, u"Amina"_s, u"Haddad"_s)};
        for (const Id &s : std::as_const(m_students))
            QVERIFY(f.enrol(s, f.cs201));
        f.category(f.cs201, u"Coursework"_s, 40);
        f.category(f.cs201, u"Exams"_s, 60);
        m_quiz = f.assessment(f.cs201, u"Quiz 1"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30));
        m_final = f.assessment(f.cs201, u"Final exam"_s, u"Exams"_s, 1, 100, QDate(2026, 12, 10));
        QVERIFY(!m_final.id.isEmpty());
    }
    void cleanup() { f.close(); }

    void aValidMarkIsStoredAndTheCursorMovesDown()
    {
        GradebookPage page(*f.db, f.okoro);
        QVERIFY(showPage(page, 3));
        QCOMPARE(page.currentCourseId(), f.cs201);
        QVERIFY(page.hintLabel()->text().contains(u"A marks absent, X excused"_s));
        QVERIFY(page.stateLabel()->text().startsWith(u"Not published"_s));
        QTableView *grid = page.grid();
        QCOMPARE(grid->currentIndex(), page.gridModel()->index(0, 2)); // Adams, Quiz 1

        enter(page, u"17.5"_s);
        QCOMPARE(grid->currentIndex(), page.gridModel()->index(1, 2)); // moved down
        QCOMPARE(page.gridModel()->index(0, 2).data().toString(), u"17.5"_s);
        QVERIFY(idle(page));
        QTRY_VERIFY(stored(m_quiz.id, m_students[0]).has_value());
        QCOMPARE(*stored(m_quiz.id, m_students[0])->score, 17.5);
        // Quiz 87.5 % is all that counts: total 87.50, A-.
        const auto *model = page.gridModel();
        QCOMPARE(
            model->index(0, model->resultColumn(GradebookGridModel::TotalColumn)).data().toString(),
            u"87.50"_s);
        QCOMPARE(
            model->index(0, model->resultColumn(GradebookGridModel::GradeColumn)).data().toString(),
            u"A-"_s);

        // Tab commits and moves right.
        enter(page, u"12"_s, Qt::Key_Tab);
        QCOMPARE(grid->currentIndex(), page.gridModel()->index(1, 3));
        QVERIFY(idle(page));
        QTRY_COMPARE(*stored(m_quiz.id, m_students[1])->score, 12.0);
        QVERIFY(page.message().isEmpty());
    }

    // A class's report cards: one PDF per student named after them, or one PDF for the class.
    void reportCardsForTheClass()
    {
        GradebookPage page(*f.db, f.okoro);
        QVERIFY(showPage(page, 3));
        enter(page, u"17.5"_s);
        QVERIFY(idle(page));
        QTemporaryDir dir;
        QSignalSpy written(&page, &GradebookPage::reportCardsWritten);
        page.writeReportCards(dir.path(), true);
        QVERIFY(written.wait(30000));
        QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(2).toString()));
        QCOMPARE(written.first().at(1).toInt(), 3);
        const QStringList files = QDir(dir.path()).entryList({u"*.pdf"_s}, QDir::Files);
        QCOMPARE(files.size(), 3);
        QVERIFY(files.filter(u"S1"_s).size() == 1);
        const QString adams = test::pdfText(dir.filePath(files.filter(u"S1"_s).first()));
        QVERIFY(adams.contains(u"Ben Adams"_s));
        QVERIFY(adams.contains(u"CS201"_s));
        QVERIFY(adams.contains(u"A-"_s)); // the quiz alone: 87.50 %
        test::savePdfPreview(dir.filePath(files.filter(u"S1"_s).first()), u"report-card-class"_s);

        const QString combined = dir.filePath(u"class.pdf"_s);
        page.writeReportCards(combined, false);
        QVERIFY(written.wait(30000));
        QVERIFY(written.last().first().toBool());
        const QString text = test::pdfText(combined);
        for (const auto &name : {u"Ben Adams"_s, u"Cara Baker"_s, u"Amina Haddad"_s})
            QVERIFY2(text.contains(name), qPrintable(name));

        // A folder that cannot be written: the page says so.
        page.writeReportCards(dir.filePath(u"missing/class.pdf"_s), false);
        QVERIFY(written.wait(30000));
        QVERIFY(!written.last().first().toBool());
        QVERIFY(!page.message().isEmpty());
    }

    void invalidInputIsRefusedAndNothingStored()
    {
        GradebookPage page(*f.db, f.okoro);
        QVERIFY(showPage(page, 3));
        QSignalSpy messages(&page, &GradebookPage::messageShown);
        enter(page, u"25"_s);
        QCOMPARE(page.message(),
                 u"Not saved for Ben Adams in Quiz 1: 25 is more than the maximum score of 20."_s);
        QCOMPARE(messages.last().at(1).toBool(), true);
        QVERIFY(page.gridModel()->index(0, 2).data().toString().isEmpty());
        screenshot(page, u"gradebook-refused.png"_s);

        // Negative and words are refused too; an existing mark keeps its value.
        page.grid()->setCurrentIndex(page.gridModel()->index(0, 2));
        enter(page, u"15"_s);
        QVERIFY(idle(page));
        page.grid()->setCurrentIndex(page.gridModel()->index(0, 2));
        enter(page, u"-3"_s);
        QVERIFY(page.message().endsWith(u"A score cannot be negative."_s));
        page.grid()->setCurrentIndex(page.gridModel()->index(0, 2));
        enter(page, u"qq"_s);
        QVERIFY(page.message().endsWith(
            u"Enter a score from 0 to 20, A for absent or X for excused."_s));
        QCOMPARE(page.gridModel()->index(0, 2).data().toString(), u"15"_s);
        QVERIFY(idle(page));
        QCOMPARE(*stored(m_quiz.id, m_students[0])->score, 15.0);
        QCOMPARE(GradebookRepository(*f.db).marksOfAssessment(m_quiz.id, f.admin)->size(), 1);
    }

    void absentExcusedAndDeleteKeys()
    {
        GradebookPage page(*f.db, f.okoro);
        QVERIFY(showPage(page, 3));
        QTableView *grid = page.grid();
        QTest::keyClick(grid, Qt::Key_A);
        QTest::keyClick(grid, Qt::Key_X);
        QCOMPARE(grid->currentIndex().row(), 2);
        QCOMPARE(page.gridModel()->index(0, 2).data().toString(), u"Absent"_s);
        QCOMPARE(page.gridModel()->index(1, 2).data().toString(), u"Excused"_s);
        QVERIFY(idle(page));
        QTRY_COMPARE(stored(m_quiz.id, m_students[0])->status, MarkStatus::Absent);
        QTRY_COMPARE(stored(m_quiz.id, m_students[1])->status, MarkStatus::Excused);
        // Delete takes the mark back.
        grid->setCurrentIndex(page.gridModel()->index(1, 2));
        QTest::keyClick(grid, Qt::Key_Delete);
        QVERIFY(idle(page));
        QTRY_VERIFY(!stored(m_quiz.id, m_students[1]).has_value());
        QVERIFY(page.gridModel()->index(1, 2).data().toString().isEmpty());
    }

    void undoAndRedo()
    {
        GradebookPage page(*f.db, f.okoro);
        QVERIFY(showPage(page, 3));
        QTableView *grid = page.grid();
        enter(page, u"15"_s);
        QVERIFY(idle(page));
        grid->setCurrentIndex(page.gridModel()->index(0, 2));
        enter(page, u"18"_s);
        QVERIFY(idle(page));
        QTRY_COMPARE(page.undoStack()->count(), 2);
        QVERIFY(page.undoAction()->isEnabled());
        QCOMPARE(page.undoAction()->text(), u"&Undo mark of Ben Adams in Quiz 1"_s);

        page.undoAction()->trigger();
        QVERIFY(idle(page));
        QTRY_COMPARE(*stored(m_quiz.id, m_students[0])->score, 15.0);
        QCOMPARE(page.gridModel()->index(0, 2).data().toString(), u"15"_s);
        page.undoAction()->trigger();
        QVERIFY(idle(page));
        QTRY_VERIFY(!stored(m_quiz.id, m_students[0]).has_value());
        QVERIFY(page.gridModel()->index(0, 2).data().toString().isEmpty());
        QVERIFY(!page.undoAction()->isEnabled());

        page.redoAction()->trigger();
        QVERIFY(idle(page));
        QTRY_COMPARE(*stored(m_quiz.id, m_students[0])->score, 15.0);
        page.redoAction()->trigger();
        QVERIFY(idle(page));
        QTRY_COMPARE(*stored(m_quiz.id, m_students[0])->score, 18.0);
        QCOMPARE(page.gridModel()->index(0, 2).data().toString(), u"18"_s);
    }

    void publishThenAChangeAsksForAReason()
    {
        QVERIFY(f.mark(m_quiz.id, m_students[0], 14));
        GradebookPage page(*f.db, f.okoro);
        QVERIFY(showPage(page, 3));
        QMessageBox *box = page.publishResults();
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"still have assessments without a mark"_s));
        box->findChild<QPushButton *>(u"confirmPublishButton"_s)->click();
        QVERIFY(idle(page));
        QTRY_VERIFY(page.gridModel()->sheet().isPublished());
        QVERIFY(page.stateLabel()->text().startsWith(u"Published on"_s));
        QVERIFY(!page.publishButton()->isEnabled());
        QVERIFY(!page.addAssessmentButton()->isEnabled());
        QVERIFY(*GradebookRepository(*f.db).isPublished(f.cs201, f.admin));
        page.activateWindow();
        QTRY_VERIFY(page.grid()->hasFocus());
        page.grid()->setCurrentIndex(page.gridModel()->index(0, 2));
        screenshot(page, u"gradebook-published.png"_s);

        QSignalSpy asked(&page, &GradebookPage::reasonRequested);
        enter(page, u"16"_s);
        QTRY_COMPARE(asked.size(), 1);
        auto *dialog = asked.first().first().value<MarkReasonDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(u"markReasonChange"_s)->text(),
                 u"Ben Adams, Quiz 1: 14 → 16"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(*stored(m_quiz.id, m_students[0])->score, 14.0); // nothing yet
        screenshot(*dialog, u"gradebook-reason.png"_s);
        dialog->reasonEdit()->setText(u"Re-marked after appeal"_s);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(idle(page));
        QTRY_COMPARE(*stored(m_quiz.id, m_students[0])->score, 16.0);
        QCOMPARE(stored(m_quiz.id, m_students[0])->reason, u"Re-marked after appeal"_s);

        // Cancelling leaves everything as it was.
        page.activateWindow();
        QTRY_VERIFY(page.grid()->hasFocus());
        page.grid()->setCurrentIndex(page.gridModel()->index(1, 2));
        QTest::keyClick(page.grid(), Qt::Key_A);
        QTRY_COMPARE(asked.size(), 2);
        asked.last().first().value<MarkReasonDialog *>()->reject();
        QVERIFY(idle(page));
        QVERIFY(!stored(m_quiz.id, m_students[1]).has_value());
        QVERIFY(page.gridModel()->index(1, 2).data().toString().isEmpty());
    }

    void staffReadAndTeachersSeeOnlyTheirCourses()
    {
        QVERIFY(f.mark(m_quiz.id, m_students[0], 14));
        GradebookPage staff(*f.db, f.staff);
        QVERIFY(showPage(staff, 3));
        QCOMPARE(staff.courseBox()->count(), 2); // every course
        QVERIFY(!(staff.gridModel()->flags(staff.gridModel()->index(0, 2)) & Qt::ItemIsEditable));
        QVERIFY(staff.publishButton()->isHidden());
        QTest::keyClick(staff.grid(), Qt::Key_A);
        QVERIFY(staff.message().contains(u"may not enter or change marks"_s));
        QCOMPARE(stored(m_quiz.id, m_students[0])->status, MarkStatus::Scored);
        staff.close();

        GradebookPage lee(*f.db, f.lee);
        lee.resize(900, 400);
        lee.show();
        QTRY_COMPARE(lee.courseBox()->count(), 1);
        QCOMPARE(lee.currentCourseId(), f.ma101);
    }

    void assessmentsCategoriesAndScaleDialogs()
    {
        GradebookPage page(*f.db, f.admin);
        QVERIFY(showPage(page, 3));
        page.semesterBox()->setCurrentIndex(0);
        QTRY_VERIFY(!page.isBusy());
        page.courseBox()->setCurrentIndex(page.courseBox()->findData(f.cs201));
        QTRY_COMPARE(page.gridModel()->sheet().course.id, f.cs201);
        QVERIFY(idle(page));

        // An empty title is refused in the dialog, which stays open.
        AssessmentDialog *add = page.addAssessment();
        QVERIFY(add);
        QVERIFY(!add->categoryBox()->isEditable()); // one of the course's categories
        add->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(add->isVisible());
        QCOMPARE(add->errorLabel()->text(), u"Enter the assessment's title."_s);
        add->titleEdit()->setText(u"Midterm"_s);
        add->categoryBox()->setCurrentIndex(add->categoryBox()->findText(u"Exams"_s));
        add->weightBox()->setValue(1);
        add->dateEdit()->setDate(QDate(2026, 10, 20));
        screenshot(*add, u"gradebook-assessment.png"_s);
        add->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(idle(page));
        QTRY_COMPARE(page.gridModel()->sheet().assessments.size(), 3);
        QCOMPARE(page.gridModel()->sheet().assessments.at(1).title, u"Midterm"_s);

        CategoriesDialog *categories = page.editCategories();
        QVERIFY(categories);
        QCOMPARE(categories->table()->rowCount(), 2);
        categories->addRow(u"exams"_s, 10);
        categories->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(categories->errorLabel()->text().contains(u"more than once"_s));
        categories->table()->removeRow(2);
        categories->table()->item(0, 1)->setData(Qt::EditRole, 30.0);
        screenshot(*categories, u"gradebook-categories.png"_s);
        categories->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(idle(page));
        QTRY_COMPARE(page.gridModel()->sheet().categories.first().weight, 30.0);

        GradeScaleDialog *scale = page.editGradeScale();
        QVERIFY(scale);
        QCOMPARE(scale->table()->rowCount(), 9);
        scale->table()->item(8, 1)->setData(Qt::EditRole, 5.0); // F no longer at 0
        scale->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(scale->errorLabel()->text().contains(u"must start at 0 %"_s));
        scale->table()->item(8, 1)->setData(Qt::EditRole, 0.0);
        scale->table()->item(0, 1)->setData(Qt::EditRole, 93.0); // A from 93
        screenshot(*scale, u"gradebook-gradescale.png"_s);
        scale->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(idle(page));
        QTRY_COMPARE(GradebookRepository(*f.db).defaultGradeScale()->bands.first().minPercent,
                     93.0);
    }

    void screenshotWithMarks()
    {
        for (int i = 0; i < m_students.size(); ++i) {
            QVERIFY(f.mark(m_quiz.id, m_students[i], 12 + 3 * i));
            if (i < 2)
                QVERIFY(f.mark(m_final.id, m_students[i], 45 + 20 * i));
        }
        GradebookPage page(*f.db, f.okoro);
        QVERIFY(showPage(page, 3));
        screenshot(page, u"gradebook.png"_s);
    }
};

QTEST_MAIN(TestGradebookPage)
#include "tst_gradebookpage.moc"
