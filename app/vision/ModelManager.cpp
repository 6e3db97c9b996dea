#include "app/vision/ModelManager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 copyChunk = 256 * 1024;

qint64 totalSize(const ModelInfo &model)
{
    qint64 total = 0;
    for (const ModelFile &file : model.files)
        total += file.size;
    return total;
}

QString defaultTarget(const QString &directory)
{
    return directory.isEmpty() ? ModelManager::defaultDirectory() : directory;
}

// Creates the directory; an empty string when it exists afterwards, else the translated reason.
QString makeDirectory(const QString &directory)
{
    if (QDir().mkpath(directory) && QFileInfo(directory).isDir())
        return {};
    return ModelManager::tr("The folder %1 cannot be created, so the model cannot be installed "
                            "there. Choose a folder you may write to.")
        .arg(QDir::toNativeSeparators(directory));
}

QString openError(const QSaveFile &file, const QString &directory)
{
    return ModelManager::tr("Cannot write into the folder %1 (%2). Choose a folder you may write "
                            "to, or free some space.")
        .arg(QDir::toNativeSeparators(directory), file.errorString());
}

QString sizeError(const ModelFile &file, qint64 size)
{
    return ModelManager::tr("%1 is incomplete or not the expected version: it has %2 bytes "
                            "instead of %3. Nothing was installed.")
        .arg(file.fileName)
        .arg(size)
        .arg(file.size);
}

QString hashError(const ModelFile &file)
{
    return ModelManager::tr("%1 is damaged or not the expected version (its SHA-256 does not match "
                            "the catalogue). Nothing was installed.")
        .arg(file.fileName);
}

// Commits every verified temporary file into place. Each one has the pinned size and hash, so a
// copy it replaces was either identical or damaged.
QString commitAll(std::vector<std::unique_ptr<QSaveFile>> &files, const QString &directory)
{
    for (const auto &file : files) {
        if (!file->commit())
            return ModelManager::tr("Could not install %1 into %2: %3")
                .arg(QFileInfo(file->fileName()).fileName(), QDir::toNativeSeparators(directory),
                     file->errorString());
    }
    return {};
}

} // namespace

// One running download: the model's files are fetched one after another into temporaries.
struct ModelManager::Job
{
    ModelInfo model;
    QString directory;
    qint64 total = 0;
    qint64 doneBefore = 0; // bytes of the files already verified
    qsizetype index = 0; // the file being downloaded
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QSaveFile> current;
    std::vector<std::unique_ptr<QSaveFile>> verified;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 received = 0; // bytes of the current file

    const ModelFile &file() const { return model.files.at(index); }
};

ModelManager::ModelManager(QObject *parent)
    : ModelManager(ModelLocator(), ModelCatalogue::models(), parent)
{
}

ModelManager::ModelManager(const ModelLocator &locator, QObject *parent)
    : ModelManager(locator, ModelCatalogue::models(), parent)
{
}

ModelManager::ModelManager(const ModelLocator &locator, const QList<ModelInfo> &catalogue,
                           QObject *parent)
    : QObject(parent), m_locator(locator), m_catalogue(catalogue),
      m_resolveUrl([](const ModelInfo &, const ModelFile &file) { return QUrl(file.url); }),
      m_network(new QNetworkAccessManager(this))
{
}

ModelManager::~ModelManager()
{
    const QStringList running = m_jobs.keys();
    for (const QString &id : running) {
        const std::shared_ptr<Job> job = m_jobs.take(id);
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
    }
}

std::optional<ModelInfo> ModelManager::find(const QString &modelId) const
{
    for (const ModelInfo &model : m_catalogue) {
        if (model.id == modelId)
            return model;
    }
    return std::nullopt;
}

void ModelManager::setUrlResolver(UrlResolver resolver)
{
    m_resolveUrl = std::move(resolver);
}

void ModelManager::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QString ModelManager::defaultDirectory()
{
    return ModelLocator::userDirectory();
}

ModelManager::Status ModelManager::status(const QString &modelId) const
{
    const auto model = find(modelId);
    if (!model) {
        return Status{
            State::Missing, {}, {}, tr("CampusDesk knows no model called \"%1\".").arg(modelId)};
    }
    if (isBusy(modelId))
        return Status{State::Downloading, {}, {}, {}};
    return inspect(*model, m_locator);
}

ModelManager::Status ModelManager::inspect(const ModelInfo &model, const ModelLocator &locator)
{
    const auto directory = locator.directoryOf(model);
    if (!directory) {
        for (const ModelFile &file : model.files) {
            const Result<QString> found = locator.locate(model.id, file.fileName);
            if (!found)
                return Status{State::Missing, {}, file.fileName, found.error().message};
        }
        return Status{State::Missing,
                      {},
                      {},
                      tr("The model \"%1\" is incomplete: no folder holds all of its files.")
                          .arg(model.name)};
    }
    // File by file, so that the status can name the bad one.
    for (const ModelFile &file : model.files) {
        ModelInfo single = model;
        single.files = {file};
        const Result<void> verified = ModelLocator::verify(single, *directory);
        if (!verified)
            return Status{State::Corrupt, *directory, file.fileName, verified.error().message};
    }
    return Status{State::Present, *directory, {}, {}};
}

