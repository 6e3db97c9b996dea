#pragma once

#include "app/vision/ThreadedFrameSource.h"

namespace cd {

// A video file as a FrameSource, decoded by VideoFileReader on the source's own thread. A
// missing, corrupt or unsupported file gives errorOccurred with a translated message.
class VideoFileFrameSource : public ThreadedFrameSource
{
    Q_OBJECT

public:
    explicit VideoFileFrameSource(const QString &path, FramePacing pacing = FramePacing::RealTime,
                                  QObject *parent = nullptr);

    QString path() const { return m_path; }
    QString description() const override;

protected:
    std::unique_ptr<FrameReader> createReader() const override;

private:
    QString m_path;
};

} // namespace cd
