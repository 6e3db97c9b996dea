#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace cd {

// Secrets (such as a remembered session) in the operating system's keychain, through QtKeychain:
// the Secret Service (GNOME Keyring) or KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows. Each entry is found by service name and key.
//
// Nothing blocks: every call returns at once and `done` runs later, on this object's thread (use
// it from that thread, normally the GUI's), once the keychain answers or the timeout passes. If
// the store is destroyed first, `done` never runs.
// Without a keychain every call fails with Error::Code::Unavailable; a missing entry is NotFound.
// (A keyring left locked, its unlock prompt refused or impossible, reads as NotFound: libsecret
// finds no unlocked entry.)
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultTimeout{std::chrono::minutes(2)};

    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }
    // How long to wait for the keychain, which may be showing the user an unlock prompt.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Creates or replaces the entry.
    void write(const QString &key, const QByteArray &secret,
               std::function<void(Result<void>)> done);
    void read(const QString &key, std::function<void(Result<QByteArray>)> done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &key, std::function<void(Result<void>)> done);

    // The key of the remembered session for a database file: "session:" and the hex SHA-256 of
    // its canonical absolute path, so every way of naming the same file gives the same key.
    static QString keyFor(const QString &databasePath);

private:
    // Runs the job; `finished` gets it back on success, or the error (including a timeout).
    void start(QKeychain::Job *job, std::function<void(const Result<QKeychain::Job *> &)> finished);

    QString m_service;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace cd
