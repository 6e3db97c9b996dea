#include "tests/gui/CoursesFixture.h"
#include "ui/CourseDialog.h"
#include "ui/CourseTableModel.h"
#include "ui/CoursesPage.h"
#include "ui/EnrolStudentsDialog.h"
#include "ui/EnrolledStudentsModel.h"
#include "ui/FieldErrors.h"
#include "ui/SemesterDialog.h"
#include "ui/StudentTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestCoursesPage : public QObject
{
    Q_OBJECT
private:
    test::CoursesFixture m_school;
    Course m_ds; // Okoro's, with four students
    Course m_algo; // Lee's, empty
    QList<Id> m_students;

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    // The page shown and active, with `courses` courses and the first one's class list loaded.
    static bool showPage(CoursesPage &page, int courses)
    {
        page.resize(1000, 640);
        page.show();
        page.activateWindow();
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        [&] {
            QTRY_COMPARE(page.courseModel()->rowCount(), courses);
            QTRY_VERIFY(!page.currentCourseId().isEmpty() || courses == 0);
            QTRY_VERIFY(!page.studentModel()->isLoading());
        }();
        return !QTest::currentTestFailed();
    }

    static QString cell(CoursesPage &page, const Id &courseId, int column)
    {
        const CourseTableModel *model = page.courseModel();
        return model->index(model->rowOf(courseId), column).data().toString();
    }

private slots:
    void init()
    {
        QVERIFY(m_school.open());
        m_ds = m_school.course(u"CS201"_s, u"Data Structures"_s, {m_school.okoro}, 4);
        m_algo = m_school.course(u"CS301"_s, u"Algorithms"_s, {m_school.lee});
        m_students = m_school.students(4, u"2025"_s, u"Computer Science"_s, u"K"_s);
        QVERIFY(CourseRepository(*m_school.db)
                    .enrollMany(m_students, m_ds.id, QDate(2026, 9, 7), m_school.admin));
    }
    void cleanup() { m_school.close(); }

    void showsCoursesAndTheSelectedClassList()
    {
        CoursesPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 2));
        QVERIFY(page.canEditCourses() && page.canManageEnrolment());
        QCOMPARE(page.currentSemesterId(), m_school.autumn);
        QCOMPARE(page.currentCourseId(), m_ds.id); // the first by code
        QCOMPARE(cell(page, m_ds.id, CourseTableModel::EnrolledColumn), u"4"_s);
        QCOMPARE(cell(page, m_ds.id, CourseTableModel::TeachersColumn), u"Mary Okoro"_s);
        QTRY_COMPARE(page.studentModel()->rowCount(), 4);
        QCOMPARE(child<QLabel>(&page, u"studentHeading"_s)->text(),
                 u"Students in CS201 Data Structures: 4 enrolled"_s);

        page.selectCourse(m_algo.id);
        QTRY_VERIFY(!page.studentModel()->isLoading());
        QCOMPARE(page.studentModel()->rowCount(), 0);
        QVERIFY(child<QPushButton>(&page, u"enrolStudentsButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&page, u"dropStudentsButton"_s)->isEnabled());
    }

    void createsACourseFromTheKeyboard()
    {
        CoursesPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 2));
        page.courseTable()->setFocus();
        QTest::keyClick(page.courseTable(), Qt::Key_N, Qt::ControlModifier);
        QPointer<CourseDialog> dialog = page.findChild<CourseDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->isCreating());
        QTRY_VERIFY(dialog->teachersLoaded());
        child<QLineEdit>(dialog, u"code"_s)->setText(u"CS101"_s);
        child<QLineEdit>(dialog, u"title"_s)->setText(u"Programming"_s);
        child<QLineEdit>(dialog, u"credits"_s)->setText(u"3"_s);
        dialog->setTeacherChecked(m_school.lee, true);
        QTest::keyClick(child<QLineEdit>(dialog, u"title"_s), Qt::Key_Return);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(page.courseModel()->rowCount(), 3);
        QTRY_COMPARE(cell(page, page.currentCourseId(), CourseTableModel::CodeColumn),
                     u"CS101"_s); // the new course is selected
        QCOMPARE(cell(page, page.currentCourseId(), CourseTableModel::TeachersColumn),
                 u"Jin Lee"_s);
        QVERIFY(page.message().contains(u"CS101"_s));
    }

    void editsTheSelectedCourseWithEnter()
    {
        CoursesPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 2));
        page.courseTable()->setFocus();
        QTest::keyClick(page.courseTable(), Qt::Key_Return);
        QPointer<CourseDialog> dialog = page.findChild<CourseDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->isCreating());
        QTRY_VERIFY(dialog->teachersLoaded());
        QCOMPARE(dialog->checkedTeachers(), QList<Id>{m_school.okoro});
        dialog->setTeacherChecked(m_school.lee, true);
        child<QLineEdit>(dialog, u"credits"_s)->setText(u"5"_s);
        dialog->accept();
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(cell(page, m_ds.id, CourseTableModel::CreditsColumn), u"5"_s);
        QCOMPARE(cell(page, m_ds.id, CourseTableModel::TeachersColumn),
                 QLocale().createSeparatedList({u"Jin Lee"_s, u"Mary Okoro"_s}));
        QCOMPARE(page.currentCourseId(), m_ds.id); // still selected
    }

    void dropsTheSelectedStudentsAfterConfirming()
    {
        CoursesPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 2));
        QTRY_COMPARE(page.studentModel()->rowCount(), 4);
        QTableView *table = page.studentTable();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        QVERIFY(child<QPushButton>(&page, u"dropStudentsButton"_s)->isEnabled());

        // Cancelling drops nobody.
        QTest::keyClick(table, Qt::Key_Delete);
        QPointer<QMessageBox> box = page.findChild<QMessageBox *>(u"dropConfirmation"_s);
        QVERIFY(box);
        QCOMPARE(box->text(),
                 CoursesPage::tr("Drop %n student(s) from %1?", nullptr, 2).arg(u"CS201"_s));
        QTRY_VERIFY(box->isVisible());
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(box.isNull());
        QCOMPARE(m_school.enrolledIn(m_ds.id), 4);

        box = page.dropSelected();
        QVERIFY(box);
        QTest::mouseClick(child<QPushButton>(box, u"confirmDrop"_s), Qt::LeftButton);
        QTRY_COMPARE(m_school.enrolledIn(m_ds.id), 2);
        QTRY_COMPARE(page.studentModel()->rowCount(), 2);
        QTRY_COMPARE(cell(page, m_ds.id, CourseTableModel::EnrolledColumn), u"2"_s);
        QCOMPARE(page.message(),
                 CoursesPage::tr("%n student(s) dropped from %1.", nullptr, 2).arg(u"CS201"_s));
        // The first two by name were dropped.
        auto left = CourseRepository(*m_school.db).enrolledStudents(m_ds.id, m_school.admin);
        QCOMPARE(left->at(0).student.id, m_students.at(2));
    }

    void enrolsThroughTheDialogAndRefreshes()
    {
        const QList<Id> more = m_school.students(2, u"2024"_s, u"Mathematics"_s, u"M"_s);
        CoursesPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 2));
        page.selectCourse(m_algo.id);
        QTest::keyClick(page.courseTable(), Qt::Key_E, Qt::ControlModifier);
        QPointer<EnrolStudentsDialog> dialog = page.findChild<EnrolStudentsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->model()->isLoading());
        QTRY_COMPARE(dialog->model()->rowCount(), 6);
        QTest::keyClicks(child<QLineEdit>(dialog, u"enrolSearch"_s), u"M"_s);
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
        QTest::mouseClick(child<QPushButton>(dialog, u"enrolAll"_s), Qt::LeftButton);
        QTRY_COMPARE(m_school.enrolledIn(m_algo.id), 2);
        QTRY_COMPARE(page.studentModel()->rowCount(), 2);
        QTRY_COMPARE(cell(page, m_algo.id, CourseTableModel::EnrolledColumn), u"2"_s);
        QCOMPARE(page.currentCourseId(), m_algo.id);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        Q_UNUSED(more);
    }

    void createsASemesterAndSwitchesToIt()
    {
        CoursesPage page(*m_school.db, m_school.admin);
        QVERIFY(showPage(page, 2));
        QPointer<SemesterDialog> dialog = page.newSemester();
        QVERIFY(dialog);
        // No name, and ending before it starts: both told, next to their fields.
        child<QDateEdit>(dialog, u"semesterStartsOn"_s)->setDate(QDate(2027, 1, 11));
        child<QDateEdit>(dialog, u"semesterEndsOn"_s)->setDate(QDate(2027, 1, 1));
        dialog->accept();
        QVERIFY(child<FieldMessage>(dialog, u"nameError"_s)->isError());
        QVERIFY(child<FieldMessage>(dialog, u"endsOnError"_s)->isError());
        QVERIFY(dialog->isVisible());

        child<QLineEdit>(dialog, u"semesterName"_s)->setText(u"Spring 2027"_s);
        child<QDateEdit>(dialog, u"semesterEndsOn"_s)->setDate(QDate(2027, 4, 30));
        dialog->accept();
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(page.semesterBox()->count(), 2);
        QTRY_COMPARE(page.semesters().first().name, u"Spring 2027"_s);
        QCOMPARE(page.currentSemesterId(), page.semesters().first().id);
        QTRY_VERIFY(!page.courseModel()->isLoading());
        QCOMPARE(page.courseModel()->rowCount(), 0); // a new semester has no courses
        QVERIFY(page.currentCourseId().isEmpty());
    }

    void aTeacherSeesTheirCoursesReadOnly()
    {
        CoursesPage page(*m_school.db, m_school.teacher(m_school.okoro));
        QVERIFY(showPage(page, 1));
        QVERIFY(!page.canEditCourses());
        QVERIFY(!page.canManageEnrolment());
        QCOMPARE(page.currentCourseId(), m_ds.id);
        QTRY_COMPARE(page.studentModel()->rowCount(), 4); // their own students
        // No way to change anything.
        for (const QString &name : {u"newCourseAction"_s, u"editCourseAction"_s,
                                    u"enrolStudentsAction"_s, u"dropStudentsAction"_s})
            QVERIFY2(!page.findChild<QAction *>(name), qPrintable(name));
        for (const QString &name :
             {u"newSemesterButton"_s, u"enrolStudentsButton"_s, u"dropStudentsButton"_s})
            QVERIFY2(!page.findChild<QPushButton *>(name), qPrintable(name));
        QVERIFY(!page.newCourse());
        QVERIFY(!page.editCourse());
        QVERIFY(!page.newSemester());
        QVERIFY(!page.enrolStudents());
        page.studentTable()->selectRow(0);
        QVERIFY(!page.dropSelected());
        page.courseTable()->setFocus();
        QTest::keyClick(page.courseTable(), Qt::Key_Return);
        QTest::keyClick(page.courseTable(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!page.findChild<QDialog *>());
        QVERIFY(page.message().isEmpty());
    }
};

QTEST_MAIN(TestCoursesPage)
#include "tst_coursespage.moc"
