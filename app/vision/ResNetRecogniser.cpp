#include "app/vision/ResNetRecogniser.h"

namespace cd {

ResNetRecogniser::ResNetRecogniser(FaceDescriptorNet net)
    : FaceRecogniser(FaceGallery::defaultThreshold, FaceGallery::defaultMargin),
      m_net(std::move(net))
{
}

namespace {

cv::Mat rowOf(const FaceDescriptor &descriptor)
{
    return cv::Mat(1, int(descriptor.size()), CV_32F, const_cast<float *>(descriptor.data()))
        .clone();
}

} // namespace

QString ResNetRecogniser::templateModel() const
{
    return QStringLiteral("face-api-resnet@1.7.15");
}

cv::Mat ResNetRecogniser::emptyDescription() const
{
    return cv::Mat(1, FaceDescriptorNet::descriptorSize, CV_32F);
}

Result<cv::Mat> ResNetRecogniser::describeForEnrolment(const cv::Mat &chip)
{
    if (chip.empty())
        return emptyChip();
    Result<FaceDescriptor> descriptor = m_net.describeMirrored(chip);
    if (!descriptor)
        return descriptor.error();
    return rowOf(*descriptor);
}

Result<void> ResNetRecogniser::enrolDescription(const QString &studentId,
                                                const cv::Mat &description)
{
    if (studentId.isEmpty() || description.type() != CV_32F || description.rows != 1
        || !description.isContinuous())
        return unusableTemplate();
    const auto *values = description.ptr<float>();
    if (!m_gallery.add(studentId, std::vector<float>(values, values + description.cols)))
        return unusableTemplate();
    return {};
}

Result<cv::Mat> ResNetRecogniser::describe(const cv::Mat &chip)
{
    if (chip.empty())
        return emptyChip();
    Result<FaceDescriptor> descriptor = m_net.describe(chip);
    if (!descriptor)
        return descriptor.error();
    return rowOf(*descriptor);
}

GalleryMatch ResNetRecogniser::match(const cv::Mat &description)
{
    if (description.type() != CV_32F || description.rows != 1)
        return {};
    m_gallery.setThreshold(m_threshold);
    m_gallery.setMargin(m_margin);
    const auto *values = description.ptr<float>();
    return m_gallery.identify(std::vector<float>(values, values + description.cols));
}

} // namespace cd
