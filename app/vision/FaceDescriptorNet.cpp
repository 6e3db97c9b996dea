#include "app/vision/FaceDescriptorNet.h"

#include <QDir>

#include <cmath>
#include <numeric>
#include <opencv2/dnn/shape_utils.hpp>
#include <opencv2/imgproc.hpp>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Builds the graph with cv::dnn's standard layers. The layout follows the package's
// src/faceRecognitionNet: conv 7x7/2 -> max pool 3/2 -> residual stages of 32, 64, 128 and 256
// channels -> global average -> dense 256x128.
class Builder
{
public:
    explicit Builder(const FaceApiWeights &weights) : m_weights(weights) { }

    QString error; // first problem met; the graph is unusable when set
    cv::dnn::Net net;

    // A layer fed by `inputs` (layer id, output 0); returns its id.
    int add(const std::string &type, cv::dnn::LayerParams params, std::initializer_list<int> inputs)
    {
        params.name = type + std::to_string(m_count++);
        params.type = type;
        const int id = net.addLayer(params.name, type, params);
        int slot = 0;
        for (int input : inputs)
            net.connect(input, 0, id, slot++);
        return id;
    }

    // Convolution + bias + per-channel scale and shift (folded into the convolution), then
    // ReLU when asked. `pad` is 1 for the stride-1 3x3 ("same") convolutions, else 0 ("valid").
    int conv(int input, const QString &prefix, int stride, int pad, bool relu)
    {
        const WeightTensor *filters = tensor(prefix + u"/conv/filters"_s, 4);
        const WeightTensor *bias = tensor(prefix + u"/conv/bias"_s, 1);
        const WeightTensor *scale = tensor(prefix + u"/scale/weights"_s, 1);
        const WeightTensor *shift = tensor(prefix + u"/scale/biases"_s, 1);
        if (!filters || !bias || !scale || !shift)
            return input;
        const int kh = filters->shape[0], kw = filters->shape[1];
        const int in = filters->shape[2], out = filters->shape[3];
        if (bias->count() != out || scale->count() != out || shift->count() != out) {
            error = u"%1: channel counts disagree"_s.arg(prefix);
            return input;
        }
        // TensorFlow keeps filters as [h, w, in, out]; OpenCV wants [out, in, h, w].
        const int shape[] = {out, in, kh, kw};
        cv::Mat w(4, shape, CV_32F);
        auto *dst = w.ptr<float>();
        for (int o = 0; o < out; ++o) {
            for (int i = 0; i < in; ++i) {
                for (int y = 0; y < kh; ++y) {
                    for (int x = 0; x < kw; ++x) {
                        const size_t src = ((size_t(y) * kw + x) * in + i) * out + o;
                        *dst++ = filters->values[src] * scale->values[size_t(o)];
                    }
                }
            }
        }
        cv::Mat b(1, out, CV_32F);
        for (int o = 0; o < out; ++o)
            b.at<float>(o)
                = bias->values[size_t(o)] * scale->values[size_t(o)] + shift->values[size_t(o)];

        cv::dnn::LayerParams p;
        p.set("num_output", out);
        p.set("kernel_h", kh);
        p.set("kernel_w", kw);
        p.set("stride", stride);
        p.set("pad", pad);
        p.set("bias_term", true);
        p.blobs = {w, b};
        const int id = add("Convolution", p, {input});
        return relu ? this->relu(id) : id;
    }

    int relu(int input) { return add("ReLU", {}, {input}); }

    int pool(int input, const char *kind, int kernel, int stride)
    {
        cv::dnn::LayerParams p;
        p.set("pool", kind);
        p.set("kernel_size", kernel);
        p.set("stride", stride);
        p.set("pad", 0);
        p.set("ceil_mode", false); // TensorFlow's "valid" pooling floors
        return add("Pooling", p, {input});
    }

    // Zero padding of an NCHW blob: `pads` holds (before, after) for each of the four axes.
    int zeroPad(int input, std::array<int, 8> pads)
    {
        cv::dnn::LayerParams p;
        p.set("paddings", cv::dnn::DictValue::arrayInt(pads.data(), int(pads.size())));
        p.set("type", "constant");
        p.set("value", 0.0);
        return add("Padding", p, {input});
    }

    int sum(int a, int b)
    {
        cv::dnn::LayerParams p;
        p.set("operation", "sum");
        return add("Eltwise", p, {a, b});
    }

