#include "VisionTestData.h"

#include "app/vision/FacePipeline.h"
#include "app/vision/FrameConversion.h"
#include "app/vision/VideoFileReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <opencv2/imgproc.hpp>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// The live pipeline on real faces: the test video, and a session made of lfw-dev photos shown
// one after another on a 640x480 canvas, 10 frames each (as the live panel's image source does).
class TestFacePipeline : public QObject
{
    Q_OBJECT
private:
    std::optional<FacePipeline> m_pipeline;

    bool makePipeline()
    {
        Result<FaceDetector> detector = FaceDetector::create();
        auto recogniser = FaceRecogniser::create();
        if (!detector || detector->kind() != FaceDetector::Kind::YuNet
            || recogniser->kind() != FaceRecogniser::Kind::ResNet)
            return false;
        m_pipeline.emplace(std::move(detector).value(), std::move(recogniser));
        return true;
    }

    static QStringList photosOf(const QString &lfw, const QString &person)
    {
        QStringList paths;
        const QDir dir(QDir(lfw).filePath(person));
        for (const QString &name : dir.entryList({u"*.jpg"_s}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
        return paths;
    }

    static cv::Mat onCanvas(const cv::Mat &photo)
    {
        cv::Mat canvas(480, 640, CV_8UC3, cv::Scalar::all(128)), scaled;
        cv::resize(photo, scaled, cv::Size(), 2, 2);
        scaled.copyTo(canvas(
            cv::Rect((640 - scaled.cols) / 2, (480 - scaled.rows) / 2, scaled.cols, scaled.rows)));
        return canvas;
    }

    // Shows the photos, 10 frames each; returns every event.
    std::vector<TrackEvent> show(const QStringList &photos, qint64 &frame)
    {
        std::vector<TrackEvent> events;
        for (const QString &path : photos) {
            const cv::Mat canvas = onCanvas(test::readImage(path));
            for (int i = 0; i < 10; ++i)
                for (TrackEvent &e : m_pipeline->process(canvas, frame++).events)
                    events.push_back(std::move(e));
        }
        // Nobody in front of the camera: the tracks end.
        const cv::Mat empty(480, 640, CV_8UC3, cv::Scalar::all(128));
        for (int i = 0; i < 15; ++i)
            for (TrackEvent &e : m_pipeline->process(empty, frame++).events)
                events.push_back(std::move(e));
        return events;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        if (!makePipeline())
            QSKIP("the YuNet and descriptor models are not installed");
    }

    void tracksTheFacesOfTheVideo()
    {
        const QString data = qEnvironmentVariable("CAMPUSDESK_TEST_DATA");
        const QString video = QDir(data).filePath(u"video/video_01.mp4"_s);
        if (data.isEmpty() || !QFile::exists(video))
            QSKIP("CAMPUSDESK_TEST_DATA has no video/video_01.mp4");
        VideoFileReader reader(video);
        QVERIFY(reader.open());
        std::map<int, int> framesPerTrack;
        int frames = 0, faces = 0, described = 0;
        while (true) {
            auto frame = reader.next();
            QVERIFY(frame);
            if (!*frame)
                break;
            const FrameResult result
                = m_pipeline->process(FrameConversion::toBgr((*frame)->image), frames++);
            faces += int(result.faces.size());
            described += result.timings.described;
            QVERIFY(result.timings.detectMs > 0);
            for (const FaceView &face : result.faces)
                ++framesPerTrack[face.trackId];
            for (const TrackEvent &event : result.events)
                QVERIFY(event.kind != TrackEvent::Kind::Recognised); // nobody is enrolled
        }
        QCOMPARE(frames, 90);
        const double perFrame = double(faces) / frames;
        qInfo("%.2f faces per frame, %d tracks, %d descriptions", perFrame,
              m_pipeline->tracker().startedTracks(), described);
        QVERIFY(perFrame > 4 && perFrame < 7); // 5 to 6 people
        QVERIFY(m_pipeline->tracker().startedTracks() <= 12);
        // Most people are followed through the whole clip by one track.
        const int longTracks = int(std::count_if(framesPerTrack.begin(), framesPerTrack.end(),
                                                 [](const auto &t) { return t.second >= 80; }));
        QVERIFY2(longTracks >= 4, qPrintable(QString::number(longTracks)));
        // Each track is described every few frames at most, not on every frame.
        QVERIFY(described < faces / 3);
    }

    void recognisesAnEnrolledPersonOnceAndNeverAStranger()
    {
        const QString lfw = test::datasetDir(u"lfw-dev"_s);
        if (lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        const QStringList people
            = QDir(lfw).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        // Enrol the first five photos of ten people.
        for (int p = 0; p < 10; ++p) {
            const QStringList photos = photosOf(lfw, people[p]);
            for (int i = 0; i < 5; ++i) {
                const cv::Mat image = test::readImage(photos[i]);
                const auto faces = m_pipeline->detector().detect(image);
                QVERIFY(!faces.empty());
                QVERIFY(m_pipeline->recogniser().enrol(
                    people[p], m_pipeline->aligner().align(image, faces.front())));
            }
        }
        qint64 frame = 0;
        int recognised = 0;
        for (int p = 0; p < 3; ++p) {
            const std::vector<TrackEvent> events = show(photosOf(lfw, people[p]).mid(5), frame);
            for (const TrackEvent &e : events) {
                if (e.kind == TrackEvent::Kind::Recognised) {
                    QCOMPARE(e.studentId, people[p]);
                    QVERIFY(e.score >= m_pipeline->recogniser().threshold());
                    ++recognised;
                }
            }
        }
        QVERIFY2(recognised >= 3, qPrintable(QString::number(recognised)));
        // Strangers: people who were not enrolled.
        int unknown = 0;
        for (int p = 50; p < 53; ++p) {
            for (const TrackEvent &e : show(photosOf(lfw, people[p]), frame)) {
                QVERIFY2(e.kind != TrackEvent::Kind::Recognised, qPrintable(e.studentId));
                if (e.kind == TrackEvent::Kind::Unknown) {
                    ++unknown;
                    QCOMPARE(e.chip.cols, 150);
                }
            }
        }
        QVERIFY(unknown >= 3);
    }

    void badFramesDoNotBreakIt()
    {
        QVERIFY(m_pipeline->process(cv::Mat(), 0).faces.empty());
        QVERIFY(m_pipeline->process(cv::Mat(1, 1, CV_8UC3, cv::Scalar::all(9)), 1).faces.empty());
        QVERIFY(m_pipeline->process(cv::Mat(100, 100, CV_16UC1), 2).faces.empty());
        const cv::Mat huge(4000, 5000, CV_8UC3, cv::Scalar::all(60)); // 20 megapixels
        QVERIFY(m_pipeline->process(huge, 3).faces.empty());
        const QString lfw = test::datasetDir(u"lfw-dev"_s);
        if (lfw.isEmpty())
            return;
        // A real face in a 20-megapixel frame is found and its box is in the frame's pixels.
        cv::Mat big(4000, 5000, CV_8UC3, cv::Scalar::all(128)), photo;
        cv::resize(test::readImage(test::lfwImages(lfw, 1).first()), photo, cv::Size(1500, 1500));
        photo.copyTo(big(cv::Rect(1000, 1000, 1500, 1500)));
        const FrameResult result = m_pipeline->process(big, 4);
        QCOMPARE(int(result.faces.size()), 1);
        QVERIFY(result.faces[0].box.x > 1000 && result.faces[0].box.x < 2500);
        m_pipeline->reset();
        QVERIFY(m_pipeline->tracker().tracks().empty());
    }

    void benchCommandPrintsItsFigures()
    {
        const QString data = qEnvironmentVariable("CAMPUSDESK_TEST_DATA");
        const QString video = QDir(data).filePath(u"video/video_01.mp4"_s);
        if (data.isEmpty() || !QFile::exists(video))
            QSKIP("CAMPUSDESK_TEST_DATA has no video/video_01.mp4");
        const auto run = [](const QStringList &arguments, QByteArray &output) {
            QProcess process;
            process.start(qEnvironmentVariable("CAMPUSDESK_CLI"), arguments);
            process.waitForFinished(120000);
            output = process.readAllStandardOutput() + process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray output;
        QCOMPARE(run({u"face"_s, u"bench"_s, u"--video"_s, video, u"--gallery"_s, u"200"_s,
                      u"--max-frames"_s, u"30"_s, u"--passes"_s, u"1"_s, u"--json"_s},
                     output),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        QCOMPARE(json[u"frames"_s].toInt(), 30);
        QCOMPARE(json[u"templates"_s].toInt(), 200);
        QCOMPARE(json[u"detector"_s].toString(), u"yunet"_s);
        QCOMPARE(json[u"descriptor"_s].toString(), u"resnet"_s);
        QCOMPARE(json[u"recognised"_s].toInt(), 0);
        for (const char *key :
             {"fps", "faces_per_frame", "detect_ms", "describe_ms_per_face", "match_ms"})
            QVERIFY2(json[QLatin1String(key)].toDouble() > 0, key);
        // Bad input: a clear message and a failing exit code.
        QCOMPARE(run({u"face"_s, u"bench"_s, u"--video"_s, video, u"--gallery"_s, u"0"_s}, output),
                 2);
        QVERIFY(output.contains("--gallery"));
        QCOMPARE(run({u"face"_s, u"bench"_s, u"--video"_s, u"/nonexistent.mp4"_s}, output), 1);
        QVERIFY(output.contains("nonexistent.mp4"));
    }
};

QTEST_GUILESS_MAIN(TestFacePipeline)
#include "tst_facepipeline.moc"
