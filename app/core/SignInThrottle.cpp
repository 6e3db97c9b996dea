#include "app/core/SignInThrottle.h"

#include <algorithm>

namespace cd {

QDateTime SignInThrottle::nextAttemptAt(int failures, const QDateTime &lastFailure) const
{
    if (failures <= freeFailures || !lastFailure.isValid())
        return {};
    const int doublings = std::min(failures - freeFailures, 30);
    const qint64 delay = std::min<qint64>(qint64(1) << doublings, maxDelaySeconds);
    return lastFailure.addSecs(delay);
}

QDateTime SignInThrottle::lockEndAfter(int failures, const QDateTime &failureAt) const
{
    if (failures < lockFailures)
        return {};
    return failureAt.addSecs(qint64(lockMinutes) * 60);
}

} // namespace cd
