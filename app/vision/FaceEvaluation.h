#pragma once

#include "app/core/Result.h"
#include "app/vision/FaceDetector.h"
#include "app/vision/FaceRecogniser.h"
#include "app/vision/ModelLocator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace cd {

// The open-set identification protocol of `campusdesk-cli face eval` (issue 6):
// - DIR holds one folder per identity, sorted by name, then shuffled with the seed
//   (FaceDataset::shuffle());
//   the first round(F x n) identities are strangers, never enrolled;
// - of each other identity, the first K images (by file name) are enrolled, the rest are probes;
// - each image contributes its largest detected face; a probe without one is a failed probe
//   (counted, never correct, never accepted); an enrolment image without one is skipped.
struct FaceEvalOptions
{
    QString dataset;
    int enrol = 5;
    double unknownFraction = 0.3;
    quint32 seed = 7;
    FaceDetector::Kind detector = FaceDetector::Kind::YuNet;
    FaceRecogniser::Kind descriptor = FaceRecogniser::Kind::ResNet;
    std::optional<float> threshold; // else the recogniser's default
    std::optional<float> margin;
};

// One probe's outcome, for tuning the threshold and margin afterwards.
struct ProbeOutcome
{
    QString image;
    bool known = false; // its identity is enrolled
    bool detected = false;
    bool correct = false; // best candidate is the right identity
    float score = 0;
    float runnerUp = 0;
    bool accepted = false;
};

struct FaceEvalResult
{
    int identities = 0;
    int enrolled = 0; // identities in the gallery
    int templates = 0; // enrolled faces
    int knownProbes = 0;
    int unknownProbes = 0;
    int failedProbes = 0; // no face found
    double rank1 = 0;
    double tpir = 0;
    double fpir = 0;
    float threshold = 0;
    float margin = 0;
    QString detector;
    QString descriptor;
    QString fallbackReason; // why the asked-for descriptor is not in use, or empty
    double msPerImage = 0; // read, detect, align, describe and match, over every image
    std::vector<ProbeOutcome> probes;

    QJsonObject toJson() const;
};

class FaceEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(FaceEvaluation)

public:
    // An error for a missing or empty dataset, bad K or F, or no detector.
    static Result<FaceEvalResult> run(const FaceEvalOptions &options,
                                      const ModelLocator &locator = ModelLocator());
};

} // namespace cd
