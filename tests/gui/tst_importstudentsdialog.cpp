#include "app/core/Permissions.h"
#include "tests/gui/CoursesFixture.h"
#include "ui/CsvPreviewModel.h"
#include "ui/ImportErrorModel.h"
#include "ui/ImportStudentsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray frenchIntake
    = "\xEF\xBB\xBFNuméro étudiant;Prénom;Nom;Courriel;Date de naissance;Promotion;Filière;"
      "Responsable;Téléphone du responsable\r\n"
      "2026-0101;Hélène;Dupont;helene@example.org;2008-04-30;2026;Informatique;Marie Dupont;"
      "+33 6 12 34 56 78\r\n"
      "2026-0102;Omar;Haddad;;2009-01-15;2026;Mathématiques;;\r\n"
      "2026-0103;Zoë;\"Martin, Jr\";zoe@example.org;;2026;Informatique;Paul Martin;"
      "+33 6 98 76 54 32\r\n";

const QByteArray faultyIntake = "Student No,First name,Last name,Email,Batch,Program\n"
                                "2026-0201,Ada,Lovelace,ada@example.org,2026,CS\n"
                                "2026-0202,Alan,,not-an-email,2026,CS\n"
                                "2026-0201,Grace,Hopper,,2026,CS\n"
                                "2026-0204,Too,Short\n";

} // namespace

class TestImportStudentsDialog : public QObject
{
    Q_OBJECT
private:
    test::CoursesFixture m_school;
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QAbstractButton *wizardButton(ImportStudentsDialog &dialog, QWizard::WizardButton which)
    {
        return dialog.button(which);
    }

    // Shows the dialog and reads `path`; true when the file was read without error.
    static bool open(ImportStudentsDialog &dialog, const QString &path)
    {
        QSignalSpy read(&dialog, &ImportStudentsDialog::fileRead);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        dialog.setFile(path);
        if (!read.wait(10000))
            return false;
        return read.first().first().toBool();
    }

