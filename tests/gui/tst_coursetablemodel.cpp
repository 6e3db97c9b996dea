#include "tests/gui/CoursesFixture.h"
#include "ui/CourseTableModel.h"
#include "ui/EnrolledStudentsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// The course list and the class list models (both small; one file).
class TestCourseTableModel : public QObject
{
    Q_OBJECT
private:
    test::CoursesFixture m_school;

private slots:
    void init() { QVERIFY(m_school.open()); }
    void cleanup() { m_school.close(); }

    void coursesLoadInTheBackgroundAndPassTheModelTester()
    {
        const Course ds
            = m_school.course(u"CS201"_s, u"Data Structures"_s, {m_school.okoro, m_school.lee}, 4);
        const Course algo = m_school.course(u"CS301"_s, u"Algorithms"_s, {}, 3.5);
        const QList<Id> students = m_school.students(3, u"2025"_s, u"Computer Science"_s, u"K"_s);
        QVERIFY(CourseRepository(*m_school.db)
                    .enrollMany(students, ds.id, QDate(2026, 9, 7), m_school.admin));

        CourseTableModel model(*m_school.db, m_school.admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy loaded(&model, &CourseTableModel::loaded);
        model.setSemester(m_school.autumn);
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.columnCount(), int(CourseTableModel::ColumnCount));
        QCOMPARE(model.headerData(CourseTableModel::EnrolledColumn, Qt::Horizontal).toString(),
                 u"Enrolled"_s);

        const int row = model.rowOf(ds.id);
        QCOMPARE(model.index(row, CourseTableModel::CodeColumn).data().toString(), u"CS201"_s);
        QCOMPARE(model.index(row, CourseTableModel::TeachersColumn).data().toString(),
                 QLocale().createSeparatedList({u"Jin Lee"_s, u"Mary Okoro"_s}));
        QCOMPARE(model.index(row, CourseTableModel::EnrolledColumn).data().toString(), u"3"_s);
        QCOMPARE(model.index(row, 0).data(CourseTableModel::IdRole).toString(), ds.id);
        const int other = model.rowOf(algo.id);
        QCOMPARE(model.index(other, CourseTableModel::CreditsColumn).data().toString(), u"3.5"_s);
        QCOMPARE(model.index(other, CourseTableModel::TeachersColumn).data().toString(),
                 u"No teacher yet"_s);
        QCOMPARE(model.itemAt(other)->enrolled, 0);
        QVERIFY(!model.itemAt(2));

        // Sorted by the number, not the text.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CourseTableModel::SortRole);
        proxy.sort(CourseTableModel::EnrolledColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, CourseTableModel::CodeColumn).data().toString(), u"CS201"_s);

        // Another semester has nothing yet.
        auto spring = CourseRepository(*m_school.db)
                          .createSemester(
                              {{}, u"Spring 2027"_s, QDate(2027, 1, 11), QDate(2027, 4, 30), {}},
                              m_school.admin);
        QVERIFY(spring);
        model.setSemester(spring->id);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void aTeacherGetsOnlyTheirCourses()
    {
        const Course mine = m_school.course(u"CS201"_s, u"Data Structures"_s, {m_school.okoro});
        m_school.course(u"CS301"_s, u"Algorithms"_s, {m_school.lee});
        CourseTableModel model(*m_school.db, m_school.teacher(m_school.okoro));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSemester(m_school.autumn);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.itemAt(0)->course.id, mine.id);
    }

    void classListPassesTheModelTester()
    {
        const Course ds = m_school.course(u"CS201"_s, u"Data Structures"_s);
        const QList<Id> students = m_school.students(4, u"2025"_s, u"Computer Science"_s, u"K"_s);
        QVERIFY(CourseRepository(*m_school.db)
                    .enrollMany(students.mid(0, 3), ds.id, QDate(2026, 9, 7), m_school.admin));

        EnrolledStudentsModel model(*m_school.db, m_school.admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCourse(ds.id);
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(EnrolledStudentsModel::ColumnCount));
        QCOMPARE(model.index(0, EnrolledStudentsModel::NameColumn).data().toString(), u"KA, Sam"_s);
        QCOMPARE(model.index(0, EnrolledStudentsModel::BatchColumn).data().toString(), u"2025"_s);
        QCOMPARE(model.index(0, EnrolledStudentsModel::EnrolledOnColumn)
                     .data(EnrolledStudentsModel::SortRole)
                     .toDate(),
                 QDate(2026, 9, 7));
        QCOMPARE(model.entryAt(2)->student.id, students.at(2));

        QVERIFY(CourseRepository(*m_school.db).drop(students.at(0), ds.id, m_school.admin));
        model.reload();
        QTRY_COMPARE(model.rowCount(), 2);
        model.setCourse({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCourseTableModel)
#include "tst_coursetablemodel.moc"
