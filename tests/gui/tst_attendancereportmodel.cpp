#include "tests/unit/AttendanceFixture.h"
#include "ui/AttendanceReportModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

AttendanceReportRow row(const QString &number, const QString &name, const QString &course,
                        AttendanceTally tally)
{
    AttendanceReportRow r;
    r.studentId = u"id-"_s + number;
    r.studentNumber = number;
    r.studentName = name;
    r.courseId = u"course-"_s + course;
    r.courseCode = course;
    r.courseTitle = course + u" title"_s;
    r.tally = tally;
    return r;
}

// Five rows whose columns all order differently; percentages 100, 50, 80, 75 and none.
AttendanceReportData sample()
{
    AttendanceReportData data;
    data.rows = {row(u"S003"_s, u"Cat Chen"_s, u"MA101"_s, {4, 0, 0, 1}),
                 row(u"S001"_s, u"Ann Abel"_s, u"CS201"_s, {1, 1, 2, 0}),
                 row(u"S005"_s, u"Eve Erb"_s, u"BI110"_s, {2, 2, 1, 3}),
                 row(u"S002"_s, u"Ben Bauer"_s, u"PH100"_s, {3, 0, 1, 2}),
                 row(u"S004"_s, u"Dan Dorn"_s, u"CS201"_s, {0, 0, 0, 4})};
    return data;
}

} // namespace

class TestAttendanceReportModel : public QObject
{
    Q_OBJECT
private:
    test::AttendanceFixture m_school;

private slots:
    void init() { QVERIFY(m_school.open()); }
    void cleanup() { m_school.close(); }

