#include "app/vision/FaceAligner.h"

#include <opencv2/imgproc.hpp>

namespace cd {

namespace {

// dlib's mean face shape (landmarks 17-67, in a unit square), reduced to the five points:
// the means of the six points of each eye (36-41, 42-47), the nose tip (30) and the mouth
// corners (48, 54). The subject's right eye is on the image's left.
constexpr std::array<std::array<double, 2>, 5> meanFace{{
    {0.2254919, 0.2159903},
    {0.7547613, 0.2159903},
    {0.490127, 0.515625},
    {0.254149, 0.780233},
    {0.726104, 0.780233},
}};

} // namespace

FaceAligner::FaceAligner(int chipSize, double padding) : m_chipSize(chipSize)
{
    for (size_t i = 0; i < 5; ++i) {
        m_targets[i]
            = cv::Point2f(float((meanFace[i][0] + padding) / (1 + 2 * padding) * chipSize),
                          float((meanFace[i][1] + padding) / (1 + 2 * padding) * chipSize));
    }
}

cv::Mat FaceAligner::similarity(const std::array<cv::Point2f, 5> &from,
                                const std::array<cv::Point2f, 5> &to)
{
    // With both point sets centred, x' = a x - b y and y' = b x + a y minimise the squared error
    // for a = sum(x x' + y y') / sum(x^2 + y^2) and b = sum(x y' - y x') / sum(x^2 + y^2).
    cv::Point2d mf, mt;
    for (size_t i = 0; i < 5; ++i) {
        mf += cv::Point2d(from[i]) / 5.0;
        mt += cv::Point2d(to[i]) / 5.0;
    }
    double a = 0, b = 0, norm = 0;
    for (size_t i = 0; i < 5; ++i) {
        const cv::Point2d f = cv::Point2d(from[i]) - mf, t = cv::Point2d(to[i]) - mt;
        a += f.x * t.x + f.y * t.y;
        b += f.x * t.y - f.y * t.x;
        norm += f.x * f.x + f.y * f.y;
    }
    if (norm <= 0) // all points at one place: no shape to fit
        return cv::Mat();
    a /= norm;
    b /= norm;
    cv::Mat m = (cv::Mat_<double>(2, 3) << a, -b, mt.x - (a * mf.x - b * mf.y), //
                 b, a, mt.y - (b * mf.x + a * mf.y));
    return m;
}

cv::Mat FaceAligner::transform(const std::array<cv::Point2f, 5> &landmarks) const
{
    return similarity(landmarks, m_targets);
}

cv::Mat FaceAligner::align(const cv::Mat &image, const DetectedFace &face) const
{
    if (image.empty())
        return {};
    const cv::Mat m = transform(face.landmarks);
    if (m.empty())
        return {};
    cv::Mat chip;
    cv::warpAffine(image, chip, m, cv::Size(m_chipSize, m_chipSize), cv::INTER_LINEAR,
                   cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return chip;
}

} // namespace cd
