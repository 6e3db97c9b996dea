#pragma once

#include "app/documents/DocumentData.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QTimeZone>

// Sample documents and PDF inspection (poppler-utils' pdftotext and pdfinfo) for the tests of
// app/documents.
namespace cd::test {

inline SchoolHeader sampleSchool()
{
    SchoolHeader school;
    school.name = QStringLiteral("Riverside Secondary School");
    school.addressLines = {QStringLiteral("12 Mill Lane, Riverside RV1 2AB"),
                           QStringLiteral("office@riverside.example · +44 20 7946 0000")};
    // A simple crest, so the letterhead shows where a logo goes.
    QImage logo(128, 128, QImage::Format_ARGB32_Premultiplied);
    logo.fill(Qt::transparent);
    QPainter painter(&logo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x3a, 0x5f));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(4, 4, 120, 120));
    painter.setBrush(QColor(0xe0, 0xb0, 0x40));
    painter.drawRect(QRectF(40, 36, 48, 56));
    painter.end();
    school.logo = logo;
    return school;
}

inline ReportCard sampleReportCard(const QString &name = QStringLiteral("Amina Haddad"),
                                   const QString &number = QStringLiteral("S-0001"))
{
    ReportCard card;
    card.school = sampleSchool();
    card.studentName = name;
    card.studentNumber = number;
    card.program = QStringLiteral("Computer Science");
    card.batch = QStringLiteral("2025");
    card.semester = QStringLiteral("Autumn 2026");
    card.issuedOn = QDate(2026, 12, 21);
    const struct
    {
        const char *code;
        const char *subject;
        double credits;
        const char *marks;
        double percent;
        const char *letter;
        double points;
        bool passed;
    } rows[] = {
        {"CS201-01", "Data Structures", 4, "412.5 / 500", 82.5, "A-", 3.7, true},
        {"MA110-02", "Linear Algebra", 3, "271 / 300", 90.33, "A", 4.0, true},
        {"PH120-01", "Physics I", 4, "198 / 300", 66, "C+", 2.3, true},
        {"EN101-03", "Academic Writing", 2, "88 / 100", 88, "B+", 3.3, true},
        {"HI105-01", "World History", 2, "52 / 100", 52, "D", 1.0, true},
        {"CH101-01", "Chemistry", 3, "117 / 300", 39, "F", 0.0, false},
        {"AR100-01", "Arabic Language", 2, "95 / 100", 95, "A+", 4.0, true},
        {"PE100-01", "Physical Education", 1, "45 / 50", 90, "A", 4.0, true},
    };
    int day = 1;
    for (const auto &row : rows) {
        ReportCardLine line;
        line.courseCode = QString::fromUtf8(row.code);
        line.subject = QString::fromUtf8(row.subject);
        line.credits = row.credits;
        line.totalMarks = QString::fromUtf8(row.marks);
        line.percent = row.percent;
        line.letter = QString::fromUtf8(row.letter);
        line.gradePoints = row.points;
        line.passed = row.passed;
        line.examDate = QDate(2026, 12, day++);
        card.lines << line;
    }
    card.semesterGpa = 2.87;
    card.cumulativeGpa = 3.12;
    card.attendancePercent = 94.5;
    card.remark = QStringLiteral("Amina works hard and helps others. Chemistry needs more "
                                 "practice before the resit in January.");
    return card;
}

inline Receipt sampleReceipt()
{
    Receipt receipt;
    receipt.school = sampleSchool();
    receipt.receiptNumber = QStringLiteral("R-2026-00042");
    receipt.date = QDate(2026, 10, 5);
    receipt.studentName = QStringLiteral("Amina Haddad");
    receipt.studentNumber = QStringLiteral("S-0001");
    receipt.invoiceDescription = QStringLiteral("Tuition, Autumn 2026");
    receipt.kind = LedgerKind::Payment;
    receipt.amount = Money(123450, QStringLiteral("USD"));
    receipt.method = PaymentMethod::Bank;
    receipt.receivedBy = QStringLiteral("Grace Okafor");
    receipt.balanceAfter = Money(76550, QStringLiteral("USD"));
    receipt.printedAt = QDateTime(QDate(2026, 10, 5), QTime(10, 30), Qt::UTC);
    return receipt;
}

inline Statement sampleStatement()
{
    const QString usd = QStringLiteral("USD");
    Statement s;
    s.school = sampleSchool();
    s.studentName = QStringLiteral("Amina Haddad");
    s.studentNumber = QStringLiteral("S-0001");
    s.program = QStringLiteral("Computer Science");
    s.asOf = QDate(2026, 11, 30);
    s.invoices = {
        {QStringLiteral("Tuition, Autumn 2026"), QDate(2026, 9, 1), QDate(2026, 9, 30),
         Money(200000, usd), PaymentStatus::Partial},
        {QStringLiteral("Laboratory fee"), QDate(2026, 9, 1), QDate(2026, 10, 15),
         Money(15000, usd), PaymentStatus::Overdue},
        {QStringLiteral("Library fee"), QDate(2026, 9, 1), QDate(2026, 9, 30), Money(5000, usd),
         PaymentStatus::Waived},
    };
    s.ledger = {
        {QDate(2026, 9, 2), LedgerKind::Waiver, QStringLiteral("Library fee"), QString(),
         Money(5000, usd), Money(215000, usd)},
        {QDate(2026, 10, 5), LedgerKind::Payment, QStringLiteral("Tuition, Autumn 2026"),
         QStringLiteral("R-2026-00042"), Money(123450, usd), Money(91550, usd)},
        {QDate(2026, 10, 16), LedgerKind::LateFee, QStringLiteral("Laboratory fee"), QString(),
         Money(2500, usd), Money(94050, usd)},
        {QDate(2026, 11, 2), LedgerKind::Payment, QStringLiteral("Tuition, Autumn 2026"),
         QStringLiteral("R-2026-00057"), Money(50000, usd), Money(44050, usd)},
    };
    s.totalCharged = Money(222500, usd);
    s.totalPaid = Money(173450, usd);
    s.totalWaived = Money(5000, usd);
    s.totalDue = Money(44050, usd);
    return s;
}

// The PDF's text as `pdftotext -layout` extracts it; a skip-worthy empty string if the tool
// is missing.
inline QString pdfText(const QString &path, bool layout = true)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << path << QStringLiteral("-");
    process.start(tool, args);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPages(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty())
        return -1;
    QProcess process;
    process.start(tool, {path});
    process.waitForFinished(60000);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &line : out.split(u'\n'))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// CAMPUSDESK_SCREENSHOTS=DIR saves `image` as DIR/name.png for review; empty when unset.
inline QString saveScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    const QString path = QDir(dir).absoluteFilePath(name + QStringLiteral(".png"));
    return image.save(path) ? path : QString();
}

// CAMPUSDESK_SCREENSHOTS=DIR also keeps the first page of a PDF a test wrote, as DIR/name.png
// (poppler-utils' pdftoppm), so the documents made from real rows can be looked at.
inline void savePdfPreview(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (dir.isEmpty() || tool.isEmpty())
        return;
    QDir().mkpath(dir);
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                   QStringLiteral("-singlefile"), pdf, QDir(dir).filePath(name)});
    process.waitForFinished(60000);
}

} // namespace cd::test
