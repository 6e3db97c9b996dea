#include "app/vision/RecognitionDefaults.h"

#include "app/vision/FaceGallery.h"
#include "app/vision/LbphRecogniser.h"

namespace cd {

static_assert(RecognitionDefaults::descriptorThreshold == FaceGallery::defaultThreshold);
static_assert(RecognitionDefaults::descriptorMargin == FaceGallery::defaultMargin);
static_assert(RecognitionDefaults::lbphThreshold == LbphRecogniser::defaultThreshold);
static_assert(RecognitionDefaults::lbphMargin == LbphRecogniser::defaultMargin);

} // namespace cd
