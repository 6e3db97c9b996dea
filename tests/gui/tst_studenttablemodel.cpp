#include "app/store/CourseRepository.h"
#include "app/store/DemoSchool.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/StudentTableModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // Reads every row, waiting for pages to arrive, as a view scrolling to the end would.
    QStringList column(StudentTableModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, column);
            if (!model.data(index).isValid())
                [&] {
                    QTRY_VERIFY_WITH_TIMEOUT(model.data(index).isValid(), 10000);
                }();
            values << model.data(index).toString();
        }
        return values;
    }

    Id repoFirst(const StudentQuery &query)
    {
        const auto rows = StudentRepository(*m_db).list(query, Actor::system());
        return rows && !rows->isEmpty() ? rows->first().id : Id();
    }

private slots:
    void initTestCase()
    {
        DemoSchoolOptions options;
        options.students = 450; // more than two pages
        options.today = QDate(2026, 11, 22);
        const QString file = m_dir.filePath(u"model.sqlite"_s);
        QVERIFY(DemoSchool::createFile(file, options));
        m_db = test::openDatabase(file);
        QVERIFY(m_db);
    }

    void cleanupTestCase()
    {
        QThreadPool::globalInstance()->waitForDone(); // no page load may outlive the database
    }

    void loadsLazilyAndPassesTheModelTester()
    {
        StudentTableModel model(*m_db, Actor::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // the count arrives from the thread pool
        QTRY_COMPARE(model.rowCount(), 450);
        // The top rows come filled: the first page is read before anything is shown.
        QVERIFY(model.data(model.index(0, StudentTableModel::NumberColumn)).isValid());
        QVERIFY(model.data(model.index(StudentTableModel::pageSize - 1, 0)).isValid());
        QCOMPARE(model.columnCount(), int(StudentTableModel::ColumnCount));
        QCOMPARE(model.headerData(StudentTableModel::NumberColumn, Qt::Horizontal).toString(),
                 u"Number"_s);

        // A row on the third page is empty until its page arrives, then filled.
        const QModelIndex far = model.index(430, StudentTableModel::NumberColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.data(far).isValid());
        QTRY_VERIFY(model.data(far).isValid());
        QVERIFY(!changed.isEmpty());
        QVERIFY(isValidId(model.idAt(430)));
        QVERIFY(!model.isLoading() || model.rowCount() == 450);
    }

    void firstRowsComeBeforeTheTotal()
    {
        StudentTableModel model(*m_db, Actor::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<std::pair<int, int>> inserts;
        QList<bool> filledOnInsert;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    inserts.append({first, last});
                    filledOnInsert.append(model.data(model.index(0, 0)).isValid());
                });
        QTRY_COMPARE(model.rowCount(), 450);
        QTRY_VERIFY(!model.isLoading());
        // One page first, with its data; then the rest once counted.
        const QList<std::pair<int, int>> expected{{0, StudentTableModel::pageSize - 1},
                                                  {StudentTableModel::pageSize, 449}};
        QCOMPARE(inserts, expected);
        QCOMPARE(filledOnInsert, QList<bool>({true, true}));

        // An answer smaller than a page is the whole answer: one insert, nothing counted.
        StudentQuery few;
        few.search = u"2025-00"_s;
        const int matching = *StudentRepository(*m_db).count(few, Actor::system());
        QVERIFY(matching > 0 && matching < StudentTableModel::pageSize);
        inserts.clear();
        model.setSearch(few.search);
        QTRY_COMPARE(model.rowCount(), matching);
        QTRY_VERIFY(!model.isLoading());
        const QList<std::pair<int, int>> whole{{0, matching - 1}};
        QCOMPARE(inserts, whole);
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c :
             {int(StudentTableModel::NumberColumn), int(StudentTableModel::LastNameColumn),
              int(StudentTableModel::FirstNameColumn), int(StudentTableModel::EmailColumn)}) {
            QTest::addRow("column %d ascending", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", c) << c << int(Qt::DescendingOrder);
        }
    }
    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        StudentTableModel model(*m_db, Actor::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        QTRY_COMPARE(model.rowCount(), 450);
        const QStringList values = this->column(model, column);
        QStringList sorted = values;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        // Compare case-insensitively, as the database's NOCASE order does.
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(values.at(i).toLower(), sorted.at(i).toLower());
    }

    void searchNarrowsTheRows()
    {
        StudentTableModel model(*m_db, Actor::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 450);
        StudentQuery q;
        q.search = u"a"_s;
        const int expected = *StudentRepository(*m_db).count(q, Actor::system());
        QVERIFY(expected > 0 && expected < 450);
        model.setSearch(u"a"_s);
        QTRY_COMPARE(model.rowCount(), expected);
        for (const auto &last : column(model, StudentTableModel::LastNameColumn))
            QVERIFY(!last.isEmpty());
        model.setSearch(u"no student is called this"_s);
        QTRY_COMPARE(model.rowCount(), 0);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QString());
        QTRY_COMPARE(model.rowCount(), 450);
    }

    // Every filter narrows the rows to exactly what the store counts for it, and the model stays
    // consistent (the tester watches every reset and insert) while filters change.
    void filtersNarrowTheRows_data()
    {
        QTest::addColumn<QString>("filter");
        for (const char *f : {"batch", "program", "status", "course", "archived", "combined"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void filtersNarrowTheRows()
    {
        QFETCH(QString, filter);
        const StudentRepository repo(*m_db);
        const Actor admin = Actor::system();
        StudentQuery all;
        all.limit = 1000;
        const QList<StudentListItem> everyone = *repo.list(all, admin);
        QCOMPARE(everyone.size(), 450);

        StudentQuery wanted;
        int column = -1;
        QString value;
        if (filter == u"batch"_s || filter == u"combined"_s) {
            wanted.batch = everyone.first().batch;
            column = StudentTableModel::BatchColumn;
            value = wanted.batch;
        }
        if (filter == u"program"_s || filter == u"combined"_s) {
            wanted.program = everyone.first().program;
            column = StudentTableModel::ProgramColumn;
            value = wanted.program;
        }
        if (filter == u"status"_s) {
            wanted.status = StudentStatus::Withdrawn;
            column = StudentTableModel::StatusColumn;
            value = StudentRules::statusName(StudentStatus::Withdrawn);
        }
        if (filter == u"course"_s || filter == u"combined"_s) {
            const CourseRepository courses(*m_db);
            const auto semester = courses.semesterOn(QDate(2026, 11, 22));
            QVERIFY(semester);
            const auto offered = courses.coursesInSemester(semester->id, admin);
            QVERIFY(offered && !offered->isEmpty());
            wanted.courseId = offered->first().id;
            if (filter == u"combined"_s) {
                // The batch and program of one of the course's students.
                StudentQuery inCourse;
                inCourse.courseId = wanted.courseId;
                const auto some = repo.list(inCourse, admin);
                QVERIFY(some && !some->isEmpty());
                wanted.batch = some->first().batch;
                wanted.program = some->first().program;
                value = wanted.program;
            }
        }
        if (filter == u"archived"_s) {
            // Three students archived for this test, restored after it.
            for (int i = 0; i < 3; ++i)
                QVERIFY(StudentRepository(*m_db).setArchived(everyone.at(i * 7).id, true, admin));
            wanted.archived = true;
        }
        const auto restore = qScopeGuard([&] {
            if (filter == u"archived"_s)
                for (int i = 0; i < 3; ++i)
                    (void)StudentRepository(*m_db).setArchived(everyone.at(i * 7).id, false, admin);
        });
        const int expected = *repo.count(wanted, admin);
        QVERIFY(expected > 0);
        QVERIFY(expected < 450);

        StudentTableModel model(*m_db, admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int current = filter == u"archived"_s ? 447 : 450;
        QTRY_COMPARE(model.rowCount(), current);
        if (filter == u"combined"_s) {
            QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
            model.setFilters(wanted); // several filters, one reload
            QCOMPARE(resets.size(), 1);
            model.setFilters(wanted); // the same again: nothing to do
            QCOMPARE(resets.size(), 1);
        } else {
            model.setBatch(wanted.batch);
            model.setProgram(wanted.program);
            model.setStatus(wanted.status);
            model.setCourse(wanted.courseId);
            model.setShowArchived(wanted.archived);
        }
        QTRY_COMPARE(model.rowCount(), expected);
        QTRY_VERIFY(!model.isLoading());
        if (column >= 0) {
            for (const auto &cell : this->column(model, column))
                QCOMPARE(cell, value);
        }
        // The rows are the store's, in its order.
        const QList<Id> ids = *repo.ids(wanted, admin);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.idAt(row).isEmpty())
                QTRY_VERIFY(!model.idAt(row).isEmpty());
            QCOMPARE(model.idAt(row), ids.at(row));
            QCOMPARE(model.rowOf(ids.at(row)), row);
        }

        // Back to everyone.
        model.setFilters(StudentQuery());
        QTRY_COMPARE(model.rowCount(), current);
    }

    void rowOfKnowsOnlyArrivedPages()
    {
        StudentTableModel model(*m_db, Actor::system());
        QTRY_COMPARE(model.rowCount(), 450);
        QTRY_VERIFY(!model.isLoading());
        const Id first = model.idAt(0);
        QCOMPARE(model.rowOf(first), 0);
        QCOMPARE(model.rowOf(Id()), -1);
        QCOMPARE(model.rowOf(newId()), -1);
        // Row 430 is on the third page, not read yet.
        StudentQuery q;
        q.offset = 430;
        q.limit = 1;
        const Id far = repoFirst(q);
        QCOMPARE(model.rowOf(far), -1);
        QTRY_VERIFY(!model.idAt(430).isEmpty());
        QCOMPARE(model.rowOf(far), 430);
    }

    void aQuicklyReplacedQueryNeverShowsStaleRows()
    {
        StudentTableModel model(*m_db, Actor::system());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(u"a"_s);
        model.setSearch(u"2026-"_s); // replaces the first before its answers arrive
        StudentQuery q;
        q.search = u"2026-"_s;
        const int expected = *StudentRepository(*m_db).count(q, Actor::system());
        QTRY_COMPARE(model.rowCount(), expected);
        QTest::qWait(100); // let any late answer to "a" arrive; it must be dropped
        QCOMPARE(model.rowCount(), expected);
        for (const auto &number : column(model, StudentTableModel::NumberColumn))
            QVERIFY2(number.startsWith(u"2026-"_s), qPrintable(number));
    }
};

QTEST_MAIN(TestStudentTableModel)
#include "tst_studenttablemodel.moc"
