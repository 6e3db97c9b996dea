#include "app/vision/LbphRecogniser.h"

#include <limits>
#include <opencv2/imgproc.hpp>

namespace cd {

LbphRecogniser::LbphRecogniser()
    : FaceRecogniser(defaultThreshold, defaultMargin),
      m_model(cv::face::LBPHFaceRecognizer::create(1, 8, 8, 8))
{
}

cv::Mat LbphRecogniser::prepare(const cv::Mat &chip)
{
    cv::Mat grey;
    if (chip.channels() == 3)
        cv::cvtColor(chip, grey, cv::COLOR_BGR2GRAY);
    else if (chip.channels() == 4)
        cv::cvtColor(chip, grey, cv::COLOR_BGRA2GRAY);
    else
        grey = chip;
    if (grey.depth() != CV_8U)
        grey.convertTo(grey, CV_8U);
    cv::Mat sized;
    cv::resize(grey, sized, cv::Size(chipSide, chipSide), 0, 0, cv::INTER_AREA);
    cv::equalizeHist(sized, sized);
    return sized;
}

Result<cv::Mat> LbphRecogniser::describeForEnrolment(const cv::Mat &chip)
{
    return describe(chip);
}

Result<void> LbphRecogniser::enrolDescription(const QString &studentId, const cv::Mat &description)
{
    if (studentId.isEmpty() || description.type() != CV_8UC1 || description.cols != chipSide
        || description.rows != chipSide)
        return unusableTemplate();
    auto it = m_labels.find(studentId);
    if (it == m_labels.end()) {
        it = m_labels.insert(studentId, int(m_students.size()));
        m_students.push_back(studentId);
    }
    // update() adds to what was learnt (train() would forget it).
    m_model->update(std::vector<cv::Mat>{description}, std::vector<int>{it.value()});
    ++m_templates;
    return {};
}

Result<cv::Mat> LbphRecogniser::describe(const cv::Mat &chip)
{
    if (chip.empty())
        return emptyChip();
    return prepare(chip);
}

GalleryMatch LbphRecogniser::match(const cv::Mat &description)
{
    GalleryMatch match;
    if (m_templates == 0 || description.type() != CV_8UC1 || description.cols != chipSide
        || description.rows != chipSide)
        return match;
    // The collector keeps the smallest distance per label: each student's best template.
    const cv::Ptr<cv::face::StandardCollector> collector = cv::face::StandardCollector::create();
    m_model->predict(description, collector);
    const std::map<int, double> best = collector->getResultsMap();
    double first = -1, second = -1; // distances; -1 = none
    int winner = -1;
    for (const auto &[label, distance] : best) {
        if (winner < 0 || distance < first) {
            second = first;
            first = distance;
            winner = label;
        } else if (second < 0 || distance < second) {
            second = distance;
        }
    }
    match.candidate = m_students[size_t(winner)];
    match.score = float(-first);
    // Nobody else enrolled: as far off as it gets.
    match.runnerUp = second < 0 ? -std::numeric_limits<float>::max() : float(-second);
    match.accepted = FaceGallery::accepts(match.score, match.runnerUp, m_threshold, m_margin);
    return match;
}

} // namespace cd
