#include "app/sync/CredentialStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

Error keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError: break;
    case QKeychain::EntryNotFound:
        return Error::make(Error::Code::NotFound,
                           CredentialStore::tr("CampusDesk has no saved sign-in in the keychain."),
                           job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Code::Unavailable,
                           CredentialStore::tr("The keychain refused access, so CampusDesk cannot "
                                               "remember your sign-in."),
                           job.errorString());
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(Error::Code::Unavailable,
                           CredentialStore::tr("CampusDesk could not remove your saved sign-in "
                                               "from the keychain."),
                           job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: break;
    }
    // Without a D-Bus session or Secret Service, QtKeychain reports OtherError, not NoBackend.
    return Error::make(Error::Code::Unavailable,
                       CredentialStore::tr("This computer has no keychain available, so CampusDesk "
                                           "cannot remember your sign-in."),
                       job.errorString());
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : CredentialStore(u"CampusDesk"_s, parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::write(const QString &key, const QByteArray &secret,
                            std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    start(job, [done = std::move(done)](const Result<QKeychain::Job *> &finished) {
        done(finished ? Result<void>() : Result<void>(finished.error()));
    });
}

void CredentialStore::read(const QString &key, std::function<void(Result<QByteArray>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    start(job, [done = std::move(done)](const Result<QKeychain::Job *> &finished) {
        if (!finished)
            return done(finished.error());
        done(static_cast<QKeychain::ReadPasswordJob *>(*finished)->binaryData());
    });
}

void CredentialStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    start(job, [done = std::move(done)](const Result<QKeychain::Job *> &finished) {
        if (!finished && finished.error().code != Error::Code::NotFound)
            return done(finished.error());
        done({});
    });
}

// The job is not parented to the store: libsecret holds a raw pointer to it until it answers,
// so deleting it early would crash. It deletes itself when done (autoDelete); the timer, a child
// of the store, is the context of both connections, so nothing runs once the store is gone.
void CredentialStore::start(QKeychain::Job *job,
                            std::function<void(const Result<QKeychain::Job *> &)> finished)
{
    auto *pending = new QTimer(this);
    pending->setSingleShot(true);
    connect(job, &QKeychain::Job::finished, pending, [pending, finished](QKeychain::Job *done) {
        if (!pending->isActive())
            return; // timed out already
        pending->stop();
        pending->deleteLater();
        if (done->error() != QKeychain::NoError)
            return finished(keychainError(*done));
        finished(done);
    });
    connect(pending, &QTimer::timeout, pending, [pending, finished, timeout = m_timeout] {
        pending->deleteLater();
        finished(Error::make(Error::Code::Unavailable,
                             tr("The keychain did not answer, so CampusDesk cannot remember your "
                                "sign-in."),
                             u"no answer from the keychain within %1 ms"_s.arg(timeout.count())));
    });
    pending->start(m_timeout);
    job->setAutoDelete(true);
    job->start();
}

QString CredentialStore::keyFor(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    QString path = file.canonicalFilePath(); // empty while the file does not exist
    if (path.isEmpty())
        path = QDir::cleanPath(file.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    return u"session:"_s + QString::fromLatin1(hash.toHex());
}

} // namespace cd
