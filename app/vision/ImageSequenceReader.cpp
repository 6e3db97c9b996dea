#include "app/vision/ImageSequenceReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace cd {

namespace {

constexpr int maxCanvasSide = 8192;

} // namespace

ImageSequenceReader::ImageSequenceReader(QStringList images, const ImageSequenceOptions &options)
    : m_images(std::move(images)), m_options(options)
{
    m_imageCount = int(m_images.size());
}

std::unique_ptr<ImageSequenceReader>
ImageSequenceReader::forFolder(const QString &folder, const ImageSequenceOptions &options)
{
    auto reader = std::make_unique<ImageSequenceReader>(QStringList(), options);
    reader->m_folder = folder;
    return reader;
}

QStringList ImageSequenceReader::readableSuffixes()
{
    QStringList suffixes;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        suffixes << QString::fromLatin1(format).toLower();
    return suffixes;
}

Result<ImageFolderListing> ImageSequenceReader::listImageFolder(const QString &folder,
                                                                const std::atomic_bool *cancelled)
{
    const QString shown = QDir::toNativeSeparators(folder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Error::make(Error::Code::NotFound, tr("The folder %1 does not exist.").arg(shown));
    const QStringList list = readableSuffixes();
    const QSet<QString> suffixes(list.cbegin(), list.cend());
    ImageFolderListing listing;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancelled && *cancelled)
            return Error::make(Error::Code::Invalid,
                               tr("Listing the folder %1 was cancelled.").arg(shown));
        const QString path = it.next();
        if (suffixes.contains(QFileInfo(path).suffix().toLower()))
            listing.images << path;
        else
            ++listing.skippedFiles;
    }
    if (listing.images.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("The folder %1 contains no images CampusDesk can read (%n other "
                              "file(s) skipped).",
                              nullptr, listing.skippedFiles)
                               .arg(shown));
    std::sort(listing.images.begin(), listing.images.end());
    return listing;
}

Result<void> ImageSequenceReader::validateOptions() const
{
    if (m_options.framesPerImage < 1)
        return Error::make(Error::Code::Invalid,
                           tr("Each image must be shown for at least one frame."));
    if (!(m_options.fps > 0 && m_options.fps <= 1000))
        return Error::make(Error::Code::Invalid,
                           tr("The frame rate must be above 0 and at most 1000."));
    const QSize canvas = m_options.canvasSize;
    if (canvas.width() < 1 || canvas.height() < 1 || canvas.width() > maxCanvasSide
        || canvas.height() > maxCanvasSide)
        return Error::make(
            Error::Code::Invalid,
            tr("The picture size must be between 1x1 and %1x%1 pixels.").arg(maxCanvasSide));
    return {};
}

Result<void> ImageSequenceReader::open()
{
    if (auto valid = validateOptions(); !valid)
        return valid;
    if (!m_folder.isEmpty()) {
        auto listing = listImageFolder(m_folder, &cancelled());
        if (!listing)
            return listing.error();
        m_images = listing->images;
        m_skippedFiles = listing->skippedFiles;
    } else if (m_images.isEmpty()) {
        return Error::make(Error::Code::Invalid, tr("No images were chosen."));
    }
    m_imageCount = int(m_images.size());
    m_unreadable = 0;
    m_nextImage = 0;
    m_framesLeft = 0;
    m_shown = 0;
    m_index = 0;
    return {};
}

QImage ImageSequenceReader::compose(const QImage &image) const
{
    QImage canvas(m_options.canvasSize, QImage::Format_RGB32);
    canvas.fill(m_options.background);
    const QSize fitted = image.size().scaled(canvas.size(), Qt::KeepAspectRatio);
    const QRect target(
        QPoint((canvas.width() - fitted.width()) / 2, (canvas.height() - fitted.height()) / 2),
        fitted);
    // Raster painting on a QImage is safe off the GUI thread; it also blends transparent images
    // over the background.
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image);
    painter.end();
    return canvas;
}

Result<std::optional<Frame>> ImageSequenceReader::next()
{
    while (m_framesLeft == 0) {
        if (m_nextImage >= m_images.size()) {
            if (m_shown == 0 && !m_images.isEmpty())
                return Error::make(
                    Error::Code::Corrupt,
                    tr("None of the %n image(s) could be read.", nullptr, int(m_images.size())));
            return std::optional<Frame>();
        }
        QImageReader reader(m_images[m_nextImage++]);
        reader.setAutoTransform(true); // phone pictures carry their rotation in EXIF
        const QImage image = reader.read();
        if (image.isNull() || image.width() < 1 || image.height() < 1) {
            ++m_unreadable;
            continue;
        }
        m_canvas = compose(image);
        m_framesLeft = m_options.framesPerImage;
        ++m_shown;
    }
    --m_framesLeft;
    Frame frame;
    frame.image = m_canvas;
    frame.index = m_index++;
    frame.timestampMs = qRound64(double(frame.index) * 1000.0 / m_options.fps);
    return std::optional<Frame>(std::move(frame));
}

} // namespace cd
