#include "app/core/EnrolmentPhotos.h"
#include "tests/gui/FaceEnrolmentFixture.h"
#include "ui/BulkEnrolmentReportModel.h"
#include "ui/BulkFaceEnrolmentDialog.h"
#include "ui/CoursesPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// Bulk enrolment of a class from a folder of photos named by student number: the naming rules,
// the report model, and whole runs on a real database with lfw-dev photos (skipped without).
class TestBulkFaceEnrolment : public QObject
{
    Q_OBJECT
private:
    test::FaceEnrolmentFixture m_school;

    static QList<EnrolmentCandidate> candidates()
    {
        return {{Id(u"a"_s), u"2026-0001"_s, u"Bill Student"_s, true},
                {Id(u"b"_s), u"2026-0002"_s, u"Tom Student"_s, false},
                {Id(u"c"_s), u"ab-7_2"_s, u"Odd Number"_s, true}};
    }

    static bool waitReady(BulkFaceEnrolmentDialog &dialog)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
        }();
        return !QTest::currentTestFailed();
    }

    static QString outcomeOf(const BulkEnrolmentReportModel &report, const QString &file)
    {
        for (const BulkEnrolmentRow &row : report.rows())
            if (row.fileName == file)
                return row.outcome;
        return u"(not reported)"_s;
    }

    void needPhotos()
    {
        if (test::FaceEnrolmentFixture::lfw().isEmpty())
            QSKIP("the lfw-dev data set is not available (CAMPUSDESK_TEST_DATA)");
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countersAreRemovedFromNames_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("number");
        QTest::newRow("plain") << u"2026-0001"_s << u"2026-0001"_s;
        QTest::newRow("underscore") << u"2026-0001_2"_s << u"2026-0001"_s;
        QTest::newRow("brackets") << u"2026-0001 (3)"_s << u"2026-0001"_s;
        QTest::newRow("brackets, no space") << u"2026-0001(12)"_s << u"2026-0001"_s;
        QTest::newRow("spaces around") << u" 2026-0001 "_s << u"2026-0001"_s;
    }

    void countersAreRemovedFromNames()
    {
        QFETCH(QString, base);
        QFETCH(QString, number);
        QCOMPARE(EnrolmentPhotos::withoutCounter(base), number);
    }

    void photosAreMatchedByStudentNumber()
    {
        const QList<EnrolmentPhoto> photos = EnrolmentPhotos::match(
            {u"/p/2026-0001.jpg"_s, u"/p/2026-0001_2.PNG"_s, u"/p/2026-0001 (3).jpeg"_s,
             u"/p/2026-0002.jpg"_s, u"/p/9999-0000.jpg"_s, u"/p/notes.txt"_s, u"/p/AB-7_2.jpg"_s},
            candidates());
        QCOMPARE(photos.size(), 7);
        using M = EnrolmentPhoto::Match;
        const QList<M> expected{M::Student,   M::Student,    M::Student, M::NoConsent,
                                M::NoStudent, M::NotAnImage, M::Student};
        for (int i = 0; i < photos.size(); ++i)
            QCOMPARE(photos[i].match, expected[i]);
        QCOMPARE(photos[1].student.id, Id(u"a"_s));
        QCOMPARE(photos[1].fileName, u"2026-0001_2.PNG"_s);
        QCOMPARE(photos[3].student.id, Id(u"b"_s));
        QCOMPARE(photos[4].number, u"9999-0000"_s);
        QVERIFY(EnrolmentPhotos::reason(photos[4]).contains(u"9999-0000"_s));
        // A number that ends like a counter still matches as a whole, case-insensitively.
        QCOMPARE(photos[6].student.id, Id(u"c"_s));
        QVERIFY(EnrolmentPhotos::reason(photos[0]).isEmpty());
        QVERIFY(!EnrolmentPhotos::reason(photos[3]).isEmpty());
        QVERIFY(!EnrolmentPhotos::reason(photos[5]).isEmpty());
    }

    void reportModelPassesTheTester()
    {
        BulkEnrolmentReportModel report;
        QAbstractItemModelTester tester(&report,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(report.columnCount(), 3);
        report.append({u"2026-0001.jpg"_s, u"Bill Student (2026-0001)"_s, true, u"Enrolled"_s});
        report.append({u"x.txt"_s, QString(), false, u"Not a picture file."_s});
        QCOMPARE(report.rowCount(), 2);
        QCOMPARE(report.enrolledCount(), 1);
        QCOMPARE(report.index(0, BulkEnrolmentReportModel::StudentColumn).data().toString(),
                 u"Bill Student (2026-0001)"_s);
        QCOMPARE(report.index(1, BulkEnrolmentReportModel::OutcomeColumn).data().toString(),
                 u"Not a picture file."_s);
        QCOMPARE(report.index(1, 0).data(BulkEnrolmentReportModel::EnrolledRole).toBool(), false);
        QCOMPARE(report.headerData(2, Qt::Horizontal).toString(),
                 BulkEnrolmentReportModel::tr("Result"));
        report.clear();
        QCOMPARE(report.rowCount(), 0);
    }

    void enrolsAClassFromAFolder()
    {
        needPhotos();
        QVERIFY(m_school.openSchool());
        QTemporaryDir dir;
        using F = test::FaceEnrolmentFixture;
        QVERIFY(F::copyPhoto(u"Bill_Gates"_s, 1, dir.path(), u"2026-0001.jpg"_s));
        QVERIFY(F::copyPhoto(u"Bill_Gates"_s, 2, dir.path(), u"2026-0001_2.png"_s));
        QVERIFY(F::copyPhoto(u"Tom_Hanks"_s, 1, dir.path(), u"2026-0002 (3).jpeg"_s));
        QVERIFY(F::copyPhoto(u"Nicole_Kidman"_s, 1, dir.path(), u"2026-0003.jpg"_s));
        QVERIFY(F::copyPhoto(u"Tom_Hanks"_s, 2, dir.path(), u"9999-0000.jpg"_s));
        QVERIFY(F::writeCorrupt(dir.filePath(u"2026-0002_4.jpg"_s)));
        QImage wall(300, 300, QImage::Format_RGB32);
        wall.fill(QColor(200, 190, 170));
        QVERIFY(wall.save(dir.filePath(u"2026-0002_5.png"_s)));
        QFile notes(dir.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a photo");
        notes.close();

        BulkFaceEnrolmentDialog dialog(*m_school.db, m_school.teacher(m_school.okoro),
                                       m_school.cs101.id, u"CS101 Programming"_s, m_school.setup());
        QAbstractItemModelTester tester(dialog.report(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&dialog, &BulkFaceEnrolmentDialog::runFinished);
        dialog.show();
        QVERIFY(waitReady(dialog));
        auto *start = dialog.findChild<QPushButton *>(u"start"_s);
        QVERIFY(!start->isEnabled()); // no folder yet
        dialog.setFolder(dir.path());
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);

        const BulkEnrolmentReportModel &report = *dialog.report();
        QCOMPARE(report.rowCount(), 8);
        QCOMPARE(report.enrolledCount(), 3);
        const QString enrolled = BulkFaceEnrolment::tr("Enrolled");
        QCOMPARE(outcomeOf(report, u"2026-0001.jpg"_s), enrolled);
        QCOMPARE(outcomeOf(report, u"2026-0001_2.png"_s), enrolled);
        QCOMPARE(outcomeOf(report, u"2026-0002 (3).jpeg"_s), enrolled);
        QVERIFY(outcomeOf(report, u"2026-0003.jpg"_s).contains(u"consent"_s));
        QVERIFY(outcomeOf(report, u"9999-0000.jpg"_s).contains(u"9999-0000"_s));
        QCOMPARE(outcomeOf(report, u"2026-0002_4.jpg"_s),
                 FaceEnroller::advice(EnrolmentIssue::NotAnImage));
        QCOMPARE(outcomeOf(report, u"2026-0002_5.png"_s),
                 FaceEnroller::advice(EnrolmentIssue::NoFace));
        QCOMPARE(outcomeOf(report, u"notes.txt"_s), EnrolmentPhotos::tr("Not a picture file."));
        QCOMPARE(report.rows().first().student, u"Bill Student (2026-0001)"_s);

        QCOMPARE(m_school.templatesOf(m_school.first), 2);
        QCOMPARE(m_school.templatesOf(m_school.second), 1);
        QCOMPARE(m_school.templatesOf(m_school.third), 0);
        QCOMPARE(dialog.findChild<QProgressBar *>(u"progress"_s)->value(), 8);
        QVERIFY(dialog.message().contains(u"3"_s));

        if (qEnvironmentVariableIsSet("CAMPUSDESK_SCREENSHOTS"))
            dialog.grab().save(u"/tmp/enrol-shot-bulk.png"_s);
        m_school.closeSchool();
    }

    void cancelKeepsOnlyWhatWasReported()
    {
        needPhotos();
        QVERIFY(m_school.openSchool());
        QTemporaryDir dir;
        for (int i = 1; i <= 10; ++i)
            QVERIFY(test::FaceEnrolmentFixture::copyPhoto(u"Bill_Gates"_s, i, dir.path(),
                                                          u"2026-0001_%1.jpg"_s.arg(i)));
        BulkFaceEnrolmentDialog dialog(*m_school.db, m_school.admin, m_school.cs101.id, u"CS101"_s,
                                       m_school.setup());
        QSignalSpy finished(&dialog, &BulkFaceEnrolmentDialog::runFinished);
        QVERIFY(waitReady(dialog));
        dialog.setFolder(dir.path());
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report()->rowCount() >= 1, 20000);
        dialog.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(dialog.report()->rowCount() < 10);
        QCOMPARE(m_school.templatesOf(m_school.first), dialog.report()->enrolledCount());
        QVERIFY(!dialog.isRunning());
        m_school.closeSchool();
    }

    void unreadableFolderIsReported()
    {
        QVERIFY(m_school.openSchool());
        BulkFaceEnrolmentDialog dialog(*m_school.db, m_school.admin, m_school.cs101.id, u"CS101"_s,
                                       m_school.setup());
        QSignalSpy finished(&dialog, &BulkFaceEnrolmentDialog::runFinished);
        QVERIFY(waitReady(dialog));
        dialog.setFolder(u"/nonexistent/campusdesk-photos"_s);
        dialog.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(dialog.message().contains(u"cannot be read"_s));
        QCOMPARE(dialog.report()->rowCount(), 0);
        m_school.closeSchool();
    }

    void coursesPageOffersBulkEnrolment()
    {
        QVERIFY(m_school.openSchool());
        {
            CoursesPage page(*m_school.db, m_school.admin);
            page.setFaceEnrolment(m_school.setup());
            QVERIFY(page.findChild<QAction *>(u"enrolFacesAction"_s));
            const Actor student{m_school.admin.userId, u"Stu"_s, Role::Student};
            CoursesPage studentPage(*m_school.db, student);
            studentPage.setFaceEnrolment(m_school.setup());
            QVERIFY(!studentPage.findChild<QAction *>(u"enrolFacesAction"_s));
            QVERIFY(!studentPage.enrolFacesFromPhotos());
        }
        m_school.closeSchool();
    }
};

QTEST_MAIN(TestBulkFaceEnrolment)
#include "tst_bulkfaceenrolment.moc"
