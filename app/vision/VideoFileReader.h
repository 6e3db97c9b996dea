#pragma once

#include "app/vision/FrameReader.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <opencv2/videoio.hpp>

namespace cd {

// Decodes a video file frame by frame with cv::VideoCapture (FFmpeg). Chosen over QMediaPlayer +
// QVideoSink because it reads every frame exactly once, in order, as fast as asked: tests and
// benchmarks get the same frames on every run, and QMediaPlayer on GStreamer only plays in real
// time (real time is done by pacing, see ThreadedFrameSource). Frames are Format_RGB32; the
// timestamp is index x 1000 / fps.
class VideoFileReader : public FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(VideoFileReader)

public:
    explicit VideoFileReader(QString path);

    // A translated error for a missing, unreadable, corrupt or unsupported file. Reads the first
    // frame to be sure the file really holds pictures.
    Result<void> open() override;
    Result<std::optional<Frame>> next() override;

    const QString &path() const { return m_path; }
    // Known after open():
    double framesPerSecond() const { return m_fps; }
    QSize frameSize() const { return m_size; }
    qint64 frameCountEstimate() const { return m_frameCount; } // the container's claim; may be off

private:
    QString m_path;
    cv::VideoCapture m_capture;
    cv::Mat m_pending; // the frame open() read
    double m_fps = 0;
    QSize m_size;
    qint64 m_frameCount = 0;
    qint64 m_index = 0;
};

} // namespace cd
