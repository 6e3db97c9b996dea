#include "app/core/EnrolmentPhotos.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QStringList EnrolmentPhotos::listFolder(const QString &folder)
{
    const QDir dir(folder);
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name | QDir::IgnoreCase))
        paths << dir.filePath(name);
    return paths;
}

bool EnrolmentPhotos::looksLikeImage(const QString &fileName)
{
    // Qt's image plugins, as Debian's qt6-image-formats-plugins ship them; no QImageReader here
    // so that app/core needs only QtCore.
    static const QStringList suffixes{u"jpg"_s,  u"jpeg"_s, u"png"_s,  u"bmp"_s, u"gif"_s,
                                      u"webp"_s, u"tif"_s,  u"tiff"_s, u"pgm"_s, u"ppm"_s};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QString EnrolmentPhotos::withoutCounter(const QString &baseName)
{
    static const QRegularExpression counter(u"(?:_\\d+|\\s*\\(\\d+\\))$"_s);
    QString name = baseName.trimmed();
    name.remove(counter);
    return name.trimmed();
}

QList<EnrolmentPhoto> EnrolmentPhotos::match(const QStringList &paths,
                                             const QList<EnrolmentCandidate> &students)
{
    QHash<QString, EnrolmentCandidate> byNumber;
    for (const EnrolmentCandidate &student : students)
        byNumber.insert(student.studentNumber.trimmed().toCaseFolded(), student);
    QList<EnrolmentPhoto> photos;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        EnrolmentPhoto photo;
        photo.path = path;
        photo.fileName = info.fileName();
        const QString base = info.completeBaseName().trimmed();
        photo.number = byNumber.contains(base.toCaseFolded()) ? base : withoutCounter(base);
        if (!looksLikeImage(photo.fileName)) {
            photo.match = EnrolmentPhoto::Match::NotAnImage;
        } else if (const auto found = byNumber.constFind(photo.number.toCaseFolded());
                   found == byNumber.cend()) {
            photo.match = EnrolmentPhoto::Match::NoStudent;
        } else {
            photo.student = *found;
            photo.match = found->consent ? EnrolmentPhoto::Match::Student
                                         : EnrolmentPhoto::Match::NoConsent;
        }
        photos << photo;
    }
    return photos;
}

QString EnrolmentPhotos::reason(const EnrolmentPhoto &photo)
{
    switch (photo.match) {
    case EnrolmentPhoto::Match::Student: return {};
    case EnrolmentPhoto::Match::NoStudent:
        return tr("No student with the number “%1” in this class.").arg(photo.number);
    case EnrolmentPhoto::Match::NoConsent:
        return tr("No consent to face recognition is recorded for this student.");
    case EnrolmentPhoto::Match::NotAnImage: return tr("Not a picture file.");
    }
    return {};
}

} // namespace cd
