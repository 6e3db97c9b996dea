#include "ui/FaceKeyring.h"

#include "app/store/FaceTemplateRepository.h"
#include "app/sync/TemplateKeychain.h"
#include "ui/Background.h"

namespace cd {

FaceKeyring::FaceKeyring(const Database &db, const QString &service, QObject *parent)
    : QObject(parent), m_db(&db), m_keychain(new TemplateKeychain(service, this))
{
}

FaceKeyring::FaceKeyring(const Database &db, QObject *parent)
    : QObject(parent), m_db(&db), m_keychain(new TemplateKeychain(this))
{
}

FaceKeyring::FaceKeyring(TemplateCipher cipher, QObject *parent)
    : QObject(parent), m_cipher(std::make_shared<const TemplateCipher>(std::move(cipher)))
{
}

FaceKeyring::~FaceKeyring() = default;

void FaceKeyring::withCipher(std::function<void(Result<Cipher>)> done)
{
    if (m_cipher || !m_keychain) {
        if (m_cipher)
            done(m_cipher);
        else
            done(Error::make(Error::Code::Unavailable, tr("No face template key is available.")));
        return;
    }
    m_waiting.append(std::move(done));
    if (m_waiting.size() > 1)
        return; // a load is running
    const Database *db = m_db;
    runInBackground(
        this, [db] { return FaceTemplateRepository::anyStored(*db); },
        [this](Result<bool> any) {
            if (!any) {
                finish(any.error());
                return;
            }
            const auto ifMissing
                = *any ? TemplateKeychain::IfMissing::Fail : TemplateKeychain::IfMissing::Create;
            m_keychain->load(ifMissing, [this](Result<TemplateCipher> loaded) {
                if (!loaded) {
                    finish(loaded.error());
                    return;
                }
                m_cipher = std::make_shared<const TemplateCipher>(std::move(loaded.value()));
                finish(m_cipher);
            });
        });
}

void FaceKeyring::finish(const Result<Cipher> &result)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &done : waiting)
        done(result);
}

} // namespace cd
