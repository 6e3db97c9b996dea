#include "app/vision/FaceRecogniser.h"

#include "app/vision/LbphRecogniser.h"
#include "app/vision/ResNetRecogniser.h"

#include <cstring>

namespace cd {

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<FaceRecogniser> FaceRecogniser::create(Kind preferred, const ModelLocator &locator)
{
    QString reason;
    if (preferred == Kind::ResNet) {
        Result<FaceDescriptorNet> net = FaceDescriptorNet::load(locator);
        if (net)
            return std::make_unique<ResNetRecogniser>(std::move(net).value());
        reason = net.error().message;
    }
    auto lbph = std::make_unique<LbphRecogniser>();
    lbph->m_fallbackReason = reason;
    return lbph;
}

QString FaceRecogniser::nameOf(Kind kind)
{
    return kind == Kind::ResNet ? u"resnet"_s : u"lbph"_s;
}

QString FaceRecogniser::description() const
{
    if (kind() == Kind::ResNet)
        return tr("Face recognition: ResNet face descriptor (face-api 1.7.15).");
    if (m_fallbackReason.isEmpty())
        return tr("Face recognition: LBPH (less accurate than the ResNet descriptor).");
    return tr("Face recognition: LBPH fallback, because the descriptor model cannot be used: %1")
        .arg(m_fallbackReason);
}

Result<void> FaceRecogniser::enrol(const QString &studentId, const cv::Mat &chip)
{
    Result<cv::Mat> description = describeForEnrolment(chip);
    if (!description)
        return description.error();
    return enrolDescription(studentId, *description);
}

QByteArray FaceRecogniser::templateBytes(const cv::Mat &description)
{
    const cv::Mat continuous = description.isContinuous() ? description : description.clone();
    return QByteArray(reinterpret_cast<const char *>(continuous.data),
                      qsizetype(continuous.total() * continuous.elemSize()));
}

Result<void> FaceRecogniser::enrolTemplate(const QString &studentId, const QByteArray &bytes)
{
    cv::Mat description = emptyDescription();
    if (qsizetype(description.total() * description.elemSize()) != bytes.size())
        return unusableTemplate();
    std::memcpy(description.data, bytes.constData(), size_t(bytes.size()));
    return enrolDescription(studentId, description);
}

Error FaceRecogniser::unusableTemplate()
{
    return Error::make(Error::Code::Invalid, tr("This face cannot be enrolled."));
}

Result<GalleryMatch> FaceRecogniser::identify(const cv::Mat &chip)
{
    Result<cv::Mat> description = describe(chip);
    if (!description)
        return description.error();
    return match(*description);
}

Error FaceRecogniser::emptyChip()
{
    return Error::make(Error::Code::Invalid, tr("The face image is empty."));
}

} // namespace cd
