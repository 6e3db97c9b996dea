#pragma once

#include "app/core/Actor.h"
#include "app/core/Id.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QTableView;
class QTimer;
class QToolBar;

namespace cd {

class Database;
class FaceEnrolmentDialog;
class StudentDialog;
struct FaceEnrolmentSetup;
class StudentFilterBar;
class StudentHistory;
class StudentTableModel;

// The school's students in a searchable, filterable, sortable table that loads page by page off
// the GUI thread, with what office staff do all day: new student (Ctrl+N), open (Enter or
// double-click), archive or restore the selected rows (Delete), import (importRequested(): the
// main window opens the import dialog) and export exactly the current view to CSV (Ctrl+E).
// Ctrl+F goes to the search field. Controls the actor may not use are not shown; the store
// checks every read and write again (a teacher sees only the students of their courses).
// Saved edits, archiving and restoring can be undone (undoAction()/redoAction(), Ctrl+Z).
class StudentsPage : public QWidget
{
    Q_OBJECT
public:
    StudentsPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~StudentsPage() override;

    StudentTableModel *studentModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *studentTable() const { return m_table; }
    StudentFilterBar *filterBar() const { return m_filters; }
    StudentHistory *history() const { return m_history; }
    // For the Edit menu; also active on the page itself.
    QAction *undoAction() const;
    QAction *redoAction() const;
    // The page's last message (what was done, or what went wrong); empty when none is shown.
    QString message() const;

    // The ids of the selected rows whose pages have arrived.
    QList<Id> selectedIds() const;
    // Selects the student's row and scrolls to it, once its page has arrived (it is located in
    // the background when it has not). Does nothing if the current query does not show them.
    void selectStudent(const Id &studentId);
    // Reads the table again, keeping the scroll position and the selection where possible.
    void reload();

    // The actions; each dialog is opened with open() and deletes itself when closed. Null when
    // not possible (no permission, nothing selected).
    StudentDialog *newStudent();
    StudentDialog *openSelected();
    StudentDialog *openStudent(const Id &studentId);
    // Archives (or, when showing archived students, restores) the selected students. Archiving
    // several asks first: the returned box; null when it went ahead at once or could not.
    QMessageBox *archiveSelected();
    // Adds "Face enrolment…" for the selected student (Action::EnrolFaces) and the same button
    // to every student dialog opened from here.
    void setFaceEnrolment(const FaceEnrolmentSetup &setup);
    // Opens the enrolment dialog of the selected student; null when not possible.
    FaceEnrolmentDialog *enrolFaceOfSelected();
    // Asks for a file, then exportTo() it.
    void exportCsv();
    // Writes every row of the current view (not only those loaded) to `path` in the background;
    // exportFinished() tells how it went.
    void exportTo(const QString &path);

signals:
    void importRequested();
    // A write or an export finished (successfully or not) and its message is shown.
    void messageShown(const QString &message, bool error);
    void exportFinished(bool ok, const QString &path);
    // An archive or restore of the selection finished (`done` students changed).
    void archiveFinished(int done);

private:
    QAction *addPageAction(const QString &text, const QString &objectName,
                           const QList<QKeySequence> &shortcuts, Qt::ShortcutContext context,
                           const std::function<void()> &run);
    void buildActions();
    StudentDialog *showDialog(StudentDialog *dialog);
    void setArchived(const QList<Id> &ids, bool archived);
    void filtersChanged();
    void restoreView();
    void updateCount();
    void updateActions();
    void showMessage(const QString &text, bool error);

    const Database &m_db;
    Actor m_actor;
    bool m_canEdit = false;
    bool m_canView = false;
    int m_busy = 0; // archive or export writes running
    // What reload() brings back once the new rows arrive.
    QList<Id> m_pendingSelection;
    int m_pendingTopRow = -1;
    int m_pendingRow = -1; // a row to scroll to so that its page is read
    bool m_scrollToSelection = false;

    StudentTableModel *m_model = nullptr;
    StudentHistory *m_history = nullptr;
    StudentFilterBar *m_filters = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_searchDelay = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_faceEnrolment = nullptr;
    std::unique_ptr<FaceEnrolmentSetup> m_faceSetup;
};

} // namespace cd
