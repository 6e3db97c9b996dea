#include "LoopbackHttpServer.h"

#include "app/vision/FaceDetector.h"
#include "app/vision/FaceRecogniser.h"
#include "app/vision/ModelManager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString yunetFile = u"face_detection_yunet_2022mar.onnx"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Everything in a directory, hidden files included: a failed install must leave nothing.
QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                     | QDir::NoDotAndDotDot);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A two-file model whose content the test controls, to check that installs are all-or-nothing.
ModelInfo pairModel()
{
    const QByteArray a(3000, 'a'), b(5000, 'b');
    return ModelInfo{
        u"pair"_s,
        u"Pair"_s,
        u"1"_s,
        u"MIT"_s,
        u"test"_s,
        {ModelFile{u"a.bin"_s, u"https://example.invalid/a.bin"_s, sha256(a), a.size()},
         ModelFile{u"b.bin"_s, u"https://example.invalid/b.bin"_s, sha256(b), b.size()}}};
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T> QString messageOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

bool canCreateFileIn(const QString &directory)
{
    QFile probe(QDir(directory).filePath(u".campusdesk-probe"_s));
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.remove();
    return true;
}

struct Outcome
{
    bool ok = false;
    QString error;
};

// Waits for the manager's finished() signal (already connected spy).
Outcome waitFinished(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(20000))
        return Outcome{false, u"(no finished signal)"_s};
    const QList<QVariant> args = spy.takeFirst();
    return Outcome{args.at(1).toBool(), args.at(2).toString()};
}

} // namespace

class TestModelManager : public QObject
{
    Q_OBJECT

    LoopbackHttpServer m_server;
    QTemporaryDir m_home;
    QByteArray m_yunet; // the real file, when the test data has it
    QString m_faceRecognitionDir; // folder with the real descriptor files, when fetched

    std::unique_ptr<ModelManager> manager(const QString &prefix = u"/files/"_s,
                                          const QString &locatorDir = {})
    {
        QList<ModelInfo> catalogue = ModelCatalogue::models();
        catalogue << pairModel();
        auto models = std::make_unique<ModelManager>(ModelLocator(locatorDir), catalogue);
        models->setUrlResolver([this, prefix](const ModelInfo &, const ModelFile &file) {
            return m_server.url(prefix + file.fileName);
        });
        return models;
    }

    void requireYunet()
    {
        if (m_yunet.isEmpty())
            QSKIP("The YuNet model is not in CAMPUSDESK_TEST_DATA/models (see ../shared/DATA.md)");
    }

private slots:
    void initTestCase()
    {
        // The user's model directory lives under a throw-away data directory.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
        const QString fetched = qEnvironmentVariable("CAMPUSDESK_MODEL_DIR");
        qunsetenv("CAMPUSDESK_MODEL_DIR");
        const QString data = qEnvironmentVariable("CAMPUSDESK_TEST_DATA");
        // The shared copy, else the one the vision_models fixture fetched.
        for (const QString &dir : {data.isEmpty() ? QString() : data + u"/models"_s, fetched}) {
            if (m_yunet.isEmpty() && !dir.isEmpty())
                m_yunet = readAll(QDir(dir).filePath(yunetFile));
        }
        const auto net = ModelCatalogue::find(ModelCatalogue::faceRecognitionId);
        if (!fetched.isEmpty() && ModelLocator::verify(*net, fetched))
            m_faceRecognitionDir = fetched;
        QVERIFY(m_server.listen());
        m_server.serveFile(u"/files/"_s + yunetFile, m_yunet);
        m_server.serveFile(u"/files/a.bin"_s, QByteArray(3000, 'a'));
        m_server.serveFile(u"/files/b.bin"_s, QByteArray(5000, 'b'));
        m_server.serveFile(u"/half/a.bin"_s, QByteArray(3000, 'a')); // b.bin is missing there
    }

    void init() { QDir(ModelLocator::userDirectory()).removeRecursively(); }

