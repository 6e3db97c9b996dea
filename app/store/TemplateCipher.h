#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cd {

// A face template as stored: the secretbox and the random nonce it was sealed with.
struct SealedTemplate
{
    QByteArray nonce; // TemplateCipher::nonceBytes
    QByteArray ciphertext; // the plaintext plus a 16-byte authentication tag
};

// Encrypts face templates at rest with libsodium's secretbox (XSalsa20-Poly1305).
//
// The 32-byte key lives in sodium_malloc'd memory (guard pages, never swapped where the system
// allows, wiped when freed) and never leaves it except through exportKey(), which the key file
// and the keychain need to store it. Not copyable, so a key is never duplicated by accident;
// movable. A moved-from or default-constructed cipher holds no key and refuses every call.
class TemplateCipher
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCipher)
public:
    static constexpr qsizetype keyBytes = 32; // crypto_secretbox_KEYBYTES
    static constexpr qsizetype nonceBytes = 24; // crypto_secretbox_NONCEBYTES
    static constexpr qsizetype tagBytes = 16; // crypto_secretbox_MACBYTES

    TemplateCipher() = default;
    ~TemplateCipher();
    TemplateCipher(TemplateCipher &&other) noexcept;
    TemplateCipher &operator=(TemplateCipher &&other) noexcept;
    TemplateCipher(const TemplateCipher &) = delete;
    TemplateCipher &operator=(const TemplateCipher &) = delete;

    // A cipher with a fresh random key.
    static Result<TemplateCipher> generate();
    // A cipher with this key (exactly keyBytes long).
    static Result<TemplateCipher> fromKey(QByteArrayView key);
    // Fresh random key bytes, for a caller that stores them before using them. Wipe the array
    // (sodium_memzero or wipe()) once it has been stored.
    static QByteArray generateKey();
    // Overwrites the bytes in place (the compiler may not drop it, unlike a plain memset).
    static void wipe(QByteArray &bytes);

    bool isValid() const { return m_key != nullptr; }
    // A copy of the key, for storing it; wipe() it afterwards.
    QByteArray exportKey() const;

    // Seals `plaintext` under a fresh random nonce: the same plaintext never gives the same
    // ciphertext twice.
    Result<SealedTemplate> seal(QByteArrayView plaintext) const;
    // The plaintext, or a translated error if the key is wrong or a byte was changed.
    Result<QByteArray> open(const SealedTemplate &sealed) const;

    // A template bound to its owner: the student id and the model are sealed together with the
    // data and checked again by openFor(), so a ciphertext copied onto another student's row (or
    // relabelled as another model) does not open. See the .cpp for why this is needed.
    Result<SealedTemplate> sealFor(const QString &studentId, const QString &model,
                                   QByteArrayView data) const;
    Result<QByteArray> openFor(const SealedTemplate &sealed, const QString &studentId,
                               const QString &model) const;

private:
    explicit TemplateCipher(unsigned char *key) : m_key(key) { }

    unsigned char *m_key = nullptr; // keyBytes, from sodium_malloc
};

} // namespace cd
