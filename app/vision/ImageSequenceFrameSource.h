#pragma once

#include "app/vision/ImageSequenceReader.h"
#include "app/vision/ThreadedFrameSource.h"

namespace cd {

// A list of images, or an image folder, as a FrameSource (ImageSequenceReader on the source's own
// thread). An empty or missing folder, bad options, or a list where no image can be read gives
// errorOccurred; single unreadable images are skipped and counted.
class ImageSequenceFrameSource : public ThreadedFrameSource
{
    Q_OBJECT

public:
    ImageSequenceFrameSource(const QStringList &images, const ImageSequenceOptions &options = {},
                             FramePacing pacing = FramePacing::RealTime, QObject *parent = nullptr);
    // Every image in `folder` and its subfolders, sorted by path; listed when started (on the
    // source's thread), so choosing a big folder does not freeze the UI.
    static ImageSequenceFrameSource *forFolder(const QString &folder,
                                               const ImageSequenceOptions &options = {},
                                               FramePacing pacing = FramePacing::RealTime,
                                               QObject *parent = nullptr);

    QString description() const override;
    const ImageSequenceOptions &options() const { return m_options; }

    // Of the current or last run (0 before the first start()):
    int imageCount() const;
    int unreadableImages() const; // skipped because they could not be read
    int skippedFiles() const; // non-image files in the folder

protected:
    std::unique_ptr<FrameReader> createReader() const override;

private:
    const ImageSequenceReader *reader() const;

    QStringList m_images;
    QString m_folder;
    ImageSequenceOptions m_options;
};

} // namespace cd