    void goodDownloadInstallsWithMonotonicProgress()
    {
        requireYunet();
        QTemporaryDir dir;
        const auto models = manager();
        QSignalSpy finished(models.get(), &ModelManager::finished);
        QSignalSpy progress(models.get(), &ModelManager::progress);
        QSignalSpy changed(models.get(), &ModelManager::statusChanged);
        models->download(ModelCatalogue::yunetId, dir.path());
        QVERIFY(models->isBusy(ModelCatalogue::yunetId));
        QCOMPARE(models->status(ModelCatalogue::yunetId).state, ModelManager::State::Downloading);
        const Outcome outcome = waitFinished(finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.error.isEmpty());

        QCOMPARE(readAll(dir.filePath(yunetFile)), m_yunet);
        QCOMPARE(entries(dir.path()), QStringList{yunetFile});
        QVERIFY(ModelLocator::verify(*ModelCatalogue::find(ModelCatalogue::yunetId), dir.path()));
        QVERIFY(!models->isBusy(ModelCatalogue::yunetId));
        QVERIFY(changed.size() >= 2); // started, ended

        QVERIFY(progress.size() >= 2);
        qint64 last = -1;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            QCOMPARE(args.at(0).toString(), ModelCatalogue::yunetId);
            QCOMPARE(args.at(2).toLongLong(), qint64(m_yunet.size()));
            QVERIFY(args.at(1).toLongLong() >= last);
            last = args.at(1).toLongLong();
        }
        QCOMPARE(last, qint64(m_yunet.size()));

