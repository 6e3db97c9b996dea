#pragma once

#include "app/vision/FaceDetector.h"
#include "app/vision/FaceGallery.h"
#include "app/vision/FaceStates.h"

#include <QHash>
#include <QString>

#include <opencv2/core.hpp>
#include <vector>

namespace cd {

struct TrackerOptions
{
    float minIou = 0.3f; // a detection continues a track when their boxes overlap this much
    int maxMissed = 10; // frames a track survives without a detection (a blink, a hand)
    int redescribeEvery = 5; // frames between two descriptions of one track
    int framesToAgree = 3; // accepted identifications of one student before they are reported
    int unknownAfter = 5; // descriptions without an agreement before a track is "unknown"
    int reverifyEvery = 10; // frames between descriptions of a recognised track
};

// One face followed across frames.
struct FaceTrack
{
    int id = 0;
    DetectedFace face; // the latest detection
    qint64 firstFrame = 0;
    qint64 lastSeen = 0;
    int missed = 0; // frames since lastSeen
    qint64 lastDescribed = -1; // frame of the latest description, -1 before the first
    int descriptions = 0;
    QHash<QString, int> votes; // accepted identifications per student
    bool conflicted = false; // accepted as two different students: never reported as either
    float bestScore = -1; // best accepted score of the student voted for
    TrackState state = TrackState::Pending;
    QString studentId; // once recognised
    cv::Mat chip; // the latest described chip (shown for unknown faces)
    cv::Mat description; // the latest description (FacePipeline compares the next one with it)
};

struct TrackEvent
{
    using Kind = FaceEventKind;
    Kind kind = Kind::Lost;
    int trackId = 0;
    QString studentId; // Recognised only
    float score = 0; // Recognised: the best accepted score
    cv::Rect2f box;
    qint64 frame = 0;
    cv::Mat chip; // Unknown: the face to show
};

// Follows faces from frame to frame by box overlap (greedy, best IoU first) and decides, from
// several identifications of one track, who it is. A student is reported once per track, after
// `framesToAgree` accepted identifications of that student and none of anybody else: a single
// accepted vote for another student blocks the track for good (a teacher must never see a wrong
// student marked). A track whose descriptions reach `unknownAfter` without that is reported once
// as unknown; it may still be recognised later. Recognised tracks are described less often, so
// FacePipeline can tell when another person has taken the place and restart() the track.
// Pure bookkeeping, no images: FacePipeline does the detecting and describing.
class FaceTracker
{
public:
    explicit FaceTracker(TrackerOptions options = {});

    const TrackerOptions &options() const { return m_options; }

    // Continues tracks with this frame's detections and starts new ones; tracks missing for
    // more than maxMissed frames end (a Lost event). Returns the track id of each detection.
    std::vector<int> update(const std::vector<DetectedFace> &faces, qint64 frame);
    // Whether the track should be described in this frame.
    bool wantsDescription(int trackId, qint64 frame) const;
    // The outcome of describing the track's face in `frame` (`chip` is kept for the events).
    void addIdentification(int trackId, const GalleryMatch &match, qint64 frame,
                           const cv::Mat &chip = {}, const cv::Mat &description = {});

    // Ends the track (a Lost event) and starts a new one with the same face, for when another
    // person has stepped into its place. Returns the new id (0 for an unknown id).
    int restart(int trackId, qint64 frame);

    // Events since the last call, oldest first.
    std::vector<TrackEvent> takeEvents();
    const std::vector<FaceTrack> &tracks() const { return m_tracks; }
    const FaceTrack *track(int id) const;
    int startedTracks() const { return m_nextId - 1; }
    // Ends every track without events; ids keep counting up.
    void reset();

    static float iou(const cv::Rect2f &a, const cv::Rect2f &b);

private:
    FaceTrack *find(int id);
    TrackEvent eventOf(const FaceTrack &track, TrackEvent::Kind kind, qint64 frame) const;

    TrackerOptions m_options;
    std::vector<FaceTrack> m_tracks;
    std::vector<TrackEvent> m_events;
    int m_nextId = 1;
};

} // namespace cd
