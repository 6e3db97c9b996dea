#include "app/vision/FaceGallery.h"

#include <cmath>
#include <limits>

namespace cd {

FaceGallery::FaceGallery(float threshold, float margin) : m_threshold(threshold), m_margin(margin)
{
}

bool FaceGallery::add(const QString &studentId, const std::vector<float> &descriptor)
{
    if (studentId.isEmpty() || descriptor.empty())
        return false;
    if (!m_templates.empty() && int(descriptor.size()) != m_templates.cols)
        return false;
    double norm = 0;
    for (float v : descriptor) {
        if (!std::isfinite(v))
            return false;
        norm += double(v) * v;
    }
    if (norm <= 0)
        return false;
    const int cols = int(descriptor.size());
    if (m_templates.empty())
        m_templates = cv::Mat(0, cols, CV_32F);
    cv::Mat row(1, cols, CV_32F);
    const float scale = float(1 / std::sqrt(norm));
    for (int i = 0; i < cols; ++i)
        row.at<float>(0, i) = descriptor[size_t(i)] * scale;
    m_templates.push_back(row);
    m_columns.release();
    auto it = m_index.find(studentId);
    if (it == m_index.end()) {
        it = m_index.insert(studentId, int(m_students.size()));
        m_students.push_back(studentId);
    }
    m_owner.push_back(it.value());
    return true;
}

void FaceGallery::reserve(int templates)
{
    m_templates.reserve(size_t(std::max(0, templates)));
    m_owner.reserve(size_t(std::max(0, templates)));
}

void FaceGallery::clear()
{
    m_templates.release();
    m_columns.release();
    m_owner.clear();
    m_students.clear();
    m_index.clear();
}

void FaceGallery::rebuild() const
{
    cv::Mat sums = cv::Mat::zeros(int(m_students.size()), m_templates.cols, CV_32F);
    std::vector<int> counts(m_students.size(), 0);
    for (int t = 0; t < m_templates.rows; ++t) {
        sums.row(m_owner[size_t(t)]) += m_templates.row(t);
        ++counts[size_t(m_owner[size_t(t)])];
    }
    m_meanScale.assign(m_students.size(), 0.0f);
    for (int s = 0; s < int(m_students.size()); ++s) {
        const double norm = cv::norm(sums.row(s));
        if (counts[size_t(s)] >= 2 && norm > 0)
            m_meanScale[size_t(s)] = float(1 / norm);
    }
    cv::transpose(m_templates, m_columns);
}

bool FaceGallery::accepts(float score, float runnerUp, float threshold, float margin)
{
    return score >= threshold && score - runnerUp >= margin;
}

GalleryMatch FaceGallery::identify(const std::vector<float> &probe) const
{
    GalleryMatch match;
    if (m_templates.empty() || int(probe.size()) != m_templates.cols)
        return match;
    double norm = 0;
    for (float v : probe)
        norm += double(v) * v;
    if (!(norm > 0) || !std::isfinite(norm))
        return match;
    if (m_columns.empty())
        rebuild();
    // One product of the probe with all templates: 1 x D times D x N.
    const cv::Mat row(1, int(probe.size()), CV_32F, const_cast<float *>(probe.data()));
    cv::Mat scores;
    cv::gemm(row, m_columns, 1 / std::sqrt(norm), cv::noArray(), 0, scores);
    // Each student's best template and the sum of their scores (for the mean), then one pass
    // over the students keeps the best and the best of any other student.
    const float *s = scores.ptr<float>(0);
    const size_t count = m_students.size();
    std::vector<float> best(count, -std::numeric_limits<float>::infinity());
    std::vector<float> sum(count, 0.0f);
    for (int t = 0; t < m_columns.cols; ++t) {
        const auto owner = size_t(m_owner[size_t(t)]);
        best[owner] = std::max(best[owner], s[t]);
        sum[owner] += s[t];
    }
    float first = -std::numeric_limits<float>::infinity();
    float second = first;
    size_t bestOwner = 0;
    for (size_t student = 0; student < count; ++student) {
        const float scale = m_meanScale[student];
        const float score
            = scale > 0 ? std::max(best[student], sum[student] * scale) : best[student];
        if (score > first) {
            second = first;
            first = score;
            bestOwner = student;
        } else if (score > second) {
            second = score;
        }
    }
    match.candidate = m_students[bestOwner];
    match.score = first;
    match.runnerUp = std::isfinite(second) ? second : -1.0f;
    match.accepted = accepts(match.score, match.runnerUp, m_threshold, m_margin);
    return match;
}

} // namespace cd
