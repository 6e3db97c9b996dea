#include "app/vision/ModelCatalogue.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

const QList<ModelInfo> &ModelCatalogue::models()
{
    // Hashes measured on the official files (scripts/fetch-models checks the same values).
    static const QList<ModelInfo> catalogue{
        ModelInfo{
            yunetId,
            u"YuNet face detector"_s,
            u"2022mar"_s,
            u"MIT"_s,
            u"opencv/opencv_zoo at commit 7e062e54cf5410c09b795ff71b4a255e58498c79"_s,
            {ModelFile{
                u"face_detection_yunet_2022mar.onnx"_s,
                u"https://github.com/opencv/opencv_zoo/raw/"
                u"7e062e54cf5410c09b795ff71b4a255e58498c79/"
                "models/face_detection_yunet/face_detection_yunet_2022mar.onnx"_s,
                "50ef07f702a31741ca46a4c0d947773b64143b9362780237bf0d427d6c79bab7",
                345478,
            }},
        },
        ModelInfo{
            faceRecognitionId,
            u"Face descriptor (ResNet, 128-d)"_s,
            u"face-api 1.7.15"_s,
            u"MIT"_s,
            u"npm package @vladmandic/face-api 1.7.15, folder model/"_s,
            {
                ModelFile{
                    u"face_recognition_model-weights_manifest.json"_s,
                    u"https://cdn.jsdelivr.net/npm/@vladmandic/face-api@1.7.15/model/"
                    "face_recognition_model-weights_manifest.json"_s,
                    "cbaffa501b0b9275a12b63357a6843e7e30c054e1c9151e1a5f879b26e32986b",
                    19615,
                },
                ModelFile{
                    u"face_recognition_model.bin"_s,
                    u"https://cdn.jsdelivr.net/npm/@vladmandic/face-api@1.7.15/model/"
                    "face_recognition_model.bin"_s,
                    "b413e420d6840b2775fba32008db6f3cddb07d485967fb42cfcf379c16a8c589",
                    6444032,
                },
            },
        },
    };
    return catalogue;
}

std::optional<ModelInfo> ModelCatalogue::find(const QString &id)
{
    for (const ModelInfo &model : models()) {
        if (model.id == id)
            return model;
    }
    return std::nullopt;
}

} // namespace cd
