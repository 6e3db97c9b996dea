#include "app/vision/FaceTracker.h"

#include <algorithm>
#include <tuple>

namespace cd {

FaceTracker::FaceTracker(TrackerOptions options) : m_options(options)
{
}

float FaceTracker::iou(const cv::Rect2f &a, const cv::Rect2f &b)
{
    const float overlap = (a & b).area();
    const float together = a.area() + b.area() - overlap;
    return together > 0 ? overlap / together : 0;
}

std::vector<int> FaceTracker::update(const std::vector<DetectedFace> &faces, qint64 frame)
{
    // Every overlapping (track, detection) pair, best first; each side is taken once.
    std::vector<std::tuple<float, size_t, size_t>> pairs;
    for (size_t t = 0; t < m_tracks.size(); ++t) {
        for (size_t d = 0; d < faces.size(); ++d) {
            const float overlap = iou(m_tracks[t].face.box, faces[d].box);
            if (overlap >= m_options.minIou)
                pairs.emplace_back(overlap, t, d);
        }
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    std::vector<int> ids(faces.size(), 0);
    std::vector<bool> continued(m_tracks.size(), false);
    for (const auto &[overlap, t, d] : pairs) {
        if (continued[t] || ids[d] != 0)
            continue;
        continued[t] = true;
        FaceTrack &track = m_tracks[t];
        track.face = faces[d];
        track.lastSeen = frame;
        track.missed = 0;
        ids[d] = track.id;
    }
    std::vector<FaceTrack> kept;
    kept.reserve(m_tracks.size() + faces.size());
    for (size_t t = 0; t < m_tracks.size(); ++t) {
        FaceTrack &track = m_tracks[t];
        if (!continued[t] && ++track.missed > m_options.maxMissed) {
            m_events.push_back(eventOf(track, TrackEvent::Kind::Lost, frame));
            continue;
        }
        kept.push_back(std::move(track));
    }
    m_tracks = std::move(kept);
    for (size_t d = 0; d < faces.size(); ++d) {
        if (ids[d] != 0)
            continue;
        FaceTrack track;
        track.id = m_nextId++;
        track.face = faces[d];
        track.firstFrame = track.lastSeen = frame;
        ids[d] = track.id;
        m_tracks.push_back(std::move(track));
    }
    return ids;
}

bool FaceTracker::wantsDescription(int trackId, qint64 frame) const
{
    const FaceTrack *t = track(trackId);
    if (!t || t->lastSeen != frame)
        return false;
    const int every
        = t->state == TrackState::Recognised ? m_options.reverifyEvery : m_options.redescribeEvery;
    return t->lastDescribed < 0 || frame - t->lastDescribed >= every;
}

void FaceTracker::addIdentification(int trackId, const GalleryMatch &match, qint64 frame,
                                    const cv::Mat &chip, const cv::Mat &description)
{
    FaceTrack *t = find(trackId);
    if (!t)
        return;
    t->lastDescribed = frame;
    if (!description.empty())
        t->description = description;
    if (t->state == TrackState::Recognised)
        return;
    ++t->descriptions;
    if (!chip.empty())
        t->chip = chip;
    if (match.accepted) {
        const int votes = ++t->votes[match.candidate];
        t->conflicted = t->conflicted || t->votes.size() > 1;
        if (!t->conflicted) {
            t->bestScore = std::max(t->bestScore, match.score);
            if (votes >= m_options.framesToAgree) {
                t->state = TrackState::Recognised;
                t->studentId = match.candidate;
                m_events.push_back(eventOf(*t, TrackEvent::Kind::Recognised, frame));
                return;
            }
        }
    }
    if (t->state == TrackState::Pending && t->descriptions >= m_options.unknownAfter) {
        t->state = TrackState::Unknown;
        m_events.push_back(eventOf(*t, TrackEvent::Kind::Unknown, frame));
    }
}

int FaceTracker::restart(int trackId, qint64 frame)
{
    const auto it = std::find_if(m_tracks.begin(), m_tracks.end(),
                                 [trackId](const FaceTrack &t) { return t.id == trackId; });
    if (it == m_tracks.end())
        return 0;
    m_events.push_back(eventOf(*it, TrackEvent::Kind::Lost, frame));
    FaceTrack fresh;
    fresh.id = m_nextId++;
    fresh.face = it->face;
    fresh.firstFrame = fresh.lastSeen = frame;
    *it = std::move(fresh);
    return it->id;
}

TrackEvent FaceTracker::eventOf(const FaceTrack &track, TrackEvent::Kind kind, qint64 frame) const
{
    TrackEvent event;
    event.kind = kind;
    event.trackId = track.id;
    event.box = track.face.box;
    event.frame = frame;
    if (kind == TrackEvent::Kind::Recognised) {
        event.studentId = track.studentId;
        event.score = track.bestScore;
    }
    if (kind == TrackEvent::Kind::Unknown)
        event.chip = track.chip;
    return event;
}

std::vector<TrackEvent> FaceTracker::takeEvents()
{
    return std::exchange(m_events, {});
}

const FaceTrack *FaceTracker::track(int id) const
{
    const auto it = std::find_if(m_tracks.begin(), m_tracks.end(),
                                 [id](const FaceTrack &t) { return t.id == id; });
    return it == m_tracks.end() ? nullptr : &*it;
}

FaceTrack *FaceTracker::find(int id)
{
    return const_cast<FaceTrack *>(std::as_const(*this).track(id));
}

void FaceTracker::reset()
{
    m_tracks.clear();
    m_events.clear();
}

} // namespace cd
