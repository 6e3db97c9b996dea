#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <compare>
#include <optional>

namespace cd {

// Instants are UTC and stored as milliseconds since the Unix epoch; calendar dates (a birthday,
// a session day, a due date) are plain dates stored as ISO "YYYY-MM-DD".
qint64 toStoredInstant(const QDateTime &utc);
QDateTime fromStoredInstant(qint64 msSinceEpoch);

QString toStoredDate(const QDate &date);
QDate fromStoredDate(const QString &text); // invalid QDate for malformed text

// A calendar month, the unit of the monthly attendance figures.
struct YearMonth
{
    int year = 0;
    int month = 0; // 1..12

    static YearMonth of(const QDate &date) { return {date.year(), date.month()}; }
    bool isValid() const { return year > 0 && month >= 1 && month <= 12; }
    QDate firstDay() const { return QDate(year, month, 1); }
    QString toString() const; // "2026-09"
    QString displayName(const QLocale &locale = QLocale()) const; // "September 2026"

    friend auto operator<=>(const YearMonth &, const YearMonth &) = default;
};

size_t qHash(const YearMonth &key, size_t seed = 0) noexcept;

// Whole years between birth and the given day.
int ageOn(const QDate &birth, const QDate &day);

} // namespace cd