    int residual(int input, const QString &prefix)
    {
        const int c1 = conv(input, prefix + u"/conv1"_s, 1, 1, true);
        const int c2 = conv(c1, prefix + u"/conv2"_s, 1, 1, false);
        return relu(sum(c2, input));
    }

    // The shortcut is a 2x2 average pool, zero-padded to the new channel count. The convolution
    // path can come out one pixel smaller than the pooled shortcut; face-api then appends a zero
    // row and column at the bottom and right, so `size` tells whether to do the same.
    int residualDown(int input, const QString &prefix, int inSize, int inChannels)
    {
        const int c1 = conv(input, prefix + u"/conv1"_s, 2, 0, true);
        int c2 = conv(c1, prefix + u"/conv2"_s, 1, 1, false);
        const WeightTensor *f = m_weights.find(prefix + u"/conv2/conv/filters"_s);
        const int outChannels = f && f->shape.size() == 4 ? f->shape[3] : inChannels;
        const int convSize = (inSize - 3) / 2 + 1;
        const int pooledSize = inSize / 2;
        if (convSize != pooledSize)
            c2 = zeroPad(c2, {0, 0, 0, 0, 0, pooledSize - convSize, 0, pooledSize - convSize});
        int shortcut = pool(input, "ave", 2, 2);
        if (outChannels != inChannels)
            shortcut = zeroPad(shortcut, {0, 0, 0, outChannels - inChannels, 0, 0, 0, 0});
        return relu(sum(c2, shortcut));
    }

    int dense(int input)
    {
        const WeightTensor *fc = tensor(u"fc"_s, 2);
        if (!fc)
            return input;
        const int in = fc->shape[0], out = fc->shape[1];
        cv::Mat w(out, in, CV_32F); // TensorFlow [in, out] -> OpenCV [out, in]
        for (int o = 0; o < out; ++o)
            for (int i = 0; i < in; ++i)
                w.at<float>(o, i) = fc->values[size_t(i) * out + o];
        cv::dnn::LayerParams p;
        p.set("num_output", out);
        p.set("bias_term", true);
        p.set("axis", 1);
        p.blobs = {w, cv::Mat::zeros(1, out, CV_32F)};
        return add("InnerProduct", p, {input});
    }

    int globalAverage(int input)
    {
        cv::dnn::LayerParams p;
        p.set("pool", "ave");
        p.set("global_pooling", true);
        return add("Pooling", p, {input});
    }

private:
    const WeightTensor *tensor(const QString &name, size_t rank)
    {
        const WeightTensor *t = m_weights.find(name);
        if (!t || t->shape.size() != rank) {
            if (error.isEmpty())
                error = t ? u"%1 has the wrong shape"_s.arg(name) : u"%1 is missing"_s.arg(name);
            return nullptr;
        }
        return t;
    }

    const FaceApiWeights &m_weights;
    int m_count = 0;
};

} // namespace

Result<FaceDescriptorNet> FaceDescriptorNet::create(const FaceApiWeights &weights)
{
    Builder b(weights);
    b.net.setInputsNames({"chip"});
    int x = b.conv(0, u"conv32_down"_s, 2, 0, true); // 150 -> 72
    x = b.pool(x, "max", 3, 2); // 72 -> 35
    for (const auto *name : {"conv32_1", "conv32_2", "conv32_3"})
        x = b.residual(x, QString::fromLatin1(name));
    x = b.residualDown(x, u"conv64_down"_s, 35, 32); // -> 17
    for (const auto *name : {"conv64_1", "conv64_2", "conv64_3"})
        x = b.residual(x, QString::fromLatin1(name));
    x = b.residualDown(x, u"conv128_down"_s, 17, 64); // -> 8
    for (const auto *name : {"conv128_1", "conv128_2"})
        x = b.residual(x, QString::fromLatin1(name));
    x = b.residualDown(x, u"conv256_down"_s, 8, 128); // -> 4 (conv path padded from 3)
    for (const auto *name : {"conv256_1", "conv256_2"})
        x = b.residual(x, QString::fromLatin1(name));
    x = b.residualDown(x, u"conv256_down_out"_s, 4, 256); // -> 2 (padded from 1)
    x = b.globalAverage(x);
    b.dense(x);
    if (!b.error.isEmpty()) {
        return Error::make(Error::Code::Corrupt,
                           tr("The face recognition model does not have the expected layout. "
                              "Install it again."),
                           b.error);
    }
    b.net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    b.net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);

    FaceDescriptorNet result;
    result.m_net = b.net;
    return result;
}

