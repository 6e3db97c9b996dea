#include "ui/StudentPhoto.h"

#include "app/store/StudentRepository.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace cd {

using namespace Qt::Literals::StringLiterals;

Result<QByteArray> StudentPhoto::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error::invalidField(
            u"photo"_s,
            tr("The file %1 cannot be opened. Check that it exists and that you may "
               "read it.")
                .arg(info.fileName()));
    if (info.size() > maxFileBytes)
        return Error::invalidField(u"photo"_s,
                                   tr("The file %1 is larger than %2 MB; choose a smaller image.")
                                       .arg(info.fileName())
                                       .arg(maxFileBytes / (1024 * 1024)));
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone pictures carry their rotation in EXIF
    QImage image = reader.read();
    if (image.isNull()) {
        Error error = Error::invalidField(
            u"photo"_s,
            tr("The file %1 is not an image CampusDesk can read (use JPEG or PNG).")
                .arg(info.fileName()));
        error.detail = reader.errorString();
        return error;
    }
    return fromImage(image);
}

Result<QByteArray> StudentPhoto::fromImage(const QImage &source)
{
    if (source.isNull())
        return Error::invalidField(u"photo"_s, tr("The image is empty."));
    QImage image = source.width() > maxSide || source.height() > maxSide
        ? source.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : source;
    if (image.hasAlphaChannel()) {
        // JPEG has no transparency: put the picture on white rather than black.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    // Lower the quality, then the size, until it fits (a noisy 600 px photo rarely needs to).
    for (int side = maxSide; side >= 150; side -= 150) {
        if (image.width() > side || image.height() > side)
            image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        for (int quality : {85, 70, 50}) {
            QByteArray jpeg;
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            if (!image.save(&buffer, "JPEG", quality))
                return Error::invalidField(u"photo"_s,
                                           tr("The image could not be converted to JPEG."));
            if (jpeg.size() <= StudentRepository::maxPhotoBytes)
                return jpeg;
        }
    }
    return Error::invalidField(u"photo"_s, tr("The image is too detailed to store as a photo."));
}

} // namespace cd
