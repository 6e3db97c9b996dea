#include "app/documents/StatementDocument.h"
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

class TestStatementDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed");
    }

    void pdfHasInvoicesLedgerAndTotals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"statement.pdf"_s);
        const Result<void> written
            = StatementDocument::writePdf(test::sampleStatement(), path, english());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const QString text = test::pdfText(path);
        for (const QString &expected : {u"Statement of account"_s,
                                        u"As of November 30, 2026"_s,
                                        u"Amina Haddad"_s,
                                        u"S-0001"_s,
                                        u"Tuition, Autumn 2026"_s,
                                        u"Laboratory fee"_s,
                                        u"$2,000.00"_s,
                                        u"Partly paid"_s,
                                        u"Overdue"_s,
                                        u"Waived"_s,
                                        u"R-2026-00042"_s,
                                        u"R-2026-00057"_s,
                                        u"$1,234.50"_s,
                                        u"$25.00"_s,
                                        u"$440.50"_s,
                                        u"$2,225.00"_s,
                                        u"$1,734.50"_s,
                                        u"Amount due"_s,
                                        u"Late fee"_s,
                                        u"Page 1 of 1"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
    }

    void aCreditIsLabelledAsSuch()
    {
        Statement statement = test::sampleStatement();
        statement.totalDue = Money(-1000, u"USD"_s);
        const QString text = StatementDocument::build(statement, english())->toPlainText();
        QVERIFY(text.contains(u"Credit in your favour"_s));
        QVERIFY(text.contains(u"$10.00"_s));
        QVERIFY(!text.contains(u"Amount due"_s));
    }

    void emptyAccountsSaySo()
    {
        Statement statement = test::sampleStatement();
        statement.invoices.clear();
        statement.ledger.clear();
        const QString text = StatementDocument::build(statement, english())->toPlainText();
        QVERIFY(text.contains(u"No invoices."_s));
        QVERIFY(text.contains(u"No payments or other entries yet."_s));
    }

    void longLedgersRunOverSeveralPages()
    {
        Statement statement = test::sampleStatement();
        const StatementLedgerRow row = statement.ledger.at(1);
        for (int i = 0; i < 80; ++i) {
            StatementLedgerRow copy = row;
            copy.receiptNumber = u"R-2026-%1"_s.arg(100 + i, 5, 10, QChar(u'0'));
            statement.ledger << copy;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"statement.pdf"_s);
        QVERIFY(StatementDocument::writePdf(statement, path, english()).ok());
        const int pages = test::pdfPages(path);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"R-2026-00179"_s));
    }

    void markupPrintsLiterally()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"statement.pdf"_s);
        Statement statement = test::sampleStatement();
        statement.studentName = u"<b>O'Neil & Sons</b>"_s;
        QVERIFY(StatementDocument::writePdf(statement, path, english()).ok());
        QVERIFY(test::pdfText(path).contains(u"<b>O'Neil & Sons</b>"_s));
    }

    void arabicTextComesOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"statement.pdf"_s);
        Statement statement = test::sampleStatement();
        statement.studentName = u"أمينة حداد"_s;
        QVERIFY(StatementDocument::writePdf(
                    statement, path,
                    DocumentOptions::forLocale(QLocale(QLocale::Arabic, QLocale::Egypt)))
                    .ok());
        const QString text = test::pdfText(path, false).normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(u"حداد"_s) || text.contains(u"دادح"_s), qPrintable(text));
        QVERIFY(text.contains(u"R-2026-00042"_s));
    }

    void unwritablePathGivesAnErrorAndNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing/statement.pdf"_s);
        const Result<void> written
            = StatementDocument::writePdf(test::sampleStatement(), path, english());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, Error::Code::Io);
        QVERIFY(written.error().message.startsWith(u"The statement could not be saved to"_s));
        QVERIFY(!QFileInfo::exists(path));
    }

    void screenshots()
    {
        const QImage page = StatementDocument::renderPage(test::sampleStatement(), english());
        QVERIFY(!page.isNull());
        test::saveScreenshot(page, u"statement"_s);
    }
};

QTEST_MAIN(TestStatementDocument)
#include "tst_statementdocument.moc"
