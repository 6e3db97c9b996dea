#include "app/store/DemoSchool.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/StudentTableModel.h"

#include <QAbstractItemModelTester>
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
