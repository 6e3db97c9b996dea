#pragma once

#include "app/core/Result.h"
#include "app/vision/ModelCatalogue.h"
#include "app/vision/ModelLocator.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cd {

// Installs the optional vision models: downloads them from the catalogue's pinned URLs, or imports
// local copies, and says which are present. No widgets: the settings page and `campusdesk-cli
// models` both drive this class.
//
// Every install is all-or-nothing for the whole model: each file is streamed into an unnamed
// temporary file in the target directory (QSaveFile) while its SHA-256 is computed, and only when
// every file of the model has the catalogue's size and hash are they renamed into place. On any
// failure (network error or timeout, HTTP error, truncated or wrong bytes, unwritable directory,
// cancel) nothing is left in the directory and an older copy stays as it was. Errors are
// translated and name the file; the vision code then keeps using its fallbacks (Haar, LBPH).
//
// Use from the GUI thread: download() and importFiles() return at once and report through the
// signals. status() reads and hashes the model's files (about 20 ms for the 6 MB descriptor), so
// widgets call inspect() through runInBackground instead and refresh on statusChanged().
//
//   auto *models = new ModelManager(this);
//   connect(models, &ModelManager::progress, this, [](const QString &id, qint64 done, qint64 all)
//   {...}); connect(models, &ModelManager::finished, this, [](const QString &id, bool ok, const
//   QString &error) {...}); models->download(ModelCatalogue::yunetId);
class ModelManager : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Missing, // no directory of the search path holds every file
        Present, // complete and verified, in `directory`
        Corrupt, // complete in `directory`, but `file` has the wrong size or SHA-256
        Downloading, // a download or import of this model is running
    };
    Q_ENUM(State)

    struct Status
    {
        State state = State::Missing;
        QString directory; // Present / Corrupt: where the model was found
        QString file; // Corrupt: the bad file; Missing: the first missing file
        QString message; // translated explanation for Missing and Corrupt
    };

    // Where each file is fetched from. The default is the catalogue's pinned URL; tests point it at
    // a loopback server.
    using UrlResolver = std::function<QUrl(const ModelInfo &, const ModelFile &)>;

    // `locator` decides where status() looks; `catalogue` defaults to ModelCatalogue::models().
    explicit ModelManager(QObject *parent = nullptr);
    explicit ModelManager(const ModelLocator &locator, QObject *parent = nullptr);
    ModelManager(const ModelLocator &locator, const QList<ModelInfo> &catalogue,
                 QObject *parent = nullptr);
    ~ModelManager() override; // cancels running downloads, removing their temporary files

    const QList<ModelInfo> &catalogue() const { return m_catalogue; }
    std::optional<ModelInfo> find(const QString &modelId) const;

    void setUrlResolver(UrlResolver resolver);
    // A download fails when no byte arrives for this long (default 30 s).
    void setTransferTimeout(std::chrono::milliseconds timeout);

    // Where installs go when no directory is given: ModelLocator::userDirectory().
    static QString defaultDirectory();

    Status status(const QString &modelId) const;
    // The same check without the Downloading state; safe on any thread (for runInBackground).
    static Status inspect(const ModelInfo &model, const ModelLocator &locator);
    bool isBusy(const QString &modelId) const
    {
        return m_jobs.contains(modelId) || m_imports.contains(modelId);
    }

    // Starts downloading every file of the model into `directory` (default: defaultDirectory(),
    // created when needed). Emits progress() while bytes arrive and finished() once, also when it
    // cannot start (unknown model, already busy, directory not writable).
    void download(const QString &modelId, const QString &directory = {});

    // Installs a model from local copies: `paths` are the model's files or folders holding them
    // (for a one-file model any file name is accepted). Every file is checked before anything is
    // copied; a wrong file is refused with the reason. Runs on a worker thread; emits finished().
    void importFiles(const QString &modelId, const QStringList &paths,
                     const QString &directory = {});

    // The work of importFiles(), synchronous and safe on any thread. Returns the directory.
    static Result<QString> installFromFiles(const ModelInfo &model, const QStringList &paths,
                                            const QString &directory);

    // Stops a running download; finished() reports it as cancelled. Nothing is installed.
    void cancel(const QString &modelId);

signals:
    // Bytes of the whole model (all files) received so far, and its total size.
    void progress(const QString &modelId, qint64 bytesReceived, qint64 bytesTotal);
    // Once per download() or importFiles(); `error` is translated and empty on success.
    void finished(const QString &modelId, bool ok, const QString &error);
    // The model's status() may have changed (a job started or ended, files were installed).
    void statusChanged(const QString &modelId);

private:
    struct Job;

    void startNextFile(Job &job);
    bool onReadyRead(Job &job); // false when it ended the job
    void onReplyFinished(Job &job);
    QString replyError(const Job &job) const;
    void commit(Job &job);
    void complete(const QString &modelId, const QString &error);
    void failLater(const QString &modelId, const QString &message);

    ModelLocator m_locator;
    QList<ModelInfo> m_catalogue;
    UrlResolver m_resolveUrl;
    std::chrono::milliseconds m_timeout{30000};
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, std::shared_ptr<Job>> m_jobs; // downloads
    QSet<QString> m_imports; // imports running on a worker thread
};

} // namespace cd
