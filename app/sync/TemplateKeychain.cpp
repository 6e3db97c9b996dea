#include "app/sync/TemplateKeychain.h"

#include "app/sync/CredentialStore.h"

#include <memory>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// CredentialStore's messages speak of the sign-in; these speak of face enrolment.
Error translated(const Error &error)
{
    if (error.code == Error::Code::Unavailable)
        return Error::make(Error::Code::Unavailable,
                           TemplateKeychain::tr("The keychain of this computer cannot be used, so "
                                                "face templates cannot be stored safely and face "
                                                "enrolment is turned off."),
                           error.message + u" "_s + error.detail);
    return error;
}

} // namespace

TemplateKeychain::TemplateKeychain(QObject *parent) : TemplateKeychain(u"CampusDesk"_s, parent)
{
}

TemplateKeychain::TemplateKeychain(const QString &service, QObject *parent)
    : QObject(parent), m_store(new CredentialStore(service, this))
{
}

QString TemplateKeychain::entryName()
{
    return u"face-template-key"_s;
}

void TemplateKeychain::load(IfMissing ifMissing, std::function<void(Result<TemplateCipher>)> done)
{
    m_store->read(entryName(), [this, ifMissing, done](Result<QByteArray> read) {
        if (read) {
            auto cipher = TemplateCipher::fromKey(*read);
            TemplateCipher::wipe(*read);
            if (!cipher)
                // Left as it is: replacing it would lose every template sealed with it.
                return done(Error::make(Error::Code::Corrupt,
                                        tr("The face template key in the keychain is damaged, so "
                                           "face templates cannot be read. Restore the key or "
                                           "remove it and enrol the faces again."),
                                        cipher.error().message));
            return done(std::move(cipher));
        }
        if (read.error().code != Error::Code::NotFound)
            return done(translated(read.error()));
        if (ifMissing == IfMissing::Fail)
            return done(Error::make(Error::Code::NotFound,
                                    tr("The keychain holds no face template key (it may be "
                                       "locked), so the stored face templates cannot be read."),
                                    read.error().detail));
        create(done);
    });
}

void TemplateKeychain::create(std::function<void(Result<TemplateCipher>)> done)
{
    // Held once, shared by the callback's copies, and wiped as soon as it is stored.
    auto key = std::make_shared<QByteArray>(TemplateCipher::generateKey());
    if (key->size() != TemplateCipher::keyBytes)
        return done(Error::make(Error::Code::Unavailable,
                                tr("The encryption library could not start, so face templates "
                                   "cannot be stored.")));
    m_store->write(entryName(), *key, [key, done](Result<void> written) {
        if (!written) {
            TemplateCipher::wipe(*key);
            return done(translated(written.error()));
        }
        auto cipher = TemplateCipher::fromKey(*key);
        TemplateCipher::wipe(*key);
        done(std::move(cipher));
    });
}

} // namespace cd
