#pragma once

#include "app/vision/FrameReader.h"

#include <QColor>
#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <atomic>

namespace cd {

struct ImageSequenceOptions
{
    int framesPerImage = 10; // 1 or more
    double fps = 30; // above 0, at most 1000
    QSize canvasSize{640, 480};
    QColor background{128, 128, 128};
};

// The images of a folder that Qt can read, judged by suffix (QImageReader's formats).
struct ImageFolderListing
{
    QStringList images; // sorted by path
    int skippedFiles = 0; // other files (text, videos, ...)
};

// Shows a list of images as frames, each for `framesPerImage` frames at `fps`, scaled to fit and
// centred on a canvas of `canvasSize` filled with `background` (what `campusdesk-cli face bench
// live` plays: each identity's images for 10 frames at 30 fps on 640x480). Images that cannot
// be read are skipped and counted; only when none can be read is it an error. Frames are
// Format_RGB32; the frames of one image share one QImage.
class ImageSequenceReader : public FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(ImageSequenceReader)

public:
    ImageSequenceReader(QStringList images, const ImageSequenceOptions &options = {});
    // The images of `folder` and its subfolders, listed (listImageFolder) when opened.
    static std::unique_ptr<ImageSequenceReader> forFolder(const QString &folder,
                                                          const ImageSequenceOptions &options = {});

    // Recursive, sorted by path; an error for a missing folder or one without any image. Gives
    // up (with an error) when `cancelled` becomes true.
    static Result<ImageFolderListing> listImageFolder(const QString &folder,
                                                      const std::atomic_bool *cancelled = nullptr);
    // Every suffix (lower case, no dot) that the installed Qt image plugins read.
    static QStringList readableSuffixes();

    Result<void> open() override;
    Result<std::optional<Frame>> next() override;

    // Safe to read from any thread, also while another thread reads frames.
    int imageCount() const { return m_imageCount; } // images listed (after open() for a folder)
    int unreadableImages() const { return m_unreadable; }
    int skippedFiles() const { return m_skippedFiles; } // non-image files in the folder

private:
    Result<void> validateOptions() const;
    QImage compose(const QImage &image) const;

    QStringList m_images;
    QString m_folder;
    ImageSequenceOptions m_options;
    int m_nextImage = 0;
    int m_framesLeft = 0;
    int m_shown = 0;
    qint64 m_index = 0;
    QImage m_canvas;
    std::atomic_int m_imageCount{0};
    std::atomic_int m_unreadable{0};
    std::atomic_int m_skippedFiles{0};
};

} // namespace cd
