#pragma once

#include <QHash>
#include <QString>

#include <opencv2/core.hpp>
#include <vector>

namespace cd {

// The outcome of one identification. `candidate` is the best-scoring student even when the
// match is refused (rank-1 evaluation needs it); `accepted` says whether it may be used.
struct GalleryMatch
{
    QString candidate; // empty only for an empty gallery
    float score = -1; // the candidate's best template score
    float runnerUp = -1; // the best score of any other student (-1 when there is none)
    bool accepted = false;

    QString studentId() const { return accepted ? candidate : QString(); }
};

// Face templates of enrolled students, several per student, matched by cosine similarity.
// Every template is stored L2-normalised as one row of a matrix, so identifying a probe is one
// matrix product against all of them, then one pass for the best score per student. A match is
// accepted only when its score reaches the threshold AND beats the best other student by the
// margin: a teacher must never see the wrong student marked present. A student with several
// templates also scores their normalised mean: it is steadier than any single photo (on lfw-dev,
// 40 splits, it lifts TPIR at 1 % FPIR from 0.86 to 0.92). Not thread-safe (the first
// identify() after a change rebuilds a cache).
class FaceGallery
{
public:
    // Tuned on lfw-dev (K=5, F=0.3) with the face-api descriptor, FaceAligner's chips and
    // mirrored enrolment templates, over seeds 1-40 rather than seed 7 alone (a few stranger
    // scores decide FPIR at 1 %): the best TPIR whose pooled FPIR stays <= 0.3 % and whose
    // FPIR stays <= 1 % on every seed. Pooled: TPIR 0.922, FPIR 0.30 %, worst seed 0.86 %.
    // The margin costs almost no TPIR and guards against two enrolled look-alikes.
    static constexpr float defaultThreshold = 0.955f;
    static constexpr float defaultMargin = 0.01f;
    // The live panel's: a person in front of the camera is described again and again, so a
    // stranger who resembles a student gets many chances to be accepted. Measured with the live
    // vote rule (3 agreeing accepted votes, 2 descriptions per photo shown for 10 frames) over
    // lfw-dev seeds 1-11: at 0.955 one stranger in 32 is marked on 7 seeds of 11; at 0.96 none
    // on any, while 73 or 74 of the 74 enrolled people are still recognised.
    static constexpr float liveThreshold = 0.96f;

    explicit FaceGallery(float threshold = defaultThreshold, float margin = defaultMargin);

    float threshold() const { return m_threshold; }
    float margin() const { return m_margin; }
    void setThreshold(float threshold) { m_threshold = threshold; }
    void setMargin(float margin) { m_margin = margin; }

    // Adds one template (any length, the same for every template; it is normalised). Returns
    // false, adding nothing, for an empty, zero or non-finite vector or one of another length.
    bool add(const QString &studentId, const std::vector<float> &descriptor);
    void reserve(int templates);
    void clear();

    int templateCount() const { return m_templates.rows; } // added ones, means not counted
    int studentCount() const { return int(m_students.size()); }
    int dimension() const { return m_templates.cols; }

    GalleryMatch identify(const std::vector<float> &probe) const;

    // The decision rule on its own (also used by recognisers that score differently).
    static bool accepts(float score, float runnerUp, float threshold, float margin);

private:
    float m_threshold;
    float m_margin;
    cv::Mat m_templates; // CV_32F, one unit-length row per template
    // m_templates transposed (D x N), rebuilt on the first identify() after a change: OpenCV's
    // gemm of a 1 x D row by a D x N matrix is ten times faster than N x D by D x 1.
    mutable cv::Mat m_columns;
    // Per student, 1 / |sum of their templates| (0 for a single template). The templates are
    // unit length, so the probe's cosine with the normalised mean is the sum of its template
    // scores times this: the mean costs no extra column (a fourth column per student made the
    // product 1.5 times slower, the matrix no longer fitting the cache).
    mutable std::vector<float> m_meanScale;
    void rebuild() const;
    std::vector<int> m_owner; // per row: index into m_students
    std::vector<QString> m_students;
    QHash<QString, int> m_index;
};

} // namespace cd
