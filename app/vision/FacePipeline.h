#pragma once

#include "app/vision/FaceAligner.h"
#include "app/vision/FaceDetector.h"
#include "app/vision/FaceQuality.h"
#include "app/vision/FaceRecogniser.h"
#include "app/vision/FaceTracker.h"

#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace cd {

struct FacePipelineOptions
{
    int detectionWidth = 320; // YuNet: about 8.5 ms per frame at 320x240, 27-30 at 640x480
    TrackerOptions tracker;
    FaceQualityLimits quality;
    // Two descriptions of one track less alike than this (cosine, ResNet) are two people: the
    // next person stepped into the place of the last. Different people score 0.84 on average,
    // one person in consecutive frames above 0.95.
    float sameFaceMin = 0.9f;
};

// One face in a processed frame, for drawing boxes and names over the preview.
struct FaceView
{
    int trackId = 0;
    cv::Rect2f box;
    TrackState state = TrackState::Pending;
    QString studentId; // when recognised
    float score = 0; // when recognised
    FaceIssue issue = FaceIssue::None; // why this face is not described now
};

struct FrameTimings
{
    double detectMs = 0;
    double describeMs = 0; // all faces described in this frame
    double matchMs = 0;
    int described = 0;
};

struct FrameResult
{
    std::vector<FaceView> faces;
    std::vector<TrackEvent> events;
    FrameTimings timings;
};

// The live recognition of one camera: detect every frame (at a reduced width), track, check each
// face's quality, describe a track only every few frames, identify it in the recogniser's
// gallery and vote (FaceTracker). Describing every face of every frame would take 14 ms a face;
// per track the cost stays bounded however long a student stands there. A recognised track is
// still described now and then: when the face no longer looks like the track's (another person
// in the same place, as when a queue moves past the camera), the track restarts. Not thread-safe:
// one pipeline per worker thread, fed frames in order.
class FacePipeline
{
public:
    FacePipeline(FaceDetector detector, std::unique_ptr<FaceRecogniser> recogniser,
                 FacePipelineOptions options = {});

    FaceDetector &detector() { return m_detector; }
    FaceRecogniser &recogniser() { return *m_recogniser; }
    const FaceTracker &tracker() const { return m_tracker; }
    const FaceAligner &aligner() const { return m_aligner; }

    // A BGR (or grey, BGRA) frame; frame numbers increase by one per frame. Empty or tiny frames
    // give no faces (their tracks age as if nobody were there).
    FrameResult process(const cv::Mat &frame, qint64 frameNumber);
    // Forgets every track (a new session, another camera).
    void reset();

private:
    FaceDetector m_detector;
    std::unique_ptr<FaceRecogniser> m_recogniser;
    FaceAligner m_aligner;
    FaceTracker m_tracker;
    FaceQualityLimits m_quality;
    float m_sameFaceMin;

    bool anotherPerson(const FaceTrack &track, const GalleryMatch &match,
                       const cv::Mat &description) const;
};

} // namespace cd
