#include "tests/gui/CoursesFixture.h"
#include "ui/EnrolStudentsDialog.h"
#include "ui/StudentTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestEnrolStudentsDialog : public QObject
{
    Q_OBJECT
private:
    test::CoursesFixture m_school;
    Course m_course;
    QList<Id> m_science; // batch 2025, Computer Science: KA, KB, KC
    QList<Id> m_maths; // batch 2024, Mathematics: MA, MB

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    static bool waitForRows(EnrolStudentsDialog &dialog, int rows)
    {
        [&] {
            QTRY_VERIFY(!dialog.model()->isLoading());
            QTRY_COMPARE(dialog.model()->rowCount(), rows);
        }();
        return !QTest::currentTestFailed();
    }

private slots:
    void init()
    {
        QVERIFY(m_school.open());
        m_course = m_school.course(u"CS201"_s, u"Data Structures"_s);
        m_science = m_school.students(3, u"2025"_s, u"Computer Science"_s, u"K"_s);
        m_maths = m_school.students(2, u"2024"_s, u"Mathematics"_s, u"M"_s);
        // A graduate: not offered, the dialog starts with current students.
        Student graduate = test::sampleStudent(u"2020-0001"_s, u"Gina"_s, u"Gone"_s);
        graduate.status = StudentStatus::Graduated;
        QVERIFY(StudentRepository(*m_school.db).create(graduate, m_school.admin));
    }
    void cleanup() { m_school.close(); }

    void enrolsEveryoneAFilterMatches()
    {
        EnrolStudentsDialog dialog(*m_school.db, m_school.admin, m_course.id,
                                   u"CS201 Data Structures"_s);
        QSignalSpy filters(&dialog, &EnrolStudentsDialog::filtersLoaded);
        QSignalSpy enrolled(&dialog, &EnrolStudentsDialog::enrolled);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForRows(dialog, 5));
        QTRY_COMPARE(filters.size(), 1);
        QCOMPARE(child<QComboBox>(&dialog, u"enrolBatch"_s)->count(), 3); // all, 2024, 2025

        dialog.setBatchFilter(u"2024"_s);
        QVERIFY(waitForRows(dialog, 2));
        auto *all = child<QPushButton>(&dialog, u"enrolAll"_s);
        QCOMPARE(all->text(), u"Enrol &all 2 matching"_s);
        QVERIFY(all->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"enrolSelected"_s)->isEnabled()); // none selected
        QTest::mouseClick(all, Qt::LeftButton);
        QTRY_COMPARE(enrolled.size(), 1);
        QCOMPARE(enrolled.at(0).at(0).toInt(), 2);
        QCOMPARE(dialog.message(), EnrolStudentsDialog::tr("%n student(s) enrolled.", nullptr, 2));
        QCOMPARE(m_school.enrolledIn(m_course.id), 2);

        // Everyone current now: the two already enrolled are skipped, not an error.
        dialog.setBatchFilter(QString());
        QVERIFY(waitForRows(dialog, 5));
        dialog.enrolAllMatching();
        QTRY_COMPARE(enrolled.size(), 2);
        QCOMPARE(enrolled.at(1).at(0).toInt(), 3);
        QCOMPARE(dialog.message(),
                 EnrolStudentsDialog::tr("%n student(s) enrolled.", nullptr, 3) + u' '
                     + EnrolStudentsDialog::tr("%n already enrolled and left as they were.",
                                               nullptr, 2));
        QCOMPARE(m_school.enrolledIn(m_course.id), 5); // not the graduate
    }

    void enrolsTheSelectedRows()
    {
        EnrolStudentsDialog dialog(*m_school.db, m_school.admin, m_course.id,
                                   u"CS201 Data Structures"_s);
        QSignalSpy enrolled(&dialog, &EnrolStudentsDialog::enrolled);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForRows(dialog, 5));

        // Search as the user types, then pick two rows with the keyboard.
        QTest::keyClicks(child<QLineEdit>(&dialog, u"enrolSearch"_s), u"K"_s);
        QVERIFY(waitForRows(dialog, 3));
        QTableView *table = dialog.table();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        QVERIFY(child<QLabel>(&dialog, u"enrolCount"_s)->text().contains(u"2 selected"_s));
        auto *selected = child<QPushButton>(&dialog, u"enrolSelected"_s);
        QVERIFY(selected->isEnabled());
        QTest::mouseClick(selected, Qt::LeftButton);
        QTRY_COMPARE(enrolled.size(), 1);
        QCOMPARE(enrolled.at(0).at(0).toInt(), 2);
        auto students
            = CourseRepository(*m_school.db).enrolledStudents(m_course.id, m_school.admin);
        QVERIFY(students);
        QCOMPARE(students->size(), 2);
        QCOMPARE(students->at(0).student.id, m_science.at(0));
        QCOMPARE(students->at(1).student.id, m_science.at(1));
    }

    void theStoreRefusesATeacher()
    {
        EnrolStudentsDialog dialog(*m_school.db, m_school.teacher(m_school.okoro), m_course.id,
                                   u"CS201 Data Structures"_s);
        dialog.show();
        // A teacher sees no students outside their courses, so nothing to enrol here.
        QVERIFY(waitForRows(dialog, 0));
        QVERIFY(!child<QPushButton>(&dialog, u"enrolAll"_s)->isEnabled());
        QCOMPARE(CourseRepository(*m_school.db)
                     .enrollMany(m_maths, m_course.id, QDate(2026, 9, 7),
                                 m_school.teacher(m_school.okoro))
                     .error()
                     .code,
                 Error::Code::Forbidden);
    }
};

QTEST_MAIN(TestEnrolStudentsDialog)
#include "tst_enrolstudentsdialog.moc"
