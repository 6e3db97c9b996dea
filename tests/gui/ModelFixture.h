#pragma once

// Models for the settings tests whose bytes the test controls, served over a loopback HTTP
// server (tests/vision/LoopbackHttpServer.h), so downloads and imports run without internet.

#include "app/vision/ModelCatalogue.h"
#include "app/vision/ModelManager.h"
#include "tests/vision/LoopbackHttpServer.h"

#include <QCryptographicHash>
#include <QFile>

#include <memory>

namespace cd::test {

using namespace Qt::Literals::StringLiterals;

struct ModelFixture
{
    // Stands in for the descriptor model (its catalogue id), so the recogniser in use changes.
    static inline const QByteArray weights = QByteArray(6000, 'w');
    static inline const QByteArray manifest = QByteArray(3000, 'm');

    LoopbackHttpServer server;

    static QByteArray sha256(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    static ModelInfo descriptorModel()
    {
        return ModelInfo{ModelCatalogue::faceRecognitionId,
                         u"Test descriptor"_s,
                         u"1"_s,
                         u"MIT"_s,
                         u"test"_s,
                         {ModelFile{u"manifest.json"_s, u"https://example.invalid/manifest.json"_s,
                                    sha256(manifest), manifest.size()},
                          ModelFile{u"weights.bin"_s, u"https://example.invalid/weights.bin"_s,
                                    sha256(weights), weights.size()}}};
    }

    bool start()
    {
        server.serveFile(u"/files/manifest.json"_s, manifest);
        server.serveFile(u"/files/weights.bin"_s, weights);
        server.serve(u"/slow/manifest.json"_s,
                     LoopbackHttpServer::Route{manifest, 200, {}, LoopbackHttpServer::Mode::Stall});
        return server.listen();
    }

    // A manager over the test catalogue, fetching from `prefix` on the loopback server.
    std::unique_ptr<ModelManager> manager(const QString &prefix = u"/files/"_s)
    {
        auto models
            = std::make_unique<ModelManager>(ModelLocator(), QList<ModelInfo>{descriptorModel()});
        models->setUrlResolver([this, prefix](const ModelInfo &, const ModelFile &file) {
            return server.url(prefix + file.fileName);
        });
        return models;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
};

} // namespace cd::test
