#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace cd {

// One weight tensor, dequantised to float32, in the manifest's (TensorFlow) layout.
struct WeightTensor
{
    QString name;
    std::vector<int> shape; // e.g. [h, w, in, out] for a convolution filter
    std::vector<float> values; // row-major in `shape`

    qsizetype count() const;
};

// Reads a TensorFlow.js weights manifest (as shipped by @vladmandic/face-api) and the binary
// file(s) it names. Quantised tensors (uint8/uint16) become min + scale * q; float32 tensors are
// taken as they are. The binary must hold exactly the bytes the manifest describes.
class FaceApiWeights
{
    Q_DECLARE_TR_FUNCTIONS(FaceApiWeights)

public:
    static Result<FaceApiWeights> load(const QString &manifestPath);

    const QList<WeightTensor> &tensors() const { return m_tensors; }
    const WeightTensor *find(const QString &name) const; // null when absent
    qint64 byteCount() const { return m_byteCount; } // bytes read from the binary file(s)

private:
    QList<WeightTensor> m_tensors;
    qint64 m_byteCount = 0;
};

} // namespace cd
