#include "app/vision/VideoFileReader.h"

#include "app/vision/FrameConversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/videoio/registry.hpp>
#include <utility>

namespace cd {

namespace {

// Used when a file does not say its frame rate (or says something absurd).
constexpr double fallbackFps = 30.0;

} // namespace

VideoFileReader::VideoFileReader(QString path) : m_path(std::move(path))
{
}

Result<void> VideoFileReader::open()
{
    const QFileInfo info(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!info.exists())
        return Error::make(Error::Code::NotFound,
                           tr("The video file %1 does not exist.").arg(shown));
    if (!info.isFile() || !info.isReadable())
        return Error::make(Error::Code::Io,
                           tr("The video file %1 cannot be read: check that it is a file and "
                              "that you may open it.")
                               .arg(shown));
    const QString unplayable = tr("%1 is not a video CampusDesk can play: the file is damaged or "
                                  "its format is not supported.")
                                   .arg(shown);
    try {
        const std::string name = QFile::encodeName(m_path).toStdString();
        // FFmpeg alone: with CAP_ANY a file FFmpeg rejects would then go to GStreamer, which
        // only adds warnings (and Debian's OpenCV always has FFmpeg).
        const int backend
            = cv::videoio_registry::hasBackend(cv::CAP_FFMPEG) ? cv::CAP_FFMPEG : cv::CAP_ANY;
        if (!m_capture.open(name, backend))
            return Error::make(Error::Code::Corrupt, unplayable);
        if (!m_capture.read(m_pending) || m_pending.empty()) {
            m_capture.release();
            return Error::make(Error::Code::Corrupt, unplayable);
        }
        const double fps = m_capture.get(cv::CAP_PROP_FPS);
        m_fps = fps > 0.5 && fps <= 1000 ? fps : fallbackFps;
        m_frameCount = std::max<qint64>(0, qint64(m_capture.get(cv::CAP_PROP_FRAME_COUNT)));
    } catch (const cv::Exception &e) {
        m_capture.release();
        return Error::make(Error::Code::Corrupt, unplayable, QString::fromStdString(e.msg));
    }
    m_size = QSize(m_pending.cols, m_pending.rows);
    m_index = 0;
    return {};
}

Result<std::optional<Frame>> VideoFileReader::next()
{
    cv::Mat bgr;
    if (!m_pending.empty()) {
        bgr = m_pending;
        m_pending.release();
    } else {
        try {
            if (!m_capture.isOpened() || !m_capture.read(bgr))
                bgr.release();
        } catch (const cv::Exception &) {
            bgr.release(); // a damaged tail ends the video like its end would
        }
    }
    if (bgr.empty())
        return std::optional<Frame>();
    Frame frame;
    frame.image = FrameConversion::toQImage(bgr);
    frame.index = m_index++;
    frame.timestampMs = qRound64(double(frame.index) * 1000.0 / m_fps);
    return std::optional<Frame>(std::move(frame));
}

} // namespace cd