Result<FaceDescriptorNet> FaceDescriptorNet::load(const ModelLocator &locator)
{
    const auto model = ModelCatalogue::find(ModelCatalogue::faceRecognitionId);
    const auto directory = model ? locator.directoryOf(*model) : std::nullopt;
    if (!directory) {
        return Error::make(Error::Code::NotFound,
                           tr("The face recognition model is not installed (searched %1).")
                               .arg(locator.searchPath().join(u", "_s)));
    }
    if (auto verified = ModelLocator::verify(*model, *directory); !verified)
        return verified.error();
    auto weights = FaceApiWeights::load(QDir(*directory).filePath(model->files[0].fileName));
    if (!weights)
        return weights.error();
    return create(*weights);
}

Result<FaceDescriptor> FaceDescriptorNet::describe(const cv::Mat &chip)
{
    if (chip.empty() || chip.depth() != CV_8U
        || (chip.channels() != 1 && chip.channels() != 3 && chip.channels() != 4)) {
        return Error::make(Error::Code::Invalid,
                           tr("The face image is empty or not an 8-bit grey or colour image."));
    }
    cv::Mat rgb;
    const int code = chip.channels() == 1 ? cv::COLOR_GRAY2RGB
        : chip.channels() == 3            ? cv::COLOR_BGR2RGB
                                          : cv::COLOR_BGRA2RGB;
    cv::cvtColor(chip, rgb, code);
    if (rgb.cols != chipSize || rgb.rows != chipSize) {
        // Like face-api's toBatchTensor(150, centred): pad to a square, then resize.
        const int side = std::max(rgb.cols, rgb.rows);
        const int left = (side - rgb.cols) / 2, top = (side - rgb.rows) / 2;
        cv::copyMakeBorder(rgb, rgb, top, side - rgb.rows - top, left, side - rgb.cols - left,
                           cv::BORDER_CONSTANT, cv::Scalar::all(0));
        cv::resize(rgb, rgb, cv::Size(chipSize, chipSize), 0, 0, cv::INTER_LINEAR);
    }
    // RGB minus face-api's per-channel mean, then divided by 255.
    cv::Mat input = cv::dnn::blobFromImage(rgb, 1.0 / 255.0, cv::Size(),
                                           cv::Scalar(122.782, 117.001, 104.298), false, false);
    try {
        m_net.setInput(input);
        const cv::Mat out = m_net.forward();
        const auto *values = out.ptr<float>();
        return FaceDescriptor(values, values + out.total());
    } catch (const cv::Exception &e) {
        return Error::make(Error::Code::Invalid, tr("The face could not be described."),
                           QString::fromUtf8(e.what()));
    }
}

Result<FaceDescriptor> FaceDescriptorNet::describeMirrored(const cv::Mat &chip)
{
    Result<FaceDescriptor> direct = describe(chip);
    if (!direct)
        return direct;
    cv::Mat flipped;
    cv::flip(chip, flipped, 1);
    Result<FaceDescriptor> mirrored = describe(flipped);
    if (!mirrored)
        return mirrored;
    const auto length = [](const FaceDescriptor &d) {
        double sum = 0;
        for (float v : d)
            sum += double(v) * v;
        return std::sqrt(sum);
    };
    const double a = length(*direct), b = length(*mirrored);
    if (!(a > 0) || !(b > 0))
        return Error::make(Error::Code::Invalid, tr("The face could not be described."));
    FaceDescriptor mean(direct->size());
    double total = 0;
    for (size_t i = 0; i < mean.size(); ++i) {
        mean[i] = float((*direct)[i] / a + (*mirrored)[i] / b);
        total += double(mean[i]) * mean[i];
    }
    const auto scale = float(1 / std::sqrt(total));
    for (float &v : mean)
        v *= scale;
    return mean;
}

float FaceDescriptorNet::cosine(const FaceDescriptor &a, const FaceDescriptor &b)
{
    if (a.size() != b.size() || a.empty())
        return 0;
    double dot = 0, na = 0, nb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return na > 0 && nb > 0 ? float(dot / std::sqrt(na * nb)) : 0.f;
}

} // namespace cd
