#pragma once

#include "app/core/Result.h"
#include "app/vision/FaceDetector.h"
#include "app/vision/FaceRecogniser.h"
#include "app/vision/ModelLocator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cd {

struct FaceBenchOptions
{
    QString video;
    int gallery = 1000; // synthetic students
    int templatesPerStudent = 1;
    int passes = 3; // times through the video (video_01 is 90 frames), tracks reset each time
    int maxFrames = 0; // per pass; 0 = every frame
    FaceDetector::Kind detector = FaceDetector::Kind::YuNet;
    FaceRecogniser::Kind descriptor = FaceRecogniser::Kind::ResNet;
    quint32 seed = 7; // of the synthetic templates
};

struct FaceBenchResult
{
    int frames = 0;
    double fps = 0;
    double facesPerFrame = 0;
    double detectMs = 0; // per frame
    double describeMsPerFace = 0;
    double matchMs = 0; // per identification
    int described = 0; // faces described
    int tracks = 0; // tracks started, over all passes
    int recognised = 0; // tracks reported as a student (none expected: the gallery is random)
    int gallery = 0;
    int templates = 0;
    QString detector;
    QString descriptor;
    QString fallbackReason;

    QJsonObject toJson() const;
};

// `campusdesk-cli face bench`: the whole live pipeline (FacePipeline: detect every frame at the
// reduced width, track, check quality, describe per track, match, vote) over a video's frames as
// fast as it can, against a gallery of random templates. The frames are decoded before the clock
// starts, so the figures are the pipeline's alone.
class FaceBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(FaceBenchmark)

public:
    static Result<FaceBenchResult> run(const FaceBenchOptions &options,
                                       const ModelLocator &locator = ModelLocator());
};

} // namespace cd
