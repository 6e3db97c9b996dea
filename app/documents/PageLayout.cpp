#include "app/documents/PageLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFont>
#include <QMutex>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace cd {

namespace {

constexpr double footerMm = 9;

double mmToPixels(double mm, double dpi)
{
    return mm * dpi / 25.4;
}

// A paint device that only answers metric questions: the text layout takes its resolution
// from it. One immortal instance per resolution, so a document never points at a printer or
// image that has gone, and documents laid out for the PDF resolution are not laid out again.
class MetricsDevice : public QPaintDevice
{
public:
    MetricsDevice(int dpiX, int dpiY) : m_dpiX(dpiX), m_dpiY(dpiY) { }
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmDpiX:
        case PdmPhysicalDpiX: return m_dpiX;
        case PdmDpiY:
        case PdmPhysicalDpiY: return m_dpiY;
        case PdmWidth: return qRound(210 / 25.4 * m_dpiX);
        case PdmHeight: return qRound(297 / 25.4 * m_dpiY);
        case PdmWidthMM: return 210;
        case PdmHeightMM: return 297;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return QPaintDevice::metric(metric);
        }
    }

private:
    int m_dpiX;
    int m_dpiY;
};

QPaintDevice *metricsDevice(int dpiX, int dpiY)
{
    static QMutex mutex;
    static std::map<std::pair<int, int>, std::unique_ptr<MetricsDevice>> devices;
    const QMutexLocker lock(&mutex);
    auto &device = devices[{dpiX, dpiY}];
    if (!device)
        device = std::make_unique<MetricsDevice>(dpiX, dpiY);
    return device.get();
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
    const double dpi = device->logicalDpiY();
    const double footerHeight = mmToPixels(footerMm, dpi);
    const QSizeF body(area.width(), area.height() - footerHeight);
    // Laying out at the device's resolution makes point sizes come out right. Layout is most of
    // the cost of a document, so only what differs from prepareForPdf() is changed.
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QPaintDevice *metrics = metricsDevice(device->logicalDpiX(), device->logicalDpiY());
    bool relayout = false;
    if (layout->paintDevice() != metrics) {
        layout->setPaintDevice(metrics); // does not lay out again by itself
        relayout = true;
    }
    if (doc.documentMargin() != 0) {
        doc.setDocumentMargin(0);
        relayout = false;
    }
    if (doc.pageSize() != body) {
        doc.setPageSize(body);
        relayout = false;
    }
    if (relayout)
        doc.markContentsDirty(0, doc.characterCount());
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
        const QFontMetricsF footerMetrics(painter.font(), device);
        const double room
            = text.width() - footerMetrics.horizontalAdvance(pageText) - mmToPixels(6, dpi);
        painter.drawText(text, footerMetrics.elidedText(caption, Qt::ElideRight, room), start);
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

void PageLayout::prepareForPdf(QTextDocument &doc)
{
    const QRect paper = a4Layout().paintRectPixels(pdfResolution);
    doc.documentLayout()->setPaintDevice(metricsDevice(pdfResolution, pdfResolution));
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(paper.width(), paper.height() - mmToPixels(footerMm, pdfResolution)));
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
    d->writer->setResolution(PageLayout::pdfResolution);
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
