#pragma once

#include <QImage>
#include <QMetaType>
#include <QtGlobal>

namespace cd {

// One picture from a FrameSource. The QImage is implicitly shared, so a Frame crosses threads
// (queued signals, LatestFrameSlot) without copying pixels and the UI preview can paint it as is.
// The sources here produce QImage::Format_RGB32; FrameConversion also accepts ARGB32, RGB888,
// BGR888 and Grayscale8.
struct Frame
{
    QImage image;
    qint64 index = -1; // 0, 1, 2, ... in the order the source produced them
    qint64 timestampMs = 0; // from the start of the source (a file's media time, a camera's clock)

    bool isValid() const { return !image.isNull(); }
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Frame)
