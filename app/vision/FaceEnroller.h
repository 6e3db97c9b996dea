#pragma once

#include "app/core/Result.h"
#include "app/vision/LiveRecogniser.h"
#include "app/vision/ModelLocator.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>

#include <memory>

namespace cd {

class FacePipeline;

// Why a picture cannot give an enrolment template.
enum class EnrolmentIssue {
    None,
    NotAnImage, // the file could not be read as a picture
    NoFace,
    SeveralFaces,
    OutOfFrame,
    TooSmall,
    TurnedAway,
    Blurry,
};

// What one picture gives for enrolment.
struct EnrolmentSample
{
    EnrolmentIssue issue = EnrolmentIssue::NoFace;
    QList<QRectF> faces; // every face found, in the picture's pixels
    QByteArray templateBytes; // FaceRecogniser::templateBytes, when usable
    QString model; // FaceRecogniser::templateModel
    double quality = 0; // higher is better; 0 when not usable

    bool usable() const { return issue == EnrolmentIssue::None; }
};

// Turns photos and camera frames into enrolment templates: finds exactly one face, checks it with
// FaceQuality, aligns it and describes it for enrolment (the same detector, aligner and
// recogniser the live panel recognises with, so the templates match). Header without OpenCV.
class FaceEnroller
{
    Q_DECLARE_TR_FUNCTIONS(FaceEnroller)
public:
    // Loads the models (a few hundred milliseconds: call it off the GUI thread). Fails only when
    // no detector loads.
    static Result<std::shared_ptr<FaceEnroller>> load(const LiveSettings &settings,
                                                      const ModelLocator &locator = ModelLocator());
    ~FaceEnroller();

    QString model() const; // the template model, as EnrolmentSample::model
    QString description() const; // the recogniser in use, with the fallback reason if any

    // Safe to call from several threads at once (calls are serialised inside).
    EnrolmentSample examine(const QImage &image) const;

    // What to tell the person in front of the camera or the one importing photos, translated.
    static QString advice(EnrolmentIssue issue);

private:
    struct Private;
    explicit FaceEnroller(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cd
