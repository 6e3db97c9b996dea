// FaceKeyring: the face template key for the screens. scripts/test runs the tests in a private
// D-Bus session with a fresh gnome-keyring; this test keeps its entries under a service of its
// own and removes them again.
#include "app/store/FaceTemplateRepository.h"
#include "app/store/StudentRepository.h"
#include "app/sync/CredentialStore.h"
#include "app/sync/TemplateKeychain.h"
#include "tests/support/TestSupport.h"
#include "ui/FaceKeyring.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<Result<FaceKeyring::Cipher>> await(FaceKeyring &keyring)
{
    std::optional<Result<FaceKeyring::Cipher>> answer;
    keyring.withCipher([&answer](Result<FaceKeyring::Cipher> result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        qFatal("The keyring never called back");
    return answer;
}

} // namespace

class TestFaceKeyring : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_service
        = u"CampusDesk-facekeyring-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
              .arg(QRandomGenerator::global()->generate());
    bool m_keychain = false;

    void removeEntry()
    {
        CredentialStore store(m_service);
        bool done = false;
        store.remove(TemplateKeychain::entryName(), [&done](Result<void>) { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
    }

private slots:
    void initTestCase()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        CredentialStore store(m_service);
        std::optional<Result<QByteArray>> probe;
        store.read(u"probe"_s, [&probe](Result<QByteArray> r) { probe = std::move(r); });
        QVERIFY(QTest::qWaitFor([&probe] { return probe.has_value(); }, 30000));
        m_keychain = probe->ok() || probe->error().code == Error::Code::NotFound;
        if (!m_keychain && qEnvironmentVariableIsSet("CAMPUSDESK_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(u"No keychain: "_s + probe->error().message));
    }

    void cleanupTestCase()
    {
        if (m_keychain)
            removeEntry();
    }

    void aFixedKeyIsHandedOutAtOnce()
    {
        auto cipher = TemplateCipher::generate();
        QVERIFY(cipher);
        const QByteArray key = cipher->exportKey();
        FaceKeyring keyring(std::move(cipher).value());
        bool called = false;
        keyring.withCipher([&](Result<FaceKeyring::Cipher> result) {
            called = true;
            QVERIFY(result);
            QCOMPARE((*result)->exportKey(), key);
        });
        QVERIFY(called); // no event loop needed
    }

    void theKeychainKeyIsMadeOnceAndShared()
    {
        if (!m_keychain)
            QSKIP("No keychain on this computer");
        FaceKeyring keyring(*m_db, m_service);
        std::optional<Result<FaceKeyring::Cipher>> first, second;
        keyring.withCipher([&](Result<FaceKeyring::Cipher> r) { first = r; });
        keyring.withCipher([&](Result<FaceKeyring::Cipher> r) { second = r; }); // while loading
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 30000));
        QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().message));
        QVERIFY(second->ok());
        QCOMPARE(first->value().get(), second->value().get());

        // Another keyring (the next start of the app) reads the same key back.
        FaceKeyring later(*m_db, m_service);
        auto again = await(later);
        QVERIFY(again && again->ok());
        QCOMPARE(again->value()->exportKey(), first->value()->exportKey());
    }

    void noNewKeyWhenTemplatesExist()
    {
        if (!m_keychain)
            QSKIP("No keychain on this computer");
        removeEntry();
        // A template sealed with a key that is now lost.
        const Actor admin = test::testActor();
        StudentRepository students(*m_db);
        auto student
            = students.create(test::sampleStudent(u"2026-0101"_s, u"Lina"_s, u"Haddad"_s), admin);
        QVERIFY(student);
        QVERIFY(students.setConsent(*student, true, admin));
        auto lost = TemplateCipher::generate();
        QVERIFY(lost);
        QVERIFY(FaceTemplateRepository(*m_db, *lost)
                    .add(student->id, u"lbph-100"_s, QByteArray(32, 7), 1, admin));

        FaceKeyring keyring(*m_db, m_service);
        auto answer = await(keyring);
        QVERIFY(answer && !answer->ok());
        QCOMPARE(answer->error().code, Error::Code::NotFound);
        QVERIFY(!answer->error().message.isEmpty());

        // Nothing was written: a later call still finds no key.
        CredentialStore store(m_service);
        std::optional<Result<QByteArray>> read;
        store.read(TemplateKeychain::entryName(),
                   [&read](Result<QByteArray> r) { read = std::move(r); });
        QVERIFY(QTest::qWaitFor([&read] { return read.has_value(); }, 30000));
        QCOMPARE(read->error().code, Error::Code::NotFound);
    }
};

QTEST_MAIN(TestFaceKeyring)
#include "tst_facekeyring.moc"
