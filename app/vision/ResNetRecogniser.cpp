#include "app/vision/ResNetRecogniser.h"

namespace cd {

ResNetRecogniser::ResNetRecogniser(FaceDescriptorNet net)
    : FaceRecogniser(FaceGallery::defaultThreshold, FaceGallery::defaultMargin),
      m_net(std::move(net))
{
}

Result<void> ResNetRecogniser::enrol(const QString &studentId, const cv::Mat &chip)
{
    if (chip.empty())
        return emptyChip();
    Result<FaceDescriptor> descriptor = m_net.describeMirrored(chip);
    if (!descriptor)
        return descriptor.error();
    if (!m_gallery.add(studentId, *descriptor))
        return Error::make(Error::Code::Invalid, tr("This face cannot be enrolled."));
    return {};
}

Result<GalleryMatch> ResNetRecogniser::identify(const cv::Mat &chip)
{
    if (chip.empty())
        return emptyChip();
    Result<FaceDescriptor> descriptor = m_net.describe(chip);
    if (!descriptor)
        return descriptor.error();
    m_gallery.setThreshold(m_threshold);
    m_gallery.setMargin(m_margin);
    return m_gallery.identify(*descriptor);
}

} // namespace cd
