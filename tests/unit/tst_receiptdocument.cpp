#include "app/documents/ReceiptDocument.h"
#include "tests/unit/DocumentsFixture.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

DocumentOptions english()
{
    return DocumentOptions::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

class TestReceiptDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed");
    }

    void pdfHasTheNumberAmountAndPayer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_s);
        const Result<void> written
            = ReceiptDocument::writePdf(test::sampleReceipt(), path, english());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const QString text = test::pdfText(path);
        for (const QString &expected :
             {u"Riverside Secondary School"_s, u"Payment receipt"_s, u"R-2026-00042"_s,
              u"October 5, 2026"_s, u"Receipt number"_s, u"Received from"_s, u"Amina Haddad"_s,
              u"S-0001"_s, u"Tuition, Autumn 2026"_s, u"$1,234.50"_s, u"Bank transfer"_s,
              u"Grace Okafor"_s, u"$765.50"_s, u"Page 1 of 1"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
        QCOMPARE(test::pdfPages(path), 1);
    }

    void amountsFollowTheLocale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_s);
        Receipt receipt = test::sampleReceipt();
        receipt.amount = Money(123450, u"EUR"_s);
        receipt.balanceAfter = Money(0, u"EUR"_s);
        QVERIFY(ReceiptDocument::writePdf(receipt, path,
                                          DocumentOptions::forLocale(QLocale(QLocale::German)))
                    .ok());
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"1.234,50"_s), qPrintable(text));
        QVERIFY(text.contains(u"5. Oktober 2026"_s));
    }

    void eachKindHasItsTitle_data()
    {
        QTest::addColumn<LedgerKind>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("amountLabel");
        QTest::newRow("payment") << LedgerKind::Payment << u"Payment receipt"_s
                                 << u"Amount received"_s;
        QTest::newRow("refund") << LedgerKind::Refund << u"Refund voucher"_s
                                << u"Amount refunded"_s;
        QTest::newRow("waiver") << LedgerKind::Waiver << u"Waiver notice"_s << u"Amount waived"_s;
        QTest::newRow("late fee") << LedgerKind::LateFee << u"Late fee notice"_s
                                  << u"Late fee charged"_s;
    }

    void eachKindHasItsTitle()
    {
        QFETCH(LedgerKind, kind);
        QFETCH(QString, title);
        QFETCH(QString, amountLabel);
        Receipt receipt = test::sampleReceipt();
        receipt.kind = kind;
        if (kind == LedgerKind::Waiver || kind == LedgerKind::LateFee) {
            receipt.receiptNumber.clear();
            receipt.method.reset();
            receipt.reason = u"Hardship fund, approved by the head"_s;
        }
        const QString text = ReceiptDocument::build(receipt, english())->toPlainText();
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY(text.contains(amountLabel));
        QCOMPARE(text.contains(u"Payment method"_s), receipt.method.has_value());
        QCOMPARE(text.contains(u"Hardship fund"_s), !receipt.reason.isEmpty());
        QCOMPARE(text.contains(u"Receipt number"_s), !receipt.receiptNumber.isEmpty());
        QCOMPARE(text.contains(u"Paid to"_s), kind == LedgerKind::Refund);
    }

    void aCreditIsExplained()
    {
        Receipt receipt = test::sampleReceipt();
        receipt.balanceAfter = Money(-2500, u"USD"_s);
        const QString text = ReceiptDocument::build(receipt, english())->toPlainText();
        QVERIFY(text.contains(u"-$25.00"_s) || text.contains(u"($25.00)"_s));
        QVERIFY(text.contains(u"credit in the student's favour"_s));
    }

    void markupPrintsLiterally()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_s);
        Receipt receipt = test::sampleReceipt();
        receipt.studentName = u"<b>O'Neil & Sons</b>"_s;
        receipt.invoiceDescription = u"Trip <Paris> & \"museum\""_s;
        QVERIFY(ReceiptDocument::writePdf(receipt, path, english()).ok());
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"<b>O'Neil & Sons</b>"_s), qPrintable(text));
        QVERIFY(text.contains(u"Trip <Paris> & \"museum\""_s));
    }

    void arabicTextComesOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"receipt.pdf"_s);
        Receipt receipt = test::sampleReceipt();
        receipt.studentName = u"أمينة حداد"_s;
        receipt.invoiceDescription = u"الرسوم الدراسية"_s;
        const auto options = DocumentOptions::forLocale(QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(options.direction, Qt::RightToLeft);
        QVERIFY(ReceiptDocument::writePdf(receipt, path, options).ok());
        const QString text = test::pdfText(path, false).normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(u"حداد"_s) || text.contains(u"دادح"_s), qPrintable(text));
        QVERIFY(text.contains(u"R-2026-00042"_s));
    }

    void unwritablePathGivesAnErrorAndNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/receipt.pdf"_s);
        const Result<void> written
            = ReceiptDocument::writePdf(test::sampleReceipt(), path, english());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY2(written.error().message.startsWith(u"The receipt could not be saved to"_s),
                 qPrintable(written.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void screenshots()
    {
        const QImage page = ReceiptDocument::renderPage(test::sampleReceipt(), english());
        QVERIFY(!page.isNull());
        test::saveScreenshot(page, u"receipt"_s);
        Receipt refund = test::sampleReceipt();
        refund.kind = LedgerKind::Refund;
        refund.receiptNumber = u"R-2026-00051"_s;
        refund.reason = u"Overpaid in October"_s;
        refund.amount = Money(2500, u"USD"_s);
        refund.method = PaymentMethod::Cash;
        test::saveScreenshot(ReceiptDocument::renderPage(refund, english()), u"receipt-refund"_s);
    }
};

QTEST_MAIN(TestReceiptDocument)
#include "tst_receiptdocument.moc"
