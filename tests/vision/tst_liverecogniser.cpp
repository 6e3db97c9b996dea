#include "VisionTestData.h"

#include "app/vision/FaceAligner.h"
#include "app/vision/FacePipeline.h"
#include "app/vision/FrameConversion.h"
#include "app/vision/ImageSequenceFrameSource.h"
#include "app/vision/LiveRecogniser.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// The live panel's recognition thread, fed by a real image source at 30 fps.
class TestLiveRecogniser : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LiveRecogniser> m_live;
    QString m_lfw;
    QStringList m_people;

    QStringList photosOf(int person) const
    {
        const QDir dir(QDir(m_lfw).filePath(m_people[person]));
        QStringList paths;
        for (const QString &name : dir.entryList({u"*.jpg"_s}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
        return paths;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_lfw = test::datasetDir(u"lfw-dev"_s);
        if (m_lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        Result<FaceDetector> detector = FaceDetector::create();
        auto recogniser = FaceRecogniser::create();
        if (!detector || detector->kind() != FaceDetector::Kind::YuNet
            || recogniser->kind() != FaceRecogniser::Kind::ResNet)
            QSKIP("the YuNet and descriptor models are not installed");
        // Templates made the way enrolment makes them, then handed over as stored bytes.
        m_people = QDir(m_lfw).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        FaceAligner aligner;
        QList<std::pair<QString, QByteArray>> templates;
        for (int p = 0; p < 5; ++p) {
            for (const QString &path : photosOf(p).mid(0, 5)) {
                const cv::Mat image = test::readImage(path);
                const auto faces = detector->detect(image);
                QVERIFY(!faces.empty());
                auto description
                    = recogniser->describeForEnrolment(aligner.align(image, faces.front()));
                QVERIFY(description);
                templates.append({m_people[p], FaceRecogniser::templateBytes(*description)});
            }
        }
        auto pipeline = LiveRecogniser::loadPipeline(LiveSettings());
        QVERIFY(pipeline);
        m_live = std::make_unique<LiveRecogniser>(*pipeline);
        for (const auto &[student, bytes] : std::as_const(templates))
            QVERIFY(m_live->enrolTemplate(student, bytes));
        QCOMPARE(m_live->templateCount(), 25);
        QCOMPARE(m_live->model(), u"face-api-resnet@1.7.15"_s);
        QVERIFY(m_live->enrolTemplate(u"x"_s, QByteArray(3, 'x')).error().code
                == Error::Code::Invalid);
    }

    void recognisesFromALiveSourceAndDropsWhatItCannotKeepUpWith()
    {
        // Person 1's remaining photos, then a stranger's, 10 frames each at 30 fps.
        QStringList shown = photosOf(1).mid(5, 4);
        shown += photosOf(60).mid(0, 4);
        ImageSequenceFrameSource source(shown);
        connect(&source, &FrameSource::frameReady, m_live.get(), &LiveRecogniser::submit,
                Qt::DirectConnection);
        QSignalSpy frames(m_live.get(), &LiveRecogniser::frameProcessed);
        QSignalSpy events(m_live.get(), &LiveRecogniser::faceEvent);
        QSignalSpy finished(&source, &FrameSource::finished);
        m_live->start();
        QVERIFY(m_live->isRunning());
        source.start();
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(m_live->processedFrames() + m_live->droppedFrames() >= 80, 5000);
        m_live->stop();
        QVERIFY(!m_live->isRunning());

        int recognised = 0, unknown = 0;
        qint64 firstSeenMs = -1;
        for (const QList<QVariant> &args : std::as_const(events)) {
            const auto event = args[0].value<LiveEvent>();
            if (event.kind == TrackEvent::Kind::Recognised) {
                QCOMPARE(event.studentId, m_people[1]);
                QVERIFY(event.confidence >= 0.9);
                QVERIFY(event.at.isValid());
                firstSeenMs = event.frameTimestampMs;
                ++recognised;
            }
            if (event.kind == TrackEvent::Kind::Unknown) {
                ++unknown;
                QVERIFY(!event.chip.isNull());
            }
        }
        QCOMPARE(recognised, 1); // one track, one report
        QVERIFY(unknown >= 1); // the stranger
        // Recognised within half a second of media time from the first frame.
        QVERIFY2(firstSeenMs >= 0 && firstSeenMs < 500, qPrintable(QString::number(firstSeenMs)));
        QVERIFY(!frames.isEmpty());
        const auto first = frames.first()[0].value<LiveFrame>();
        QVERIFY(first.frame.isValid());
        QVERIFY(!first.faces.isEmpty());
        QVERIFY(first.faces[0].box.width() > 100); // in the canvas's pixels, largest first
        qInfo("%lld frames processed, %lld dropped; first report at %lld ms of media time",
              m_live->processedFrames(), m_live->droppedFrames(), firstSeenMs);
    }

    void anUnknownFaceAssignedByTheTeacherIsRecognisedNextTime()
    {
        // A stranger: reported unknown with a chip; its template enrolled under a new student.
        const QStringList stranger = photosOf(61).mid(0, 3);
        auto run = [&](const QStringList &images) {
            ImageSequenceFrameSource source(images); // in real time, as a camera would
            connect(&source, &FrameSource::frameReady, m_live.get(), &LiveRecogniser::submit,
                    Qt::DirectConnection);
            QSignalSpy events(m_live.get(), &LiveRecogniser::faceEvent);
            QSignalSpy finished(&source, &FrameSource::finished);
            m_live->resetTracks();
            m_live->start();
            source.start();
            finished.wait(20000);
            QTest::qWait(300);
            m_live->stop();
            QList<LiveEvent> out;
            for (const QList<QVariant> &args : std::as_const(events))
                out.append(args[0].value<LiveEvent>());
            return out;
        };
        QByteArray bytes;
        for (const LiveEvent &e : run(stranger)) {
            if (e.kind == FaceEventKind::Unknown && bytes.isEmpty()) {
                QVERIFY(!e.chip.isNull());
                bytes = e.chipTemplate;
            }
            if (e.kind != FaceEventKind::Unknown)
                QVERIFY(e.chipTemplate.isEmpty());
        }
        QCOMPARE(bytes.size(), 128 * qsizetype(sizeof(float)));
        QVERIFY(m_live->enrolTemplate(u"newcomer"_s, bytes));

        bool recognised = false;
        for (const LiveEvent &e : run(stranger))
            recognised |= e.kind == FaceEventKind::Recognised && e.studentId == u"newcomer"_s;
        QVERIFY(recognised);
    }

    void stopsCleanlyAndForgetsTracks()
    {
        m_live->start();
        const cv::Mat canvas(480, 640, CV_8UC3, cv::Scalar::all(128));
        for (int i = 0; i < 5; ++i)
            m_live->submit(Frame{FrameConversion::toQImage(canvas), i, i * 33});
        m_live->submit(Frame{}); // an empty frame is ignored
        m_live->resetTracks();
        m_live->stop();
        m_live->stop(); // twice is fine
        m_live->start(); // and it starts again
        m_live->submit(Frame{FrameConversion::toQImage(canvas), 6, 200});
        QTRY_VERIFY(m_live->processedFrames() >= 1);
        // Destroyed while running: the destructor stops the thread.
        m_live.reset();
    }
};

QTEST_GUILESS_MAIN(TestLiveRecogniser)
#include "tst_liverecogniser.moc"
