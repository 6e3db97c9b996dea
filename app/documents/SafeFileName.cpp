#include "app/documents/SafeFileName.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace cd {

namespace {

// 255 bytes is the limit on ext4; leave room for " (12)" and ".pdf".
constexpr qsizetype maxUtf8Bytes = 200;

bool isWindowsDeviceName(const QString &stem)
{
    static const QRegularExpression device(u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return device.match(stem).hasMatch();
}

} // namespace

QString safeFileName(const QString &text, const QString &fallback)
{
    QString name;
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    name.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || u"<>:\"/\\|?*"_s.contains(c))
            name += u' ';
        else if (c.isSpace())
            name += u' ';
        else
            name += c;
    }
    name = name.simplified();
    while (name.toUtf8().size() > maxUtf8Bytes) {
        name.chop(1);
        if (!name.isEmpty() && name.back().isHighSurrogate())
            name.chop(1);
    }
    name = name.trimmed();
    // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    while (name.startsWith(u'.') || name.startsWith(u' '))
        name.remove(0, 1);
    if (name.isEmpty())
        return fallback;
    const QString stem = name.section(u'.', 0, 0).trimmed();
    if (isWindowsDeviceName(stem))
        name.prepend(u'_');
    return name;
}

} // namespace cd
