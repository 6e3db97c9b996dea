#include "app/vision/VideoFileFrameSource.h"

#include "app/vision/VideoFileReader.h"

#include <QFileInfo>

namespace cd {

VideoFileFrameSource::VideoFileFrameSource(const QString &path, FramePacing pacing, QObject *parent)
    : ThreadedFrameSource(pacing, parent), m_path(path)
{
}

QString VideoFileFrameSource::description() const
{
    return tr("Video file: %1").arg(QFileInfo(m_path).fileName());
}

std::unique_ptr<FrameReader> VideoFileFrameSource::createReader() const
{
    return std::make_unique<VideoFileReader>(m_path);
}

} // namespace cd
