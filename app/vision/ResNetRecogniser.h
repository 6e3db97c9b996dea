#pragma once

#include "app/vision/FaceDescriptorNet.h"
#include "app/vision/FaceGallery.h"
#include "app/vision/FaceRecogniser.h"

namespace cd {

// The face-api ResNet descriptor (128-d) matched by cosine in a FaceGallery.
class ResNetRecogniser : public FaceRecogniser
{
public:
    explicit ResNetRecogniser(FaceDescriptorNet net);

    Kind kind() const override { return Kind::ResNet; }
    Result<cv::Mat> describeForEnrolment(const cv::Mat &chip) override; // mirrored, 1 x 128
    Result<void> enrolDescription(const QString &studentId, const cv::Mat &description) override;
    QString templateModel() const override;
    Result<cv::Mat> describe(const cv::Mat &chip) override; // 1 x 128, CV_32F
    GalleryMatch match(const cv::Mat &description) override;
    int templateCount() const override { return m_gallery.templateCount(); }

    FaceDescriptorNet &net() { return m_net; }
    FaceGallery &gallery() { return m_gallery; }

protected:
    cv::Mat emptyDescription() const override;

private:
    FaceDescriptorNet m_net;
    FaceGallery m_gallery;
};

} // namespace cd
