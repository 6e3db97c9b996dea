#include "app/vision/FaceEvaluation.h"

#include "app/vision/FaceAligner.h"
#include "app/vision/FaceDataset.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <opencv2/imgcodecs.hpp>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QJsonObject FaceEvalResult::toJson() const
{
    const auto rounded = [](double v, double places) {
        return std::round(v * places) / places;
    };
    return QJsonObject{
        {u"identities"_s, identities},        {u"enrolled"_s, enrolled},
        {u"templates"_s, templates},          {u"known_probes"_s, knownProbes},
        {u"unknown_probes"_s, unknownProbes}, {u"failed_probes"_s, failedProbes},
        {u"rank1"_s, rounded(rank1, 1e4)},    {u"tpir"_s, rounded(tpir, 1e4)},
        {u"fpir"_s, rounded(fpir, 1e4)},      {u"threshold"_s, rounded(threshold, 1e4)},
        {u"margin"_s, rounded(margin, 1e4)},  {u"detector"_s, detector},
        {u"descriptor"_s, descriptor},        {u"ms_per_image"_s, rounded(msPerImage, 100)}};
}

namespace {

struct Face
{
    cv::Mat chip;
    bool found = false;
};

} // namespace

Result<FaceEvalResult> FaceEvaluation::run(const FaceEvalOptions &options,
                                           const ModelLocator &locator)
{
    if (options.enrol < 1)
        return Error::invalidField(u"enroll"_s, tr("Enrol at least one image per identity."));
    if (!(options.unknownFraction >= 0 && options.unknownFraction < 1))
        return Error::invalidField(u"unknown-fraction"_s,
                                   tr("The unknown fraction must be at least 0 and below 1."));
    const QDir root(options.dataset);
    if (options.dataset.isEmpty() || !root.exists())
        return Error::make(Error::Code::NotFound,
                           tr("The dataset folder %1 does not exist.").arg(options.dataset));
    QStringList identities;
    std::vector<QStringList> images;
    for (const QString &name : FaceDataset::identities(options.dataset)) {
        identities << name;
        images.push_back(FaceDataset::imagesOf(root.filePath(name)));
    }
    if (identities.size() < 2)
        return Error::make(Error::Code::Invalid,
                           tr("The dataset %1 needs at least two folders of images, one per "
                              "person.")
                               .arg(options.dataset));

    Result<FaceDetector> detector = FaceDetector::create(options.detector, locator);
    if (!detector)
        return detector.error();
    const std::unique_ptr<FaceRecogniser> recogniser
        = FaceRecogniser::create(options.descriptor, locator);
    if (options.threshold)
        recogniser->setThreshold(*options.threshold);
    if (options.margin)
        recogniser->setMargin(*options.margin);
    const FaceAligner aligner;

    FaceEvalResult result;
    result.identities = int(identities.size());
    result.detector = detector->name();
    result.descriptor = recogniser->name();
    result.fallbackReason = recogniser->fallbackReason();
    result.threshold = recogniser->threshold();
    result.margin = recogniser->margin();

    const std::vector<int> order = FaceDataset::shuffle(int(identities.size()), options.seed);
    const int strangers
        = FaceDataset::strangerCount(int(identities.size()), options.unknownFraction);

    int imagesSeen = 0;
    QElapsedTimer timer;
    timer.start();
    const auto faceOf = [&](const QString &path) {
        ++imagesSeen;
        Face face;
        const cv::Mat image = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
        if (image.empty())
            return face;
        const std::vector<DetectedFace> faces = detector->detect(image);
        if (faces.empty())
            return face;
        face.chip = aligner.align(image, faces.front()); // largest first
        face.found = !face.chip.empty();
        return face;
    };

    // Enrol first, so every probe is matched against the whole gallery.
    std::vector<std::pair<int, bool>> probeOwners; // identity, known
    QStringList probePaths;
    for (int rank = 0; rank < int(order.size()); ++rank) {
        const int identity = order[size_t(rank)];
        const QStringList &files = images[size_t(identity)];
        if (rank < strangers) {
            for (const QString &file : files) {
                probePaths << file;
                probeOwners.emplace_back(identity, false);
            }
            continue;
        }
        bool enrolled = false;
        for (int i = 0; i < int(files.size()); ++i) {
            if (i >= options.enrol) {
                probePaths << files[i];
                probeOwners.emplace_back(identity, true);
                continue;
            }
            const Face face = faceOf(files[i]);
            if (face.found && recogniser->enrol(identities[identity], face.chip)) {
                ++result.templates;
                enrolled = true;
            }
        }
        result.enrolled += enrolled ? 1 : 0;
    }

    int correct = 0, identified = 0, falseAccepts = 0;
    for (int p = 0; p < int(probePaths.size()); ++p) {
        const auto [identity, known] = probeOwners[size_t(p)];
        ProbeOutcome outcome;
        outcome.image = probePaths[p];
        outcome.known = known;
        (known ? result.knownProbes : result.unknownProbes)++;
        const Face face = faceOf(probePaths[p]);
        if (face.found) {
            const Result<GalleryMatch> match = recogniser->identify(face.chip);
            if (match) {
                outcome.detected = true;
                outcome.correct = known && match->candidate == identities[identity];
                outcome.score = match->score;
                outcome.runnerUp = match->runnerUp;
                outcome.accepted = match->accepted;
            }
        }
        if (!outcome.detected)
            ++result.failedProbes;
        correct += outcome.correct ? 1 : 0;
        identified += outcome.correct && outcome.accepted ? 1 : 0;
        falseAccepts += !known && outcome.accepted ? 1 : 0;
        result.probes.push_back(outcome);
    }
    result.msPerImage = imagesSeen > 0 ? double(timer.nsecsElapsed()) / 1e6 / imagesSeen : 0;
    const auto ratio = [](int n, int d) {
        return d > 0 ? double(n) / d : 0.0;
    };
    result.rank1 = ratio(correct, result.knownProbes);
    result.tpir = ratio(identified, result.knownProbes);
    result.fpir = ratio(falseAccepts, result.unknownProbes);
    return result;
}

} // namespace cd
