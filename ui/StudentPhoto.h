#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace cd {

// Turns a picture someone chose into what the store keeps: a JPEG that fits in maxSide pixels
// and in StudentRepository::maxPhotoBytes. Pure functions on QImage (no QPixmap), so they may run
// on the thread pool.
class StudentPhoto
{
    Q_DECLARE_TR_FUNCTIONS(StudentPhoto)
public:
    static constexpr int maxSide = 600;
    // Larger files are refused before decoding: no school photo needs them, and decoding one
    // could take seconds and hundreds of megabytes.
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024;

    // Errors are for the field "photo".
    static Result<QByteArray> fromFile(const QString &path);
    static Result<QByteArray> fromImage(const QImage &image);
};

} // namespace cd
