#pragma once

#include "app/core/Result.h"
#include "app/vision/FaceApiWeights.h"
#include "app/vision/ModelLocator.h"

#include <QCoreApplication>

#include <opencv2/core/mat.hpp>
#include <opencv2/dnn/dnn.hpp>
#include <vector>

namespace cd {

using FaceDescriptor = std::vector<float>; // 128 values; not unit length

// The 128-d face descriptor of @vladmandic/face-api (a port of dlib's ResNet), rebuilt layer by
// layer on OpenCV's DNN module from the package's weights. Copies share one network; use one
// instance per thread.
class FaceDescriptorNet
{
    Q_DECLARE_TR_FUNCTIONS(FaceDescriptorNet)

public:
    static constexpr int chipSize = 150;
    static constexpr int descriptorSize = 128;

    // Builds the network from loaded weights; a Corrupt error if a tensor is missing or has
    // the wrong shape.
    static Result<FaceDescriptorNet> create(const FaceApiWeights &weights);
    // Finds, verifies (SHA-256) and loads the installed model.
    static Result<FaceDescriptorNet> load(const ModelLocator &locator = ModelLocator());

    // `chip`: a face chip in OpenCV's BGR order (8-bit, 1, 3 or 4 channels). Chips of another
    // size are padded to a square (centred, black) and resized to 150x150, as face-api does.
    Result<FaceDescriptor> describe(const cv::Mat &chip);
    // The unit-length mean of the chip's descriptor and its mirror image's. Twice the cost of
    // describe(), and steadier: enrolment templates are made this way (on lfw-dev it lifts TPIR
    // at 1 % FPIR by about one point when only the templates get it, so live probes keep to
    // one pass).
    Result<FaceDescriptor> describeMirrored(const cv::Mat &chip);

    static float cosine(const FaceDescriptor &a, const FaceDescriptor &b);

private:
    FaceDescriptorNet() = default;
    cv::dnn::Net m_net;
};

} // namespace cd
