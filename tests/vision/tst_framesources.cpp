#include "FrameSourceTestSupport.h"
#include "VisionTestData.h"

#include "app/vision/CameraFrameSource.h"
#include "app/vision/FrameConversion.h"
#include "app/vision/ImageSequenceFrameSource.h"
#include "app/vision/ImageSequenceReader.h"
#include "app/vision/LatestFrameSlot.h"
#include "app/vision/VideoFileFrameSource.h"
#include "app/vision/VideoFileReader.h"

#include <QCameraDevice>
#include <QDir>
#include <QMediaDevices>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <opencv2/videoio.hpp>

using namespace cd;
using namespace cd::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// <CAMPUSDESK_TEST_DATA>/video/video_01.mp4 (640x480, 29.97 fps, 90 frames), or empty.
QString testVideo()
{
    const QString data = qEnvironmentVariable("CAMPUSDESK_TEST_DATA");
    const QString path = QDir(data).filePath(u"video/video_01.mp4"_s);
    return !data.isEmpty() && QFile::exists(path) ? path : QString();
}

constexpr QRgb grey = 0xff808080;

} // namespace

class TestFrameSources : public QObject
{
    Q_OBJECT
private slots:
    // --- video file ---

    void videoMatchesOpenCvFrameForFrame()
    {
        const QString video = testVideo();
        if (video.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA/video/video_01.mp4 is not available");
        cv::VideoCapture capture(QFile::encodeName(video).toStdString(), cv::CAP_FFMPEG);
        QVERIFY(capture.isOpened());
        std::vector<cv::Mat> expected;
        for (cv::Mat mat; capture.read(mat);)
            expected.push_back(mat.clone());
        QVERIFY(expected.size() > 10);

        VideoFileFrameSource source(video, FramePacing::AsFastAsConsumed);
        QVERIFY(source.description().contains(u"video_01.mp4"_s));
        const SourceRun run = runToEnd(source);
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u' ')));
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.activeChanges, QList<bool>({true, false}));
        QVERIFY(!source.isActive());
        QCOMPARE(qsizetype(run.frames.size()), qsizetype(expected.size()));
        QCOMPARE(source.framesDelivered(), qint64(expected.size()));
        for (qsizetype i = 0; i < run.frames.size(); ++i) {
            const Frame &frame = run.frames[i];
            QCOMPARE(frame.index, i);
            QCOMPARE(frame.image.size(), QSize(expected[0].cols, expected[0].rows));
            QCOMPARE(frame.image.format(), QImage::Format_RGB32);
            if (i > 0)
                QVERIFY(frame.timestampMs > run.frames[i - 1].timestampMs);
        }
        QCOMPARE(run.frames[0].timestampMs, 0);
        // Same pixels as OpenCV decodes, first and last.
        QCOMPARE(cv::norm(FrameConversion::toBgr(run.frames.first().image), expected.front(),
                          cv::NORM_INF),
                 0.0);
        QCOMPARE(cv::norm(FrameConversion::toBgr(run.frames.last().image), expected.back(),
                          cv::NORM_INF),
                 0.0);
    }

    void videoReaderReportsTheFile()
    {
        const QString video = testVideo();
        if (video.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA/video/video_01.mp4 is not available");
        VideoFileReader reader(video);
        QVERIFY(reader.open());
        QCOMPARE(reader.frameSize(), QSize(640, 480));
        QVERIFY(qAbs(reader.framesPerSecond() - 29.97) < 0.1);
        qint64 count = 0;
        for (;;) {
            auto next = reader.next();
            QVERIFY(next);
            if (!next.value())
                break;
            ++count;
        }
        QCOMPARE(count, 90);
        // After the end it stays at the end.
        QVERIFY(reader.next());
        QVERIFY(!reader.next().value());
    }

    void videoRealTimeTakesTheFilesDuration()
    {
        const QString video = testVideo();
        if (video.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA/video/video_01.mp4 is not available");
        VideoFileFrameSource source(video); // real time is the default
        QCOMPARE(source.pacing(), FramePacing::RealTime);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.frames.size(), 90);
        // The last frame is due at 89 / 29.97 s = 2970 ms; loose bounds on a busy machine.
        const qint64 due = run.frames.last().timestampMs;
        QVERIFY(due > 2900 && due < 3050);
        qInfo("video_01.mp4 in real time: last frame due at %lld ms, finished after %lld ms", due,
              run.elapsedMs);
        QVERIFY2(run.elapsedMs >= due - 50, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY2(run.elapsedMs < 3 * due, qPrintable(QString::number(run.elapsedMs)));
    }

    void missingVideoIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nowhere.mp4"_s);
        VideoFileFrameSource source(path, FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.errors.size(), 1);
        QVERIFY(run.errors[0].contains(QDir::toNativeSeparators(path)));
        QVERIFY(run.errors[0].contains(u"does not exist"_s));
        QVERIFY(run.frames.isEmpty());
        QCOMPARE(run.finished, 0);
        QVERIFY(!source.isActive());
        QVERIFY(!run.activeChanges.contains(true)); // never opened
    }

    void corruptVideoIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text named .mp4") << QByteArray("this is not a video\n");
        QTest::newRow("empty file") << QByteArray();
        QByteArray header("\x00\x00\x00\x18"
                          "ftypmp42",
                          12);
        QTest::newRow("truncated mp4 header") << header + QByteArray(100, '\x7f');
    }

    void corruptVideoIsAClearError()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.mp4"_s);
        QVERIFY(writeFile(path, bytes));
        VideoFileFrameSource source(path, FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.errors.size(), 1);
        QVERIFY(run.errors[0].contains(u"damaged"_s));
        QVERIFY(run.frames.isEmpty());
        QVERIFY(!source.isActive());
    }

    void folderGivenAsVideoIsAnError()
    {
        QTemporaryDir dir;
        VideoFileFrameSource source(dir.path(), FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.errors.size(), 1);
        QVERIFY(!source.isActive());
    }

    void stopEndsTheRunAndStartBeginsAgain()
    {
        const QString video = testVideo();
        if (video.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA/video/video_01.mp4 is not available");
        VideoFileFrameSource source(video, FramePacing::AsFastAsConsumed);
        QList<qint64> indices;
        int finished = 0;
        connect(&source, &FrameSource::finished, this, [&finished] { ++finished; });
        connect(&source, &FrameSource::frameReady, this, [&](const Frame &frame) {
            indices << frame.index;
            if (indices.size() == 5)
                source.stop(); // from inside a slot, as a UI button would
        });
        source.start();
        QVERIFY(QTest::qWaitFor([&] { return indices.size() >= 5; }, 10000));
        QTest::qWait(100);
        QCOMPARE(indices.size(), 5);
        QVERIFY(!source.isActive());
        QCOMPARE(finished, 0);
        source.stop(); // twice is harmless

        indices.clear();
        source.start();
        QVERIFY(QTest::qWaitFor([&] { return indices.size() >= 5; }, 10000));
        QCOMPARE(indices.first(), 0); // from the beginning again
    }

    void deletingARunningSourceIsSafe()
    {
        const QString video = testVideo();
        if (video.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA/video/video_01.mp4 is not available");
        for (const FramePacing pacing : {FramePacing::RealTime, FramePacing::AsFastAsConsumed}) {
            auto *source = new VideoFileFrameSource(video, pacing);
            int frames = 0;
            connect(source, &FrameSource::frameReady, this, [&frames] { ++frames; });
            source->start();
            QVERIFY(QTest::qWaitFor([&frames] { return frames > 2; }, 10000));
            delete source;
            QTest::qWait(50); // no late delivery to a deleted object
        }
    }

    void startTwiceIsOneRun()
    {
        const QString video = testVideo();
        if (video.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA/video/video_01.mp4 is not available");
        VideoFileFrameSource source(video, FramePacing::AsFastAsConsumed);
        source.start(); // runToEnd starts it again: ignored
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.frames.size(), 90);
        QCOMPARE(run.finished, 1);
    }

    // As fast as consumed must beat real time by far (the benchmarks rely on it). Prints the
    // figure; the bound is loose for a busy 2-core machine.
    void videoAsFastAsConsumedThroughput()
    {
        const QString video = testVideo();
        if (video.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA/video/video_01.mp4 is not available");
        VideoFileFrameSource source(video, FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.frames.size(), 90);
        const double fps = 90 * 1000.0 / std::max<qint64>(1, run.elapsedMs);
        qInfo("video_01.mp4 as fast as consumed: 90 frames in %lld ms, %.0f fps", run.elapsedMs,
              fps);
        QVERIFY2(fps > 30, qPrintable(QString::number(fps)));
    }

    // The live panel's wiring (issue 7): frames go into a LatestFrameSlot from the source's
    // thread, a slow worker thread takes the newest, the rest are dropped, nothing queues up.
    void latestFrameSlotFeedsASlowWorker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.png"_s);
        QVERIFY(writeSolidImage(path, {64, 48}, Qt::red));
        ImageSequenceOptions options;
        options.framesPerImage = 60;
        options.fps = 200; // 60 frames in 300 ms
        ImageSequenceFrameSource source({path}, options);
        LatestFrameSlot slot;
        connect(&source, &FrameSource::frameReady, this,
                [&slot](const Frame &frame) { slot.put(frame); });
        connect(&source, &FrameSource::finished, this, [&slot] { slot.close(); });
        QList<qint64> processed;
        QScopedPointer<QThread> worker(QThread::create([&] {
            while (const auto frame = slot.waitAndTake()) {
                processed << frame->index;
                QThread::msleep(25); // a face pipeline slower than the source
            }
        }));
        worker->start();
        source.start();
        QVERIFY(QTest::qWaitFor([&] { return worker->isFinished(); }, 10000));
        QVERIFY(!processed.isEmpty());
        QVERIFY(std::is_sorted(processed.cbegin(), processed.cend()));
        QVERIFY2(slot.dropped() > 0, "the slow worker should have skipped frames");
        // Every frame was processed or dropped, except one that close() may have discarded.
        const qint64 accounted = processed.size() + slot.dropped();
        QVERIFY2(accounted == 59 || accounted == 60, qPrintable(QString::number(accounted)));
    }

    // Frame is a registered metatype: frameReady also queues to an object in another thread.
    void framesQueueToAnotherThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.png"_s);
        QVERIFY(writeSolidImage(path, {64, 48}, Qt::red));
        ImageSequenceOptions options;
        options.framesPerImage = 5;
        ImageSequenceFrameSource source({path}, options, FramePacing::AsFastAsConsumed);
        QThread thread;
        QObject receiver;
        receiver.moveToThread(&thread);
        std::atomic_int received{0};
        std::atomic_bool rightThread{true};
        connect(&source, &FrameSource::frameReady, &receiver, [&](const Frame &frame) {
            rightThread = rightThread && QThread::currentThread() == &thread
                && frame.image.size() == QSize(640, 480);
            ++received;
        });
        thread.start();
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.frames.size(), 5);
        QTRY_COMPARE(received.load(), 5);
        QVERIFY(rightThread);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    // --- image sequence ---

    void imageSequenceShowsEachImageForItsFrames()
    {
        QTemporaryDir dir;
        const QStringList images{dir.filePath(u"a.png"_s), dir.filePath(u"b.jpg"_s),
                                 dir.filePath(u"c.png"_s)};
        QVERIFY(writeSolidImage(images[0], {100, 200}, Qt::red)); // tall
        QVERIFY(writeSolidImage(images[1], {400, 100}, Qt::green)); // wide
        QVERIFY(writeSolidImage(images[2], {32, 24}, Qt::blue)); // small, same shape as canvas

        ImageSequenceOptions options;
        options.framesPerImage = 4;
        ImageSequenceFrameSource source(images, options, FramePacing::AsFastAsConsumed);
        QVERIFY(source.description().startsWith(u"3 image"_s)); // no translator: "image(s)"
        const SourceRun run = runToEnd(source);
        QVERIFY(run.errors.isEmpty());
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.frames.size(), 3 * 4);
        QCOMPARE(source.imageCount(), 3);
        QCOMPARE(source.unreadableImages(), 0);
        for (qsizetype i = 0; i < run.frames.size(); ++i) {
            QCOMPARE(run.frames[i].index, i);
            QCOMPARE(run.frames[i].timestampMs, qRound64(i * 1000.0 / 30));
            QCOMPARE(run.frames[i].image.size(), QSize(640, 480));
            QCOMPARE(run.frames[i].image.format(), QImage::Format_RGB32);
        }
        // The frames of one image share one picture.
        QCOMPARE(run.frames[0].image.constBits(), run.frames[3].image.constBits());

        // Tall red image: scaled to 240x480 and centred, grey bars left and right.
        const QImage red = run.frames[0].image;
        QCOMPARE(red.pixel(320, 240), qRgb(255, 0, 0));
        QCOMPARE(red.pixel(201, 2), qRgb(255, 0, 0));
        QCOMPARE(red.pixel(10, 240), grey);
        QCOMPARE(red.pixel(630, 240), grey);
        // Wide green image: 640x160 centred, grey bars top and bottom (JPEG: nearly green).
        const QImage green = run.frames[4].image;
        QVERIFY(qGreen(green.pixel(320, 240)) > 240 && qRed(green.pixel(320, 240)) < 15);
        QCOMPARE(green.pixel(320, 10), grey);
        QCOMPARE(green.pixel(320, 470), grey);
        // Small blue image of the canvas' shape: scaled up to fill it all.
        const QImage blue = run.frames[8].image;
        QCOMPARE(blue.pixel(0, 0), qRgb(0, 0, 255));
        QCOMPARE(blue.pixel(639, 479), qRgb(0, 0, 255));
    }

    void imageSequenceCanvasAndBackgroundAreOptions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.png"_s);
        QVERIFY(writeSolidImage(path, {50, 50}, Qt::white));
        ImageSequenceOptions options;
        options.framesPerImage = 1;
        options.canvasSize = QSize(320, 240);
        options.background = Qt::black;
        ImageSequenceFrameSource source({path}, options, FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.frames.size(), 1);
        QCOMPARE(run.frames[0].image.size(), QSize(320, 240));
        QCOMPARE(run.frames[0].image.pixel(5, 120), qRgb(0, 0, 0));
        QCOMPARE(run.frames[0].image.pixel(160, 120), qRgb(255, 255, 255));
    }

    void imageSequenceRealTimePacing()
    {
        QTemporaryDir dir;
        const QStringList images{dir.filePath(u"a.png"_s), dir.filePath(u"b.png"_s)};
        QVERIFY(writeSolidImage(images[0], {40, 30}, Qt::red));
        QVERIFY(writeSolidImage(images[1], {40, 30}, Qt::blue));
        ImageSequenceOptions options;
        options.framesPerImage = 10;
        options.fps = 50; // 20 frames, the last one due at 380 ms
        ImageSequenceFrameSource source(images, options);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.frames.size(), 20);
        QCOMPARE(run.frames.last().timestampMs, 380);
        QVERIFY2(run.elapsedMs >= 370, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY2(run.elapsedMs < 3000, qPrintable(QString::number(run.elapsedMs)));
    }

    void imageFolderSkipsNonImagesAndUnreadableImages()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"sub/deeper"_s));
        QVERIFY(writeSolidImage(dir.filePath(u"b.png"_s), {64, 48}, Qt::blue));
        QVERIFY(writeSolidImage(dir.filePath(u"sub/deeper/a.png"_s), {64, 48}, Qt::red));
        QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "not a picture"));
        QVERIFY(writeFile(dir.filePath(u"sub/broken.jpg"_s), "not a JPEG either"));

        const auto listing = ImageSequenceReader::listImageFolder(dir.path());
        QVERIFY(listing);
        QCOMPARE(listing->skippedFiles, 1);
        QCOMPARE(listing->images,
                 QStringList({dir.filePath(u"b.png"_s), dir.filePath(u"sub/broken.jpg"_s),
                              dir.filePath(u"sub/deeper/a.png"_s)}));

        ImageSequenceOptions options;
        options.framesPerImage = 3;
        QScopedPointer<ImageSequenceFrameSource> source(ImageSequenceFrameSource::forFolder(
            dir.path(), options, FramePacing::AsFastAsConsumed));
        QVERIFY(source->description().contains(QDir::toNativeSeparators(dir.path())));
        const SourceRun run = runToEnd(*source);
        QVERIFY(run.errors.isEmpty());
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.frames.size(), 2 * 3);
        QCOMPARE(source->imageCount(), 3);
        QCOMPARE(source->unreadableImages(), 1);
        QCOMPARE(source->skippedFiles(), 1);
        // Sorted by path: b.png first, then sub/deeper/a.png.
        QCOMPARE(run.frames[0].image.pixel(320, 240), qRgb(0, 0, 255));
        QCOMPARE(run.frames[5].image.pixel(320, 240), qRgb(255, 0, 0));
    }

    void emptyOrMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"readme.txt"_s), "no pictures here"));
        QScopedPointer<ImageSequenceFrameSource> empty(
            ImageSequenceFrameSource::forFolder(dir.path()));
        const SourceRun run = runToEnd(*empty);
        QCOMPARE(run.errors.size(), 1);
        QVERIFY(run.errors[0].contains(u"no images"_s));
        QVERIFY(run.errors[0].contains(u"1 other file"_s));
        QVERIFY(!empty->isActive());

        QScopedPointer<ImageSequenceFrameSource> missing(
            ImageSequenceFrameSource::forFolder(dir.filePath(u"gone"_s)));
        const SourceRun missingRun = runToEnd(*missing);
        QCOMPARE(missingRun.errors.size(), 1);
        QVERIFY(missingRun.errors[0].contains(u"does not exist"_s));
    }

    void noReadableImageIsAnError()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.jpg"_s);
        QVERIFY(writeFile(broken, "garbage"));
        ImageSequenceFrameSource source({broken, dir.filePath(u"missing.png"_s)}, {},
                                        FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.errors.size(), 1);
        QVERIFY(run.errors[0].contains(u"None of the 2 image"_s));
        QVERIFY(run.frames.isEmpty());
        QCOMPARE(source.unreadableImages(), 2);

        ImageSequenceFrameSource none(QStringList(), {}, FramePacing::AsFastAsConsumed);
        QCOMPARE(runToEnd(none).errors.size(), 1);
    }

    void badOptionsAreErrors_data()
    {
        QTest::addColumn<int>("framesPerImage");
        QTest::addColumn<double>("fps");
        QTest::addColumn<QSize>("canvas");
        QTest::newRow("no frames per image") << 0 << 30.0 << QSize(640, 480);
        QTest::newRow("zero fps") << 1 << 0.0 << QSize(640, 480);
        QTest::newRow("empty canvas") << 1 << 30.0 << QSize(0, 480);
        QTest::newRow("huge canvas") << 1 << 30.0 << QSize(100000, 480);
    }

    void badOptionsAreErrors()
    {
        QFETCH(int, framesPerImage);
        QFETCH(double, fps);
        QFETCH(QSize, canvas);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.png"_s);
        QVERIFY(writeSolidImage(path, {8, 8}, Qt::red));
        ImageSequenceOptions options;
        options.framesPerImage = framesPerImage;
        options.fps = fps;
        options.canvasSize = canvas;
        ImageSequenceFrameSource source({path}, options, FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.errors.size(), 1);
        QVERIFY(run.frames.isEmpty());
    }

    void tinyAndTransparentImages()
    {
        QTemporaryDir dir;
        const QString onePixel = dir.filePath(u"one.png"_s);
        QVERIFY(writeSolidImage(onePixel, {1, 1}, Qt::yellow));
        const QString clear = dir.filePath(u"clear.png"_s);
        QImage transparent(20, 20, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        QVERIFY(transparent.save(clear));
        ImageSequenceOptions options;
        options.framesPerImage = 1;
        ImageSequenceFrameSource source({onePixel, clear}, options, FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QCOMPARE(run.frames.size(), 2);
        // 1x1 scaled to 480x480 in the middle.
        QCOMPARE(run.frames[0].image.pixel(320, 240), qRgb(255, 255, 0));
        QCOMPARE(run.frames[0].image.pixel(20, 240), grey);
        // Transparent pixels show the background, not black.
        QCOMPARE(run.frames[1].image.pixel(320, 240), grey);
    }

    void twentyMegapixelImage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.jpg"_s);
        QImage big(5472, 3648, QImage::Format_RGB32); // 20 MP, as a modern camera takes
        big.fill(Qt::cyan);
        QVERIFY(big.save(path, "JPEG", 80));
        big = QImage();
        ImageSequenceOptions options;
        options.framesPerImage = 2;
        ImageSequenceFrameSource source({path}, options, FramePacing::AsFastAsConsumed);
        const SourceRun run = runToEnd(source);
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u' ')));
        QCOMPARE(run.frames.size(), 2);
        QCOMPARE(run.frames[0].image.size(), QSize(640, 480));
        const QRgb centre = run.frames[0].image.pixel(320, 240);
        QVERIFY(qRed(centre) < 10 && qGreen(centre) > 245 && qBlue(centre) > 245);
        QCOMPARE(run.frames[0].image.pixel(320, 5), grey); // 3:2 on 4:3: bars top and bottom
        qInfo("a 20-megapixel JPEG, read and fitted: %lld ms", run.elapsedMs);
    }

    void imageReaderWithoutEventLoop()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.png"_s);
        QVERIFY(writeSolidImage(path, {10, 10}, Qt::red));
        ImageSequenceOptions options;
        options.framesPerImage = 2;
        options.fps = 10;
        ImageSequenceReader reader({path, path}, options);
        QVERIFY(reader.open());
        QList<qint64> timestamps;
        for (;;) {
            auto next = reader.next();
            QVERIFY(next);
            if (!next.value())
                break;
            timestamps << next.value()->timestampMs;
        }
        QCOMPARE(timestamps, QList<qint64>({0, 100, 200, 300}));
        // Opened again, it starts over.
        QVERIFY(reader.open());
        QCOMPARE(reader.next().value()->index, qint64(0));
    }

    void folderListingCanBeCancelled()
    {
        QTemporaryDir dir;
        QVERIFY(writeSolidImage(dir.filePath(u"a.png"_s), {10, 10}, Qt::red));
        const std::atomic_bool cancelled{true};
        QVERIFY(!ImageSequenceReader::listImageFolder(dir.path(), &cancelled));
        const std::atomic_bool notCancelled{false};
        QVERIFY(ImageSequenceReader::listImageFolder(dir.path(), &notCancelled));
    }

    // --- camera (there is none on the build machines) ---

    void cameraListingWorksWithoutDevices()
    {
        const QList<CameraInfo> cameras = CameraFrameSource::availableCameras();
        QCOMPARE(cameras.size(), QMediaDevices::videoInputs().size());
        for (const CameraInfo &camera : cameras) {
            QVERIFY(!camera.id.isEmpty());
            QVERIFY(std::is_sorted(
                camera.resolutions.cbegin(), camera.resolutions.cend(),
                [](QSize a, QSize b) { return a.width() * a.height() < b.width() * b.height(); }));
        }
    }

    void nearestResolution()
    {
        const QList<QSize> sizes{{320, 240}, {640, 480}, {1280, 720}, {1920, 1080}, {640, 360}};
        QCOMPARE(CameraFrameSource::nearestResolution(sizes, {640, 480}), QSize(640, 480));
        QCOMPARE(CameraFrameSource::nearestResolution(sizes, {800, 600}), QSize(640, 480));
        QCOMPARE(CameraFrameSource::nearestResolution(sizes, {1280, 700}), QSize(1280, 720));
        QCOMPARE(CameraFrameSource::nearestResolution(sizes, {4000, 3000}), QSize(1920, 1080));
        QCOMPARE(CameraFrameSource::nearestResolution(sizes, {10, 10}), QSize(320, 240));
        QCOMPARE(CameraFrameSource::nearestResolution(sizes, {}), QSize(320, 240));
        QCOMPARE(CameraFrameSource::nearestResolution({}, {640, 480}), QSize(640, 480));
    }

    void cameraStartWithoutCameraFailsCleanly()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera");
        CameraFrameSource source;
        source.setResolution({640, 480});
        QVERIFY(!source.description().isEmpty());
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        QSignalSpy active(&source, &FrameSource::activeChanged);
        source.start();
        QCOMPARE(errors.size(), 0); // reported from the event loop, not inside start()
        QVERIFY(errors.wait(2000));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0][0].toString().contains(u"No camera was found"_s));
        QVERIFY(!source.isActive());
        QCOMPARE(active.size(), 0);
        source.stop();
        source.stop();
    }

    void bogusCameraIdFailsCleanly()
    {
        CameraFrameSource source;
        source.setDeviceId("no-such-camera-/dev/video99");
        QCOMPARE(source.deviceId(), QByteArray("no-such-camera-/dev/video99"));
        QSignalSpy errors(&source, &FrameSource::errorOccurred);
        source.start();
        QVERIFY(errors.wait(2000));
        QVERIFY(!errors[0][0].toString().isEmpty());
        QVERIFY(!source.isActive());
        // It can be tried again, and fails the same way.
        source.start();
        QVERIFY(errors.wait(2000));
        QCOMPARE(errors.size(), 2);
    }

    // Frames reach the source through its QVideoSink; feed some as the camera would.
    void cameraFramesBecomeFrames()
    {
        CameraFrameSource source;
        QSignalSpy frames(&source, &FrameSource::frameReady);
        source.videoSink()->setVideoFrame(solidVideoFrame({33, 17}, 50));
        source.videoSink()->setVideoFrame(solidVideoFrame({33, 17}, 60));
        source.videoSink()->setVideoFrame(QVideoFrame()); // an invalid frame is ignored
        QTRY_COMPARE(frames.size(), 2);
        const Frame first = frames[0][0].value<Frame>();
        QCOMPARE(first.index, qint64(0));
        QCOMPARE(frames[1][0].value<Frame>().index, qint64(1));
        QCOMPARE(first.image.size(), QSize(33, 17));
        QCOMPARE(first.image.format(), QImage::Format_RGB32);
        const QRgb pixel = first.image.pixel(16, 8);
        QVERIFY(qAbs(qRed(pixel) - 50) <= 2 && qAbs(qGreen(pixel) - 100) <= 2
                && qAbs(qBlue(pixel) - 200) <= 2);
        QVERIFY(!source.isActive()); // frames alone do not make a camera active
    }

private:
    static QVideoFrame solidVideoFrame(QSize size, uchar red)
    {
        QVideoFrame videoFrame(QVideoFrameFormat(size, QVideoFrameFormat::Format_BGRA8888));
        if (!videoFrame.map(QVideoFrame::WriteOnly))
            return {};
        for (int y = 0; y < size.height(); ++y) {
            uchar *line = videoFrame.bits(0) + y * videoFrame.bytesPerLine(0);
            for (int x = 0; x < size.width(); ++x) {
                line[4 * x + 0] = 200; // B
                line[4 * x + 1] = 100; // G
                line[4 * x + 2] = red;
                line[4 * x + 3] = 255;
            }
        }
        videoFrame.unmap();
        return videoFrame;
    }
};

QTEST_MAIN(TestFrameSources)
#include "tst_framesources.moc"
