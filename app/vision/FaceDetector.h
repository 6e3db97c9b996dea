#pragma once

#include "app/core/Result.h"
#include "app/vision/ModelLocator.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>
#include <vector>

namespace cd {

// One face found in a frame, in the frame's pixel coordinates.
struct DetectedFace
{
    cv::Rect2f box;
    // The subject's right eye, left eye, nose tip, right and left mouth corner (YuNet's order;
    // the subject's right eye is on the image's left). Estimated from the box for Haar.
    std::array<cv::Point2f, 5> landmarks{};
    float score = 0; // YuNet's confidence; 1 for Haar
    bool landmarksMeasured = false; // false when estimated from the box (Haar)
};

// Finds faces: YuNet (cv::FaceDetectorYN, the 2022mar model) when the model is installed,
// otherwise the Haar cascade from Debian's opencv-data. Large frames are scaled down to the
// detection width first, small ones are given a border and scaled up; results are mapped back.
// Not thread-safe: one detector per worker thread.
class FaceDetector
{
    Q_DECLARE_TR_FUNCTIONS(FaceDetector)

public:
    enum class Kind { YuNet, Haar };

    // YuNet if asked for and found (SHA-256 checked), else Haar; an error only when neither
    // can be loaded.
    static Result<FaceDetector> create(Kind preferred = Kind::YuNet,
                                       const ModelLocator &locator = ModelLocator());
    static QString haarCascadePath(); // Debian's opencv-data file

    Kind kind() const { return m_kind; }
    QString name() const; // "yunet" or "haar", as the CLI prints it

    void setDetectionWidth(int width) { m_detectionWidth = std::max(64, width); }
    int detectionWidth() const { return m_detectionWidth; }
    void setScoreThreshold(float threshold);

    // Faces in a BGR, BGRA or grey 8-bit frame, largest first. Empty for an empty or tiny frame.
    std::vector<DetectedFace> detect(const cv::Mat &frame);

private:
    FaceDetector() = default;
    std::vector<DetectedFace> detectYuNet(const cv::Mat &bgr);
    std::vector<DetectedFace> detectHaar(const cv::Mat &bgr);

    Kind m_kind = Kind::Haar;
    int m_detectionWidth = 320;
    float m_scoreThreshold = 0.6f;
    cv::Ptr<cv::FaceDetectorYN> m_yunet;
    cv::Ptr<cv::CascadeClassifier> m_haar;
};

} // namespace cd
