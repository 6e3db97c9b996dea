#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/documents/DocumentData.h"
#include "app/store/StudentResults.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Report cards made from the store's results: the one place that decides what a card shows
// (every course of the semester the viewer may see, the semester and cumulative GPA, and the
// semester's attendance).
class ReportCards
{
    Q_DECLARE_TR_FUNCTIONS(ReportCards)
public:
    // The card of one semester of `results`; the totals are formatted with `locale`.
    static ReportCard fromResults(const StudentResults &results, const SemesterResults &semester,
                                  const SchoolHeader &school, const QLocale &locale,
                                  const QDate &issuedOn,
                                  std::optional<double> attendancePercent = std::nullopt);

    // One student's card for a semester, as `viewer` may see it (a student only published
    // results). NotFound when the student has no course in that semester.
    static Result<ReportCard> forStudent(const Database &db, const Id &studentId,
                                         const Id &semesterId, const Actor &viewer,
                                         const SchoolHeader &school, const QLocale &locale,
                                         const QDate &issuedOn);

    // The cards of every student actively enrolled in a course, for the course's semester, in
    // the order of the class list.
    static Result<QList<ReportCard>> forCourse(const Database &db, const Id &courseId,
                                               const Actor &viewer, const SchoolHeader &school,
                                               const QLocale &locale, const QDate &issuedOn);

    // The letterhead: the school's name from its settings.
    static SchoolHeader schoolHeader(const Database &db);
};

} // namespace cd
