#include "app/core/Id.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

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
    auto *random = QRandomGenerator::system();
    return uuidV7(QDateTime::currentMSecsSinceEpoch(), random->generate64(), random->generate64());
}

bool isValidId(QStringView text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

} // namespace cd
