#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace cd {

class BulkFaceEnrolmentDialog;
class CourseDialog;
class CourseTableModel;
class Database;
class EnrolStudentsDialog;
class EnrolledStudentsModel;
class SemesterDialog;
struct CourseListItem;
struct FaceEnrolmentSetup;

// Courses semester by semester, and the students enrolled in the selected one. Office staff and
// administrators create semesters and courses, edit courses, enrol and drop students; teachers
// see their own courses and their students, read-only (the store refuses their writes anyway).
// Everything is read and written on the thread pool.
class CoursesPage : public QWidget
{
    Q_OBJECT
public:
    CoursesPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~CoursesPage() override;

    bool canEditCourses() const { return m_canEdit; }
    bool canManageEnrolment() const { return m_canEnrol; }

    QComboBox *semesterBox() const { return m_semester; }
    QTableView *courseTable() const { return m_courseTable; }
    QTableView *studentTable() const { return m_studentTable; }
    CourseTableModel *courseModel() const { return m_courses; }
    EnrolledStudentsModel *studentModel() const { return m_students; }
    // The page's last message (what changed, or what went wrong).
    QString message() const;

    const QList<Semester> &semesters() const { return m_semesterList; }
    Id currentSemesterId() const;
    void selectSemester(const Id &id);
    Id currentCourseId() const;
    void selectCourse(const Id &id);

    // The actions; each returns the dialog it opened (shown with open(), never exec()), or null
    // when it is not possible (no permission, nothing selected).
    SemesterDialog *newSemester();
    CourseDialog *newCourse();
    CourseDialog *editCourse();
    EnrolStudentsDialog *enrolStudents();
    // Adds "Enrol faces from photos…" for the selected course (Action::EnrolFaces).
    void setFaceEnrolment(const FaceEnrolmentSetup &setup);
    BulkFaceEnrolmentDialog *enrolFacesFromPhotos(); // null when not possible
    // Asks to confirm dropping the selected students; dropping happens once confirmed.
    QMessageBox *dropSelected();
    void refresh();

signals:
    void semestersLoaded();
    // A write finished (successfully or not) and its message is shown.
    void messageShown(const QString &message, bool error);

private:
    QAction *addPageAction(const QString &text, const QString &objectName,
                           const QList<QKeySequence> &shortcuts, const std::function<void()> &run);
    void buildCourseArea(QWidget *area);
    void buildStudentArea(QWidget *area);
    void loadSemesters(const Id &select);
    void semesterChosen();
    const CourseListItem *currentItem() const;
    void courseChanged();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void drop(const QList<Id> &studentIds, const QString &courseCode);

    const Database &m_db;
    Actor m_actor;
    bool m_canEdit = false;
    bool m_canEnrol = false;
    QList<Semester> m_semesterList;
    Id m_selectWhenLoaded;
    Id m_restoreAfterReset;
    int m_writing = 0;

    CourseTableModel *m_courses = nullptr;
    QSortFilterProxyModel *m_courseProxy = nullptr;
    EnrolledStudentsModel *m_students = nullptr;
    QSortFilterProxyModel *m_studentProxy = nullptr;
    QComboBox *m_semester = nullptr;
    QPushButton *m_newSemester = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_courseTable = nullptr;
    QTableView *m_studentTable = nullptr;
    QLabel *m_studentHeading = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_enrolButton = nullptr;
    QPushButton *m_dropButton = nullptr;
    QAction *m_newCourse = nullptr;
    QAction *m_editCourse = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_enrol = nullptr;
    QAction *m_drop = nullptr;
    QAction *m_enrolFaces = nullptr;
    std::unique_ptr<FaceEnrolmentSetup> m_faceSetup;
};

} // namespace cd
