#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"

#include <QString>

namespace cd {

class Database;

// The school-wide settings kept in the database itself (not per user): its name, currency,
// whether it is the demo school, the attendance minimum and the default late threshold.
struct SchoolSettings
{
    QString name;
    QString currency = QStringLiteral("USD");
    bool demo = false;
    double attendanceMinimumPercent = 75.0;
    int lateAfterMinutesDefault = 10; // late threshold of new attendance sessions

    // Missing or unreadable values fall back to the defaults above.
    static SchoolSettings load(const Database &db);
    // Writes every value and an audit entry naming the ones that changed.
    Result<void> save(const Database &db, const Actor &actor) const;
};

} // namespace cd