    void passesTheModelTester()
    {
        AttendanceReportModel model(*m_school.db, m_school.admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(sample());
        // A persistent index follows its row through a sort.
        const QPersistentModelIndex ann = model.index(1, AttendanceReportModel::NameColumn);
        model.sort(AttendanceReportModel::NameColumn);
        QCOMPARE(ann.row(), 0);
        QCOMPARE(ann.data().toString(), u"Ann Abel"_s);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(AttendanceReportModel::ColumnCount));
        model.setThreshold(80);
        model.setBelowThresholdOnly(true);
        model.setBelowThresholdOnly(false);
        for (int c = 0; c < AttendanceReportModel::ColumnCount; ++c)
            model.sort(c, c % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        // And through a real load.
        m_school.attend(m_school.cs, m_school.ann, QDate(2026, 9, 8), {AttendanceStatus::Present});
        AttendanceReportQuery q;
        q.semesterId = m_school.autumn;
        QSignalSpy loaded(&model, &AttendanceReportModel::loaded);
        model.setQuery(q);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AttendanceReportModel::NameColumn).data().toString(),
                 u"Ann Abel"_s);
    }

    void sortsEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending"); // student numbers, top to bottom
        QTest::newRow("number") << int(AttendanceReportModel::NumberColumn)
                                << QStringList{u"S001"_s, u"S002"_s, u"S003"_s, u"S004"_s,
                                               u"S005"_s};
        QTest::newRow("name") << int(AttendanceReportModel::NameColumn)
                              << QStringList{u"S001"_s, u"S002"_s, u"S003"_s, u"S004"_s, u"S005"_s};
        // CS201 twice: ties keep the report's order.
        QTest::newRow("course") << int(AttendanceReportModel::CourseColumn)
                                << QStringList{u"S005"_s, u"S001"_s, u"S004"_s, u"S003"_s,
                                               u"S002"_s};
        QTest::newRow("present") << int(AttendanceReportModel::PresentColumn)
                                 << QStringList{u"S004"_s, u"S001"_s, u"S005"_s, u"S002"_s,
                                                u"S003"_s};
        QTest::newRow("late") << int(AttendanceReportModel::LateColumn)
                              << QStringList{u"S003"_s, u"S002"_s, u"S004"_s, u"S001"_s, u"S005"_s};
        QTest::newRow("absent") << int(AttendanceReportModel::AbsentColumn)
                                << QStringList{u"S003"_s, u"S004"_s, u"S005"_s, u"S002"_s,
                                               u"S001"_s};
        QTest::newRow("excused") << int(AttendanceReportModel::ExcusedColumn)
                                 << QStringList{u"S001"_s, u"S003"_s, u"S002"_s, u"S005"_s,
                                                u"S004"_s};
        // No data sorts below 0 %; then 50, 75, 80, 100.
        QTest::newRow("percent") << int(AttendanceReportModel::PercentColumn)
                                 << QStringList{u"S004"_s, u"S001"_s, u"S002"_s, u"S005"_s,
                                                u"S003"_s};
        // No data, satisfactory, below the minimum (the enum's order).
        QTest::newRow("status") << int(AttendanceReportModel::StatusColumn)
                                << QStringList{u"S004"_s, u"S003"_s, u"S005"_s, u"S002"_s,
                                               u"S001"_s};
    }

    void sortsEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        AttendanceReportModel model(*m_school.db, m_school.admin);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(sample());
        const auto order = [&] {
            QStringList numbers;
            for (int r = 0; r < model.rowCount(); ++r)
                numbers << model.index(r, AttendanceReportModel::NumberColumn).data().toString();
            return numbers;
        };
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(order(), ascending);
        model.sort(column, Qt::DescendingOrder);
        // Descending: every row's key at least the next one's (ties keep the report's order).
        for (int r = 0; r + 1 < model.rowCount(); ++r) {
            const QVariant a = model.index(r, column).data(AttendanceReportModel::SortRole);
            const QVariant b = model.index(r + 1, column).data(AttendanceReportModel::SortRole);
            if (column >= AttendanceReportModel::PresentColumn)
                QVERIFY(a.toDouble() >= b.toDouble());
            else
                QVERIFY(a.toString().compare(b.toString(), Qt::CaseInsensitive) >= 0);
        }
        // The filter keeps the order (statuses change with the threshold: not that column).
        if (column == AttendanceReportModel::StatusColumn)
            return;
        model.sort(column, Qt::AscendingOrder);
        model.setThreshold(101);
        model.setBelowThresholdOnly(true);
        QStringList counted = ascending;
        counted.removeAll(u"S004"_s); // no counted session: never below
        QCOMPARE(order(), counted);
    }

    void showsStatusAsTextAndColour()
    {
        AttendanceReportModel model(*m_school.db, m_school.admin);
        model.setReport(sample());
        const auto status = [&](int r) {
            return model.index(r, AttendanceReportModel::StatusColumn);
        };
        // Row 1: Ann, (1 + 1) / 4 = 50 %.
        QCOMPARE(model.index(1, AttendanceReportModel::PercentColumn).data().toString(),
                 AttendanceReportModel::percentText(50.0));
        QCOMPARE(status(1).data().toString(),
                 AttendanceStandingNames::displayName(AttendanceStanding::Short));
        QVERIFY(status(1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(status(0).data().toString(),
                 AttendanceStandingNames::displayName(AttendanceStanding::Satisfactory));
        QCOMPARE(status(4).data().toString(),
                 AttendanceStandingNames::displayName(AttendanceStanding::NoData));
        QCOMPARE(model.index(4, AttendanceReportModel::PercentColumn).data().toString(), u"–"_s);
        QCOMPARE(
            model.index(0, AttendanceReportModel::CourseColumn).data(Qt::ToolTipRole).toString(),
            u"MA101 – MA101 title"_s);
    }

    void thresholdAndBelowOnly()
    {
        AttendanceReportModel model(*m_school.db, m_school.admin);
        model.setReport(sample());
        model.setBelowThresholdOnly(true);
        // Below 75 %: Ann (50 %) only; Ben is exactly 75 %.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).studentNumber, u"S001"_s);
        model.setThreshold(80);
        // Below 80 %: Ann and Ben; Eve is exactly 80 % ((2 + 2) / 5).
        QCOMPARE(model.rowCount(), 2);
        model.setThreshold(80.01);
        QCOMPARE(model.rowCount(), 3);
        model.setBelowThresholdOnly(false);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(2, AttendanceReportModel::StatusColumn).data().toString(),
                 AttendanceStandingNames::displayName(AttendanceStanding::Short));
    }

    void reportsFailures()
    {
        AttendanceReportModel model(*m_school.db, m_school.teacher(m_school.okoro));
        AttendanceReportQuery q;
        q.semesterId = m_school.autumn;
        q.courseId = m_school.ma; // not hers
        QSignalSpy failed(&model, &AttendanceReportModel::loadFailed);
        model.setQuery(q);
        QVERIFY(failed.wait());
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestAttendanceReportModel)
#include "tst_attendancereportmodel.moc"
