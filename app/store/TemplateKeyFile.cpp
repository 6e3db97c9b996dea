#include "app/store/TemplateKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions othersMask = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

Error ioError(const QString &message, const QString &detail)
{
    return Error::make(Error::Code::Io, message, detail);
}

} // namespace

Result<TemplateCipher> TemplateKeyFile::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(
            Error::Code::NotFound,
            tr("There is no face template key file at %1.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return Error::make(Error::Code::Invalid,
                           tr("%1 is not a file, so it cannot hold the face template key.")
                               .arg(QDir::toNativeSeparators(path)));
#ifdef Q_OS_UNIX
    // Group and other bits mean somebody else could read (or replace) the key.
    if (info.permissions() & othersMask)
        return Error::make(Error::Code::Forbidden,
                           tr("The face template key file %1 may be read or changed by other "
                              "users, so CampusDesk will not use it. Allow only its owner "
                              "(chmod 600) and try again.")
                               .arg(QDir::toNativeSeparators(path)),
                           u"permissions %1"_s.arg(int(info.permissions()), 0, 16));
#endif
    if (info.size() != TemplateCipher::keyBytes)
        return Error::make(Error::Code::Corrupt,
                           tr("The file %1 is not a face template key: it holds %2 bytes instead "
                              "of %3. It was left as it is.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(info.size())
                               .arg(TemplateCipher::keyBytes));
    QFile file(path);
    // Unbuffered: no copy of the key is left behind in QFile's read buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return ioError(tr("The face template key file %1 could not be read.")
                           .arg(QDir::toNativeSeparators(path)),
                       file.errorString());
    QByteArray key = file.read(TemplateCipher::keyBytes + 1);
    auto cipher = key.size() == TemplateCipher::keyBytes
        ? TemplateCipher::fromKey(key)
        : Result<TemplateCipher>(Error::make(
            Error::Code::Corrupt,
            tr("The file %1 is not a face template key: it holds %2 bytes instead of %3. It "
               "was left as it is.")
                .arg(QDir::toNativeSeparators(path))
                .arg(key.size())
                .arg(TemplateCipher::keyBytes)));
    TemplateCipher::wipe(key);
    return cipher;
}

Result<TemplateCipher> TemplateKeyFile::loadOrCreate(const QString &path)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return load(path);

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return ioError(tr("The folder %1 for the face template key could not be created.")
                           .arg(QDir::toNativeSeparators(folder)),
                       {});
    auto cipher = TemplateCipher::generate();
    if (!cipher)
        return cipher.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(tr("The face template key file %1 could not be created.")
                           .arg(QDir::toNativeSeparators(path)),
                       file.errorString());
    // Owner-only before a single key byte is written, so the key is never readable by others,
    // not even in the temporary file.
    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return ioError(tr("The face template key file %1 could not be made private.")
                           .arg(QDir::toNativeSeparators(path)),
                       file.errorString());
    }
    QByteArray key = cipher->exportKey();
    const bool written = file.write(key) == key.size();
    TemplateCipher::wipe(key);
    if (!written || !file.commit())
        return ioError(tr("The face template key file %1 could not be written.")
                           .arg(QDir::toNativeSeparators(path)),
                       file.errorString());
    // Read it back through the same checks, so what was written is what later runs will use.
    return load(path);
}

} // namespace cd
