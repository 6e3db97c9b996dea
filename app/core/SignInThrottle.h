#pragma once

#include <QDateTime>

namespace cd {

// How repeated failed sign-ins slow down and then lock an account name:
// the first `freeFailures` failures cost nothing; after that each attempt must wait
// 2, 4, 8 ... seconds (at most `maxDelaySeconds`) after the last failure; at `lockFailures`
// the name is locked for `lockMinutes`. A success or an administrator's unlock starts afresh.
struct SignInThrottle
{
    int freeFailures = 3;
    int maxDelaySeconds = 60;
    int lockFailures = 10;
    int lockMinutes = 15;

    // When the next attempt may be made after `failures` failures, the last at `lastFailure`.
    QDateTime nextAttemptAt(int failures, const QDateTime &lastFailure) const;
    // The end of the lock that this failure starts, or an invalid time when it starts none.
    QDateTime lockEndAfter(int failures, const QDateTime &failureAt) const;
};

} // namespace cd
