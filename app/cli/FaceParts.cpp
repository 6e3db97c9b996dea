#include "app/cli/FaceParts.h"

#include "app/cli/Command.h"

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

FaceParts::FaceParts()
    : detector(u"detector"_s, Cli::tr("yunet (default) or haar."), u"NAME"_s, u"yunet"_s),
      descriptor(u"descriptor"_s, Cli::tr("resnet (default) or lbph."), u"NAME"_s, u"resnet"_s)
{
}

void FaceParts::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({detector, descriptor});
}

bool FaceParts::read(const QCommandLineParser &parser, FaceDetector::Kind &detectorKind,
                     FaceRecogniser::Kind &descriptorKind) const
{
    const QString detectorName = parser.value(detector);
    if (detectorName != u"yunet"_s && detectorName != u"haar"_s) {
        err() << Cli::tr("--detector must be yunet or haar.") << '\n';
        return false;
    }
    detectorKind = detectorName == u"haar"_s ? FaceDetector::Kind::Haar : FaceDetector::Kind::YuNet;
    const QString descriptorName = parser.value(descriptor);
    if (descriptorName != u"resnet"_s && descriptorName != u"lbph"_s) {
        err() << Cli::tr("--descriptor must be resnet or lbph.") << '\n';
        return false;
    }
    descriptorKind
        = descriptorName == u"lbph"_s ? FaceRecogniser::Kind::Lbph : FaceRecogniser::Kind::ResNet;
    return true;
}

void FaceParts::reportFallbacks(const QCommandLineParser &parser, const QString &detectorUsed,
                                const QString &fallbackReason) const
{
    if (!fallbackReason.isEmpty())
        err() << Cli::tr("Using LBPH instead of the ResNet descriptor: %1").arg(fallbackReason)
              << '\n';
    if (parser.value(detector) != detectorUsed)
        err() << Cli::tr("Using the Haar detector: the YuNet model is not installed.") << '\n';
}

} // namespace cd::cli
