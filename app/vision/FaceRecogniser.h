#pragma once

#include "app/core/Result.h"
#include "app/vision/FaceGallery.h"
#include "app/vision/ModelLocator.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <opencv2/core.hpp>

namespace cd {

// Enrols aligned face chips (FaceAligner's 150x150 BGR or grey) per student and identifies new
// chips among them. Two kinds: the face-api ResNet descriptor matched in a FaceGallery
// (cosine), and, when its weights are not installed, OpenCV's LBPH recogniser. Scores are
// "higher is better" for both, but on different scales: each kind has its own default
// threshold and margin. Not thread-safe: one per worker thread.
class FaceRecogniser
{
    Q_DECLARE_TR_FUNCTIONS(FaceRecogniser)

public:
    enum class Kind { ResNet, Lbph };

    virtual ~FaceRecogniser() = default;

    // The preferred kind if it can be loaded, else LBPH (which needs no model) with
    // fallbackReason() saying why. Never fails: LBPH is built into OpenCV.
    static std::unique_ptr<FaceRecogniser> create(Kind preferred = Kind::ResNet,
                                                  const ModelLocator &locator = ModelLocator());
    static QString nameOf(Kind kind); // "resnet" or "lbph", as the CLI prints it

    virtual Kind kind() const = 0;
    QString name() const { return nameOf(kind()); }
    // Why the preferred kind is not in use (translated), or empty.
    QString fallbackReason() const { return m_fallbackReason; }
    // A line for the UI and the CLI, e.g. "Face recognition: LBPH (no descriptor model: ...)".
    QString description() const;

    float threshold() const { return m_threshold; }
    float margin() const { return m_margin; }
    void setThreshold(float threshold) { m_threshold = threshold; }
    void setMargin(float margin) { m_margin = margin; }

    // describeForEnrolment() then enrolDescription(). An Invalid error (nothing enrolled) for
    // an empty chip.
    Result<void> enrol(const QString &studentId, const cv::Mat &chip);
    // The template to keep for a chip: the descriptor averaged with its mirror image's
    // (ResNet) or the prepared chip (LBPH). This is what a stored template holds.
    virtual Result<cv::Mat> describeForEnrolment(const cv::Mat &chip) = 0;
    // Adds a template made by describeForEnrolment() (or read back from the store); an
    // Invalid error, adding nothing, for one of the wrong size or type.
    virtual Result<void> enrolDescription(const QString &studentId, const cv::Mat &description) = 0;

    // Templates as the store keeps them (encrypted there): the description's bytes, tagged with
    // templateModel() so templates of different models never mix.
    virtual QString templateModel() const = 0; // e.g. "face-api-resnet@1.7.15"
    static QByteArray templateBytes(const cv::Mat &description);
    // An Invalid error, enrolling nothing, for bytes of the wrong size.
    Result<void> enrolTemplate(const QString &studentId, const QByteArray &bytes);
    // What identification compares, made from a chip: the 1 x 128 CV_32F descriptor (ResNet,
    // the costly step) or the prepared grey chip (LBPH). An Invalid error for an empty chip.
    virtual Result<cv::Mat> describe(const cv::Mat &chip) = 0;
    // Best candidate for a description, its score and the runner-up's, accepted by
    // FaceGallery::accepts() with this recogniser's threshold and margin.
    virtual GalleryMatch match(const cv::Mat &description) = 0;
    // describe() then match().
    Result<GalleryMatch> identify(const cv::Mat &chip);
    virtual int templateCount() const = 0;

protected:
    FaceRecogniser(float threshold, float margin) : m_threshold(threshold), m_margin(margin) { }
    static Error emptyChip();
    // The shape and type of this kind's descriptions, to read template bytes back.
    virtual cv::Mat emptyDescription() const = 0;
    static Error unusableTemplate();

    float m_threshold;
    float m_margin;

private:
    QString m_fallbackReason;
};

} // namespace cd
