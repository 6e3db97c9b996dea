#include "tests/unit/DocumentsFixture.h"
#include "tests/unit/FeesFixture.h"
#include "ui/BalanceTableModel.h"
#include "ui/FeeStructuresDialog.h"
#include "ui/FeesPage.h"
#include "ui/GenerateInvoicesDialog.h"
#include "ui/MyFeesPage.h"
#include "ui/PaymentDialog.h"
#include "ui/StudentAccountDialog.h"
#include "ui/StudentAccountView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestFeesPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FeesFixture> m_f;
    Id m_aminaInvoice;

    static QStringList numbers(const FeesPage &page)
    {
        QStringList shown;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            shown << page.model()->rowAt(r).studentNumber;
        return shown;
    }

    // Waits for the page's next rows (after a filter change).
    static bool waitLoaded(FeesPage &page, const std::function<void()> &change)
    {
        QSignalSpy loaded(&page, &FeesPage::loaded);
        change();
        return loaded.wait(5000) || !loaded.isEmpty();
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void init()
    {
        m_f = std::make_unique<test::FeesFixture>();
        QVERIFY(m_f->open());
        // Amina owes 600.00 of 1,000.00 (overdue since the due date is past); Bilal paid;
        // Chloe (Nursing, 2024) has not paid 200.00 due in the far future.
        const auto a = m_f->invoice(m_f->amina, 100000, QDate(2026, 9, 30));
        const auto b = m_f->invoice(m_f->bilal, 50000, QDate(2026, 9, 30));
        const auto c = m_f->invoice(m_f->chloe, 20000, QDate(2099, 1, 1));
        QVERIFY(a && b && c);
        m_aminaInvoice = a->id;
        QVERIFY(m_f->entry(a->id, LedgerKind::Payment, 40000, QDate(2026, 9, 10)));
        QVERIFY(m_f->entry(b->id, LedgerKind::Payment, 50000, QDate(2026, 9, 11)));
    }

    void showsAndFilters()
    {
        FeesPage page(*m_f->db, m_f->clerk);
        page.resize(1000, 560);
        QSignalSpy loaded(&page, &FeesPage::loaded);
        page.show();
        QVERIFY(loaded.wait(5000));
        // All semesters are chosen when no semester is current today.
        while (page.isLoading())
            QVERIFY(loaded.wait(5000));
        QCOMPARE(numbers(page), (QStringList{u"S2"_s, u"S1"_s, u"S3"_s})); // Aziz, Haddad, Martin
        QVERIFY(page.statusLabel()->text().contains(u"3 row"_s));
        screenshot(page, u"fees-page.png"_s);

        QVERIFY(waitLoaded(page, [&] { page.overdueOnlyBox()->setChecked(true); }));
        QCOMPARE(numbers(page), QStringList{u"S1"_s});
        QCOMPARE(page.model()->rowAt(0).due.minorUnits(), 60000);
        QVERIFY(waitLoaded(page, [&] { page.overdueOnlyBox()->setChecked(false); }));
        QVERIFY(waitLoaded(page, [&] {
            page.statusFilter()->setCurrentIndex(
                page.statusFilter()->findData(codeOf(PaymentStatus::Paid)));
        }));
        QCOMPARE(numbers(page), QStringList{u"S2"_s});
        QVERIFY(waitLoaded(page, [&] { page.statusFilter()->setCurrentIndex(0); }));
        QVERIFY(waitLoaded(page, [&] {
            page.programFilter()->setCurrentIndex(page.programFilter()->findData(u"Nursing"_s));
        }));
        QCOMPARE(numbers(page), QStringList{u"S3"_s});
        QVERIFY(waitLoaded(page, [&] { page.programFilter()->setCurrentIndex(0); }));
        QVERIFY(waitLoaded(page, [&] { page.searchEdit()->setText(u"Hadd"_s); }));
        QCOMPARE(numbers(page), QStringList{u"S1"_s});
    }

    void exportReadsBackAndReportsFailure()
    {
        FeesPage page(*m_f->db, m_f->clerk);
        QSignalSpy loaded(&page, &FeesPage::loaded);
        page.show();
        QVERIFY(loaded.wait(5000));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"balances.csv"_s);
        QSignalSpy exported(&page, &FeesPage::exportFinished);
        page.exportTo(path);
        QVERIFY(exported.wait(5000));
        QVERIFY(exported.first().first().toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(2).startsWith(u"S1,\"Haddad, Amina\",Computer Science,2025,Autumn 2026,"
                                        u"USD,1000.00,400.00,0.00,600.00,Overdue,2026-09-10,1"_s),
                 qPrintable(lines.at(2)));

        // A folder that does not exist: a clear message, and nothing written.
        const QString bad = dir.filePath(u"missing/balances.csv"_s);
        page.exportTo(bad);
        QVERIFY(exported.wait(5000));
        QVERIFY(!exported.last().first().toBool());
        const QString message = exported.last().at(1).toString();
        QVERIFY2(message.contains(u"Nothing was exported"_s), qPrintable(message));
        QVERIFY(page.statusLabel()->text().contains(u"Nothing was exported"_s));
        QVERIFY(!QFile::exists(bad));
    }

    void accountDialogRecordsAPayment()
    {
        FeesPage page(*m_f->db, m_f->clerk);
        QSignalSpy loaded(&page, &FeesPage::loaded);
        page.show();
        QVERIFY(loaded.wait(5000));
        const int row = int(numbers(page).indexOf(u"S1"_s));
        page.table()->selectRow(row);
        QSignalSpy opened(&page, &FeesPage::accountOpened);
        StudentAccountDialog *dialog = page.openAccount();
        QVERIFY(dialog);
        QCOMPARE(opened.size(), 1);
        QSignalSpy accountLoaded(dialog->view(), &StudentAccountView::loaded);
        QVERIFY(accountLoaded.wait(5000));
        QCOMPARE(dialog->view()->invoicesTable()->rowCount(), 1);
        QCOMPARE(dialog->view()->statementTable()->rowCount(), 2);
        QVERIFY(dialog->payButton()->isEnabled());
        QVERIFY(!dialog->saveReceiptButton()->isEnabled());
        screenshot(*dialog, u"student-account-dialog.png"_s);

        // Select the payment: the receipt actions name it.
        dialog->view()->statementTable()->selectRow(1);
        QVERIFY(dialog->saveReceiptButton()->isEnabled());
        const LedgerEntry payment = *dialog->view()->currentEntry();
        QTemporaryDir dir;
        const QString receiptPath = dir.filePath(u"receipt.pdf"_s);
        QSignalSpy saved(dialog, &StudentAccountDialog::documentSaved);
        dialog->saveReceipt(receiptPath);
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(saved.first().at(1).toString()));
        const QString receiptText = test::pdfText(receiptPath);
        QVERIFY(receiptText.contains(payment.receiptNumber));
        QVERIFY(receiptText.contains(u"400.00"_s));
        QVERIFY(receiptText.contains(u"S1"_s));
        test::savePdfPreview(receiptPath, u"receipt-from-ledger"_s);

        // The statement of account lists the invoice, the payment and what is still due.
        const QString statementPath = dir.filePath(u"statement.pdf"_s);
        dialog->saveStatement(statementPath);
        QVERIFY(saved.wait(10000));
        QVERIFY(saved.last().first().toBool());
        const QString statementText = test::pdfText(statementPath);
        QVERIFY(statementText.contains(payment.receiptNumber));
        QVERIFY(statementText.contains(u"600.00"_s));
        test::savePdfPreview(statementPath, u"statement-from-ledger"_s);

        // A folder that does not exist: a message, no file.
        const QString badPath = dir.filePath(u"missing/receipt.pdf"_s);
        dialog->saveReceipt(badPath);
        QVERIFY(saved.wait(10000));
        QVERIFY(!saved.last().first().toBool());
        QVERIFY(!dialog->message().isEmpty());
        QVERIFY(!QFile::exists(badPath));

        // Record the rest; the page reads its rows again.
        PaymentDialog *pay = dialog->openEntryDialog(LedgerKind::Payment);
        QVERIFY(pay);
        QCOMPARE(pay->amountEdit()->text(), u"600.00"_s); // the amount due, prefilled
        QSignalSpy pageReloaded(&page, &FeesPage::loaded);
        QSignalSpy paid(pay, &PaymentDialog::saveFinished);
        pay->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(paid.wait(5000));
        QVERIFY(paid.first().first().toBool());
        QVERIFY(pageReloaded.wait(5000));
        const int after = int(numbers(page).indexOf(u"S1"_s));
        QCOMPARE(page.model()->rowAt(after).status, PaymentStatus::Paid);
        dialog->close();
    }

    void studentsSeeTheirOwnFeesTeachersAreRefused()
    {
        MyFeesPage mine(*m_f->db, m_f->studentActor);
        QSignalSpy loaded(&mine, &MyFeesPage::loaded);
        mine.show();
        QVERIFY(loaded.wait(5000));
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(mine.view()->invoicesTable()->rowCount(), 1);
        QCOMPARE(mine.view()->account().studentId, m_f->amina);

        FeesPage page(*m_f->db, m_f->teacher);
        QSignalSpy pageLoaded(&page, &FeesPage::loaded);
        page.show();
        QVERIFY(pageLoaded.wait(5000));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY2(page.statusLabel()->text().contains(u"fees"_s),
                 qPrintable(page.statusLabel()->text()));
        QVERIFY(!page.generateButton()->isVisible());
    }
    void generateInvoicesDialogPreviewsAndGenerates()
    {
        auto structure = m_f->tuition(u"Computer Science"_s);
        QVERIFY(FeeStructureRepository(*m_f->db).create(structure, m_f->clerk));
        GenerateInvoicesDialog dialog(*m_f->db, m_f->clerk);
        QSignalSpy previewed(&dialog, &GenerateInvoicesDialog::previewed);
        dialog.show();
        QVERIFY(previewed.wait(5000));
        // The structure is for Computer Science: Amina and Bilal, not Chloe (Nursing).
        QCOMPARE(dialog.lastPreview().created, 2);
        QVERIFY(dialog.previewLabel()->text().contains(u"will get an invoice"_s));
        QVERIFY(dialog.generateButton()->isEnabled());
        QSignalSpy generated(&dialog, &GenerateInvoicesDialog::generated);
        dialog.generateButton()->click();
        QVERIFY(generated.wait(5000));
        QCOMPARE(generated.first().first().value<InvoiceGeneration>().created, 2);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM fee_invoice WHERE fee_structure_id IS NOT "
                             u"NULL"_s),
                 2);
    }
    void feeStructuresAreListedAndEdited()
    {
        FeeStructuresDialog dialog(*m_f->db, m_f->clerk);
        QSignalSpy loaded(&dialog, &FeeStructuresDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 0);
        // Bad amounts are refused under their fields; nothing is saved.
        dialog.descriptionEdit()->setText(u"Library fee"_s);
        dialog.amountEdit()->setText(u"12.345"_s);
        dialog.lateFeeEdit()->setText(u"-1"_s);
        QSignalSpy saved(&dialog, &FeeStructuresDialog::saveFinished);
        dialog.save();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(dialog.messageFor(u"amount"_s), u"USD amounts have at most 2 decimal places."_s);
        QCOMPARE(dialog.messageFor(u"lateFee"_s), u"Enter the amount without a minus sign."_s);
        QCOMPARE(m_f->scalar(u"SELECT count(*) FROM fee_structure"_s), 0);
        // A valid one is stored and listed.
        dialog.amountEdit()->setText(u"40"_s);
        dialog.lateFeeEdit()->setText(u"5"_s);
        dialog.lateDaysBox()->setValue(3);
        dialog.save();
        QVERIFY(loaded.wait(5000));
        QVERIFY(saved.last().first().toBool());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.structures().first().lateFee.minorUnits(), 500);
        // Edit and remove.
        dialog.table()->selectRow(0);
        dialog.amountEdit()->setText(u"45"_s);
        dialog.save();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.structures().first().amount.minorUnits(), 4500);
        dialog.table()->selectRow(0);
        dialog.removeSelected();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestFeesPage)
#include "tst_feespage.moc"
