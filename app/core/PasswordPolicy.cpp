#include "app/core/PasswordPolicy.h"

#include <QFile>
#include <QSet>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Code points, not UTF-16 units: an emoji outside the BMP is one character to the person typing.
qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

// Loaded on first use; a function-local static is initialised exactly once, even across threads.
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QSet<QString> set;
        QFile file(u":/security/common-passwords.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("CampusDesk: the common-password list is missing from the build");
            return set;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        set.reserve(lines.size());
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                set.insert(QString::fromUtf8(line).toLower());
        }
        return set;
    }();
    return passwords;
}

} // namespace

ValidationResult PasswordPolicy::check(const QString &password, const QString &field)
{
    ValidationResult result;
    const qsizetype length = codePoints(password);
    if (length < minimumLength)
        result.add(field, tr("Use at least %n characters.", nullptr, minimumLength));
    else if (length > maximumLength)
        result.add(field, tr("Use at most %n characters.", nullptr, maximumLength));
    else if (isCommon(password))
        result.add(field,
                   tr("This password is too common: choose one that others are unlikely to "
                      "guess."));
    return result;
}

bool PasswordPolicy::isCommon(const QString &password)
{
    return commonPasswords().contains(password.toLower());
}

} // namespace cd
