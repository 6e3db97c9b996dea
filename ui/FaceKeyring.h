#pragma once

#include "app/core/Result.h"
#include "app/store/TemplateCipher.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cd {

class Database;
class TemplateKeychain;

// Hands the face template key to the screens that enrol or recognise faces. The desktop's comes
// from the OS keychain (TemplateKeychain) on first use; a new key is made only while the database
// holds no template, since a new key would make existing ones unreadable (a locked keyring also
// reads as "no key"). Tests and the command-line tool give a fixed key instead.
// The cipher is shared so background work can keep using it after the screen that asked is gone.
class FaceKeyring : public QObject
{
    Q_OBJECT
public:
    using Cipher = std::shared_ptr<const TemplateCipher>;

    // The key in the OS keychain, under `service` (tests use their own).
    FaceKeyring(const Database &db, const QString &service, QObject *parent = nullptr);
    explicit FaceKeyring(const Database &db, QObject *parent = nullptr);
    // A fixed key.
    explicit FaceKeyring(TemplateCipher cipher, QObject *parent = nullptr);
    ~FaceKeyring() override;

    // `done` gets the cipher (at once when it is loaded already, later on this thread when the
    // keychain must be asked) or a translated error saying why enrolment and recognition are off.
    // Calls made while the key loads wait for the same load; a failure is not remembered, so the
    // next call asks again (the keyring may have been unlocked meanwhile).
    void withCipher(std::function<void(Result<Cipher>)> done);

private:
    void finish(const Result<Cipher> &result);

    const Database *m_db = nullptr;
    TemplateKeychain *m_keychain = nullptr; // a child; null with a fixed key
    Cipher m_cipher;
    QList<std::function<void(Result<Cipher>)>> m_waiting;
};

} // namespace cd
