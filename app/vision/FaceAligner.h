#pragma once

#include "app/vision/FaceDetector.h"

#include <array>
#include <opencv2/core.hpp>

namespace cd {

// Warps a detected face to the canonical chip the descriptor network expects: a least-squares
// similarity transform (rotation, uniform scale, shift) of all five landmarks onto dlib's mean
// face (eye centres, nose tip, mouth corners) with 20 % padding. dlib pads its chips by 25 %, but
// with YuNet's five points 20 % gives the network the face at the scale it was trained on: on
// lfw-dev (40 splits) the best achievable TPIR at 1 % FPIR is 0.946 at 20 %, 0.940 at 17.5 and
// 0.939 at 22.5 %, 0.928 at 25 %; moving the face 3 px up or down costs two points.
class FaceAligner
{
public:
    explicit FaceAligner(int chipSize = 150, double padding = 0.20);

    int chipSize() const { return m_chipSize; }
    // Where the five points (DetectedFace's order) land in the chip.
    const std::array<cv::Point2f, 5> &targets() const { return m_targets; }

    // The 2x3 matrix mapping image points to chip points (CV_64F).
    cv::Mat transform(const std::array<cv::Point2f, 5> &landmarks) const;
    // The BGR chip (chipSize x chipSize, same type as the image); empty for an empty image.
    cv::Mat align(const cv::Mat &image, const DetectedFace &face) const;

    // Least-squares similarity from `from` to `to` (not RANSAC: five points, all of them used).
    static cv::Mat similarity(const std::array<cv::Point2f, 5> &from,
                              const std::array<cv::Point2f, 5> &to);

private:
    int m_chipSize;
    std::array<cv::Point2f, 5> m_targets;
};

} // namespace cd
