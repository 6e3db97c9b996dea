#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// One file of a model: where the official copy lives and what it must hash to.
struct ModelFile
{
    QString fileName; // as installed in a model directory
    QString url; // pinned download (a fixed commit or a fixed package version)
    QByteArray sha256; // lower-case hex
    qint64 size = 0; // bytes
};

// A model CampusDesk can use. Models are optional: without them the vision code falls back
// (Haar cascade instead of YuNet, LBPH instead of the ResNet descriptor).
struct ModelInfo
{
    QString id; // stable key, e.g. "yunet"
    QString name; // shown to users
    QString version;
    QString licence;
    QString source; // where it comes from, for the about box and the CLI
    QList<ModelFile> files;
};

// The models this version of CampusDesk knows, with pinned sources and hashes.
class ModelCatalogue
{
public:
    static inline const QString yunetId = QStringLiteral("yunet");
    static inline const QString faceRecognitionId = QStringLiteral("face-recognition");

    static const QList<ModelInfo> &models();
    static std::optional<ModelInfo> find(const QString &id);
};

} // namespace cd
