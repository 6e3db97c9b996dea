#pragma once

#include "app/store/StudentRepository.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cmath>
#include <random>

namespace cd::cli {

// Durations of repeated runs of one operation, in milliseconds, for the bench commands.
struct Timings
{
    QList<double> ms;

    // The nearest-rank percentile (p in 0..100); 0 when nothing was measured.
    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
        return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
    }
};

template<typename F> double timeMs(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// `count` students drawn at random (with repeats) from a school of `total`: what realistic
// search terms are cut from. Fewer if the school has none.
inline QList<StudentListItem> randomStudents(const StudentRepository &students, int total,
                                             int count, std::mt19937_64 &rng)
{
    QList<StudentListItem> drawn;
    std::uniform_int_distribution<int> offset(0, std::max(0, total - 1));
    while (drawn.size() < count) {
        StudentQuery q;
        q.offset = offset(rng);
        q.limit = 1;
        q.sort = StudentSort::Number;
        const auto found = students.list(q, Actor::system());
        if (!found || found->isEmpty())
            break;
        drawn << found->first();
    }
    return drawn;
}

} // namespace cd::cli
