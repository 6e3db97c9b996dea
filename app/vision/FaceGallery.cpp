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
        cv::transpose(m_templates, m_columns);
    // One product of the probe with all templates: 1 x D times D x N.
    const cv::Mat row(1, int(probe.size()), CV_32F, const_cast<float *>(probe.data()));
    cv::Mat scores;
    cv::gemm(row, m_columns, 1 / std::sqrt(norm), cv::noArray(), 0, scores);
    // One pass keeps the best score and the best score of any other student: when the best
    // moves to another student, the previous best is the highest score of anyone else.
    const float *s = scores.ptr<float>(0);
    float best = -std::numeric_limits<float>::infinity();
    float second = best;
    int bestOwner = -1;
    for (int t = 0; t < m_templates.rows; ++t) {
        const int owner = m_owner[size_t(t)];
        if (owner == bestOwner) {
            best = std::max(best, s[t]);
        } else if (s[t] > best) {
            second = best;
            best = s[t];
            bestOwner = owner;
        } else if (s[t] > second) {
            second = s[t];
        }
    }
    match.candidate = m_students[size_t(bestOwner)];
    match.score = best;
    match.runnerUp = std::isfinite(second) ? second : -1.0f;
    match.accepted = accepts(match.score, match.runnerUp, m_threshold, m_margin);
    return match;
}

} // namespace cd
