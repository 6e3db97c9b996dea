#include "app/vision/FaceTracker.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

DetectedFace at(float x, float y, float side = 80)
{
    DetectedFace face;
    face.box = cv::Rect2f(x, y, side, side);
    return face;
}

GalleryMatch accepted(const QString &student, float score = 0.97f)
{
    GalleryMatch match;
    match.candidate = student;
    match.score = score;
    match.runnerUp = 0.8f;
    match.accepted = true;
    return match;
}

GalleryMatch refused()
{
    GalleryMatch match;
    match.candidate = u"someone"_s;
    match.score = 0.9f;
    match.accepted = false;
    return match;
}

int count(const std::vector<TrackEvent> &events, TrackEvent::Kind kind)
{
    return int(std::count_if(events.begin(), events.end(),
                             [kind](const TrackEvent &e) { return e.kind == kind; }));
}

} // namespace

class TestFaceTracker : public QObject
{
    Q_OBJECT
private slots:
    void iou()
    {
        QCOMPARE(FaceTracker::iou(cv::Rect2f(0, 0, 10, 10), cv::Rect2f(0, 0, 10, 10)), 1.0f);
        QCOMPARE(FaceTracker::iou(cv::Rect2f(0, 0, 10, 10), cv::Rect2f(20, 0, 10, 10)), 0.0f);
        QCOMPARE(FaceTracker::iou(cv::Rect2f(0, 0, 10, 10), cv::Rect2f(5, 0, 10, 10)),
                 50.0f / 150.0f);
        QCOMPARE(FaceTracker::iou(cv::Rect2f(), cv::Rect2f()), 0.0f);
    }

    void followsMovingFacesAndStartsNewOnes()
    {
        FaceTracker tracker;
        std::vector<int> ids = tracker.update({at(0, 100), at(400, 160)}, 0);
        QCOMPARE(ids, (std::vector<int>{1, 2}));
        // Two faces walking towards each other, 8 px a frame, then past each other, their boxes
        // overlapping on the way (one is further back in the room).
        for (int frame = 1; frame <= 40; ++frame) {
            const float step = 8.0f * float(frame);
            ids = tracker.update({at(400 - step, 160), at(step, 100)}, frame);
            QCOMPARE(ids, (std::vector<int>{2, 1}));
        }
        // A third face somewhere else is a new track.
        ids = tracker.update({at(72, 160), at(328, 100), at(200, 300)}, 41);
        QCOMPARE(ids[0], 2);
        QCOMPARE(ids[1], 1);
        QCOMPARE(ids[2], 3);
        QCOMPARE(tracker.startedTracks(), 3);
        QCOMPARE(int(tracker.tracks().size()), 3);
    }

