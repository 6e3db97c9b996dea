#pragma once

#include "app/core/Result.h"
#include "app/documents/DocumentData.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace cd {

// A student's report card for one semester: letterhead, student block, one row per course
// (marks, percent, grade, points, result, exam date), GPA and attendance, the teacher's
// remark and signature lines, with "Page x of y" at the foot of every page.
class ReportCardDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportCardDocument)
public:
    static std::unique_ptr<QTextDocument> build(const ReportCard &card,
                                                const DocumentOptions &options);
    // "Report card: Amina Haddad, Autumn 2026", the PDF title and the page footer.
    static QString caption(const ReportCard &card);

    // An A4 PDF at `path`, written atomically; a translated Io error if it cannot be.
    static Result<void> writePdf(const ReportCard &card, const QString &path,
                                 const DocumentOptions &options);
    // To a QPrinter (from QPrintDialog) or a QPdfWriter.
    static void print(const ReportCard &card, QPagedPaintDevice *device,
                      const DocumentOptions &options);
    // One page as an image, as it prints (screenshots and previews).
    static QImage renderPage(const ReportCard &card, const DocumentOptions &options, int page = 0,
                             int dpi = 110);

    static QString failedMessage();
};

} // namespace cd
