#include "app/documents/PageLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::Literals::StringLiterals;

namespace cd {

namespace {

constexpr double footerMm = 9;

double mmToPixels(double mm, double dpi)
{
    return mm * dpi / 25.4;
}

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(PageLayout::marginMm, PageLayout::marginMm, PageLayout::marginMm,
                                 PageLayout::marginMm),
                       QPageLayout::Millimeter);
}

} // namespace

QFont PageLayout::documentFont(double pointSize)
{
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans Arabic"_s, u"DejaVu Sans"_s});
    font.setPointSizeF(pointSize);
    // Hinting for a screen would move glyphs on paper; PDFs want the outlines as designed.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString PageLayout::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

Error PageLayout::ioError(const QString &failedMessage, const QString &path, const QString &reason)
{
    return Error::make(Error::Code::Io,
                       QString(failedMessage).arg(QDir::toNativeSeparators(path), reason), reason);
}

void PageLayout::paintPages(QTextDocument &doc, QPainter &painter, QPaintDevice *device,
                            const QRectF &area, const QString &caption,
                            const DocumentOptions &options, const std::function<void()> &newPage,
                            int onlyPage)
{
    // Laying out against the device makes point sizes come out right at its resolution.
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    const double dpi = device->logicalDpiY();
    const double footerHeight = mmToPixels(footerMm, dpi);
    const QSizeF body(area.width(), area.height() - footerHeight);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    const bool rtl = options.direction == Qt::RightToLeft;

    for (int page = 0; page < pages; ++page) {
        if (onlyPage >= 0 && page != onlyPage)
            continue;
        if (page > 0 && onlyPage < 0)
            newPage();
        painter.save();
        painter.translate(area.left(), area.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: a hairline, the caption at the start and the page number at the end.
        painter.save();
        const QRectF footer(area.left(), area.bottom() - footerHeight, area.width(), footerHeight);
        painter.setPen(QPen(QColor(0xb0, 0xb8, 0xc4), mmToPixels(0.2, dpi)));
        const double lineY = footer.top() + mmToPixels(3, dpi);
        painter.drawLine(QPointF(footer.left(), lineY), QPointF(footer.right(), lineY));
        painter.setFont(QFont(documentFont(7.5), device));
        painter.setPen(QColor(0x55, 0x5f, 0x6d));
        const QRectF text(footer.left(), lineY + mmToPixels(1, dpi), footer.width(),
                          footer.bottom() - lineY);
        QTextOption start(Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft)
                          | Qt::AlignTop);
        start.setTextDirection(options.direction);
        QTextOption end(Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
        end.setTextDirection(options.direction);
        const QString pageText
            = tr("Page %1 of %2")
                  .arg(options.locale.toString(page + 1), options.locale.toString(pages));
        painter.drawText(text, pageText, end);
        const QFontMetricsF metrics(painter.font(), device);
        const double room = text.width() - metrics.horizontalAdvance(pageText) - mmToPixels(6, dpi);
        painter.drawText(text, metrics.elidedText(caption, Qt::ElideRight, room), start);
        painter.restore();
    }
}

void PageLayout::paint(QTextDocument &doc, QPainter &painter, QPagedPaintDevice *device,
                       const QString &caption, const DocumentOptions &options, bool newPageFirst)
{
    if (newPageFirst)
        device->newPage();
    // The painter's origin is the top left of the printable area; width() and height() are
    // its size in device pixels.
    const QRectF area(0, 0, device->width(), device->height());
    paintPages(doc, painter, device, area, caption, options, [device] { device->newPage(); });
}

void PageLayout::print(QTextDocument &doc, QPagedPaintDevice *device, const QString &caption,
                       const DocumentOptions &options)
{
    QPainter painter(device);
    paint(doc, painter, device, caption, options, false);
}

QImage PageLayout::renderPage(QTextDocument &doc, int page, const QString &caption,
                              const DocumentOptions &options, int dpi)
{
    const QPageLayout layout = a4Layout();
    const QRect full = layout.fullRectPixels(dpi);
    QImage image(full.size(), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPages(
        doc, painter, &image, QRectF(layout.paintRectPixels(dpi)), caption, options, [] {}, page);
    return image;
}

Result<void> PageLayout::writePdf(QTextDocument &doc, const QString &path, const QString &caption,
                                  const DocumentOptions &options, const QString &failedMessage)
{
    PdfFile file(path, caption);
    if (!file.open())
        return ioError(failedMessage, path, file.errorString());
    paint(doc, file.painter(), file.device(), caption, options, false);
    if (!file.commit())
        return ioError(failedMessage, path, file.errorString());
    return {};
}

struct PdfFile::Private
{
    explicit Private(const QString &path) : file(path) { }

    QSaveFile file;
    QString title;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;
};

PdfFile::PdfFile(const QString &path, const QString &title) : d(std::make_unique<Private>(path))
{
    d->title = title;
}

PdfFile::~PdfFile()
{
    cancel();
}

bool PdfFile::open()
{
    if (!d->file.open(QIODevice::WriteOnly))
        return false;
    d->writer = std::make_unique<QPdfWriter>(&d->file);
    // 300 dpi places glyphs finely enough and keeps coordinates short.
    d->writer->setResolution(300);
    d->writer->setPageLayout(a4Layout());
    d->writer->setTitle(d->title);
    d->writer->setCreator(u"CampusDesk"_s);
    d->painter = std::make_unique<QPainter>();
    if (!d->painter->begin(d->writer.get())) {
        d->file.cancelWriting();
        return false;
    }
    return true;
}

QString PdfFile::errorString() const
{
    return d->file.errorString();
}

QPagedPaintDevice *PdfFile::device()
{
    return d->writer.get();
}

QPainter &PdfFile::painter()
{
    return *d->painter;
}

bool PdfFile::commit()
{
    if (!d->painter || !d->painter->isActive())
        return false;
    d->painter->end(); // writes the PDF's tail
    d->painter.reset();
    d->writer.reset();
    return d->file.commit();
}

void PdfFile::cancel()
{
    if (d->painter && d->painter->isActive())
        d->painter->end();
    d->painter.reset();
    d->writer.reset();
    if (d->file.isOpen())
        d->file.cancelWriting();
}

} // namespace cd