    static bool goToCheck(ImportStudentsDialog &dialog)
    {
        [&] {
            QSignalSpy checked(&dialog, &ImportStudentsDialog::checked);
            QTRY_VERIFY(wizardButton(dialog, QWizard::NextButton)->isEnabled());
            QTest::mouseClick(wizardButton(dialog, QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(dialog.currentId(), int(ImportStudentsDialog::MappingPage));
            QTRY_VERIFY(wizardButton(dialog, QWizard::NextButton)->isEnabled());
            QTest::mouseClick(wizardButton(dialog, QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(dialog.currentId(), int(ImportStudentsDialog::CheckPage));
            QTRY_COMPARE(checked.size(), 1);
        }();
        return !QTest::currentTestFailed();
    }

    void screenshot(ImportStudentsDialog &dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_IMPORT_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(50); // let layouts settle
        QVERIFY(dialog.grab().save(QDir(dir).filePath(name + u".png"_s)));
    }

private slots:
    void init() { QVERIFY(m_school.open()); }
    void cleanup() { m_school.close(); }

    void importsAValidFile()
    {
        const QString path = writeFile(u"intake.csv"_s, frenchIntake);
        ImportStudentsDialog dialog(*m_school.db, m_school.admin);
        QSignalSpy imported(&dialog, &ImportStudentsDialog::imported);
        QVERIFY(open(dialog, path));
        QVERIFY(dialog.fileMessage().contains(u"3"_s));
        QVERIFY(dialog.fileMessage().contains(u"UTF-8"_s));
        QAbstractItemModelTester previewTester(
            dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.previewModel()->rowCount(), 3);
        QCOMPARE(dialog.previewModel()->columnCount(), 9);
        QCOMPARE(dialog.previewModel()->headerData(1, Qt::Horizontal).toString(), u"Prénom"_s);
        QCOMPARE(dialog.previewModel()->headerData(0, Qt::Vertical).toInt(), 2);
        QCOMPARE(dialog.previewModel()->index(2, 2).data().toString(), u"Martin, Jr"_s);
        screenshot(dialog, u"import-1-file"_s);

        QTest::mouseClick(wizardButton(dialog, QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), int(ImportStudentsDialog::MappingPage));
        using F = ImportField;
        QCOMPARE(
            dialog.mapping(),
            (ImportMapping{F::StudentNumber, F::FirstName, F::LastName, F::Email, F::DateOfBirth,
                           F::Batch, F::Program, F::GuardianName, F::GuardianPhone}));
        QCOMPARE(dialog.findChild<QComboBox *>(u"importField1"_s)->currentText(),
                 StudentImporter::fieldLabel(F::FirstName));
        screenshot(dialog, u"import-2-mapping"_s);

        QSignalSpy checked(&dialog, &ImportStudentsDialog::checked);
        QTest::mouseClick(wizardButton(dialog, QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), int(ImportStudentsDialog::CheckPage));
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY(dialog.report().ok());
        QCOMPARE(dialog.report().ready, 3);
        QCOMPARE(dialog.errorModel()->rowCount(), 0);
        QCOMPARE(test::rowCount(*m_school.db, u"student"_s), 0); // the dry run wrote nothing
        auto *importButton = wizardButton(dialog, QWizard::CommitButton);
        QTRY_VERIFY(importButton->isEnabled());
        QCOMPARE(importButton->text(), ImportStudentsDialog::tr("&Import"));
        screenshot(dialog, u"import-3-check"_s);

        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(imported.first().first().toInt(), 3);
        QCOMPARE(dialog.currentId(), int(ImportStudentsDialog::DonePage));
        QCOMPARE(dialog.resultMessage(),
                 ImportStudentsDialog::tr("%n student(s) imported.", nullptr, 3));
        QCOMPARE(test::rowCount(*m_school.db, u"student"_s), 3);
        QCOMPARE(test::rowCount(*m_school.db, u"guardian"_s), 2);
        screenshot(dialog, u"import-4-done"_s);
    }

    void dryRunShowsErrorsAndImportStaysDisabled()
    {
        const QString path = writeFile(u"faulty.csv"_s, faultyIntake);
        ImportStudentsDialog dialog(*m_school.db, m_school.admin);
        QSignalSpy imported(&dialog, &ImportStudentsDialog::imported);
        QVERIFY(open(dialog, path));
        QVERIFY(goToCheck(dialog));
        ImportErrorModel *errors = dialog.errorModel();
        QAbstractItemModelTester tester(errors,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(errors->rowCount(), 4); // no last name, bad email, number twice, ragged row
        QCOMPARE(dialog.report().ready, 1);
        QVERIFY(!wizardButton(dialog, QWizard::CommitButton)->isEnabled());
        QVERIFY(dialog.checkSummary().contains(u"4"_s));
        QCOMPARE(errors->index(0, ImportErrorModel::RowColumn).data().toString(), u"3"_s);
        QCOMPARE(errors->index(0, ImportErrorModel::ColumnColumn).data().toString(),
                 u"Last name"_s);
        screenshot(dialog, u"import-3-check-errors"_s);

        // Sortable: newest rows first by clicking the Row header twice... or through the view.
        auto *view = dialog.findChild<QTableView *>(u"importErrors"_s);
        view->sortByColumn(ImportErrorModel::RowColumn, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, ImportErrorModel::RowColumn).data().toString(), u"5"_s);
        view->sortByColumn(ImportErrorModel::MessageColumn, Qt::AscendingOrder);
        QAbstractItemModelTester proxyTester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The problems can be exported for whoever fixes the spreadsheet.
        QSignalSpy exported(&dialog, &ImportStudentsDialog::errorsExported);
        const QString out = m_files.filePath(u"problems.csv"_s);
        dialog.exportErrors(out);
        QTRY_COMPARE(exported.size(), 1);
        QVERIFY(exported.first().first().toBool());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"Row,Column,Problem"_s));
        QVERIFY(text.contains(u"not-an-email"_s) || text.contains(u"email"_s));
        QCOMPARE(text.count(u"\r\n"_s), 5);

        // A second dry run finds the same; nothing was written and nothing emitted.
        QSignalSpy checked(&dialog, &ImportStudentsDialog::checked);
        QTest::mouseClick(dialog.findChild<QAbstractButton *>(u"importDryRun"_s), Qt::LeftButton);
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(errors->rowCount(), 4);
        QVERIFY(!wizardButton(dialog, QWizard::CommitButton)->isEnabled());
        QCOMPARE(imported.size(), 0);
        QCOMPARE(test::rowCount(*m_school.db, u"student"_s), 0);
    }

    void malformedFilesShowTheReason()
    {
        ImportStudentsDialog dialog(*m_school.db, m_school.admin);
        QVERIFY(!open(dialog, writeFile(u"latin1.csv"_s, "Nom,Pr\xE9nom\nDupont,H\xE9l\xE8ne\n")));
        QCOMPARE(dialog.fileMessage(),
                 CsvReader::tr("Line %1 is not UTF-8 text. Save the file from your spreadsheet "
                               "as \"CSV UTF-8\" and try again.")
                     .arg(1));
        QVERIFY(!wizardButton(dialog, QWizard::NextButton)->isEnabled());
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
        screenshot(dialog, u"import-1-file-error"_s);

        QSignalSpy read(&dialog, &ImportStudentsDialog::fileRead);
        dialog.setFile(writeFile(u"quote.csv"_s, "a,b\n1,\"open\n"));
        QTRY_COMPARE(read.size(), 1);
        QVERIFY(dialog.fileMessage().contains(u"line 2"_s));
        dialog.setFile(writeFile(u"book.xlsx"_s, "PK\x03\x04rest"));
        QTRY_COMPARE(read.size(), 2);
        QVERIFY(dialog.fileMessage().contains(u"CSV UTF-8"_s));
        dialog.setFile(m_files.filePath(u"missing.csv"_s));
        QTRY_COMPARE(read.size(), 3);
        QVERIFY(!read.at(2).first().toBool());
        dialog.setFile(writeFile(u"header-only.csv"_s, "Student No,First name\n"));
        QTRY_COMPARE(read.size(), 4);
        QVERIFY(!wizardButton(dialog, QWizard::NextButton)->isEnabled());

        // A good file afterwards can go on.
        dialog.setFile(writeFile(u"good.csv"_s, frenchIntake));
        QTRY_COMPARE(read.size(), 5);
        QVERIFY(read.at(4).first().toBool());
        QTRY_VERIFY(wizardButton(dialog, QWizard::NextButton)->isEnabled());
    }

    void mappingNeedsEveryRequiredField()
    {
        const QString path = writeFile(u"noprogram.csv"_s,
                                       "Student No,First name,Last name,Notes\n"
                                       "2026-0301,Ada,Lovelace,quiet\n");
        ImportStudentsDialog dialog(*m_school.db, m_school.admin);
        QVERIFY(open(dialog, path));
        QTest::mouseClick(wizardButton(dialog, QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), int(ImportStudentsDialog::MappingPage));
        auto *problems = dialog.findChild<QLabel *>(u"importMappingProblems"_s);
        QVERIFY(problems->text().contains(StudentImporter::fieldLabel(ImportField::Program)));
        QVERIFY(!wizardButton(dialog, QWizard::NextButton)->isEnabled());
        screenshot(dialog, u"import-2-mapping-problems"_s);

        // Two columns for one field is a problem too.
        dialog.setColumnField(3, ImportField::FirstName);
        QVERIFY(problems->text().contains(u"Several"_s));
        dialog.setColumnField(3, ImportField::Ignore);
        dialog.setDefaultBatch(u"2026"_s);
        dialog.setDefaultProgram(u"Computer Science"_s);
        QVERIFY(problems->isHidden());
        QVERIFY(wizardButton(dialog, QWizard::NextButton)->isEnabled());

        QSignalSpy checked(&dialog, &ImportStudentsDialog::checked);
        QSignalSpy imported(&dialog, &ImportStudentsDialog::imported);
        QTest::mouseClick(wizardButton(dialog, QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE(checked.size(), 1);
        QTRY_VERIFY(wizardButton(dialog, QWizard::CommitButton)->isEnabled());
        QTest::mouseClick(wizardButton(dialog, QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(test::rawScalar(m_school.db->path(),
                                 "SELECT program FROM student WHERE student_number = '2026-0301'")
                     .toString(),
                 u"Computer Science"_s);
    }

    void teacherIsRefused()
    {
        const QString path = writeFile(u"intake.csv"_s, frenchIntake);
        ImportStudentsDialog dialog(*m_school.db, m_school.teacher(m_school.okoro));
        QVERIFY(open(dialog, path));
        QVERIFY(goToCheck(dialog));
        QCOMPARE(dialog.checkSummary(), Permissions::deniedMessage(Action::EditStudents));
        QVERIFY(!wizardButton(dialog, QWizard::CommitButton)->isEnabled());
    }

    void closingWhileReadingIsSafe()
    {
        QByteArray big = frenchIntake;
        while (big.size() < 8 * 1024 * 1024)
            big += "2026-9999;A;B;;;2026;CS;;\r\n";
        const QString path = writeFile(u"big.csv"_s, big);
        {
            // Cancel stops the read; the answer that may still come is dropped.
            ImportStudentsDialog dialog(*m_school.db, m_school.admin);
            QSignalSpy read(&dialog, &ImportStudentsDialog::fileRead);
            dialog.show();
            dialog.setFile(path);
            auto *cancel = dialog.findChild<QAbstractButton *>(u"importFileCancel"_s);
            QVERIFY(cancel->isVisible());
            QTest::mouseClick(cancel, Qt::LeftButton);
            QVERIFY(!dialog.isWorking());
            QCOMPARE(dialog.fileMessage(), CsvReader::cancelledMessage());
            QThreadPool::globalInstance()->waitForDone();
            QCoreApplication::processEvents();
            QCOMPARE(read.size(), 0);
            QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
        }
        {
            ImportStudentsDialog dialog(*m_school.db, m_school.admin);
            dialog.show();
            dialog.setFile(path);
            QVERIFY(dialog.isWorking());
            dialog.reject();
            QVERIFY(!dialog.isWorking());
        }
        QThreadPool::globalInstance()->waitForDone();
    }
};

QTEST_MAIN(TestImportStudentsDialog)
#include "tst_importstudentsdialog.moc"