    void lostAfterTooManyMissedFrames()
    {
        TrackerOptions options;
        options.maxMissed = 3;
        FaceTracker tracker(options);
        tracker.update({at(100, 100)}, 0);
        for (int frame = 1; frame <= 3; ++frame) {
            tracker.update({}, frame);
            QVERIFY(tracker.takeEvents().empty());
            QVERIFY(tracker.track(1));
        }
        // Seen again within the allowance: the same track.
        QCOMPARE(tracker.update({at(104, 100)}, 4), std::vector<int>{1});
        for (int frame = 5; frame <= 8; ++frame)
            tracker.update({}, frame);
        const std::vector<TrackEvent> events = tracker.takeEvents();
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events[0].kind, TrackEvent::Kind::Lost);
        QCOMPARE(events[0].trackId, 1);
        QVERIFY(!tracker.track(1));
        QVERIFY(tracker.takeEvents().empty());
    }

    void describesEveryFewFramesAndReportsOnceAfterAgreement()
    {
        FaceTracker tracker; // re-describe every 5 frames, 3 votes to agree
        std::vector<TrackEvent> events;
        int descriptions = 0;
        for (int frame = 0; frame < 60; ++frame) {
            tracker.update({at(100, 100)}, frame);
            if (tracker.wantsDescription(1, frame)) {
                ++descriptions;
                // Every 5 frames until recognised (frame 10), then every 10 to re-verify.
                QCOMPARE(frame % (frame <= 10 ? 5 : 10), 0);
                tracker.addIdentification(1, accepted(u"amina"_s, 0.95f + 0.01f * descriptions),
                                          frame);
            }
            for (TrackEvent &e : tracker.takeEvents())
                events.push_back(std::move(e));
        }
        QCOMPARE(descriptions, 3 + 4); // frames 0, 5, 10, then 20, 30, 40, 50
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events[0].kind, TrackEvent::Kind::Recognised);
        QCOMPARE(events[0].studentId, u"amina"_s);
        QCOMPARE(events[0].frame, 10);
        QCOMPARE(events[0].score, 0.98f);
        QCOMPARE(tracker.track(1)->state, TrackState::Recognised);
        // A track not in this frame is not described.
        tracker.update({at(100, 100)}, 60);
        tracker.update({}, 61);
        QVERIFY(!tracker.wantsDescription(1, 61));
        QVERIFY(!tracker.wantsDescription(99, 61));
    }

    void aVoteForSomeoneElseBlocksTheTrack()
    {
        FaceTracker tracker;
        tracker.update({at(100, 100)}, 0);
        tracker.addIdentification(1, accepted(u"amina"_s), 0);
        tracker.addIdentification(1, accepted(u"omar"_s), 5);
        for (int frame = 10; frame <= 40; frame += 5)
            tracker.addIdentification(1, accepted(u"amina"_s), frame);
        const std::vector<TrackEvent> events = tracker.takeEvents();
        QCOMPARE(count(events, TrackEvent::Kind::Recognised), 0);
        QCOMPARE(count(events, TrackEvent::Kind::Unknown), 1); // after 5 descriptions
        QVERIFY(tracker.track(1)->conflicted);
        QCOMPARE(tracker.track(1)->state, TrackState::Unknown);
    }

    void restartEndsTheTrackAndStartsAFreshOne()
    {
        FaceTracker tracker;
        tracker.update({at(100, 100)}, 0);
        for (int frame = 0; frame <= 10; frame += 5)
            tracker.addIdentification(1, accepted(u"amina"_s), frame);
        QCOMPARE(count(tracker.takeEvents(), TrackEvent::Kind::Recognised), 1);
        tracker.update({at(102, 100)}, 11);
        const int fresh = tracker.restart(1, 11);
        QCOMPARE(fresh, 2);
        const std::vector<TrackEvent> events = tracker.takeEvents();
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events[0].kind, TrackEvent::Kind::Lost);
        QCOMPARE(events[0].trackId, 1);
        QCOMPARE(tracker.track(2)->state, TrackState::Pending);
        QVERIFY(tracker.track(2)->votes.isEmpty());
        QVERIFY(tracker.wantsDescription(2, 11));
        QCOMPARE(tracker.update({at(104, 100)}, 12), std::vector<int>{2});
        QCOMPARE(tracker.restart(99, 12), 0);
    }

    void unknownOnceThenMayStillBeRecognised()
    {
        FaceTracker tracker;
        tracker.update({at(100, 100)}, 0);
        const cv::Mat chip(150, 150, CV_8UC3, cv::Scalar(1, 2, 3));
        for (int i = 0; i < 7; ++i)
            tracker.addIdentification(1, refused(), i * 5, chip);
        std::vector<TrackEvent> events = tracker.takeEvents();
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events[0].kind, TrackEvent::Kind::Unknown);
        QCOMPARE(events[0].chip.size(), chip.size()); // for the strip of unknown faces
        QVERIFY(events[0].studentId.isEmpty());
        // The student turns to the camera after all.
        for (int i = 7; i < 10; ++i)
            tracker.addIdentification(1, accepted(u"wei"_s), i * 5);
        events = tracker.takeEvents();
        QCOMPARE(int(events.size()), 1);
        QCOMPARE(events[0].kind, TrackEvent::Kind::Recognised);
        QCOMPARE(events[0].studentId, u"wei"_s);
        tracker.addIdentification(1, accepted(u"wei"_s), 60);
        QVERIFY(tracker.takeEvents().empty());
    }

    void resetForgetsTracksButNotIds()
    {
        FaceTracker tracker;
        tracker.update({at(0, 0), at(200, 0)}, 0);
        tracker.reset();
        QVERIFY(tracker.tracks().empty());
        QVERIFY(tracker.takeEvents().empty());
        QCOMPARE(tracker.update({at(0, 0)}, 1), std::vector<int>{3});
        tracker.addIdentification(42, accepted(u"nobody"_s), 1); // unknown track: ignored
        QVERIFY(tracker.takeEvents().empty());
    }
};

QTEST_GUILESS_MAIN(TestFaceTracker)
#include "tst_facetracker.moc"
