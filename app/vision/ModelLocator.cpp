#include "app/vision/ModelLocator.h"

#include "app/core/AppPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cd {

using namespace Qt::Literals::StringLiterals;

ModelLocator::ModelLocator(const QString &overrideDirectory)
    : m_override(overrideDirectory.isEmpty() ? qEnvironmentVariable("CAMPUSDESK_MODEL_DIR")
                                             : overrideDirectory)
{
}

QString ModelLocator::userDirectory()
{
    return QDir(AppPaths::dataDirectory()).filePath(u"models"_s);
}

QString ModelLocator::systemDirectory()
{
    // Relative to the executable (bin/../share/...), so that the Debian package (/usr) and a
    // /usr/local install both find their own models.
    if (QCoreApplication::instance()) {
        return QDir::cleanPath(QCoreApplication::applicationDirPath()
                               + QStringLiteral("/../" CAMPUSDESK_DATADIR "/campusdesk/models"));
    }
    return QStringLiteral(CAMPUSDESK_SYSTEM_MODEL_DIR);
}

QStringList ModelLocator::searchPath() const
{
    QStringList path;
    if (!m_override.isEmpty())
        path << m_override;
    path << userDirectory() << systemDirectory();
    return path;
}

std::optional<QString> ModelLocator::directoryOf(const ModelInfo &model) const
{
    for (const QString &directory : searchPath()) {
        const QDir dir(directory);
        const bool complete
            = std::all_of(model.files.cbegin(), model.files.cend(), [&dir](const ModelFile &file) {
                  return QFileInfo(dir.filePath(file.fileName)).isFile();
              });
        if (complete && !model.files.isEmpty())
            return directory;
    }
    return std::nullopt;
}

Result<QString> ModelLocator::locate(const QString &modelId, const QString &fileName) const
{
    for (const QString &directory : searchPath()) {
        const QString path = QDir(directory).filePath(fileName);
        if (QFileInfo(path).isFile())
            return path;
    }
    const auto model = ModelCatalogue::find(modelId);
    const QString name = model ? model->name : modelId;
    return Error::make(Error::Code::NotFound,
                       tr("The model \"%1\" is not installed: %2 was not found in %3.")
                           .arg(name, fileName, searchPath().join(u", "_s)));
}

Result<void> ModelLocator::verify(const ModelInfo &model, const QString &directory)
{
    for (const ModelFile &file : model.files) {
        const QString path = QDir(directory).filePath(file.fileName);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error::make(Error::Code::NotFound,
                               tr("The model file %1 cannot be read.").arg(path), in.errorString());
        }
        if (file.size > 0 && in.size() != file.size) {
            return Error::make(Error::Code::Corrupt,
                               tr("The model file %1 has %2 bytes instead of %3: it is "
                                  "incomplete or not the expected version. Install it again.")
                                   .arg(path)
                                   .arg(in.size())
                                   .arg(file.size));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&in);
        if (hash.result().toHex() != file.sha256) {
            return Error::make(Error::Code::Corrupt,
                               tr("The model file %1 is damaged or not the expected version "
                                  "(its SHA-256 does not match). Install it again.")
                                   .arg(path),
                               QString::fromLatin1(hash.result().toHex()));
        }
    }
    return {};
}

} // namespace cd
