#include "app/vision/FacePipeline.h"

#include <QElapsedTimer>

namespace cd {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Cosine of two 1 x N float rows; 1 when they cannot be compared (LBPH's chips).
double cosine(const cv::Mat &a, const cv::Mat &b)
{
    if (a.type() != CV_32F || b.type() != CV_32F || a.size() != b.size() || a.rows != 1)
        return 1;
    const double norms = cv::norm(a) * cv::norm(b);
    return norms > 0 ? a.dot(b) / norms : 1;
}

} // namespace

FacePipeline::FacePipeline(FaceDetector detector, std::unique_ptr<FaceRecogniser> recogniser,
                           FacePipelineOptions options)
    : m_detector(std::move(detector)), m_recogniser(std::move(recogniser)),
      m_tracker(options.tracker), m_quality(options.quality), m_sameFaceMin(options.sameFaceMin)
{
    m_detector.setDetectionWidth(options.detectionWidth);
}

bool FacePipeline::anotherPerson(const FaceTrack &track, const GalleryMatch &match,
                                 const cv::Mat &description) const
{
    if (!track.description.empty() && cosine(track.description, description) < m_sameFaceMin)
        return true;
    if (!match.accepted)
        return false;
    if (track.state == TrackState::Recognised)
        return match.candidate != track.studentId;
    return !track.votes.isEmpty() && !track.votes.contains(match.candidate);
}

FrameResult FacePipeline::process(const cv::Mat &frame, qint64 frameNumber)
{
    FrameResult result;
    QElapsedTimer timer;
    timer.start();
    const std::vector<DetectedFace> faces = m_detector.detect(frame);
    result.timings.detectMs = msSince(timer);
    const std::vector<int> ids = m_tracker.update(faces, frameNumber);
    for (size_t i = 0; i < faces.size(); ++i) {
        FaceView view;
        view.trackId = ids[i];
        view.box = faces[i].box;
        if (m_tracker.wantsDescription(ids[i], frameNumber)) {
            const FaceQualityReport quality = FaceQuality::assess(frame, faces[i], m_quality);
            view.issue = quality.issue;
            if (quality.ok()) {
                timer.restart();
                const cv::Mat chip = m_aligner.align(frame, faces[i]);
                Result<cv::Mat> description = m_recogniser->describe(chip);
                result.timings.describeMs += msSince(timer);
                if (description) {
                    timer.restart();
                    const GalleryMatch match = m_recogniser->match(*description);
                    result.timings.matchMs += msSince(timer);
                    ++result.timings.described;
                    int id = ids[i];
                    if (const FaceTrack *track = m_tracker.track(id);
                        track && anotherPerson(*track, match, *description))
                        id = m_tracker.restart(id, frameNumber);
                    view.trackId = id;
                    m_tracker.addIdentification(id, match, frameNumber, chip, *description);
                }
            }
        }
        if (const FaceTrack *track = m_tracker.track(view.trackId)) {
            view.state = track->state;
            view.studentId = track->studentId;
            view.score = track->bestScore;
        }
        result.faces.push_back(view);
    }
    result.events = m_tracker.takeEvents();
    return result;
}

void FacePipeline::reset()
{
    m_tracker.reset();
}

} // namespace cd
