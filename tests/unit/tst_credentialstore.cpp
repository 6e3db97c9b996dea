// A real round trip through the Secret Service. scripts/test runs the tests inside a private
// D-Bus session with a fresh gnome-keyring, unlocked with a throw-away password; the entries
// written here go to a service name of their own and are removed again.
#include "app/sync/CredentialStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

// Set in the copy of this test that runs without a keychain (see unavailableWithoutKeychain).
constexpr char childVariable[] = "CAMPUSDESK_TEST_KEYCHAIN_CHILD";
const QString noKeychain = u"This computer has no keychain available, so CampusDesk cannot "
                           "remember your sign-in."_s;

// A store that gives up sooner than await() does, so no answer arrives after await() returns.
class TestStore : public CredentialStore
{
public:
    explicit TestStore(const QString &service) : CredentialStore(service)
    {
        setTimeout(std::chrono::seconds(20));
    }
};

// Calls `call` with a callback and waits for it.
template<typename T, typename Call> std::optional<Result<T>> await(Call call)
{
    std::optional<Result<T>> answer;
    call([&answer](Result<T> result) { answer.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        qFatal("The credential store never called back");
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

#define VERIFY_OK(answer) QVERIFY2((answer) && (answer)->ok(), describe(answer).constData())

QString uniqueService()
{
    return u"CampusDesk-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate());
}

// The child: one write, read and remove with no keychain to talk to, each printed on one line
// as operation, error code (-1 for success), message and detail.
int runWithoutKeychain()
{
    TestStore store(uniqueService());
    const auto print = [](const char *operation, const auto &answer) {
        const Error error = answer->ok() ? Error() : answer->error();
        const QString line = u"%1\t%2\t%3\t%4\n"_s.arg(QString::fromLatin1(operation))
                                 .arg(answer->ok() ? -1 : int(error.code))
                                 .arg(error.message, error.detail.simplified());
        std::fputs(line.toUtf8().constData(), stdout);
    };
    const QString key = u"session:child"_s;
    print("write", await<void>([&](auto done) { store.write(key, "secret", std::move(done)); }));
    print("read", await<QByteArray>([&](auto done) { store.read(key, std::move(done)); }));
    print("remove", await<void>([&](auto done) { store.remove(key, std::move(done)); }));
    return 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Reach the keychain once; without one, the round trips below fail with this reason.
        TestStore store(m_service);
        const auto probe = await<QByteArray>(
            [&](auto done) { store.read(u"session:probe"_s, std::move(done)); });
        if (!probe || (!probe->ok() && probe->error().code != Error::Code::NotFound))
            m_noKeychain = "No keychain reachable: " + describe(probe)
                + ". scripts/test runs the tests in a private D-Bus session with a fresh "
                  "gnome-keyring; it needs dbus-run-session and gnome-keyring-daemon "
                  "(packages dbus-daemon and gnome-keyring).";
    }

    void roundTrip()
    {
        QVERIFY2(m_noKeychain.isEmpty(), m_noKeychain.constData());
        TestStore store(m_service);
        const QString key = CredentialStore::keyFor(u"/srv/school/roundtrip.campusdesk"_s);
        QByteArray secret;
        for (int byte = 0; byte < 256; ++byte)
            secret.append(char(byte));
        secret.append(u"Grüße aus Zürich ✓ 🦉"_s.toUtf8());

        VERIFY_OK(await<void>([&](auto done) { store.write(key, secret, std::move(done)); }));
        auto read = await<QByteArray>([&](auto done) { store.read(key, std::move(done)); });
        VERIFY_OK(read);
        QCOMPARE(read->value(), secret);

        const QByteArray replacement = "second token\0with a NUL"_ba;
        VERIFY_OK(await<void>([&](auto done) { store.write(key, replacement, std::move(done)); }));
        read = await<QByteArray>([&](auto done) { store.read(key, std::move(done)); });
        VERIFY_OK(read);
        QCOMPARE(read->value(), replacement);

        VERIFY_OK(await<void>([&](auto done) { store.remove(key, std::move(done)); }));
        read = await<QByteArray>([&](auto done) { store.read(key, std::move(done)); });
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().code, Error::Code::NotFound);
        QVERIFY(!read->error().message.isEmpty());
    }

    void removingWhatIsNotThereSucceeds()
    {
        QVERIFY2(m_noKeychain.isEmpty(), m_noKeychain.constData());
        TestStore store(m_service);
        VERIFY_OK(await<void>(
            [&](auto done) { store.remove(u"session:never-written"_s, std::move(done)); }));
    }

    void keysAndServicesAreSeparate()
    {
        QVERIFY2(m_noKeychain.isEmpty(), m_noKeychain.constData());
        TestStore store(m_service);
        TestStore other(m_service + u"-other"_s);
        const auto write = [](TestStore &s, const QString &key, const QByteArray &secret) {
            return await<void>([&](auto done) { s.write(key, secret, std::move(done)); });
        };
        const auto read = [](TestStore &s, const QString &key) {
            return await<QByteArray>([&](auto done) { s.read(key, std::move(done)); });
        };
        VERIFY_OK(write(store, u"session:a"_s, "alpha"));
        VERIFY_OK(write(store, u"session:b"_s, "beta"));
        VERIFY_OK(write(other, u"session:a"_s, "other alpha"));
        QCOMPARE(read(store, u"session:a"_s)->value(), "alpha"_ba);
        QCOMPARE(read(store, u"session:b"_s)->value(), "beta"_ba);
        QCOMPARE(read(other, u"session:a"_s)->value(), "other alpha"_ba);
        QCOMPARE(read(other, u"session:b"_s)->error().code, Error::Code::NotFound);

        for (const QString &key : {u"session:a"_s, u"session:b"_s})
            VERIFY_OK(await<void>([&](auto done) { store.remove(key, std::move(done)); }));
        VERIFY_OK(await<void>([&](auto done) { other.remove(u"session:a"_s, std::move(done)); }));
    }

    void noCallbackAfterTheStoreIsGone()
    {
        QVERIFY2(m_noKeychain.isEmpty(), m_noKeychain.constData());
        bool called = false;
        auto *store = new CredentialStore(m_service);
        store->read(u"session:gone"_s, [&called](const Result<QByteArray> &) { called = true; });
        delete store;
        // Long enough for the keychain to answer the job, which outlives the store.
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void defaultServiceName()
    {
        QCOMPARE(CredentialStore().service(), u"CampusDesk"_s);
        QVERIFY(CredentialStore().timeout() == CredentialStore::defaultTimeout);
    }

    void keyForIsStableAndDistinct()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString first = dir.filePath(u"north.campusdesk"_s);
        const QString second = dir.filePath(u"south.campusdesk"_s);
        for (const QString &path : {first, second}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString key = CredentialStore::keyFor(first);
        QVERIFY(key.startsWith(u"session:"_s));
        QCOMPARE(key.size(), 8 + 64);
        QCOMPARE(CredentialStore::keyFor(first), key);
        QVERIFY(CredentialStore::keyFor(second) != key);

        // Other names for the same file.
        QCOMPARE(CredentialStore::keyFor(dir.path() + u"/./sub/../north.campusdesk"_s), key);
        const QString link = dir.filePath(u"link.campusdesk"_s);
        QVERIFY(QFile::link(first, link));
        QCOMPARE(CredentialStore::keyFor(link), key);
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const QString relative = CredentialStore::keyFor(u"north.campusdesk"_s);
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(relative, key);

        // A file not created yet has a key too, from its absolute path.
        const QString later = dir.filePath(u"later.campusdesk"_s);
        QCOMPARE(CredentialStore::keyFor(later), CredentialStore::keyFor(later));
        QVERIFY(CredentialStore::keyFor(later) != key);
    }

    // A copy of this test, with a D-Bus address nothing listens on, must get Unavailable with a
    // message for people, quickly and without crashing.
    void unavailableWithoutKeychain()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), u"1"_s);
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        child.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(clock.elapsed() < 15000, "the keychain calls should fail at once, not time out");

        const QStringList lines
            = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 4);
            QCOMPARE(fields[1].toInt(), int(Error::Code::Unavailable));
            QCOMPARE(fields[2], noKeychain);
            QVERIFY2(!fields[3].isEmpty(), qPrintable(line)); // QtKeychain's own text
        }
    }

private:
    QString m_service = uniqueService();
    QByteArray m_noKeychain;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVariable))
        return runWithoutKeychain();
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
