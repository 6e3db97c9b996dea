#pragma once

#include "app/core/Result.h"
#include "app/documents/DocumentData.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QFont;
class QPainter;
class QTextDocument;

namespace cd {

// Puts a laid-out QTextDocument on A4 pages: body, then a footer with a caption and
// "Page x of y" on every page. Shared by every printed document.
class PageLayout
{
    Q_DECLARE_TR_FUNCTIONS(PageLayout)
public:
    // The margins every document leaves around the paper, in millimetres.
    static constexpr double marginMm = 15;
    // Dots per inch of the PDFs written here: fine enough to place glyphs, short coordinates.
    static constexpr int pdfResolution = 300;

    // Sets `doc` up for an A4 PDF page; call it while `doc` is still empty. Each change of
    // margin, page size or resolution lays the whole document out again, and layout is most
    // of the cost of a report card, so a document built this way is laid out once.
    static void prepareForPdf(QTextDocument &doc);

    // The font the documents use: Noto Sans with Noto Sans Arabic and DejaVu Sans for anything
    // it lacks, so one embedded subset covers Latin and Arabic.
    static QFont documentFont(double pointSize = 9.5);

    // Prints `doc` on `device` (a QPrinter or QPdfWriter), which keeps its page size.
    static void print(QTextDocument &doc, QPagedPaintDevice *device, const QString &caption,
                      const DocumentOptions &options);
    // The same with a painter already active on `device`; `newPageFirst` starts on a fresh
    // page (the next student in a combined PDF).
    static void paint(QTextDocument &doc, QPainter &painter, QPagedPaintDevice *device,
                      const QString &caption, const DocumentOptions &options, bool newPageFirst);

    // One A4 page of `doc` as an image at `dpi`, the way it prints (for screenshots).
    static QImage renderPage(QTextDocument &doc, int page, const QString &caption,
                             const DocumentOptions &options, int dpi = 110);

    // Writes `doc` to `path` as an A4 PDF through QSaveFile: all or nothing. `failedMessage`
    // is the translated error, %1 the path and %2 the reason.
    static Result<void> writePdf(QTextDocument &doc, const QString &path, const QString &caption,
                                 const DocumentOptions &options, const QString &failedMessage);

    // `text` safe to put into the HTML: markup prints literally, line breaks are kept.
    static QString escape(const QString &text);

    static Error ioError(const QString &failedMessage, const QString &path, const QString &reason);

private:
    static void paintPages(QTextDocument &doc, QPainter &painter, QPaintDevice *device,
                           const QRectF &area, const QString &caption,
                           const DocumentOptions &options, const std::function<void()> &newPage,
                           int onlyPage = -1);
};

// An A4 PDF being written to `path` through QSaveFile: nothing appears there unless commit()
// succeeds, so a failure or a cancel never leaves half a file.
class PdfFile
{
public:
    PdfFile(const QString &path, const QString &title);
    ~PdfFile();
    PdfFile(const PdfFile &) = delete;
    PdfFile &operator=(const PdfFile &) = delete;

    bool open();
    QString errorString() const;
    QPagedPaintDevice *device();
    QPainter &painter();
    bool commit();
    void cancel();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cd
