#pragma once

#include "app/vision/FaceDetector.h"
#include "app/vision/FaceStates.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

namespace cd {

// Limits a face must meet before it is described (live recognition) or enrolled.
struct FaceQualityLimits
{
    // Pixels, the shorter side of the face box. 32 px is a face about 3 m from a 640x480
    // webcam; video_01's faces are 20-63 px (median 33). Enrolment asks for more.
    float minSize = 32;
    // Variance of the Laplacian of the grey face (scaled down to 64x64 when larger). Measured
    // (1st percentile / median): lfw-dev 155 / 535, video_01's faces 70 / 335; blurred with a
    // Gaussian of sigma 2: lfw-dev 36 median, 89 at the 99th percentile; video_01 29 median.
    double minSharpness = 60;
    // The nose's offset from the eyes' midpoint along the eye line, in eye distances: about 0
    // facing the camera, 0.5 or more in profile (lfw-dev: median 0.09, 95th percentile 0.35).
    // Only with measured landmarks (YuNet).
    float maxYaw = 0.4f;
    float maxRollDegrees = 35; // head tilted sideways
    float maxOutside = 0.1f; // share of the box's area that may lie outside the frame
};

struct FaceQualityReport
{
    FaceIssue issue = FaceIssue::None;
    float size = 0;
    double sharpness = 0;
    float yaw = 0;
    float rollDegrees = 0;

    bool ok() const { return issue == FaceIssue::None; }
};

// Judges one detected face in its frame: cheap enough to run on every face of every frame
// (a 64x64 Laplacian). The checks run from the cheapest, and the first that fails is reported.
class FaceQuality
{
    Q_DECLARE_TR_FUNCTIONS(FaceQuality)

public:
    static FaceQualityReport assess(const cv::Mat &frame, const DetectedFace &face,
                                    const FaceQualityLimits &limits = {});
    // What the user should change, e.g. "Come closer to the camera." Empty for None.
    static QString message(FaceIssue issue);
    static double sharpness(const cv::Mat &frame, const cv::Rect &region);
};

} // namespace cd
