#pragma once

#include <QImage>

#include <opencv2/core.hpp>

class QVideoFrame;

// The only place that converts pixels between Qt (QImage, QVideoFrame) and OpenCV (cv::Mat).
// Byte order: QImage::Format_RGB32 is B, G, R, X in memory on little-endian machines, which is
// exactly OpenCV's BGRA, so the common case costs one cvtColor or nothing.
namespace cd::FrameConversion {

// A BGR (CV_8UC3) image for the detector and the descriptor. Shares the pixels of `image` (no
// copy) when it is QImage::Format_BGR888: keep `image` alive and unchanged while the Mat is used.
// Every other format costs one converted copy (RGB32, ARGB32, RGB888, Grayscale8; anything else
// is first converted by Qt). A null image gives an empty Mat.
cv::Mat toBgr(const QImage &image);

// A Mat over the pixels of `image`, never a copy: CV_8UC4 (BGRA/BGRX) for the 32-bit formats,
// CV_8UC3 for BGR888, CV_8UC1 for Grayscale8 — all of which FaceDetector::detect accepts. Empty
// for other formats (use toBgr). Read only, and valid only while `image` lives unchanged.
cv::Mat view(const QImage &image);

// A Format_RGB32 copy of a BGR (CV_8UC3), BGRA (CV_8UC4) or grey (CV_8UC1) 8-bit Mat; a null
// QImage for an empty Mat or any other type.
QImage toQImage(const cv::Mat &mat);

// A camera frame as a Format_RGB32 QImage (Qt Multimedia does the colour conversion); a null
// QImage when the frame is invalid or cannot be mapped.
QImage toQImage(const QVideoFrame &frame);

} // namespace cd::FrameConversion
