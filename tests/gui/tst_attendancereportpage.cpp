#include "app/store/SchoolSettings.h"
#include "tests/unit/AttendanceFixture.h"
#include "ui/AttendanceReportModel.h"
#include "ui/AttendanceReportPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto P = AttendanceStatus::Present;
constexpr auto L = AttendanceStatus::Late;
constexpr auto A = AttendanceStatus::Absent;
constexpr auto E = AttendanceStatus::Excused;

QStringList shownRows(const AttendanceReportPage &page)
{
    QStringList rows;
    const auto *view = page.table();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        rows << view->model()->index(r, AttendanceReportModel::NumberColumn).data().toString()
                + u'/'
                + view->model()->index(r, AttendanceReportModel::CourseColumn).data().toString();
    return rows;
}

} // namespace

class TestAttendanceReportPage : public QObject
{
    Q_OBJECT
private:
    test::AttendanceFixture m_school;

    // Ann: CS201 P P A A (50 %), MA101 P P P L over September and October (100 %);
    // Ben: CS201 P P P A (75 %); Cat: MA101 P A A E (33.33 %).
    void attendance()
    {
        m_school.attend(m_school.cs, m_school.ann, QDate(2026, 9, 28), {P, P, A, A});
        m_school.attend(m_school.ma, m_school.ann, QDate(2026, 9, 29), {P, P, P, L});
        m_school.attend(m_school.cs, m_school.ben, QDate(2026, 10, 12), {P, P, P, A});
        m_school.attend(m_school.ma, m_school.cat, QDate(2026, 10, 12), {P, A, A, E});
    }

    // Shows the page and waits until its first report is in.
    static bool showAndLoad(AttendanceReportPage &page)
    {
        QSignalSpy loaded(page.model(), &AttendanceReportModel::loaded);
        page.resize(1000, 640);
        page.show();
        return loaded.wait(10000) || page.model()->rowCount() > 0;
    }

    // Selects the first row (Ann in CS201) and waits for her months (all her courses shown).
    static bool selectFirstRow(AttendanceReportPage &page)
    {
        QSignalSpy months(&page, &AttendanceReportPage::monthsLoaded);
        QTableView *table = page.table();
        table->setCurrentIndex({});
        table->selectionModel()->setCurrentIndex(table->model()->index(0, 0),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        return months.wait() || months.count() > 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_school.open());
        attendance();
    }
    void cleanup() { m_school.close(); }

    void showsTheSemesterWithFilters()
    {
        AttendanceReportPage page(*m_school.db, m_school.admin);
        QVERIFY(showAndLoad(page));
        QCOMPARE(page.semesterFilter()->currentText(), u"Autumn 2026"_s);
        QCOMPARE(page.thresholdBox()->value(), 75.0);
        QCOMPARE(shownRows(page),
                 (QStringList{u"S001/CS201"_s, u"S001/MA101"_s, u"S002/CS201"_s, u"S003/MA101"_s}));
        QVERIFY(page.statusLabel()->text().contains(
            AttendanceReportPage::tr("%n row(s) shown", nullptr, 4)));
        QVERIFY(page.statusLabel()->text().contains(
            AttendanceReportPage::tr("%n below the minimum", nullptr, 2)));

        // The course filter reads again, MA101 only.
        QTRY_COMPARE(page.courseFilter()->count(), 3);
        QSignalSpy loaded(page.model(), &AttendanceReportModel::loaded);
        page.courseFilter()->setCurrentIndex(page.courseFilter()->findData(m_school.ma));
        QVERIFY(loaded.wait());
        QCOMPARE(shownRows(page), (QStringList{u"S001/MA101"_s, u"S003/MA101"_s}));

        // Sorting by percent, highest first.
        page.table()->sortByColumn(AttendanceReportModel::PercentColumn, Qt::DescendingOrder);
        QCOMPARE(shownRows(page), (QStringList{u"S001/MA101"_s, u"S003/MA101"_s}));
    }

    void thresholdFromSettingsAndBelowOnly()
    {
        SchoolSettings settings = SchoolSettings::load(*m_school.db);
        settings.attendanceMinimumPercent = 80;
        QVERIFY(settings.save(*m_school.db, m_school.admin));
        AttendanceReportPage page(*m_school.db, m_school.admin);
        QVERIFY(showAndLoad(page));
        QTRY_COMPARE(page.thresholdBox()->value(), 80.0);
        page.belowOnlyBox()->setChecked(true);
        // Below 80 %: Ann in CS201 (50 %), Ben (75 %), Cat (33.33 %).
        QCOMPARE(shownRows(page), (QStringList{u"S001/CS201"_s, u"S002/CS201"_s, u"S003/MA101"_s}));
        page.thresholdBox()->setValue(75);
        QCOMPARE(shownRows(page), (QStringList{u"S001/CS201"_s, u"S003/MA101"_s}));
        page.thresholdBox()->setValue(30);
        QVERIFY(shownRows(page).isEmpty());
        page.belowOnlyBox()->setChecked(false);
        QCOMPARE(shownRows(page).size(), 4);
    }

