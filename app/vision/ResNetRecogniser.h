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
    Result<void> enrol(const QString &studentId, const cv::Mat &chip) override;
    Result<GalleryMatch> identify(const cv::Mat &chip) override;
    int templateCount() const override { return m_gallery.templateCount(); }

    FaceDescriptorNet &net() { return m_net; }

private:
    FaceDescriptorNet m_net;
    FaceGallery m_gallery;
};

} // namespace cd
