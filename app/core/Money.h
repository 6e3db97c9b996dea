#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace cd {

// An amount of money as an integer count of the currency's minor unit (cents, fils, yen) and its
// ISO 4217 code. Never a double: sums of fees and payments must come out exact.
// Arithmetic between different currencies is a programming error (asserted); validation and the
// store keep one invoice and its ledger in one currency.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isPositive() const { return m_minor > 0; }

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    Money abs() const { return Money(m_minor < 0 ? -m_minor : m_minor, m_currency); }

    bool operator==(const Money &other) const = default;
    // Ordering is defined only within one currency.
    std::strong_ordering operator<=>(const Money &other) const;

    // Digits after the decimal point for an ISO 4217 currency (2 when unknown).
    static int minorDigits(const QString &currency);
    static bool isValidCurrency(const QString &code);

    // "1234.50": locale-independent, for files and the wire.
    QString toPlainString() const;
    // "$1,234.50" or "1.234,50 €" as the locale writes it.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    // Exact parse of a decimal amount ("1 234,5", "-12.30", "1234") in the locale's notation, or
    // the plain notation. Refuses more fraction digits than the currency has.
    static std::optional<Money> parse(const QString &text, const QString &currency,
                                      const QLocale &locale = QLocale::c());

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace cd