void ModelManager::failLater(const QString &modelId, const QString &message)
{
    // Reported from the event loop, so that callers see one path for every outcome.
    QTimer::singleShot(0, this,
                       [this, modelId, message] { emit finished(modelId, false, message); });
}

void ModelManager::download(const QString &modelId, const QString &directory)
{
    const auto model = find(modelId);
    if (!model || model->files.isEmpty()) {
        failLater(modelId, tr("CampusDesk knows no model called \"%1\".").arg(modelId));
        return;
    }
    if (isBusy(modelId)) {
        failLater(modelId, tr("\"%1\" is already being installed.").arg(model->name));
        return;
    }
    auto job = std::make_shared<Job>();
    job->model = *model;
    job->directory = defaultTarget(directory);
    job->total = totalSize(*model);
    if (const QString error = makeDirectory(job->directory); !error.isEmpty()) {
        failLater(modelId, error);
        return;
    }
    m_jobs.insert(modelId, job);
    emit statusChanged(modelId);
    emit progress(modelId, 0, job->total);
    startNextFile(*job);
}

void ModelManager::startNextFile(Job &job)
{
    const ModelFile &file = job.file();
    job.current = std::make_unique<QSaveFile>(QDir(job.directory).filePath(file.fileName));
    if (!job.current->open(QIODevice::WriteOnly)) {
        complete(job.model.id, openError(*job.current, job.directory));
        return;
    }
    job.hash.reset();
    job.received = 0;

    QNetworkRequest request(m_resolveUrl(job.model, file));
    // GitHub's raw URLs redirect to another host; never from https down to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = m_network->get(request);
    job.reply = reply;
    const QString id = job.model.id;
    // The job is looked up again on each signal: it may have been cancelled meanwhile.
    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] {
        if (const std::shared_ptr<Job> current = m_jobs.value(id);
            current && current->reply == reply)
            onReadyRead(*current);
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] {
        reply->deleteLater();
        if (const std::shared_ptr<Job> current = m_jobs.value(id);
            current && current->reply == reply)
            onReplyFinished(*current);
    });
}

bool ModelManager::onReadyRead(Job &job)
{
    const int status = job.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = job.reply->readAll();
    if (status != 200)
        return true; // an error page: reported when the reply finishes
    const ModelFile &file = job.file();
    if (job.received + data.size() > file.size) {
        // More bytes than the catalogue says: not the pinned file. Stop before filling the disk.
        complete(job.model.id, sizeError(file, job.received + data.size()));
        return false;
    }
    if (job.current->write(data) != data.size()) {
        complete(job.model.id, openError(*job.current, job.directory));
        return false;
    }
    job.hash.addData(data);
    job.received += data.size();
    emit progress(job.model.id, job.doneBefore + job.received, job.total);
    return true;
}

QString ModelManager::replyError(const Job &job) const
{
    const ModelFile &file = job.file();
    QNetworkReply *reply = job.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString url = reply->url().toDisplayString();
    if (status != 0 && status != 200) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return tr("Could not download %1: the server answered %2 %3 for %4.")
            .arg(file.fileName)
            .arg(status)
            .arg(reason, url);
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // our own aborts disconnect first: a timeout
    case QNetworkReply::TimeoutError:
        return tr("Downloading %1 timed out: nothing arrived from %2 for %3 seconds. Check the "
                  "internet connection and try again.")
            .arg(file.fileName, reply->url().host())
            .arg(m_timeout.count() / 1000.0);
    default: break;
    }
    if (job.received > 0 && job.received < file.size) {
        return tr("The download of %1 broke off after %2 of %3 bytes (%4). Try again.")
            .arg(file.fileName)
            .arg(job.received)
            .arg(file.size)
            .arg(reply->errorString());
    }
    return tr("Could not download %1 from %2: %3. Check the internet connection, or fetch the "
              "file on another computer and import it.")
        .arg(file.fileName, url, reply->errorString());
}

void ModelManager::onReplyFinished(Job &job)
{
    const QString id = job.model.id;
    if (job.reply->bytesAvailable() > 0 && !onReadyRead(job))
        return;
    const int status = job.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (job.reply->error() != QNetworkReply::NoError || status != 200) {
        complete(id, replyError(job));
        return;
    }
    const ModelFile &file = job.file();
    if (job.received != file.size) {
        complete(id, sizeError(file, job.received));
        return;
    }
    if (job.hash.result().toHex() != file.sha256) {
        complete(id, hashError(file));
        return;
    }
    job.doneBefore += file.size;
    job.verified.push_back(std::move(job.current));
    job.reply = nullptr;
    ++job.index;
    if (job.index < job.model.files.size())
        startNextFile(job);
    else
        commit(job);
}

