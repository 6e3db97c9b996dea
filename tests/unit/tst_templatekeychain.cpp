// The face template key in the Secret Service. Like tst_credentialstore, scripts/test runs this
// inside a private D-Bus session with a fresh gnome-keyring; entries go to a service name of
// their own and are removed again. A child copy of the test runs with no keychain at all.
#include "app/sync/CredentialStore.h"
#include "app/sync/TemplateKeychain.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char childVariable[] = "CAMPUSDESK_TEST_TEMPLATE_KEYCHAIN_CHILD";

template<typename T, typename Call> std::optional<Result<T>> await(Call call)
{
    std::optional<Result<T>> answer;
    call([&answer](Result<T> result) { answer.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        qFatal("The keychain never called back");
    return answer;
}

template<typename T> QByteArray describe(const std::optional<Result<T>> &answer)
{
    if (!answer)
        return "no answer";
    if (answer->ok())
        return "ok";
    return (answer->error().message + u" ("_s + answer->error().detail + u")"_s).toUtf8();
}

QString uniqueService()
{
    return u"CampusDesk-template-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate());
}

std::optional<Result<TemplateCipher>> loadKey(TemplateKeychain &keychain,
                                              TemplateKeychain::IfMissing ifMissing)
{
    return await<TemplateCipher>([&](auto done) { keychain.load(ifMissing, std::move(done)); });
}

// The child: one load with no keychain, printed as error code and message.
int runWithoutKeychain()
{
    TemplateKeychain keychain(uniqueService());
    keychain.store()->setTimeout(std::chrono::seconds(20));
    const auto answer = loadKey(keychain, TemplateKeychain::IfMissing::Create);
    const Error error = answer->ok() ? Error() : answer->error();
    std::fputs(u"%1\t%2\n"_s.arg(answer->ok() ? -1 : int(error.code))
                   .arg(error.message)
                   .toUtf8()
                   .constData(),
               stdout);
    return 0;
}

} // namespace

class TestTemplateKeychain : public QObject
{
    Q_OBJECT
private:
    QString m_service = uniqueService();
    QByteArray m_noKeychain;

    void removeEntry()
    {
        CredentialStore store(m_service);
        QVERIFY(await<void>([&](auto done) {
                    store.remove(TemplateKeychain::entryName(), std::move(done));
                })->ok());
    }

private slots:
    void initTestCase()
    {
        CredentialStore store(m_service);
        const auto probe
            = await<QByteArray>([&](auto done) { store.read(u"probe"_s, std::move(done)); });
        if (!probe || (!probe->ok() && probe->error().code != Error::Code::NotFound))
            m_noKeychain = "No keychain reachable: " + describe(probe)
                + ". scripts/test runs the tests in a private D-Bus session with a fresh "
                  "gnome-keyring (packages dbus-daemon and gnome-keyring).";
    }

    void cleanup()
    {
        if (m_noKeychain.isEmpty())
            removeEntry();
    }

    void createsTheKeyOnFirstUseAndReadsItBack()
    {
        QVERIFY2(m_noKeychain.isEmpty(), m_noKeychain.constData());
        TemplateKeychain keychain(m_service);
        auto first = loadKey(keychain, TemplateKeychain::IfMissing::Create);
        QVERIFY2(first && first->ok(), describe(first).constData());
        auto sealed = first->value().seal("descriptor");
        QVERIFY(sealed);

        TemplateKeychain later(m_service);
        auto second = loadKey(later, TemplateKeychain::IfMissing::Fail);
        QVERIFY2(second && second->ok(), describe(second).constData());
        QCOMPARE(second->value().open(*sealed).value(), "descriptor"_ba);
        QCOMPARE(second->value().exportKey(), first->value().exportKey());
    }

    void aMissingKeyIsNotMadeWhenTemplatesExist()
    {
        QVERIFY2(m_noKeychain.isEmpty(), m_noKeychain.constData());
        TemplateKeychain keychain(m_service);
        auto missing = loadKey(keychain, TemplateKeychain::IfMissing::Fail);
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().code, Error::Code::NotFound);
        QVERIFY(missing->error().message.contains(u"no face template key"_s));
        CredentialStore store(m_service);
        auto read = await<QByteArray>(
            [&](auto done) { store.read(TemplateKeychain::entryName(), std::move(done)); });
        QCOMPARE(read->error().code, Error::Code::NotFound); // nothing was written
    }

    void aDamagedKeyIsRefusedAndKept()
    {
        QVERIFY2(m_noKeychain.isEmpty(), m_noKeychain.constData());
        CredentialStore store(m_service);
        QVERIFY(await<void>([&](auto done) {
                    store.write(TemplateKeychain::entryName(), "too short", std::move(done));
                })->ok());
        TemplateKeychain keychain(m_service);
        auto damaged = loadKey(keychain, TemplateKeychain::IfMissing::Create);
        QVERIFY(damaged && !damaged->ok());
        QCOMPARE(damaged->error().code, Error::Code::Corrupt);
        auto read = await<QByteArray>(
            [&](auto done) { store.read(TemplateKeychain::entryName(), std::move(done)); });
        QCOMPARE(read->value(), "too short"_ba);
    }

    void noCallbackAfterTheKeychainIsGone()
    {
        bool called = false;
        auto *keychain = new TemplateKeychain(m_service);
        keychain->load(TemplateKeychain::IfMissing::Fail,
                       [&called](const Result<TemplateCipher> &) { called = true; });
        delete keychain;
        QTest::qWait(500);
        QVERIFY(!called);
    }

    // With no D-Bus session to reach, the error must say, quickly, that enrolment is off.
    void withoutAKeychainEnrolmentIsOffWithAReason()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), u"1"_s);
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList fields
            = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u'\t');
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].toInt(), int(Error::Code::Unavailable));
        QCOMPARE(fields[1],
                 u"The keychain of this computer cannot be used, so face templates cannot be "
                 "stored safely and face enrolment is turned off."_s);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVariable))
        return runWithoutKeychain();
    TestTemplateKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_templatekeychain.moc"