    void showsTheMonthsOfTheSelectedStudent()
    {
        AttendanceReportPage page(*m_school.db, m_school.admin);
        QVERIFY(showAndLoad(page));
        QVERIFY(selectFirstRow(page));
        const QTableWidget *table = page.monthsTable();
        // September: CS201 28, 29, 30 (P P A), MA101 29, 30 (P P) -> 4 P, 1 A;
        // October: CS201 1st (A), MA101 1st, 2nd (P L) -> 1 P, 1 L, 1 A; then the whole period.
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), (YearMonth{2026, 9}.displayName()));
        QCOMPARE(table->item(0, 1)->text(), u"4"_s);
        QCOMPARE(table->item(0, 3)->text(), u"1"_s);
        QCOMPARE(table->item(1, 2)->text(), u"1"_s);
        QCOMPARE(table->item(2, 5)->text(), AttendanceReportModel::percentText(75.0));
    }

    void exportsWhatIsShown()
    {
        AttendanceReportPage page(*m_school.db, m_school.admin);
        QVERIFY(showAndLoad(page));
        page.belowOnlyBox()->setChecked(true);
        page.table()->sortByColumn(AttendanceReportModel::PercentColumn, Qt::AscendingOrder);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"below.csv"_s);
        QSignalSpy finished(&page, &AttendanceReportPage::exportFinished);
        page.exportTo(path);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(page.statusLabel()->text().contains(
            AttendanceReportPage::tr("Exported %n row(s) to %1.", nullptr, 2)
                .arg(QDir::toNativeSeparators(path))));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
                 "Number,Name,Course,Course title,Present,Late,Absent,Excused,"
                 "Attendance,Status\r");
        QCOMPARE(lines.at(1), "S003,Cat Chen,MA101,Calculus,1,0,2,1,33.33,Below minimum\r");
        QCOMPARE(lines.at(2), "S001,Ann Abel,CS201,Data Structures,2,0,2,0,50.00,Below minimum\r");
    }

    void exportFailureSaysSo()
    {
        AttendanceReportPage page(*m_school.db, m_school.admin);
        QVERIFY(showAndLoad(page));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/out.csv"_s);
        QSignalSpy finished(&page, &AttendanceReportPage::exportFinished);
        page.exportTo(path);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY(message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(message.contains(u"Nothing was exported"_s));
        QVERIFY(page.statusLabel()->text().contains(message));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(shownRows(page).size(), 4); // the view is untouched
    }

    void aTeacherSeesTheirCourses()
    {
        AttendanceReportPage page(*m_school.db, m_school.teacher(m_school.lee));
        QVERIFY(showAndLoad(page));
        QCOMPARE(shownRows(page), (QStringList{u"S001/MA101"_s, u"S003/MA101"_s}));
        QTRY_COMPARE(page.courseFilter()->count(), 2); // all courses, MA101
    }

    void aStudentSeesOnlyThemselves()
    {
        AttendanceReportPage page(*m_school.db, m_school.annActor());
        QSignalSpy months(&page, &AttendanceReportPage::monthsLoaded);
        QVERIFY(showAndLoad(page));
        QCOMPARE(shownRows(page), (QStringList{u"S001/CS201"_s, u"S001/MA101"_s}));
        QVERIFY(!page.thresholdBox()->isVisible());
        QVERIFY(!page.belowOnlyBox()->isVisible());
        QVERIFY(page.courseFilter()->isVisible());
        // Her months appear without a click.
        QVERIFY(months.wait() || months.count() > 0);
        QCOMPARE(page.monthsTable()->rowCount(), 3);
    }

    // Not a test: with CAMPUSDESK_SCREENSHOTS=DIR, saves the page left to right and right to
    // left, to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("Set CAMPUSDESK_SCREENSHOTS=DIR to take screenshots.");
        for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QGuiApplication::setLayoutDirection(direction);
            AttendanceReportPage page(*m_school.db, m_school.admin);
            QVERIFY(showAndLoad(page));
            QVERIFY(selectFirstRow(page));
            QVERIFY(page.grab().save(QDir(out).filePath(direction == Qt::LeftToRight
                                                            ? u"attendance-report.png"_s
                                                            : u"attendance-report-rtl.png"_s)));
        }
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestAttendanceReportPage)
#include "tst_attendancereportpage.moc"
