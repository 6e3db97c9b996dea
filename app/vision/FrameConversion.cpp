#include "app/vision/FrameConversion.h"

#include <QVideoFrame>

#include <opencv2/imgproc.hpp>

namespace cd::FrameConversion {

namespace {

constexpr bool littleEndian = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;

bool isBgrx32(QImage::Format format)
{
    // In memory B, G, R, A/X only on little-endian machines.
    return littleEndian
        && (format == QImage::Format_RGB32 || format == QImage::Format_ARGB32
            || format == QImage::Format_ARGB32_Premultiplied);
}

// cv::Mat has no const view; the callers promise not to write through it.
cv::Mat wrap(const QImage &image, int type)
{
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar *>(image.constBits()),
                   static_cast<size_t>(image.bytesPerLine()));
}

} // namespace

cv::Mat toBgr(const QImage &image)
{
    if (image.isNull())
        return {};
    cv::Mat bgr;
    const QImage::Format format = image.format();
    if (format == QImage::Format_BGR888)
        return wrap(image, CV_8UC3);
    if (isBgrx32(format)) {
        // Premultiplied alpha is ignored: camera and file frames are opaque.
        cv::cvtColor(wrap(image, CV_8UC4), bgr, cv::COLOR_BGRA2BGR);
    } else if (format == QImage::Format_RGB888) {
        cv::cvtColor(wrap(image, CV_8UC3), bgr, cv::COLOR_RGB2BGR);
    } else if (format == QImage::Format_Grayscale8) {
        cv::cvtColor(wrap(image, CV_8UC1), bgr, cv::COLOR_GRAY2BGR);
    } else {
        // Rare formats (and big-endian machines): Qt converts, then one more copy to own it.
        const QImage converted = image.convertToFormat(QImage::Format_BGR888);
        bgr = wrap(converted, CV_8UC3).clone();
    }
    return bgr;
}

cv::Mat view(const QImage &image)
{
    if (image.isNull())
        return {};
    if (isBgrx32(image.format()))
        return wrap(image, CV_8UC4);
    if (image.format() == QImage::Format_BGR888)
        return wrap(image, CV_8UC3);
    if (image.format() == QImage::Format_Grayscale8)
        return wrap(image, CV_8UC1);
    return {};
}

QImage toQImage(const cv::Mat &mat)
{
    if (mat.empty() || mat.depth() != CV_8U || mat.dims != 2)
        return {};
    int code = 0;
    switch (mat.channels()) {
    case 1: code = cv::COLOR_GRAY2BGRA; break;
    case 3: code = cv::COLOR_BGR2BGRA; break;
    case 4: code = -1; break;
    default: return {};
    }
    QImage image(mat.cols, mat.rows, QImage::Format_RGB32);
    if (image.isNull())
        return {}; // out of memory
    if constexpr (littleEndian) {
        cv::Mat target(image.height(), image.width(), CV_8UC4, image.bits(),
                       static_cast<size_t>(image.bytesPerLine()));
        if (code < 0)
            mat.copyTo(target);
        else
            cv::cvtColor(mat, target, code);
        // RGB32 wants an opaque alpha byte; BGRA input may carry anything there.
        if (code < 0) {
            const int fromTo[] = {0, 3};
            cv::Mat opaque(mat.size(), CV_8UC1, cv::Scalar(255));
            cv::mixChannels(&opaque, 1, &target, 1, fromTo, 1);
        }
    } else {
        cv::Mat bgr;
        if (mat.channels() == 3)
            bgr = mat;
        else
            cv::cvtColor(mat, bgr, mat.channels() == 1 ? cv::COLOR_GRAY2BGR : cv::COLOR_BGRA2BGR);
        const QImage wrapped(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step),
                             QImage::Format_BGR888);
        image = wrapped.convertToFormat(QImage::Format_RGB32);
    }
    return image;
}

QImage toQImage(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return {};
    QImage image = frame.toImage();
    if (image.isNull())
        return {};
    switch (image.format()) {
    case QImage::Format_RGB32: return image;
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // Camera frames are opaque, where these formats hold the same bytes as RGB32; the
        // image is not shared yet, so this costs no copy.
        image.reinterpretAsFormat(QImage::Format_RGB32);
        return image;
    default: return image.convertToFormat(QImage::Format_RGB32);
    }
}

} // namespace cd::FrameConversion
