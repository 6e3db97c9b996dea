#include "app/documents/ReportCardDocument.h"

#include "app/documents/DocumentHtml.h"
#include "app/documents/PageLayout.h"

#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace cd {

QString ReportCardDocument::caption(const ReportCard &card)
{
    return tr("Report card: %1, %2").arg(card.studentName, card.semester);
}

QString ReportCardDocument::failedMessage()
{
    return tr("The report card could not be saved to %1: %2");
}

std::unique_ptr<QTextDocument> ReportCardDocument::build(const ReportCard &card,
                                                         const DocumentOptions &options)
{
    DocumentHtml html(options);
    html.letterhead(card.school);
    html.title(tr("Report card"), card.semester);
    html.fields({
        {tr("Student"), card.studentName},
        {tr("Student number"), card.studentNumber},
        {tr("Program"), card.program},
        {tr("Batch"), card.batch},
        {tr("Semester"), card.semester},
        {tr("Issued on"), html.date(card.issuedOn)},
    });

    // Columns nobody has a value for (no exam dates yet, a school without grade points) are
    // left out rather than printed empty.
    bool anyPercent = false, anyPoints = false, anyPassed = false, anyExam = false;
    double credits = 0, earned = 0;
    for (const ReportCardLine &line : card.lines) {
        anyPercent |= line.percent.has_value();
        anyPoints |= line.gradePoints.has_value();
        anyPassed |= line.passed.has_value();
        anyExam |= line.examDate.has_value();
        credits += line.credits;
        if (line.passed.value_or(true) && !line.letter.isEmpty())
            earned += line.credits;
    }
    QStringList headers{tr("Code"), tr("Subject"), tr("Credits"), tr("Marks")};
    QList<bool> numeric{false, false, true, true};
    if (anyPercent) {
        headers << tr("Percent");
        numeric << true;
    }
    headers << tr("Grade");
    numeric << false;
    if (anyPoints) {
        headers << tr("Points");
        numeric << true;
    }
    if (anyPassed) {
        headers << tr("Result");
        numeric << false;
    }
    if (anyExam) {
        headers << tr("Exam date");
        numeric << false;
    }
    QList<QStringList> rows;
    for (const ReportCardLine &line : card.lines) {
        QStringList row{line.courseCode, line.subject,
                        html.number(line.credits, QLocale::FloatingPointShortest), line.totalMarks};
        if (anyPercent)
            row << (line.percent ? tr("%1%").arg(html.number(*line.percent, 1)) : QString());
        row << line.letter;
        if (anyPoints)
            row << (line.gradePoints ? html.number(*line.gradePoints, 2) : QString());
        if (anyPassed)
            row << (line.passed ? (*line.passed ? tr("Passed") : tr("Failed")) : QString());
        if (anyExam)
            row << (line.examDate ? html.shortDate(*line.examDate) : QString());
        rows << row;
    }
    html.heading(tr("Results"));
    if (rows.isEmpty())
        html.paragraph(PageLayout::escape(tr("No results have been published for this semester.")));
    else
        html.table(headers, numeric, rows);

    html.fields(
        {
            {tr("Semester GPA"), card.semesterGpa ? html.number(*card.semesterGpa, 2) : QString()},
            {tr("Cumulative GPA"),
             card.cumulativeGpa ? html.number(*card.cumulativeGpa, 2) : QString()},
            {tr("Credits earned"),
             tr("%1 of %2")
                 .arg(html.number(earned, QLocale::FloatingPointShortest),
                      html.number(credits, QLocale::FloatingPointShortest))},
            {tr("Attendance"),
             card.attendancePercent ? tr("%1%").arg(html.number(*card.attendancePercent, 1))
                                    : QString()},
        },
        4);
    if (!card.remark.trimmed().isEmpty()) {
        html.heading(tr("Remarks"));
        html.paragraph(PageLayout::escape(card.remark.trimmed()), u"remark"_s);
    }
    html.signatures({tr("Class teacher"), tr("Principal"), tr("Parent or guardian")});
    return html.finish(card.school);
}

Result<void> ReportCardDocument::writePdf(const ReportCard &card, const QString &path,
                                          const DocumentOptions &options)
{
    const auto doc = build(card, options);
    return PageLayout::writePdf(*doc, path, caption(card), options, failedMessage());
}

void ReportCardDocument::print(const ReportCard &card, QPagedPaintDevice *device,
                               const DocumentOptions &options)
{
    const auto doc = build(card, options);
    PageLayout::print(*doc, device, caption(card), options);
}

QImage ReportCardDocument::renderPage(const ReportCard &card, const DocumentOptions &options,
                                      int page, int dpi)
{
    const auto doc = build(card, options);
    return PageLayout::renderPage(*doc, page, caption(card), options, dpi);
}

} // namespace cd
