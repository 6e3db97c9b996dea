#include "app/vision/FaceDetector.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Frames whose shorter side is below this get a border and a 2x upscale: YuNet misses many
// tightly cropped small faces (ORL's 92x112) otherwise.
constexpr int smallFrame = 128;

// Grey-level standard deviation below which a detection is a flat patch, not a face.
constexpr double minFaceContrast = 6.0;

// Where typical Haar boxes have the five points, as fractions of the box.
constexpr std::array<std::array<float, 2>, 5> haarLandmarks{{
    {0.30f, 0.40f},
    {0.70f, 0.40f},
    {0.50f, 0.60f},
    {0.35f, 0.78f},
    {0.65f, 0.78f},
}};

} // namespace

Result<FaceDetector> FaceDetector::create(Kind preferred, const ModelLocator &locator)
{
    FaceDetector detector;
    if (preferred == Kind::YuNet) {
        const auto model = ModelCatalogue::find(ModelCatalogue::yunetId);
        const auto directory = locator.directoryOf(*model);
        if (directory && ModelLocator::verify(*model, *directory)) {
            const QString path = QDir(*directory).filePath(model->files[0].fileName);
            try {
                detector.m_yunet = cv::FaceDetectorYN::create(QFile::encodeName(path).toStdString(),
                                                              "", cv::Size(320, 320),
                                                              detector.m_scoreThreshold, 0.3f);
                detector.m_kind = Kind::YuNet;
                return detector;
            } catch (const cv::Exception &) {
                // fall through to Haar: a model OpenCV cannot run is as good as none
            }
        }
    }
    auto haar = cv::makePtr<cv::CascadeClassifier>();
    if (!haar->load(QFile::encodeName(haarCascadePath()).toStdString())) {
        return Error::make(Error::Code::Unavailable,
                           tr("No face detector is available: the YuNet model is not installed "
                              "and the Haar cascade %1 cannot be read (install opencv-data).")
                               .arg(haarCascadePath()));
    }
    detector.m_haar = haar;
    detector.m_kind = Kind::Haar;
    return detector;
}

QString FaceDetector::haarCascadePath()
{
    return u"/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml"_s;
}

QString FaceDetector::name() const
{
    return m_kind == Kind::YuNet ? u"yunet"_s : u"haar"_s;
}

void FaceDetector::setScoreThreshold(float threshold)
{
    m_scoreThreshold = threshold;
    if (m_yunet)
        m_yunet->setScoreThreshold(threshold);
}

std::vector<DetectedFace> FaceDetector::detect(const cv::Mat &frame)
{
    if (frame.empty() || frame.depth() != CV_8U || frame.cols < 16 || frame.rows < 16)
        return {};
    cv::Mat bgr;
    if (frame.channels() == 1)
        cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, bgr, cv::COLOR_BGRA2BGR);
    else if (frame.channels() == 3)
        bgr = frame;
    else
        return {};

    // Detect on a resized copy; `scale` and `border` map the results back.
    double scale = 1;
    int border = 0;
    cv::Mat input;
    if (bgr.cols > m_detectionWidth) {
        scale = double(m_detectionWidth) / bgr.cols;
        cv::resize(bgr, input, cv::Size(), scale, scale, cv::INTER_AREA);
    } else if (std::min(bgr.cols, bgr.rows) < smallFrame) {
        border = std::max(bgr.cols, bgr.rows) / 4;
        cv::copyMakeBorder(bgr, input, border, border, border, border, cv::BORDER_REPLICATE);
        scale = 2;
        cv::resize(input, input, cv::Size(), scale, scale, cv::INTER_LINEAR);
    } else {
        input = bgr;
    }

    std::vector<DetectedFace> faces;
    try {
        faces = m_kind == Kind::YuNet ? detectYuNet(input) : detectHaar(input);
    } catch (const cv::Exception &) {
        return {};
    }
    // YuNet "finds" a large face with a score up to 0.9 in a uniform (e.g. covered camera, black)
    // frame; a real face has texture.
    cv::Mat grey;
    cv::cvtColor(input, grey, cv::COLOR_BGR2GRAY);
    const cv::Rect inside(0, 0, grey.cols, grey.rows);
    std::erase_if(faces, [&](const DetectedFace &face) {
        const cv::Rect roi = cv::Rect(face.box) & inside;
        if (roi.area() < 16)
            return true;
        cv::Scalar mean, stddev;
        cv::meanStdDev(grey(roi), mean, stddev);
        return stddev[0] < minFaceContrast;
    });
    const auto back = [&](cv::Point2f p) {
        return cv::Point2f(float(p.x / scale - border), float(p.y / scale - border));
    };
    for (DetectedFace &face : faces) {
        const cv::Point2f tl = back(face.box.tl());
        face.box
            = cv::Rect2f(tl.x, tl.y, float(face.box.width / scale), float(face.box.height / scale));
        for (cv::Point2f &p : face.landmarks)
            p = back(p);
    }
    std::sort(faces.begin(), faces.end(), [](const DetectedFace &a, const DetectedFace &b) {
        return a.box.area() > b.box.area();
    });
    return faces;
}

std::vector<DetectedFace> FaceDetector::detectYuNet(const cv::Mat &bgr)
{
    m_yunet->setInputSize(bgr.size());
    cv::Mat rows;
    m_yunet->detect(bgr, rows);
    std::vector<DetectedFace> faces;
    for (int r = 0; r < rows.rows; ++r) {
        const auto *v = rows.ptr<float>(r); // x, y, w, h, 5 x (x, y), score
        DetectedFace face;
        face.box = cv::Rect2f(v[0], v[1], v[2], v[3]);
        for (int i = 0; i < 5; ++i)
            face.landmarks[size_t(i)] = cv::Point2f(v[4 + 2 * i], v[5 + 2 * i]);
        face.score = v[14];
        face.landmarksMeasured = true;
        faces.push_back(face);
    }
    return faces;
}

std::vector<DetectedFace> FaceDetector::detectHaar(const cv::Mat &bgr)
{
    cv::Mat grey;
    cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
    cv::equalizeHist(grey, grey);
    std::vector<cv::Rect> boxes;
    m_haar->detectMultiScale(grey, boxes, 1.1, 5, 0, cv::Size(24, 24));
    std::vector<DetectedFace> faces;
    for (const cv::Rect &box : boxes) {
        DetectedFace face;
        face.box = cv::Rect2f(box);
        for (size_t i = 0; i < 5; ++i) {
            face.landmarks[i] = cv::Point2f(box.x + haarLandmarks[i][0] * box.width,
                                            box.y + haarLandmarks[i][1] * box.height);
        }
        face.score = 1;
        faces.push_back(face);
    }
    return faces;
}

} // namespace cd