void ModelManager::commit(Job &job)
{
    complete(job.model.id, commitAll(job.verified, job.directory));
}

void ModelManager::complete(const QString &modelId, const QString &error)
{
    const std::shared_ptr<Job> job = m_jobs.take(modelId);
    if (!job)
        return;
    if (job->reply) {
        job->reply->disconnect(this);
        job->reply->abort();
        job->reply->deleteLater();
    }
    // Uncommitted QSaveFiles discard their temporary files when destroyed.
    job->current.reset();
    job->verified.clear();
    emit statusChanged(modelId);
    emit finished(modelId, error.isEmpty(), error);
}

void ModelManager::cancel(const QString &modelId)
{
    const std::shared_ptr<Job> job = m_jobs.value(modelId);
    if (!job)
        return;
    complete(
        modelId,
        tr("The download of \"%1\" was cancelled. Nothing was installed.").arg(job->model.name));
}

void ModelManager::importFiles(const QString &modelId, const QStringList &paths,
                               const QString &directory)
{
    const auto model = find(modelId);
    if (!model) {
        failLater(modelId, tr("CampusDesk knows no model called \"%1\".").arg(modelId));
        return;
    }
    if (isBusy(modelId)) {
        failLater(modelId, tr("\"%1\" is already being installed.").arg(model->name));
        return;
    }
    m_imports.insert(modelId);
    emit statusChanged(modelId);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, modelId] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_imports.remove(modelId);
        emit statusChanged(modelId);
        emit finished(modelId, error.isEmpty(), error);
    });
    const QString target = defaultTarget(directory);
    watcher->setFuture(QtConcurrent::run([model = *model, paths, target] {
        const Result<QString> installed = installFromFiles(model, paths, target);
        return installed ? QString() : installed.error().message;
    }));
}

Result<QString> ModelManager::installFromFiles(const ModelInfo &model, const QStringList &paths,
                                               const QString &directory)
{
    if (paths.isEmpty()) {
        return Error::make(
            Error::Code::Invalid,
            tr("Give the file(s) of \"%1\" or the folder that holds them.").arg(model.name));
    }
    // Each file of the model comes from a given file of that name, or from a given folder.
    QStringList files;
    QStringList folders;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir())
            folders << path;
        else if (info.isFile())
            files << path;
        else
            return Error::make(Error::Code::NotFound,
                               tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    }
    QStringList sources;
    for (const ModelFile &file : model.files) {
        QString source;
        for (const QString &path : files) {
            if (QFileInfo(path).fileName() == file.fileName)
                source = path;
        }
        for (const QString &folder : folders) {
            const QString candidate = QDir(folder).filePath(file.fileName);
            if (source.isEmpty() && QFileInfo(candidate).isFile())
                source = candidate;
        }
        if (source.isEmpty() && model.files.size() == 1 && files.size() == 1)
            source = files.constFirst(); // a one-file model may have been renamed
        if (source.isEmpty()) {
            return Error::make(Error::Code::NotFound,
                               tr("%1 of \"%2\" is missing: give that file or the folder that "
                                  "holds it.")
                                   .arg(file.fileName, model.name));
        }
        sources << source;
    }

    if (const QString error = makeDirectory(directory); !error.isEmpty())
        return Error::make(Error::Code::Io, error);
    // Copy into temporaries while hashing what is written; commit only when all are right.
    std::vector<std::unique_ptr<QSaveFile>> copies;
    for (qsizetype i = 0; i < model.files.size(); ++i) {
        const ModelFile &file = model.files.at(i);
        QFile in(sources.at(i));
        if (!in.open(QIODevice::ReadOnly)) {
            return Error::make(Error::Code::Io,
                               tr("%1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(in.fileName()), in.errorString()));
        }
        const QString shown = QDir::toNativeSeparators(in.fileName());
        if (in.size() != file.size) {
            return Error::make(Error::Code::Corrupt,
                               tr("%1 is not %2 of \"%3\": it has %4 bytes instead of %5.")
                                   .arg(shown, file.fileName, model.name)
                                   .arg(in.size())
                                   .arg(file.size));
        }
        auto out = std::make_unique<QSaveFile>(QDir(directory).filePath(file.fileName));
        if (!out->open(QIODevice::WriteOnly))
            return Error::make(Error::Code::Io, openError(*out, directory));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(copyChunk);
            if (chunk.isEmpty() || out->write(chunk) != chunk.size())
                return Error::make(Error::Code::Io, openError(*out, directory), in.errorString());
            hash.addData(chunk);
        }
        if (hash.result().toHex() != file.sha256) {
            return Error::make(Error::Code::Corrupt,
                               tr("%1 is damaged or not the expected version of %2 (its SHA-256 "
                                  "does not match the catalogue). Nothing was installed.")
                                   .arg(shown, file.fileName));
        }
        copies.push_back(std::move(out));
    }
    if (const QString error = commitAll(copies, directory); !error.isEmpty())
        return Error::make(Error::Code::Io, error);
    return directory;
}

} // namespace cd
