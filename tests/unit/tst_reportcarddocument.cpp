#include "app/documents/ReportCardDocument.h"
#include "tests/unit/DocumentsFixture.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

DocumentOptions english()
{
    return DocumentOptions::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

DocumentOptions arabic()
{
    return DocumentOptions::forLocale(QLocale(QLocale::Arabic, QLocale::Egypt));
}

// The columns where the darkest ink of a horizontal band starts and ends.
std::pair<int, int> inkExtent(const QImage &image, int top, int bottom)
{
    int left = image.width(), right = -1;
    for (int y = top; y < bottom; ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128) {
                left = qMin(left, x);
                right = qMax(right, x);
            }
    return {left, right};
}

} // namespace

class TestReportCardDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed");
    }

    void pdfHasTheStudentGradesAndGpa()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.pdf"_s);
        const Result<void> written
            = ReportCardDocument::writePdf(test::sampleReportCard(), path, english());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const QString text = test::pdfText(path);
        for (const QString &expected : {u"Riverside Secondary School"_s,
                                        u"12 Mill Lane"_s,
                                        u"Report card"_s,
                                        u"Amina Haddad"_s,
                                        u"S-0001"_s,
                                        u"Computer Science"_s,
                                        u"Autumn 2026"_s,
                                        u"Issued on"_s,
                                        u"21 December 2026"_s,
                                        u"01/12/2026"_s,
                                        u"CS201-01"_s,
                                        u"Data Structures"_s,
                                        u"412.5 / 500"_s,
                                        u"82.5%"_s,
                                        u"A-"_s,
                                        u"3.70"_s,
                                        u"Failed"_s,
                                        u"Passed"_s,
                                        u"2.87"_s,
                                        u"3.12"_s,
                                        u"94.5%"_s,
                                        u"18 of 21"_s,
                                        u"Chemistry needs more"_s,
                                        u"Class teacher"_s,
                                        u"Parent or guardian"_s,
                                        u"Page 1 of 1"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
        QCOMPARE(test::pdfPages(path), 1);
        QVERIFY(QFileInfo(path).size() < 200 * 1024);
    }

    void markupInNamesPrintsLiterally()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.pdf"_s);
        ReportCard card = test::sampleReportCard(u"<b>O'Neil & Sons</b>"_s);
        card.remark = u"<script>alert(1)</script>\nSecond line & more"_s;
        QVERIFY(ReportCardDocument::writePdf(card, path, english()).ok());
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"<b>O'Neil & Sons</b>"_s), qPrintable(text));
        QVERIFY(text.contains(u"<script>alert(1)</script>"_s));
        QVERIFY(text.contains(u"Second line & more"_s));
    }

    void numbersAndDatesFollowTheLocale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.pdf"_s);
        QVERIFY(ReportCardDocument::writePdf(test::sampleReportCard(), path,
                                             DocumentOptions::forLocale(QLocale(QLocale::French)))
                    .ok());
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(u"2,87"_s), qPrintable(text));
        QVERIFY(text.contains(u"94,5"_s));
        QVERIFY(text.contains(u"décembre 2026"_s));
    }

    void emptyColumnsAreLeftOut()
    {
        ReportCard card = test::sampleReportCard();
        for (ReportCardLine &line : card.lines) {
            line.examDate.reset();
            line.gradePoints.reset();
        }
        card.cumulativeGpa.reset();
        const auto doc = ReportCardDocument::build(card, english());
        const QString text = doc->toPlainText();
        QVERIFY(!text.contains(u"Exam date"_s));
        QVERIFY(!text.contains(u"Points"_s));
        QVERIFY(!text.contains(u"Cumulative GPA"_s));
        QVERIFY(text.contains(u"Semester GPA"_s));

        card.lines.clear();
        QVERIFY(ReportCardDocument::build(card, english())
                    ->toPlainText()
                    .contains(u"No results have been published"_s));
    }

    void arabicIsRightToLeft()
    {
        ReportCard card = test::sampleReportCard(u"أمينة حداد"_s, u"S-0001"_s);
        card.school.name = u"مدرسة النهر الثانوية"_s;
        card.school.logo = QImage();
        card.school.addressLines.clear();
        card.semester = u"خريف 2026"_s;

        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.pdf"_s);
        QVERIFY(ReportCardDocument::writePdf(card, path, arabic()).ok());
        // pdftotext may give Arabic presentation forms; compatibility normalisation undoes that.
        const QString text = test::pdfText(path, false).normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(u"حداد"_s) || text.contains(u"دادح"_s), qPrintable(text));
        QVERIFY(text.contains(u"S-0001"_s));

        // The school's name hugs the right margin in Arabic and the left one in English.
        const QImage rtl = ReportCardDocument::renderPage(card, arabic());
        const QImage ltr = ReportCardDocument::renderPage(card, english());
        const int top = int(rtl.height() * 0.06), bottom = int(rtl.height() * 0.09);
        const auto [rtlLeft, rtlRight] = inkExtent(rtl, top, bottom);
        const auto [ltrLeft, ltrRight] = inkExtent(ltr, top, bottom);
        QVERIFY2(rtlRight > rtl.width() * 0.8 && rtlLeft > rtl.width() * 0.4,
                 qPrintable(u"%1..%2"_s.arg(rtlLeft).arg(rtlRight)));
        QVERIFY2(ltrLeft < ltr.width() * 0.2 && ltrRight < ltr.width() * 0.6,
                 qPrintable(u"%1..%2"_s.arg(ltrLeft).arg(ltrRight)));
    }

    void unwritableFolderGivesAnErrorAndNoFile()
    {
        QTemporaryDir dir;
        // Root may write anywhere, so use paths no one can create: a missing folder and a
        // "folder" that is a file.
        QFile plain(dir.filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        for (const QString &path :
             {dir.filePath(u"missing/card.pdf"_s), dir.filePath(u"plain/card.pdf"_s)}) {
            const Result<void> written
                = ReportCardDocument::writePdf(test::sampleReportCard(), path, english());
            QVERIFY(!written.ok());
            QCOMPARE(written.error().code, Error::Code::Io);
            QVERIFY2(written.error().message.startsWith(u"The report card could not be saved"_s),
                     qPrintable(written.error().message));
            QVERIFY(written.error().message.contains(QDir::toNativeSeparators(path)));
            QVERIFY(!QFileInfo::exists(path));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
                 QStringList{u"plain"_s});
    }

    void aLargeLogoIsScaledDown()
    {
        ReportCard card = test::sampleReportCard();
        card.school.logo = card.school.logo.scaled(2400, 2400);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"card.pdf"_s);
        QVERIFY(ReportCardDocument::writePdf(card, path, english()).ok());
        QVERIFY2(QFileInfo(path).size() < 150 * 1024,
                 qPrintable(QString::number(QFileInfo(path).size())));
        QVERIFY(test::pdfText(path).contains(u"Riverside Secondary School"_s));
    }

    void printsToAPagedDevice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"printed.pdf"_s);
        {
            QPdfWriter writer(path);
            ReportCardDocument::print(test::sampleReportCard(), &writer, english());
        }
        QVERIFY(test::pdfText(path).contains(u"Amina Haddad"_s));
    }

    void longReportCardsGoOnToASecondPage()
    {
        ReportCard card = test::sampleReportCard();
        const QList<ReportCardLine> lines = card.lines;
        for (int i = 0; i < 6; ++i)
            card.lines << lines;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.pdf"_s);
        QVERIFY(ReportCardDocument::writePdf(card, path, english()).ok());
        const int pages = test::pdfPages(path);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = test::pdfText(path);
        QVERIFY(text.contains(u"Page 2 of %1"_s.arg(pages)));
        // The header row repeats at the top of every page the table runs over.
        QVERIFY(text.count(u"Subject"_s) >= 2);
    }

    void screenshots()
    {
        const QImage page = ReportCardDocument::renderPage(test::sampleReportCard(), english());
        QVERIFY(!page.isNull());
        QCOMPARE(page.width(), qRound(210 / 25.4 * 110));
        test::saveScreenshot(page, u"report-card"_s);
        ReportCard card = test::sampleReportCard(u"أمينة حداد"_s);
        card.school.name = u"مدرسة النهر الثانوية"_s;
        card.semester = u"خريف 2026"_s;
        card.remark = u"طالبة مجتهدة."_s;
        test::saveScreenshot(ReportCardDocument::renderPage(card, arabic()), u"report-card-ar"_s);
    }
};

QTEST_MAIN(TestReportCardDocument)
#include "tst_reportcarddocument.moc"
