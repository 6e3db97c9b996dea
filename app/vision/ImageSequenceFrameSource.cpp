#include "app/vision/ImageSequenceFrameSource.h"

#include <QDir>
#include <QFileInfo>

namespace cd {

ImageSequenceFrameSource::ImageSequenceFrameSource(const QStringList &images,
                                                   const ImageSequenceOptions &options,
                                                   FramePacing pacing, QObject *parent)
    : ThreadedFrameSource(pacing, parent), m_images(images), m_options(options)
{
}

ImageSequenceFrameSource *ImageSequenceFrameSource::forFolder(const QString &folder,
                                                              const ImageSequenceOptions &options,
                                                              FramePacing pacing, QObject *parent)
{
    auto *source = new ImageSequenceFrameSource({}, options, pacing, parent);
    source->m_folder = folder;
    return source;
}

QString ImageSequenceFrameSource::description() const
{
    if (!m_folder.isEmpty())
        return tr("Image folder: %1").arg(QDir::toNativeSeparators(m_folder));
    return tr("%n image(s)", nullptr, int(m_images.size()));
}

std::unique_ptr<FrameReader> ImageSequenceFrameSource::createReader() const
{
    if (!m_folder.isEmpty())
        return ImageSequenceReader::forFolder(m_folder, m_options);
    return std::make_unique<ImageSequenceReader>(m_images, m_options);
}

const ImageSequenceReader *ImageSequenceFrameSource::reader() const
{
    // lastReader() is always one made by createReader() above.
    return static_cast<const ImageSequenceReader *>(lastReader());
}

int ImageSequenceFrameSource::imageCount() const
{
    return reader() ? reader()->imageCount() : 0;
}

int ImageSequenceFrameSource::unreadableImages() const
{
    return reader() ? reader()->unreadableImages() : 0;
}

int ImageSequenceFrameSource::skippedFiles() const
{
    return reader() ? reader()->skippedFiles() : 0;
}

} // namespace cd
