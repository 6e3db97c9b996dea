#include "app/vision/FaceApiWeights.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace cd {

using namespace Qt::Literals::StringLiterals;

qsizetype WeightTensor::count() const
{
    qsizetype n = 1;
    for (int d : shape)
        n *= d;
    return n;
}

namespace {

// What the manifest says about one tensor, before its bytes are read.
struct TensorSpec
{
    WeightTensor tensor;
    int bytesPerValue = 4; // 1 or 2 when quantised
    double min = 0;
    double scale = 1;
};

Error corrupt(const QString &path, const QString &why)
{
    return Error::make(
        Error::Code::Corrupt,
        FaceApiWeights::tr("The face model manifest %1 cannot be used: %2").arg(path, why));
}

} // namespace

Result<FaceApiWeights> FaceApiWeights::load(const QString &manifestPath)
{
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::NotFound,
                           tr("The face model manifest %1 cannot be read. Install the face "
                              "recognition model again.")
                               .arg(manifestPath),
                           manifestFile.errorString());
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(manifestPath,
                       tr("it is not valid JSON (%1).").arg(parseError.errorString()));
    if (!doc.isArray() || doc.array().isEmpty())
        return corrupt(manifestPath, tr("it does not list any weight groups."));

    const QDir dir = QFileInfo(manifestPath).absoluteDir();
    FaceApiWeights weights;
    for (const QJsonValue &groupValue : doc.array()) {
        const QJsonObject group = groupValue.toObject();
        const QJsonArray paths = group.value(u"paths"_s).toArray();
        const QJsonArray specs = group.value(u"weights"_s).toArray();
        if (paths.isEmpty() || specs.isEmpty())
            return corrupt(manifestPath, tr("a weight group has no files or no weights."));

        QList<TensorSpec> parsed;
        qint64 expected = 0;
        for (const QJsonValue &specValue : specs) {
            const QJsonObject spec = specValue.toObject();
            TensorSpec s;
            s.tensor.name = spec.value(u"name"_s).toString();
            for (const QJsonValue &d : spec.value(u"shape"_s).toArray()) {
                if (!d.isDouble() || d.toInt(-1) < 0)
                    return corrupt(manifestPath,
                                   tr("the tensor %1 has a bad shape.").arg(s.tensor.name));
                s.tensor.shape.push_back(d.toInt());
            }
            if (s.tensor.name.isEmpty() || spec.value(u"dtype"_s).toString() != u"float32"_s)
                return corrupt(manifestPath, tr("a tensor has no name or is not float32."));
            const QJsonObject q = spec.value(u"quantization"_s).toObject();
            if (!q.isEmpty()) {
                const QString qType = q.value(u"dtype"_s).toString();
                s.bytesPerValue = qType == u"uint8"_s ? 1 : qType == u"uint16"_s ? 2 : 0;
                s.min = q.value(u"min"_s).toDouble();
                s.scale = q.value(u"scale"_s).toDouble();
                if (s.bytesPerValue == 0)
                    return corrupt(manifestPath,
                                   tr("the tensor %1 uses the unsupported quantisation %2.")
                                       .arg(s.tensor.name, qType));
            }
            expected += s.tensor.count() * s.bytesPerValue;
            parsed.push_back(std::move(s));
        }

        QByteArray bytes;
        for (const QJsonValue &p : paths) {
            const QString binPath = dir.filePath(p.toString());
            QFile bin(binPath);
            if (p.toString().isEmpty() || !bin.open(QIODevice::ReadOnly)) {
                return Error::make(Error::Code::NotFound,
                                   tr("The face model weights file %1 cannot be read. Install "
                                      "the face recognition model again.")
                                       .arg(binPath),
                                   bin.errorString());
            }
            bytes += bin.readAll();
        }
        if (bytes.size() != expected) {
            return Error::make(Error::Code::Corrupt,
                               tr("The face model weights have %1 bytes but the manifest "
                                  "describes %2: the file is truncated or does not belong to "
                                  "this manifest. Install the face recognition model again.")
                                   .arg(bytes.size())
                                   .arg(expected));
        }

        const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
        for (TensorSpec &s : parsed) {
            const qsizetype n = s.tensor.count();
            s.tensor.values.resize(size_t(n));
            for (qsizetype i = 0; i < n; ++i) {
                if (s.bytesPerValue == 1) {
                    s.tensor.values[size_t(i)] = float(s.min + s.scale * data[i]);
                } else if (s.bytesPerValue == 2) {
                    const uint q
                        = uint(data[2 * i]) | (uint(data[2 * i + 1]) << 8); // little endian
                    s.tensor.values[size_t(i)] = float(s.min + s.scale * q);
                }
            }
            if (s.bytesPerValue == 4)
                std::memcpy(s.tensor.values.data(), data, size_t(n) * sizeof(float));
            data += n * s.bytesPerValue;
            weights.m_tensors.push_back(std::move(s.tensor));
        }
        weights.m_byteCount += expected;
    }
    return weights;
}

const WeightTensor *FaceApiWeights::find(const QString &name) const
{
    for (const WeightTensor &tensor : m_tensors) {
        if (tensor.name == name)
            return &tensor;
    }
    return nullptr;
}

} // namespace cd
