#pragma once

namespace cd {

// The values Settings offers for one tuning value of one recogniser, and the shipped one.
struct TuningScale
{
    float shipped; // the recogniser's own value, used while the setting is 0
    float lowest;
    float highest;
    float step;
    int decimals; // as Settings shows it

    // Half a unit of the last shown decimal: a stored double need not round-trip exactly.
    constexpr double slack() const
    {
        double unit = 1;
        for (int i = 0; i < decimals; ++i)
            unit /= 10;
        return unit / 2;
    }
    constexpr bool fits(double setting) const
    {
        return setting >= lowest - slack() && setting <= highest + slack();
    }
    // A stored setting as this recogniser should apply it: 0 (keep the shipped value) for 0 and
    // for a value outside this scale, which was chosen while the other recogniser was in use.
    constexpr float applied(double setting) const
    {
        return setting != 0 && fits(setting) ? float(setting) : 0.0f;
    }
};

// The recognisers' shipped threshold and margin and what Settings offers around them, without
// OpenCV, as the live panel applies them (LiveRecogniser::loadPipeline). RecognitionDefaults.cpp
// checks at compile time that the shipped values equal FaceGallery's (its liveThreshold) and
// LbphRecogniser's. The two kinds score on different scales: the descriptor by
// cosine similarity (up to 1), LBPH by minus its chi-square distance (below 0), so a threshold
// set for one means nothing to the other.
struct RecognitionDefaults
{
    static constexpr TuningScale descriptorThreshold{0.96f, 0.8f, 0.999f, 0.005f, 3};
    static constexpr TuningScale descriptorMargin{0.01f, 0.005f, 0.1f, 0.005f, 3};
    static constexpr TuningScale lbphThreshold{-78.0f, -200.0f, -20.0f, 1.0f, 0};
    static constexpr TuningScale lbphMargin{5.0f, 1.0f, 30.0f, 1.0f, 0};
};

} // namespace cd
