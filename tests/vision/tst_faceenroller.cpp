#include "VisionTestData.h"

#include "app/vision/EnrolmentFrameWorker.h"
#include "app/vision/FaceEnroller.h"
#include "app/vision/FrameConversion.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <cstring>
#include <opencv2/imgproc.hpp>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// FaceEnroller on real photos from lfw-dev (150x150, whole head): good photos give templates, and
// each kind of unusable picture is refused with the issue the teacher is told about.
class TestFaceEnroller : public QObject
{
    Q_OBJECT
private:
    std::shared_ptr<FaceEnroller> m_enroller;
    QString m_lfw;

    QString photo(const QString &person, int index) const
    {
        return QDir(m_lfw).filePath(u"%1/%1_%2.jpg"_s.arg(person).arg(index, 4, 10, QChar(u'0')));
    }

    QImage image(const QString &person, int index) const
    {
        QImage loaded(photo(person, index));
        if (loaded.isNull())
            qFatal("cannot read %s", qPrintable(photo(person, index)));
        return loaded;
    }

    static std::vector<float> floats(const QByteArray &bytes)
    {
        std::vector<float> values(size_t(bytes.size()) / sizeof(float));
        std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(float));
        return values;
    }

    static double cosine(const QByteArray &a, const QByteArray &b)
    {
        const std::vector<float> x = floats(a), y = floats(b);
        double dot = 0, nx = 0, ny = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            dot += double(x[i]) * y[i];
            nx += double(x[i]) * x[i];
            ny += double(y[i]) * y[i];
        }
        return dot / std::sqrt(nx * ny);
    }

    // `picture` scaled to `size` pixels wide, in the middle of a grey canvas.
    static QImage onCanvas(const QImage &picture, int size, QSize canvasSize)
    {
        QImage canvas(canvasSize, QImage::Format_RGB32);
        canvas.fill(QColor(128, 128, 128));
        QPainter painter(&canvas);
        const QImage scaled = picture.scaledToWidth(size, Qt::SmoothTransformation);
        painter.drawImage((canvasSize.width() - scaled.width()) / 2,
                          (canvasSize.height() - scaled.height()) / 2, scaled);
        return canvas;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lfw = test::datasetDir(u"lfw-dev"_s);
        if (m_lfw.isEmpty())
            QSKIP("the lfw-dev data set is not available (CAMPUSDESK_TEST_DATA)");
        Result<std::shared_ptr<FaceEnroller>> loaded = FaceEnroller::load(LiveSettings());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        m_enroller = std::move(loaded).value();
        if (m_enroller->model() != u"face-api-resnet@1.7.15"_s)
            QSKIP("the YuNet and descriptor models are not installed (CAMPUSDESK_MODEL_DIR)");
    }

    void goodPhotoGivesATemplateOfTheModelsSize()
    {
        const EnrolmentSample sample = m_enroller->examine(image(u"Bill_Gates"_s, 1));
        QVERIFY2(sample.usable(), qPrintable(FaceEnroller::advice(sample.issue)));
        QCOMPARE(sample.faces.size(), 1);
        QVERIFY(QRectF(0, 0, 150, 150).contains(sample.faces.first().center()));
        QCOMPARE(sample.model, m_enroller->model());
        QCOMPARE(sample.templateBytes.size(), qsizetype(128 * sizeof(float)));
        QVERIFY(sample.quality > 0 && sample.quality <= 1);
        QVERIFY(!m_enroller->description().isEmpty());
    }

    void nullImageIsNotAnImage()
    {
        const EnrolmentSample sample = m_enroller->examine(QImage());
        QCOMPARE(sample.issue, EnrolmentIssue::NotAnImage);
        QVERIFY(sample.templateBytes.isEmpty());
        QCOMPARE(sample.quality, 0.0);
    }

    void pictureWithoutAFaceIsRefused()
    {
        // A plain wall, and a wall lit from one side.
        QImage wall(300, 300, QImage::Format_RGB32);
        wall.fill(QColor(200, 190, 170));
        QCOMPARE(m_enroller->examine(wall).issue, EnrolmentIssue::NoFace);
        QImage lit(320, 240, QImage::Format_RGB32);
        QPainter painter(&lit);
        QLinearGradient light(0, 0, 320, 0);
        light.setColorAt(0, QColor(230, 225, 210));
        light.setColorAt(1, QColor(70, 65, 60));
        painter.fillRect(lit.rect(), light);
        painter.end();
        const EnrolmentSample sample = m_enroller->examine(lit);
        QCOMPARE(sample.issue, EnrolmentIssue::NoFace);
        QVERIFY(sample.faces.isEmpty());
        QVERIFY(sample.templateBytes.isEmpty());
    }

    void tinyFaceIsTooSmall()
    {
        const QImage tiny = onCanvas(image(u"Bill_Gates"_s, 1), 60, QSize(320, 240));
        const EnrolmentSample sample = m_enroller->examine(tiny);
        QCOMPARE(sample.issue, EnrolmentIssue::TooSmall);
        QCOMPARE(sample.faces.size(), 1);
        QVERIFY(sample.templateBytes.isEmpty());
        QVERIFY(FaceEnroller::advice(sample.issue).contains(u"closer"_s));
    }

    void blurredCopyIsBlurry()
    {
        const cv::Mat sharp = test::readImage(photo(u"Bill_Gates"_s, 1));
        cv::Mat blurred;
        cv::GaussianBlur(sharp, blurred, cv::Size(), 2.5);
        const EnrolmentSample sample = m_enroller->examine(FrameConversion::toQImage(blurred));
        QCOMPARE(sample.issue, EnrolmentIssue::Blurry);
        QVERIFY(sample.templateBytes.isEmpty());
    }

    void twoFacesSideBySideAreRefused()
    {
        const QImage left = image(u"Bill_Gates"_s, 1), right = image(u"Tom_Hanks"_s, 5);
        QImage both(300, 150, QImage::Format_RGB32);
        QPainter painter(&both);
        painter.drawImage(0, 0, left);
        painter.drawImage(150, 0, right);
        painter.end();
        const EnrolmentSample sample = m_enroller->examine(both);
        QCOMPARE(sample.issue, EnrolmentIssue::SeveralFaces);
        QVERIFY(sample.faces.size() >= 2);
        QVERIFY(sample.templateBytes.isEmpty());
    }

    void peopleFarBehindDoNotCount()
    {
        // Bill_Gates_0006 has a face a little over half the size of his in the background.
        const EnrolmentSample sample = m_enroller->examine(image(u"Bill_Gates"_s, 6));
        QCOMPARE(sample.faces.size(), 2);
        QVERIFY2(sample.usable(), qPrintable(FaceEnroller::advice(sample.issue)));
    }

    void samePersonMatchesBetterThanAStranger()
    {
        const EnrolmentSample enrolled = m_enroller->examine(image(u"Bill_Gates"_s, 1));
        const EnrolmentSample again = m_enroller->examine(image(u"Bill_Gates"_s, 3));
        const EnrolmentSample stranger = m_enroller->examine(image(u"Tom_Hanks"_s, 5));
        QVERIFY(enrolled.usable() && again.usable() && stranger.usable());
        const double same = cosine(enrolled.templateBytes, again.templateBytes);
        const double other = cosine(enrolled.templateBytes, stranger.templateBytes);
        QVERIFY2(same > other, qPrintable(u"same %1, stranger %2"_s.arg(same).arg(other)));
    }

    void examineFromSeveralThreadsGivesTheSameTemplates()
    {
        const QImage picture = image(u"Tom_Hanks"_s, 5);
        const QByteArray expected = m_enroller->examine(picture).templateBytes;
        QList<QImage> pictures(8, picture);
        const QList<QByteArray> results = QtConcurrent::blockingMapped(
            pictures, [this](const QImage &p) { return m_enroller->examine(p).templateBytes; });
        for (const QByteArray &bytes : results)
            QCOMPARE(bytes, expected);
    }

    // Prints what examine() says of some photos (PROBE=1): how the limits were chosen.
    void probe()
    {
        if (!qEnvironmentVariableIsSet("PROBE"))
            QSKIP("set PROBE=1 to print the measurements");
        for (const QString &person : {u"Bill_Gates"_s, u"Tom_Hanks"_s, u"Nicole_Kidman"_s})
            for (int i = 1; i <= 10; ++i) {
                const EnrolmentSample s = m_enroller->examine(image(person, i));
                QStringList boxes;
                for (const QRectF &f : s.faces)
                    boxes << u"%1x%2@%3,%4"_s.arg(f.width()).arg(f.height()).arg(f.x()).arg(f.y());
                qInfo("%s %d issue %d q %.2f %s", qPrintable(person), i, int(s.issue), s.quality,
                      qPrintable(boxes.join(u' ')));
            }
        const cv::Mat sharp = test::readImage(photo(u"Bill_Gates"_s, 1));
        for (double sigma : {1.5, 2.0, 2.5, 3.0}) {
            cv::Mat blurred;
            cv::GaussianBlur(sharp, blurred, cv::Size(), sigma);
            const EnrolmentSample s = m_enroller->examine(FrameConversion::toQImage(blurred));
            qInfo("blur %.1f issue %d faces %d size %.0f", sigma, int(s.issue), int(s.faces.size()),
                  s.faces.isEmpty() ? 0.0 : s.faces.first().width());
        }
        // How many of lfw-dev's photos (two per person) are usable, and why not, and the time.
        QMap<int, int> issues;
        QElapsedTimer timer;
        const QStringList paths = test::lfwImages(m_lfw, 2);
        const QList<QImage> pictures = [&] {
            QList<QImage> loaded;
            for (const QString &path : paths)
                loaded << QImage(path);
            return loaded;
        }();
        timer.start();
        for (const QImage &picture : pictures)
            ++issues[int(m_enroller->examine(picture).issue)];
        qInfo("%d photos in %.1f ms each", int(pictures.size()),
              double(timer.elapsed()) / double(pictures.size()));
        for (auto it = issues.cbegin(); it != issues.cend(); ++it)
            qInfo("issue %d: %d", it.key(), it.value());
    }

    void workerExaminesTheNewestFrameOffTheCallersThread()
    {
        EnrolmentFrameWorker worker(m_enroller);
        QList<EnrolmentSample> samples;
        QList<qint64> indices;
        connect(&worker, &EnrolmentFrameWorker::examined, this,
                [&](const Frame &frame, const EnrolmentSample &sample) {
                    QCOMPARE(QThread::currentThread(), thread()); // delivered queued, here
                    indices << frame.index;
                    samples << sample;
                });
        worker.start();
        QVERIFY(worker.isRunning());
        const QImage picture = image(u"Bill_Gates"_s, 1);
        // A burst faster than examining: most are dropped, the last is always examined.
        for (qint64 i = 0; i < 20; ++i)
            worker.submit(Frame{picture, i, i * 33});
        worker.submit(Frame{}); // invalid frames are ignored
        QTRY_VERIFY_WITH_TIMEOUT(!indices.isEmpty() && indices.last() == 19, 10000);
        QVERIFY(worker.droppedFrames() > 0);
        QCOMPARE(worker.examinedFrames() + worker.droppedFrames(), 20);
        QVERIFY(samples.last().usable());
        worker.stop();
        QVERIFY(!worker.isRunning());
        worker.submit(Frame{picture, 20, 0}); // after stop: never examined
        QTest::qWait(100);
        QCOMPARE(indices.last(), 19);
    }

    void everyIssueHasAdvice()
    {
        for (EnrolmentIssue issue :
             {EnrolmentIssue::None, EnrolmentIssue::NotAnImage, EnrolmentIssue::NoFace,
              EnrolmentIssue::SeveralFaces, EnrolmentIssue::OutOfFrame, EnrolmentIssue::TooSmall,
              EnrolmentIssue::TurnedAway, EnrolmentIssue::Blurry})
            QVERIFY(!FaceEnroller::advice(issue).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaceEnroller)
#include "tst_faceenroller.moc"
