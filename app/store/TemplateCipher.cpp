#include "app/store/TemplateCipher.h"

#include <QtEndian>

#include <cstring>
#include <sodium.h>
#include <utility>

namespace cd {

using namespace Qt::Literals::StringLiterals;

static_assert(TemplateCipher::keyBytes == crypto_secretbox_KEYBYTES);
static_assert(TemplateCipher::nonceBytes == crypto_secretbox_NONCEBYTES);
static_assert(TemplateCipher::tagBytes == crypto_secretbox_MACBYTES);

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

Error noKey()
{
    return Error::make(Error::Code::Unavailable,
                       TemplateCipher::tr("No key for face templates is loaded, so they cannot be "
                                          "read or stored."),
                       u"TemplateCipher without a key"_s);
}

Error noSodium()
{
    return Error::make(Error::Code::Unavailable,
                       TemplateCipher::tr("The encryption library could not start, so face "
                                          "templates cannot be read or stored."),
                       u"sodium_init failed"_s);
}

// The binding written in front of the data inside the secretbox:
//   "CDT1", u16 length + UTF-8 student id, u16 length + UTF-8 model, then the data.
constexpr QByteArrayView magic("CDT1");

void appendField(QByteArray &out, const QByteArray &field)
{
    const auto size = static_cast<quint16>(field.size());
    const quint16 big = qToBigEndian(size);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
    out.append(field);
}

// Reads one length-prefixed field at `pos`, advancing it; false if the payload is too short.
bool takeField(const QByteArray &payload, qsizetype &pos, QByteArray &field)
{
    if (payload.size() - pos < 2)
        return false;
    const quint16 size = qFromBigEndian<quint16>(payload.constData() + pos);
    pos += 2;
    if (payload.size() - pos < size)
        return false;
    field = payload.mid(pos, size);
    pos += size;
    return true;
}

} // namespace

TemplateCipher::~TemplateCipher()
{
    if (m_key)
        sodium_free(m_key); // wipes the key before freeing it
}

TemplateCipher::TemplateCipher(TemplateCipher &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{
}

TemplateCipher &TemplateCipher::operator=(TemplateCipher &&other) noexcept
{
    if (this != &other) {
        if (m_key)
            sodium_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

Result<TemplateCipher> TemplateCipher::generate()
{
    if (!sodiumReady())
        return noSodium();
    auto *key = static_cast<unsigned char *>(sodium_malloc(keyBytes));
    if (!key)
        return Error::make(Error::Code::Unavailable,
                           tr("There is not enough secure memory to hold the face template key."),
                           u"sodium_malloc failed"_s);
    crypto_secretbox_keygen(key);
    return TemplateCipher(key);
}

Result<TemplateCipher> TemplateCipher::fromKey(QByteArrayView key)
{
    if (key.size() != keyBytes)
        return Error::make(Error::Code::Invalid,
                           tr("The face template key is damaged: it must be %1 bytes long, not %2.")
                               .arg(keyBytes)
                               .arg(key.size()));
    if (!sodiumReady())
        return noSodium();
    auto *stored = static_cast<unsigned char *>(sodium_malloc(keyBytes));
    if (!stored)
        return Error::make(Error::Code::Unavailable,
                           tr("There is not enough secure memory to hold the face template key."),
                           u"sodium_malloc failed"_s);
    std::memcpy(stored, key.data(), keyBytes);
    return TemplateCipher(stored);
}

QByteArray TemplateCipher::generateKey()
{
    if (!sodiumReady())
        return {};
    QByteArray key(keyBytes, Qt::Uninitialized);
    crypto_secretbox_keygen(bytes(key));
    return key;
}

void TemplateCipher::wipe(QByteArray &array)
{
    if (!array.isEmpty())
        sodium_memzero(array.data(), static_cast<size_t>(array.size()));
    array.clear();
}

QByteArray TemplateCipher::exportKey() const
{
    if (!m_key)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_key), keyBytes);
}

Result<SealedTemplate> TemplateCipher::seal(QByteArrayView plaintext) const
{
    if (!m_key)
        return noKey();
    SealedTemplate sealed{QByteArray(nonceBytes, Qt::Uninitialized),
                          QByteArray(plaintext.size() + tagBytes, Qt::Uninitialized)};
    randombytes_buf(sealed.nonce.data(), nonceBytes);
    crypto_secretbox_easy(bytes(sealed.ciphertext), bytes(plaintext),
                          static_cast<unsigned long long>(plaintext.size()),
                          bytes(QByteArrayView(sealed.nonce)), m_key);
    return sealed;
}

Result<QByteArray> TemplateCipher::open(const SealedTemplate &sealed) const
{
    if (!m_key)
        return noKey();
    if (sealed.nonce.size() != nonceBytes || sealed.ciphertext.size() < tagBytes)
        return Error::make(Error::Code::Corrupt,
                           tr("This face template is damaged and cannot be read; enrol the "
                              "student's face again."),
                           u"nonce of %1 bytes, ciphertext of %2 bytes"_s.arg(sealed.nonce.size())
                               .arg(sealed.ciphertext.size()));
    QByteArray plaintext(sealed.ciphertext.size() - tagBytes, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plaintext), bytes(QByteArrayView(sealed.ciphertext)),
                                   static_cast<unsigned long long>(sealed.ciphertext.size()),
                                   bytes(QByteArrayView(sealed.nonce)), m_key)
        != 0)
        return Error::make(Error::Code::Corrupt,
                           tr("This face template cannot be opened: it was encrypted with "
                              "another key or has been changed. Enrol the student's face again."),
                           u"secretbox authentication failed"_s);
    return plaintext;
}

// Why the binding: secretbox has no associated data, so the database row's student_id and model
// are not covered by the authentication tag. Someone able to edit the file could otherwise copy
// a valid ciphertext (and its nonce) onto another student's row, and that student would then be
// recognised with the first student's face. Sealing the owner's id and the model inside the box
// and comparing them with the row on open makes such a moved template fail like a tampered one.
Result<SealedTemplate> TemplateCipher::sealFor(const QString &studentId, const QString &model,
                                               QByteArrayView data) const
{
    const QByteArray id = studentId.toUtf8();
    const QByteArray name = model.toUtf8();
    if (id.size() > 0xffff || name.size() > 0xffff)
        return Error::make(Error::Code::Invalid, tr("The student id or model name is too long."));
    QByteArray payload;
    payload.reserve(magic.size() + 4 + id.size() + name.size() + data.size());
    payload.append(magic);
    appendField(payload, id);
    appendField(payload, name);
    payload.append(data);
    auto sealed = seal(payload);
    wipe(payload);
    return sealed;
}

Result<QByteArray> TemplateCipher::openFor(const SealedTemplate &sealed, const QString &studentId,
                                           const QString &model) const
{
    auto payload = open(sealed);
    if (!payload)
        return payload.error();
    qsizetype pos = magic.size();
    QByteArray id;
    QByteArray name;
    if (!payload->startsWith(magic) || !takeField(*payload, pos, id)
        || !takeField(*payload, pos, name))
        return Error::make(Error::Code::Corrupt,
                           tr("This face template is damaged and cannot be read; enrol the "
                              "student's face again."),
                           u"sealed payload has no owner binding"_s);
    if (id != studentId.toUtf8() || name != model.toUtf8())
        return Error::make(Error::Code::Corrupt,
                           tr("This face template belongs to another student or model and was "
                              "not used. Enrol the student's face again."),
                           u"sealed for another student or model"_s);
    QByteArray data = payload->mid(pos);
    wipe(*payload);
    return data;
}

} // namespace cd
