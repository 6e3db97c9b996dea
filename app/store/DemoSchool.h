#pragma once

#include "app/core/Result.h"
#include "app/core/Role.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace cd {

class Database;

struct DemoSchoolOptions
{
    int students = 2000;
    quint64 seed = 1;
    QDate today = QDate::currentDate(); // the semester runs up to here
    QString currency = QStringLiteral("USD");
    // Only the people (staff, students and guardians) and the semester: no courses, attendance,
    // marks, invoices or messages. Seeds 100,000 students in seconds for `bench ledger`.
    bool peopleOnly = false;
};

// The sign-ins the demo school is made with, one per role.
struct DemoAccount
{
    QString username;
    QString password;
    Role role;
};

struct DemoSchoolReport
{
    int students = 0;
    int teachers = 0;
    int staff = 0;
    int courses = 0;
    qint64 enrollments = 0;
    int sessions = 0;
    qint64 attendanceMarks = 0;
    int assessments = 0;
    qint64 marks = 0;
    int publishedCourses = 0; // courses whose results are published (all assessments held)
    int invoices = 0;
    int ledgerEntries = 0;
    int messages = 0;
};

// A realistic school in one semester: programs and cohorts, students with guardians and consent,
// teachers and office staff, course sections with weekly sessions and attendance (some by face,
// some corrected later), assessments and marks, invoices with payments, partial payments,
// waivers, refunds and late fees. The same options always give the same school (passwords'
// salts and the seed's own audit entry aside).
//
// Seeding is a bulk load into an empty database: rows are written with rev 0 and one audit
// entry records the seed; nothing goes to the outbox, since a demo school is never synced.
class DemoSchool
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)
public:
    static QList<DemoAccount> accounts();

    // Seeds an empty database. `progress` receives 0..100.
    static Result<DemoSchoolReport> seed(const Database &db, const DemoSchoolOptions &options,
                                         const std::function<void(int)> &progress = {});

    // Builds the school in "<path>.partial" and renames it to `path` only when complete, so an
    // interrupted run never leaves a half-made school behind. Refuses to replace an existing
    // file unless `replace` is set.
    static Result<DemoSchoolReport> createFile(const QString &path,
                                               const DemoSchoolOptions &options,
                                               bool replace = false,
                                               const std::function<void(int)> &progress = {});
};

} // namespace cd
