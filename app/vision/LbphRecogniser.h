#pragma once

#include "app/vision/FaceRecogniser.h"

#include <QHash>

#include <opencv2/face.hpp>
#include <vector>

namespace cd {

// cv::face::LBPHFaceRecognizer (radius 1, 8 neighbours, 8x8 cells) on the grey, histogram-
// equalised chip. Its chi-square distance d (lower is closer) is reported as the score -d, so
// that higher is better as for the ResNet; threshold and margin are in the same units.
class LbphRecogniser : public FaceRecogniser
{
public:
    // Tuned on lfw-dev like the ResNet's (see docs/architecture.md): FPIR 0.4 % (haar and
    // yunet, seed 7) and 0.8 % (yunet, seed 1) on FaceAligner's 20 %-padded chips.
    static constexpr float defaultThreshold = -78.0f;
    static constexpr float defaultMargin = 5.0f;
    static constexpr int chipSide = 100; // chips are resized to this before LBPH

    LbphRecogniser();

    Kind kind() const override { return Kind::Lbph; }
    Result<cv::Mat> describeForEnrolment(const cv::Mat &chip) override; // prepare()
    Result<void> enrolDescription(const QString &studentId, const cv::Mat &description) override;
    QString templateModel() const override { return QStringLiteral("lbph-100"); }
    Result<cv::Mat> describe(const cv::Mat &chip) override; // prepare()
    GalleryMatch match(const cv::Mat &description) override;
    int templateCount() const override { return m_templates; }

    static cv::Mat prepare(const cv::Mat &chip); // grey, 100x100, equalised

protected:
    cv::Mat emptyDescription() const override { return cv::Mat(chipSide, chipSide, CV_8UC1); }

private:
    cv::Ptr<cv::face::LBPHFaceRecognizer> m_model;
    std::vector<QString> m_students; // label -> student id
    QHash<QString, int> m_labels;
    int m_templates = 0;
};

} // namespace cd