        // The installed model is found through a locator that searches that directory.
        const auto found = manager(u"/files/"_s, dir.path());
        const ModelManager::Status status = found->status(ModelCatalogue::yunetId);
        QCOMPARE(status.state, ModelManager::State::Present);
        QCOMPARE(status.directory, dir.path());
    }

    void multiFileModelIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto models = manager(u"/half/"_s);
        QSignalSpy finished(models.get(), &ModelManager::finished);
        QSignalSpy progress(models.get(), &ModelManager::progress);
        models->download(u"pair"_s, dir.path());
        Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"b.bin"_s), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(u"404"_s));
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(u' ')));
        QCOMPARE(progress.last().at(1).toLongLong(), 3000); // a.bin had arrived and was verified

        models = manager();
        QSignalSpy again(models.get(), &ModelManager::finished);
        QSignalSpy progressAgain(models.get(), &ModelManager::progress);
        models->download(u"pair"_s, dir.path());
        outcome = waitFinished(again);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(entries(dir.path()), (QStringList{u"a.bin"_s, u"b.bin"_s}));
        QCOMPARE(progressAgain.last().at(1).toLongLong(), 8000);
        QCOMPARE(progressAgain.last().at(2).toLongLong(), 8000);
    }

    void realDescriptorModelDownloads()
    {
        if (m_faceRecognitionDir.isEmpty())
            QSKIP("The descriptor weights were not fetched (ctest -R vision_models needs npm)");
        const auto net = ModelCatalogue::find(ModelCatalogue::faceRecognitionId);
        for (const ModelFile &file : net->files)
            m_server.serveFile(u"/files/"_s + file.fileName,
                               readAll(QDir(m_faceRecognitionDir).filePath(file.fileName)));
        QTemporaryDir dir;
        const auto models = manager();
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::faceRecognitionId, dir.path());
        const Outcome outcome = waitFinished(finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(ModelLocator::verify(*net, dir.path()));
        const auto recogniser
            = FaceRecogniser::create(FaceRecogniser::Kind::ResNet, ModelLocator(dir.path()));
        QCOMPARE(recogniser->kind(), FaceRecogniser::Kind::ResNet);
    }

    void redirectIsFollowedIntoTheDefaultDirectory()
    {
        requireYunet();
        m_server.redirect(u"/moved/"_s + yunetFile, u"/files/"_s + yunetFile);
        const auto models = manager(u"/moved/"_s);
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::yunetId);
        const Outcome outcome = waitFinished(finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(ModelManager::defaultDirectory().startsWith(m_home.path()));
        QCOMPARE(readAll(QDir(ModelManager::defaultDirectory()).filePath(yunetFile)), m_yunet);
        QVERIFY(m_server.requests().contains(QByteArray("/moved/") + yunetFile.toUtf8()));
        QCOMPARE(models->status(ModelCatalogue::yunetId).directory,
                 ModelManager::defaultDirectory());
    }

    void notFoundInstallsNothing()
    {
        QTemporaryDir dir;
        const auto models = manager(u"/nowhere/"_s);
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::yunetId, dir.path());
        const Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"404"_s), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(yunetFile));
        QVERIFY(entries(dir.path()).isEmpty());
        QCOMPARE(models->status(ModelCatalogue::yunetId).state, ModelManager::State::Missing);
    }

    void wrongBytes_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same size, other bytes") << 0 << u"damaged"_s;
        QTest::newRow("shorter") << -100 << u"incomplete"_s;
        QTest::newRow("longer") << 100 << u"incomplete"_s;
    }

    void wrongBytes()
    {
        requireYunet();
        QFETCH(int, change);
        QFETCH(QString, expected);
        QByteArray bytes = m_yunet;
        if (change == 0)
            bytes[1000] = char(bytes[1000] ^ 0x55);
        else if (change < 0)
            bytes.chop(-change);
        else
            bytes.append(QByteArray(change, 'x'));
        m_server.serveFile(u"/bad/"_s + yunetFile, bytes);

        // A good copy is already installed: a failed download must not touch it.
        QTemporaryDir dir;
        const QString installed = dir.filePath(yunetFile);
        QVERIFY(writeFile(installed, m_yunet));
        const QDateTime modified = QFileInfo(installed).lastModified();

        const auto models = manager(u"/bad/"_s);
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::yunetId, dir.path());
        const Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(yunetFile));
        QCOMPARE(entries(dir.path()), QStringList{yunetFile});
        QCOMPARE(readAll(installed), m_yunet);
        QCOMPARE(QFileInfo(installed).lastModified(), modified);
    }

    void droppedConnectionLeavesNoTemporaryFile()
    {
        requireYunet();
        m_server.serve(
            u"/drop/"_s + yunetFile,
            LoopbackHttpServer::Route{m_yunet, 200, {}, LoopbackHttpServer::Mode::DropMidBody});
        QTemporaryDir dir;
        const auto models = manager(u"/drop/"_s);
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::yunetId, dir.path());
        const Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(yunetFile), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(u"broke off"_s) || outcome.error.contains(u"incomplete"_s));
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(u' ')));
    }

    void cancelStopsAndCleansUp()
    {
        requireYunet();
        m_server.serve(
            u"/stall/"_s + yunetFile,
            LoopbackHttpServer::Route{m_yunet, 200, {}, LoopbackHttpServer::Mode::Stall});
        QTemporaryDir dir;
        const auto models = manager(u"/stall/"_s);
        QSignalSpy finished(models.get(), &ModelManager::finished);
        QSignalSpy progress(models.get(), &ModelManager::progress);
        models->download(ModelCatalogue::yunetId, dir.path());
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(1).toLongLong() > 0);
        QCOMPARE(models->status(ModelCatalogue::yunetId).state, ModelManager::State::Downloading);

        // A second download of the same model is refused while the first runs.
        models->download(ModelCatalogue::yunetId, dir.path());
        Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"already"_s), qPrintable(outcome.error));

        models->cancel(ModelCatalogue::yunetId);
        outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"cancelled"_s), qPrintable(outcome.error));
        QVERIFY(!models->isBusy(ModelCatalogue::yunetId));
        QVERIFY(entries(dir.path()).isEmpty());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0); // exactly once
    }

    void stalledServerTimesOut()
    {
        requireYunet();
        m_server.serve(
            u"/stall/"_s + yunetFile,
            LoopbackHttpServer::Route{m_yunet, 200, {}, LoopbackHttpServer::Mode::Stall});
        QTemporaryDir dir;
        const auto models = manager(u"/stall/"_s);
        models->setTransferTimeout(300ms);
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::yunetId, dir.path());
        const Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"timed out"_s), qPrintable(outcome.error));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void refusedConnectionIsAnError()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        QTemporaryDir dir;
        const auto models = manager();
        models->setUrlResolver([port](const ModelInfo &, const ModelFile &file) {
            return QUrl(u"http://127.0.0.1:%1/%2"_s.arg(port).arg(file.fileName));
        });
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::yunetId, dir.path());
        const Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.startsWith(u"Could not download "_s + yunetFile),
                 qPrintable(outcome.error));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void unknownModelIsAnError()
    {
        const auto models = manager();
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(u"no-such-model"_s);
        const Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.contains(u"no-such-model"_s));
        QCOMPARE(models->status(u"no-such-model"_s).state, ModelManager::State::Missing);
    }

    void unwritableTargetIsAClearError()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"file"_s), "not a folder"));
        const QString impossible = dir.filePath(u"file/models"_s);
        const auto models = manager();
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(u"pair"_s, impossible);
        Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"cannot be created"_s), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(impossible));

        // A folder that refuses new files: read-only by its mode, or, for root, sysfs.
        QString readOnly = dir.filePath(u"read-only"_s);
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        if (canCreateFileIn(readOnly))
            readOnly = u"/sys/kernel"_s;
        if (!QFileInfo(readOnly).isDir() || canCreateFileIn(readOnly))
            QSKIP("No folder here refuses new files (root without sysfs)");
        const QStringList before = entries(readOnly);
        models->download(u"pair"_s, readOnly);
        outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"Cannot write into the folder"_s),
                 qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(readOnly));
        QCOMPARE(entries(readOnly), before);

        const auto imported = ModelManager::installFromFiles(pairModel(), {dir.path()}, readOnly);
        QVERIFY(!imported);
    }

    void destroyingTheManagerCancels()
    {
        requireYunet();
        m_server.serve(
            u"/stall/"_s + yunetFile,
            LoopbackHttpServer::Route{m_yunet, 200, {}, LoopbackHttpServer::Mode::Stall});
        QTemporaryDir dir;
        auto models = manager(u"/stall/"_s);
        QSignalSpy progress(models.get(), &ModelManager::progress);
        models->download(ModelCatalogue::yunetId, dir.path());
        QTRY_VERIFY(!progress.isEmpty() && progress.last().at(1).toLongLong() > 0);
        models.reset();
        QTest::qWait(20);
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void commandLine()
    {
        requireYunet();
        const QString cli = qEnvironmentVariable("CAMPUSDESK_CLI");
        if (cli.isEmpty())
            QSKIP("CAMPUSDESK_CLI is not set (ctest sets it)");
        const auto run = [&cli](const QStringList &arguments, QByteArray *output = nullptr,
                                QByteArray *errors = nullptr) {
            QProcess process;
            process.start(cli, QStringList{u"models"_s} + arguments);
            if (!process.waitForFinished(60000))
                return -1;
            if (output)
                *output = process.readAllStandardOutput();
            if (errors)
                *errors = process.readAllStandardError();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QTemporaryDir dir, source;
        QByteArray output, errors;
        QCOMPARE(run({u"list"_s, u"--json"_s, u"--dir"_s, dir.path()}, &output), 0);
        QJsonArray list = QJsonDocument::fromJson(output).object().value(u"models"_s).toArray();
        QCOMPARE(list.size(), ModelCatalogue::models().size());
        QJsonObject yunet = list.at(0).toObject();
        QCOMPARE(yunet.value(u"id"_s).toString(), ModelCatalogue::yunetId);
        QCOMPARE(yunet.value(u"licence"_s).toString(), u"MIT"_s);
        QCOMPARE(yunet.value(u"version"_s).toString(), u"2022mar"_s);
        QCOMPARE(yunet.value(u"status"_s).toString(), u"missing"_s);

        QByteArray damaged = m_yunet;
        damaged[5] = char(damaged[5] ^ 1);
        QVERIFY(writeFile(source.filePath(u"bad.onnx"_s), damaged));
        QCOMPARE(run({u"import"_s, ModelCatalogue::yunetId, source.filePath(u"bad.onnx"_s),
                      u"--dir"_s, dir.path()},
                     nullptr, &errors),
                 1);
        QVERIFY2(errors.contains("damaged"), errors.constData());
        QVERIFY(entries(dir.path()).isEmpty());

        QVERIFY(writeFile(source.filePath(u"good.onnx"_s), m_yunet));
        QCOMPARE(run({u"import"_s, ModelCatalogue::yunetId, source.filePath(u"good.onnx"_s),
                      u"--dir"_s, dir.path(), u"--json"_s},
                     &output),
                 0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value(u"directory"_s).toString(),
                 dir.path());
        QCOMPARE(run({u"list"_s, u"--json"_s, u"--dir"_s, dir.path()}, &output), 0);
        list = QJsonDocument::fromJson(output).object().value(u"models"_s).toArray();
        yunet = list.at(0).toObject();
        QCOMPARE(yunet.value(u"status"_s).toString(), u"present"_s);
        QCOMPARE(yunet.value(u"directory"_s).toString(), dir.path());

        QCOMPARE(run({u"list"_s, u"--dir"_s, dir.path()}, &output), 0);
        QVERIFY2(output.contains("installed in"), output.constData());
        QCOMPARE(run({u"download"_s, u"no-such-model"_s}, nullptr, &errors), 2);
        QVERIFY(errors.contains("no-such-model"));
        QCOMPARE(run({u"frobnicate"_s}, nullptr, &errors), 2);
        QVERIFY(errors.contains("Usage"));
    }

    void importGoodFile()
    {
        requireYunet();
        QTemporaryDir source;
        const QString renamed = source.filePath(u"yunet-copy.onnx"_s);
        QVERIFY(writeFile(renamed, m_yunet));
        QTemporaryDir dir;
        const auto models = manager(u"/files/"_s, dir.path());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->importFiles(ModelCatalogue::yunetId, {renamed}, dir.path());
        QCOMPARE(models->status(ModelCatalogue::yunetId).state, ModelManager::State::Downloading);
        const Outcome outcome = waitFinished(finished);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(entries(dir.path()), QStringList{yunetFile});
        QCOMPARE(models->status(ModelCatalogue::yunetId).state, ModelManager::State::Present);
        QVERIFY(QFile::exists(renamed)); // copied, not moved
    }

    void importFolderOfAMultiFileModel()
    {
        const ModelInfo pair = pairModel();
        QTemporaryDir source, dir;
        QVERIFY(writeFile(source.filePath(u"a.bin"_s), QByteArray(3000, 'a')));
        Result<QString> result = ModelManager::installFromFiles(pair, {source.path()}, dir.path());
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"b.bin"_s), qPrintable(result.error().message));
        QVERIFY(entries(dir.path()).isEmpty());

        QVERIFY(writeFile(source.filePath(u"b.bin"_s), QByteArray(5000, 'b')));
        result = ModelManager::installFromFiles(pair, {source.path()}, dir.path());
        QVERIFY2(result, qPrintable(messageOf(result)));
        QCOMPARE(*result, dir.path());
        QVERIFY(ModelLocator::verify(pair, dir.path()));

        // Files given one by one work too.
        QTemporaryDir other;
        result = ModelManager::installFromFiles(
            pair, {source.filePath(u"b.bin"_s), source.filePath(u"a.bin"_s)}, other.path());
        QVERIFY2(result, qPrintable(messageOf(result)));
    }

    void importWrongFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same size, other bytes") << QByteArray(5000, 'B') << u"damaged"_s;
        QTest::newRow("truncated") << QByteArray(4000, 'b') << u"4000 bytes instead of 5000"_s;
        QTest::newRow("empty") << QByteArray() << u"0 bytes"_s;
    }

    void importWrongFileIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const ModelInfo pair = pairModel();
        QTemporaryDir source, dir;
        QVERIFY(writeFile(source.filePath(u"a.bin"_s), QByteArray(3000, 'a')));
        QVERIFY(writeFile(source.filePath(u"b.bin"_s), bytes));
        // An older good copy stays as it is.
        QVERIFY(writeFile(dir.filePath(u"a.bin"_s), QByteArray(3000, 'a')));
        QVERIFY(writeFile(dir.filePath(u"b.bin"_s), QByteArray(5000, 'b')));
        const auto result = ModelManager::installFromFiles(pair, {source.path()}, dir.path());
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(u"b.bin"_s));
        QCOMPARE(entries(dir.path()), (QStringList{u"a.bin"_s, u"b.bin"_s}));
        QVERIFY(ModelLocator::verify(pair, dir.path()));
    }

    void importThroughTheSignals()
    {
        QTemporaryDir dir;
        const auto models = manager(u"/files/"_s, dir.path());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->importFiles(u"pair"_s, {dir.filePath(u"nothing-here"_s)}, dir.path());
        Outcome outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"does not exist"_s), qPrintable(outcome.error));

        models->importFiles(u"pair"_s, {}, dir.path());
        outcome = waitFinished(finished);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void statusPresentMissingCorrupt()
    {
        requireYunet();
        QTemporaryDir dir;
        const auto models = manager(u"/files/"_s, dir.path());
        ModelManager::Status status = models->status(ModelCatalogue::yunetId);
        QCOMPARE(status.state, ModelManager::State::Missing);
        QCOMPARE(status.file, yunetFile);
        QVERIFY2(status.message.contains(dir.path()), qPrintable(status.message));

        QVERIFY(writeFile(dir.filePath(yunetFile), m_yunet));
        status = models->status(ModelCatalogue::yunetId);
        QCOMPARE(status.state, ModelManager::State::Present);
        QCOMPARE(status.directory, dir.path());

        QByteArray damaged = m_yunet;
        damaged[20] = char(damaged[20] ^ 1);
        QVERIFY(writeFile(dir.filePath(yunetFile), damaged));
        status = models->status(ModelCatalogue::yunetId);
        QCOMPARE(status.state, ModelManager::State::Corrupt);
        QCOMPARE(status.file, yunetFile);
        QVERIFY2(status.message.contains(u"SHA-256"_s), qPrintable(status.message));

        QVERIFY(writeFile(dir.filePath(yunetFile), m_yunet.left(1000)));
        status = ModelManager::inspect(*ModelCatalogue::find(ModelCatalogue::yunetId),
                                       ModelLocator(dir.path()));
        QCOMPARE(status.state, ModelManager::State::Corrupt);
        QVERIFY2(status.message.contains(u"incomplete"_s), qPrintable(status.message));
    }

    void visionFallsBackAfterAFailedDownload()
    {
        requireYunet();
        QTemporaryDir dir;
        const auto models = manager(u"/nowhere/"_s, dir.path());
        QSignalSpy finished(models.get(), &ModelManager::finished);
        models->download(ModelCatalogue::yunetId, dir.path());
        models->download(ModelCatalogue::faceRecognitionId, dir.path());
        QVERIFY(!waitFinished(finished).ok);
        QVERIFY(!waitFinished(finished).ok);

        const ModelLocator locator(dir.path());
        auto detector = FaceDetector::create(FaceDetector::Kind::YuNet, locator);
        QVERIFY2(detector, qPrintable(messageOf(detector)));
        QCOMPARE(detector->kind(), FaceDetector::Kind::Haar);
        auto recogniser = FaceRecogniser::create(FaceRecogniser::Kind::ResNet, locator);
        QCOMPARE(recogniser->kind(), FaceRecogniser::Kind::Lbph);
        QVERIFY(!recogniser->fallbackReason().isEmpty());

        // A damaged copy (as a half-finished download by another tool would leave) falls back too.
        QVERIFY(writeFile(dir.filePath(yunetFile), m_yunet.left(m_yunet.size() / 2)));
        detector = FaceDetector::create(FaceDetector::Kind::YuNet, locator);
        QVERIFY(detector);
        QCOMPARE(detector->kind(), FaceDetector::Kind::Haar);
        QCOMPARE(models->status(ModelCatalogue::yunetId).state, ModelManager::State::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestModelManager)
#include "tst_modelmanager.moc"
