#pragma once

#include "app/vision/FaceDetector.h"
#include "app/vision/FaceRecogniser.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace cd::cli {

// --detector yunet|haar and --descriptor resnet|lbph, shared by the face commands.
struct FaceParts
{
    QCommandLineOption detector;
    QCommandLineOption descriptor;

    FaceParts();
    void addTo(QCommandLineParser &parser) const;
    // The parts asked for; false (with the message on stderr) for an unknown name.
    bool read(const QCommandLineParser &parser, FaceDetector::Kind &detectorKind,
              FaceRecogniser::Kind &descriptorKind) const;
    // Warns on stderr when a fallback replaced what was asked for.
    void reportFallbacks(const QCommandLineParser &parser, const QString &detectorUsed,
                         const QString &fallbackReason) const;
};

} // namespace cd::cli
