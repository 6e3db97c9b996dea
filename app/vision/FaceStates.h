#pragma once

// The vision states the UI shows, in a header without OpenCV (app/vision is the only code that
// includes OpenCV; the live panel includes this and LiveRecogniser.h).

namespace cd {

// Why a face is not described now.
enum class FaceIssue { None, OutOfFrame, TooSmall, TurnedAway, Blurry };

// Where a tracked face stands.
enum class TrackState { Pending, Recognised, Unknown };

// What the tracker decided about a face.
enum class FaceEventKind { Recognised, Unknown, Lost };

} // namespace cd
