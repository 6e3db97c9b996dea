#include "app/core/Id.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <mutex>

namespace cd {

Id uuidV7(qint64 unixMs, quint64 randomA, quint64 randomB)
{
    QByteArray bytes(16, '\0');
    const auto ms = static_cast<quint64>(unixMs) & 0xFFFF'FFFF'FFFFULL;
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xFF);
    const auto randA = randomA & 0x0FFF;
    bytes[6] = static_cast<char>(0x70 | (randA >> 8));
    bytes[7] = static_cast<char>(randA & 0xFF);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = static_cast<char>((randomB >> (8 * (7 - i))) & 0xFF);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

Id newId()
{
    // Monotonic within the process (RFC 9562, method 2): within one millisecond the random tail
    // counts up, so ids made later always sort later, even in the same millisecond.
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint64 lastA = 0;
    static quint64 lastB = 0;
    auto *random = QRandomGenerator::system();
    const std::lock_guard lock(mutex);
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms > lastMs) {
        lastMs = ms;
        lastA = random->generate64() & 0x0FFF;
        lastB = random->generate64() >> 2; // headroom for counting up
    } else {
        ms = lastMs; // the clock stood still or stepped back
        if (++lastB >> 62) {
            lastB = 0;
            if (++lastA > 0x0FFF) {
                lastA = 0;
                ms = ++lastMs;
            }
        }
    }
    return uuidV7(ms, lastA, lastB);
}

bool isValidId(QStringView text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

} // namespace cd
