#include "app/vision/FaceDataset.h"
#include "app/vision/FaceEvaluation.h"
#include "tests/vision/VisionTestData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// FaceEvaluation's protocol, and `campusdesk-cli face eval` run as a real process on ORL.
class TestFaceEval : public QObject
{
    Q_OBJECT

    // Runs the CLI; returns its exit code, stdout in `output`.
    static int runCli(const QStringList &arguments, QByteArray *output)
    {
        QProcess process;
        process.start(qEnvironmentVariable("CAMPUSDESK_CLI"), arguments);
        if (!process.waitForFinished(300000))
            return -1;
        *output = process.readAllStandardOutput();
        return process.exitCode();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shuffleIsDeterministicFisherYates()
    {
        const std::vector<int> a = FaceDataset::shuffle(50, 7);
        QCOMPARE(FaceDataset::shuffle(50, 7), a);
        QVERIFY(FaceDataset::shuffle(50, 8) != a);
        std::vector<int> sorted = a;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(sorted[size_t(i)], i); // a permutation
        // Pinned: std::mt19937 is specified by the standard, so this holds everywhere.
        QCOMPARE(FaceDataset::shuffle(5, 7), (std::vector<int>{2, 3, 1, 4, 0}));
        QVERIFY(FaceDataset::shuffle(0, 1).empty());
    }

    void refusesBadInput()
    {
        FaceEvalOptions options;
        options.dataset = u"/nonexistent/folder"_s;
        QCOMPARE(FaceEvaluation::run(options).error().code, Error::Code::NotFound);
        QTemporaryDir dir;
        options.dataset = dir.path();
        QCOMPARE(FaceEvaluation::run(options).error().code, Error::Code::Invalid); // no people
        options.enrol = 0;
        QVERIFY(!FaceEvaluation::run(options));
        options.enrol = 1;
        options.unknownFraction = 1;
        QVERIFY(!FaceEvaluation::run(options));
    }

    void imagesThatAreNotImagesAreFailedProbes()
    {
        QTemporaryDir dir;
        for (const QString &person : {u"a"_s, u"b"_s, u"c"_s}) {
            QDir(dir.path()).mkpath(person);
            for (int i = 0; i < 2; ++i) {
                QFile file(QDir(dir.path()).filePath(person + u"/%1.jpg"_s.arg(i)));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("not a picture");
            }
        }
        FaceEvalOptions options;
        options.dataset = dir.path();
        options.enrol = 1;
        options.unknownFraction = 0.34; // one of three people is a stranger
        options.descriptor = FaceRecogniser::Kind::Lbph;
        const Result<FaceEvalResult> result = FaceEvaluation::run(options);
        QVERIFY(result);
        QCOMPARE(result->identities, 3);
        QCOMPARE(result->enrolled, 0);
        QCOMPARE(result->knownProbes, 2);
        QCOMPARE(result->unknownProbes, 2);
        QCOMPARE(result->failedProbes, 4);
        QCOMPARE(result->rank1, 0.0);
        QCOMPARE(result->fpir, 0.0);
        QCOMPARE(result->descriptor, u"lbph"_s);
    }

    void cliOnOrl()
    {
        const QString orl = test::datasetDir(u"orl"_s);
        if (orl.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/orl");
        QByteArray output;
        QCOMPARE(runCli({u"face"_s, u"eval"_s, u"--dataset"_s, orl, u"--enroll"_s, u"5"_s,
                         u"--unknown-fraction"_s, u"0.3"_s, u"--seed"_s, u"7"_s, u"--json"_s},
                        &output),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        for (const char *key :
             {"identities", "enrolled", "known_probes", "unknown_probes", "rank1", "tpir", "fpir",
              "threshold", "detector", "descriptor", "ms_per_image"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json[u"identities"_s].toInt(), 40);
        QCOMPARE(json[u"enrolled"_s].toInt(), 28);
        QCOMPARE(json[u"known_probes"_s].toInt(), 28 * 5);
        QCOMPARE(json[u"unknown_probes"_s].toInt(), 12 * 10);
        qInfo("%s", output.constData());
        if (json[u"descriptor"_s].toString() != u"resnet"_s)
            QSKIP("the descriptor weights are not installed (CAMPUSDESK_MODEL_DIR)");
        QVERIFY(json[u"rank1"_s].toDouble() >= 0.98);
        QVERIFY(json[u"fpir"_s].toDouble() <= 0.02);

        // Bad options are refused with a message and exit code 2.
        QCOMPARE(
            runCli({u"face"_s, u"eval"_s, u"--dataset"_s, orl, u"--detector"_s, u"x"_s}, &output),
            2);
        QCOMPARE(
            runCli({u"face"_s, u"eval"_s, u"--dataset"_s, orl, u"--enroll"_s, u"0"_s}, &output), 2);
    }
};

QTEST_GUILESS_MAIN(TestFaceEval)
#include "tst_faceeval.moc"
