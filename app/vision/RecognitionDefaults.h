#pragma once

namespace cd {

// The recognisers' shipped threshold and margin, without OpenCV, for the settings page (which
// shows them as the defaults). RecognitionDefaults.cpp checks at compile time that they equal
// FaceGallery's and LbphRecogniser's. The two kinds score on different scales: the descriptor
// by cosine similarity (0..1), LBPH by minus its chi-square distance (always below 0).
struct RecognitionDefaults
{
    static constexpr float descriptorThreshold = 0.955f;
    static constexpr float descriptorMargin = 0.01f;
    static constexpr float lbphThreshold = -78.0f;
    static constexpr float lbphMargin = 5.0f;
};

} // namespace cd
