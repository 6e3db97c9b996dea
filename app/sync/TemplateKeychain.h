#pragma once

#include "app/core/Result.h"
#include "app/store/TemplateCipher.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cd {

class CredentialStore;

// The face template key in the OS keychain (through CredentialStore), for the desktop. The key
// is read from the keychain, or made and stored there on first use; it never goes into the
// database or the log.
//
// Asynchronous like CredentialStore: load() returns at once and `done` runs later on this
// object's thread; never if this object is destroyed first. Without a keychain `done` gets an
// Unavailable error whose message says face enrolment is turned off and why, for the UI to show.
class TemplateKeychain : public QObject
{
    Q_OBJECT
public:
    // What to do when the keychain holds no key. Create only while the database has no
    // templates: a keyring that is locked also reads as "no entry", and a new key would make
    // every existing template unreadable.
    enum class IfMissing { Create, Fail };

    explicit TemplateKeychain(QObject *parent = nullptr);
    // `service` names the keychain entries (tests use their own).
    explicit TemplateKeychain(const QString &service, QObject *parent = nullptr);

    // The entry the key is kept under, in the service's entries.
    static QString entryName();

    // The store underneath, to change its timeout.
    CredentialStore *store() const { return m_store; }

    void load(IfMissing ifMissing, std::function<void(Result<TemplateCipher>)> done);

private:
    void create(std::function<void(Result<TemplateCipher>)> done);

    CredentialStore *m_store; // a child
};

} // namespace cd
