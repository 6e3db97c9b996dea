#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/Gradebook.h"
#include "app/core/Result.h"
#include "ui/MarkEntry.h"
#include "ui/MarkReasonDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;
class QUndoStack;

namespace cd {

class AssessmentDialog;
class CategoriesDialog;
class Database;
class GradeScaleDialog;
class GradebookGridModel;
class GradebookHistory;

// A course's gradebook (teachers their own courses; administrators every course; office staff
// read only). Pick a semester and a course; the grid shows a row per student and a column per
// assessment, then the computed Total %, Total marks, Grade, Points and Status.
//
// Keyboard first, like a spreadsheet: typing a number starts editing the cell, Enter commits and
// moves down, Tab commits and moves right (Shift for the other way), A marks absent, X excused,
// Delete takes the mark back. Every cell is saved at once on the thread pool (no save button);
// text that is not a mark (over the maximum, negative, words) is refused with a message on the
// page and the cell keeps its value, and a save the store refuses is put back. Saved changes can
// be undone (undoAction()/redoAction(), Ctrl+Z / Ctrl+Shift+Z; the main window shows them in its
// Edit menu). "Publish results…" (after a confirmation) shows the results to the students and
// locks them: from then on each change asks for a reason (MarkReasonDialog).
class GradebookPage : public QWidget
{
    Q_OBJECT
public:
    GradebookPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~GradebookPage() override;

    QComboBox *semesterBox() const { return m_semester; }
    QComboBox *courseBox() const { return m_course; }
    QTableView *grid() const { return m_table; }
    GradebookGridModel *gridModel() const { return m_model; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *reportCardsButton() const { return m_reportCards; }
    QPushButton *addAssessmentButton() const { return m_addAssessment; }
    QPushButton *editAssessmentButton() const { return m_editAssessment; }
    QPushButton *categoriesButton() const { return m_categories; }
    QPushButton *gradeScaleButton() const { return m_gradeScale; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *hintLabel() const { return m_hint; }
    QString message() const;

    QAction *undoAction() const;
    QAction *redoAction() const;
    QUndoStack *undoStack() const;
    GradebookHistory *history() const { return m_history; }

    Id currentCourseId() const;
    bool isBusy() const { return m_busy > 0; }

    // The actions (the keys and buttons call these too). Each works on the thread pool.
    void reload();
    void markCurrent(MarkStatus status); // absent or excused
    void clearCurrent();
    // Confirmation (shown with open()); null when there is nothing to publish.
    QMessageBox *publishResults();
    AssessmentDialog *addAssessment();
    AssessmentDialog *editAssessment(); // of the current column
    CategoriesDialog *editCategories();
    GradeScaleDialog *editGradeScale();
    // The report cards of every student of the current course for its semester: one PDF per
    // student into the folder `target`, or one PDF with a card per student. Built and written on
    // the thread pool, with progress on the page; reportCardsWritten reports.
    void writeReportCards(const QString &target, bool onePdfPerStudent);

signals:
    void coursesLoaded();
    void sheetLoaded();
    void markSaved(const cd::Id &studentId, const cd::Id &assessmentId);
    void messageShown(const QString &message, bool error);
    // A published result is about to change: the dialog is open and the change waits for it.
    void reasonRequested(cd::MarkReasonDialog *dialog);
    void reportCardsWritten(bool ok, int written, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void loadSemesters();
    void loadCourses();
    void applyEntry(int row, int assessment, const std::optional<MarkEntry> &entry);
    void save(int row, int assessment, const std::optional<MarkEntry> &entry,
              const QString &reason);
    void moveBy(int rows, int columns);
    void updateState();
    void showMessage(const QString &text, bool error);
    void beginWork();
    void endWork();
    void runStructural(const std::function<Result<void>()> &work, const QString &done);

    const Database &m_db;
    Actor m_actor;
    bool m_canEdit = false;
    int m_busy = 0;
    int m_courseLoad = 0;
    int m_sheetLoad = 0;
    int m_generation = 0;
    QHash<QString, int> m_pending; // "student/assessment" -> generation of the newest save

    QComboBox *m_semester = nullptr;
    QComboBox *m_course = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    GradebookGridModel *m_model = nullptr;
    GradebookHistory *m_history = nullptr;
    QPushButton *m_addAssessment = nullptr;
    QPushButton *m_editAssessment = nullptr;
    QPushButton *m_categories = nullptr;
    QPushButton *m_gradeScale = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_reportCards = nullptr;
};

} // namespace cd
