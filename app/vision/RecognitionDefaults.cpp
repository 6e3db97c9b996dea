#include "app/vision/RecognitionDefaults.h"

#include "app/vision/FaceGallery.h"
#include "app/vision/LbphRecogniser.h"

namespace cd {

static_assert(RecognitionDefaults::descriptorThreshold.shipped == FaceGallery::liveThreshold);
static_assert(RecognitionDefaults::descriptorMargin.shipped == FaceGallery::defaultMargin);
static_assert(RecognitionDefaults::lbphThreshold.shipped == LbphRecogniser::defaultThreshold);
static_assert(RecognitionDefaults::lbphMargin.shipped == LbphRecogniser::defaultMargin);

// The scales never overlap, so a stored value belongs to one recogniser only.
static_assert(RecognitionDefaults::descriptorThreshold.lowest
              > RecognitionDefaults::lbphThreshold.highest);
static_assert(RecognitionDefaults::descriptorMargin.highest
              < RecognitionDefaults::lbphMargin.lowest);

} // namespace cd
