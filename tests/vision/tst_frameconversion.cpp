#include "app/vision/FrameConversion.h"

#include <QTest>

#include <opencv2/core.hpp>

using namespace cd;

namespace {

cv::Vec3b bgrAt(const cv::Mat &mat, int x, int y)
{
    return mat.at<cv::Vec3b>(y, x);
}

// A small image whose every pixel has a different colour, in any format Qt can paint into.
QImage pattern(int width, int height, QImage::Format format)
{
    QImage image(width, height, format);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(10 + 20 * x, 5 + 40 * y, 200 - 10 * x - 7 * y));
    }
    return image;
}

void compareWithPattern(const cv::Mat &bgr, const QImage &image)
{
    QCOMPARE(bgr.type(), CV_8UC3);
    QCOMPARE(bgr.cols, image.width());
    QCOMPARE(bgr.rows, image.height());
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb rgb = image.pixel(x, y);
            const cv::Vec3b px = bgrAt(bgr, x, y);
            QCOMPARE(int(px[0]), qBlue(rgb));
            QCOMPARE(int(px[1]), qGreen(rgb));
            QCOMPARE(int(px[2]), qRed(rgb));
        }
    }
}

} // namespace

class TestFrameConversion : public QObject
{
    Q_OBJECT
private slots:
    void toBgrFromColourFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("width");
        QTest::newRow("RGB32") << int(QImage::Format_RGB32) << 4;
        QTest::newRow("RGB32 odd width") << int(QImage::Format_RGB32) << 5;
        QTest::newRow("ARGB32") << int(QImage::Format_ARGB32) << 3;
        QTest::newRow("ARGB32 premultiplied") << int(QImage::Format_ARGB32_Premultiplied) << 3;
        // 3 x 5 = 15 bytes of pixels in a 16-byte line: the stride must be honoured.
        QTest::newRow("RGB888 odd width") << int(QImage::Format_RGB888) << 5;
        QTest::newRow("RGB888 width 1") << int(QImage::Format_RGB888) << 1;
        QTest::newRow("BGR888 odd width") << int(QImage::Format_BGR888) << 7;
        QTest::newRow("RGBX8888 (converted by Qt)") << int(QImage::Format_RGBX8888) << 3;
    }

    void toBgrFromColourFormats()
    {
        QFETCH(int, format);
        QFETCH(int, width);
        const QImage image = pattern(width, 3, QImage::Format(format));
        compareWithPattern(FrameConversion::toBgr(image), image);
    }

    void toBgrFromGrey()
    {
        QImage grey(7, 2, QImage::Format_Grayscale8); // 7-byte rows padded to 8
        for (int y = 0; y < grey.height(); ++y) {
            for (int x = 0; x < grey.width(); ++x)
                grey.scanLine(y)[x] = uchar(30 * x + 7 * y);
        }
        const cv::Mat bgr = FrameConversion::toBgr(grey);
        QCOMPARE(bgr.type(), CV_8UC3);
        QCOMPARE(bgr.cols, 7);
        for (int y = 0; y < grey.height(); ++y) {
            for (int x = 0; x < grey.width(); ++x) {
                const int v = 30 * x + 7 * y;
                QCOMPARE(bgrAt(bgr, x, y), cv::Vec3b(uchar(v), uchar(v), uchar(v)));
            }
        }
    }

    void bgr888IsSharedOthersAreCopied()
    {
        const QImage bgr888 = pattern(5, 3, QImage::Format_BGR888);
        const cv::Mat shared = FrameConversion::toBgr(bgr888);
        QCOMPARE(static_cast<const void *>(shared.data),
                 static_cast<const void *>(bgr888.constBits()));
        QCOMPARE(shared.step[0], size_t(bgr888.bytesPerLine()));

        const QImage rgb32 = pattern(5, 3, QImage::Format_RGB32);
        const cv::Mat copy = FrameConversion::toBgr(rgb32);
        QVERIFY(static_cast<const void *>(copy.data)
                != static_cast<const void *>(rgb32.constBits()));
        QVERIFY(copy.isContinuous()); // a fresh Mat, owned
    }

    void emptyImages()
    {
        QVERIFY(FrameConversion::toBgr(QImage()).empty());
        QVERIFY(FrameConversion::view(QImage()).empty());
        QVERIFY(FrameConversion::toQImage(cv::Mat()).isNull());
    }

    void viewSharesWithoutCopy()
    {
        const QImage rgb32 = pattern(5, 3, QImage::Format_RGB32);
        const cv::Mat bgra = FrameConversion::view(rgb32);
        QCOMPARE(bgra.type(), CV_8UC4);
        QCOMPARE(static_cast<const void *>(bgra.data),
                 static_cast<const void *>(rgb32.constBits()));
        const cv::Vec4b px = bgra.at<cv::Vec4b>(2, 4);
        QCOMPARE(int(px[0]), qBlue(rgb32.pixel(4, 2)));
        QCOMPARE(int(px[2]), qRed(rgb32.pixel(4, 2)));

        QImage grey(3, 3, QImage::Format_Grayscale8);
        grey.fill(77);
        QCOMPARE(FrameConversion::view(grey).type(), CV_8UC1);
        QCOMPARE(FrameConversion::view(grey).at<uchar>(1, 1), uchar(77));
        QCOMPARE(FrameConversion::view(pattern(3, 3, QImage::Format_BGR888)).type(), CV_8UC3);
        // No view of a layout OpenCV does not share.
        QVERIFY(FrameConversion::view(pattern(3, 3, QImage::Format_RGB888)).empty());
    }

    void toQImageFromBgr()
    {
        cv::Mat bgr(3, 5, CV_8UC3);
        for (int y = 0; y < bgr.rows; ++y) {
            for (int x = 0; x < bgr.cols; ++x)
                bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 50), uchar(y * 100), uchar(7 + x));
        }
        const QImage image = FrameConversion::toQImage(bgr);
        QCOMPARE(image.format(), QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(5, 3));
        QCOMPARE(image.pixel(4, 2), qRgb(11, 200, 200));
        QCOMPARE(image.pixel(0, 0), qRgb(7, 0, 0));
        // And back again, unchanged.
        const cv::Mat back = FrameConversion::toBgr(image);
        QCOMPARE(cv::norm(back, bgr, cv::NORM_INF), 0.0);
    }

    void toQImageFromRegionOfInterest()
    {
        // A Mat that is a window into a bigger one: rows are not contiguous.
        cv::Mat big(10, 10, CV_8UC3, cv::Scalar(1, 2, 3));
        big(cv::Rect(2, 2, 3, 3)).setTo(cv::Scalar(40, 50, 60));
        const QImage image = FrameConversion::toQImage(big(cv::Rect(2, 2, 3, 3)));
        QCOMPARE(image.size(), QSize(3, 3));
        QCOMPARE(image.pixel(2, 2), qRgb(60, 50, 40));
    }

    void toQImageFromBgraAndGrey()
    {
        cv::Mat bgra(2, 3, CV_8UC4, cv::Scalar(10, 20, 30, 0)); // alpha 0 must not leak through
        const QImage fromBgra = FrameConversion::toQImage(bgra);
        QCOMPARE(fromBgra.format(), QImage::Format_RGB32);
        QCOMPARE(fromBgra.pixel(1, 1), qRgb(30, 20, 10));
        QCOMPARE(qAlpha(fromBgra.pixel(1, 1)), 255);

        cv::Mat grey(3, 7, CV_8UC1, cv::Scalar(99));
        const QImage fromGrey = FrameConversion::toQImage(grey);
        QCOMPARE(fromGrey.size(), QSize(7, 3));
        QCOMPARE(fromGrey.pixel(6, 2), qRgb(99, 99, 99));
    }

    // What a 640x480 camera or video frame costs the worker (run with -iterations N for figures).
    void benchmarkToBgr640x480()
    {
        const QImage frame = pattern(640, 480, QImage::Format_RGB32);
        cv::Mat bgr;
        QBENCHMARK
        {
            bgr = FrameConversion::toBgr(frame);
        }
        QCOMPARE(bgr.cols, 640);
    }

    void benchmarkToQImage640x480()
    {
        const cv::Mat bgr(480, 640, CV_8UC3, cv::Scalar(1, 2, 3));
        QImage image;
        QBENCHMARK
        {
            image = FrameConversion::toQImage(bgr);
        }
        QCOMPARE(image.width(), 640);
    }

    void toQImageRejectsOtherTypes()
    {
        QVERIFY(FrameConversion::toQImage(cv::Mat(2, 2, CV_16UC3, cv::Scalar(1))).isNull());
        QVERIFY(FrameConversion::toQImage(cv::Mat(2, 2, CV_8UC2, cv::Scalar(1))).isNull());
        QVERIFY(FrameConversion::toQImage(cv::Mat(2, 2, CV_32FC1, cv::Scalar(1))).isNull());
    }
};

QTEST_GUILESS_MAIN(TestFrameConversion)
#include "tst_frameconversion.moc"
