#include "app/vision/FaceQuality.h"

#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

namespace cd {

double FaceQuality::sharpness(const cv::Mat &frame, const cv::Rect &region)
{
    const cv::Rect inside = region & cv::Rect(0, 0, frame.cols, frame.rows);
    if (frame.empty() || inside.width < 2 || inside.height < 2 || frame.depth() != CV_8U)
        return 0;
    cv::Mat grey;
    const cv::Mat face = frame(inside);
    if (face.channels() == 3)
        cv::cvtColor(face, grey, cv::COLOR_BGR2GRAY);
    else if (face.channels() == 4)
        cv::cvtColor(face, grey, cv::COLOR_BGRA2GRAY);
    else if (face.channels() == 1)
        grey = face;
    else
        return 0;
    // Larger faces are scaled down to 64x64 so the measure does not grow with their size;
    // smaller ones are measured as they are (scaling them up would blur them).
    cv::Mat scaled = grey, laplacian;
    if (grey.cols > 64 || grey.rows > 64)
        cv::resize(grey, scaled, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    cv::Laplacian(scaled, laplacian, CV_64F);
    cv::Scalar mean, deviation;
    cv::meanStdDev(laplacian, mean, deviation);
    return deviation[0] * deviation[0];
}

FaceQualityReport FaceQuality::assess(const cv::Mat &frame, const DetectedFace &face,
                                      const FaceQualityLimits &limits)
{
    FaceQualityReport report;
    const cv::Rect2f box = face.box;
    report.size = std::min(box.width, box.height);
    const float area = box.width * box.height;
    const cv::Rect2f visible = box & cv::Rect2f(0, 0, float(frame.cols), float(frame.rows));
    if (frame.empty() || area <= 0 || visible.area() < area * (1 - limits.maxOutside)) {
        report.issue = FaceIssue::OutOfFrame;
        return report;
    }
    if (report.size < limits.minSize) {
        report.issue = FaceIssue::TooSmall;
        return report;
    }
    if (face.landmarksMeasured) {
        const cv::Point2f rightEye = face.landmarks[0], leftEye = face.landmarks[1];
        const cv::Point2f eyes = leftEye - rightEye;
        const float eyeDistance = std::hypot(eyes.x, eyes.y);
        if (eyeDistance > 0) {
            const cv::Point2f axis = eyes / eyeDistance;
            const cv::Point2f nose = face.landmarks[2] - (rightEye + leftEye) * 0.5f;
            report.yaw = (nose.x * axis.x + nose.y * axis.y) / eyeDistance;
            report.rollDegrees = float(std::atan2(eyes.y, eyes.x) * 180 / std::numbers::pi);
        }
        if (eyeDistance <= 0 || std::abs(report.yaw) > limits.maxYaw
            || std::abs(report.rollDegrees) > limits.maxRollDegrees) {
            report.issue = FaceIssue::TurnedAway;
            return report;
        }
    }
    report.sharpness = sharpness(frame, cv::Rect(box));
    if (report.sharpness < limits.minSharpness)
        report.issue = FaceIssue::Blurry;
    return report;
}

QString FaceQuality::message(FaceIssue issue)
{
    switch (issue) {
    case FaceIssue::None: return {};
    case FaceIssue::OutOfFrame: return tr("Move into the middle of the picture.");
    case FaceIssue::TooSmall: return tr("Come closer to the camera.");
    case FaceIssue::TurnedAway: return tr("Look straight at the camera.");
    case FaceIssue::Blurry: return tr("Hold still: the picture is blurred.");
    }
    return {};
}

} // namespace cd
