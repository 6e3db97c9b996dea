#include "app/core/Dates.h"

#include <QHashFunctions>
#include <QTimeZone>

namespace cd {

using namespace Qt::Literals::StringLiterals;

qint64 toStoredInstant(const QDateTime &utc)
{
    return utc.toMSecsSinceEpoch();
}

QDateTime fromStoredInstant(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
}

QString toStoredDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromStoredDate(const QString &text)
{
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString YearMonth::toString() const
{
    return u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

QString YearMonth::displayName(const QLocale &locale) const
{
    return locale.toString(firstDay(), u"MMMM yyyy"_s);
}

size_t qHash(const YearMonth &key, size_t seed) noexcept
{
    return ::qHash(key.year * 16 + key.month, seed);
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace cd
