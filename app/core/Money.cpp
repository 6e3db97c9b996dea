#include "app/core/Money.h"

#include <QHash>
#include <QRegularExpression>

namespace cd {

using namespace Qt::Literals::StringLiterals;

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits), m_currency(std::move(currency))
{
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}

Money &Money::operator+=(const Money &other)
{
    return *this = *this + other;
}

Money &Money::operator-=(const Money &other)
{
    return *this = *this - other;
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return m_minor <=> other.m_minor;
}

int Money::minorDigits(const QString &currency)
{
    // ISO 4217 currencies whose minor unit is not a hundredth.
    static const QHash<QString, int> exceptions = {
        {u"BIF"_s, 0}, {u"CLP"_s, 0}, {u"DJF"_s, 0}, {u"GNF"_s, 0}, {u"ISK"_s, 0}, {u"JPY"_s, 0},
        {u"KMF"_s, 0}, {u"KRW"_s, 0}, {u"PYG"_s, 0}, {u"RWF"_s, 0}, {u"UGX"_s, 0}, {u"UYI"_s, 0},
        {u"VND"_s, 0}, {u"VUV"_s, 0}, {u"XAF"_s, 0}, {u"XOF"_s, 0}, {u"XPF"_s, 0}, {u"BHD"_s, 3},
        {u"IQD"_s, 3}, {u"JOD"_s, 3}, {u"KWD"_s, 3}, {u"LYD"_s, 3}, {u"OMR"_s, 3}, {u"TND"_s, 3},
        {u"CLF"_s, 4}, {u"UYW"_s, 4},
    };
    return exceptions.value(currency, 2);
}

bool Money::isValidCurrency(const QString &code)
{
    static const QRegularExpression pattern(u"^[A-Z]{3}$"_s);
    return pattern.match(code).hasMatch();
}

static qint64 powerOfTen(int digits)
{
    qint64 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

QString Money::toPlainString() const
{
    const int digits = minorDigits(m_currency);
    const qint64 scale = powerOfTen(digits);
    const quint64 magnitude
        = m_minor < 0 ? 0ULL - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    QString text = QString::number(magnitude / static_cast<quint64>(scale));
    if (digits > 0) {
        text += u'.'
            + QString::number(magnitude % static_cast<quint64>(scale)).rightJustified(digits, u'0');
    }
    return m_minor < 0 ? u'-' + text : text;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    // Display only: a double holds every amount below 2^53 minor units exactly.
    const double value = static_cast<double>(m_minor) / static_cast<double>(powerOfTen(digits));
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency)
        return locale.toCurrencyString(value, locale.currencySymbol(QLocale::CurrencySymbol),
                                       digits);
    // Another currency than the locale's: its ISO code where the locale puts its symbol, kept
    // apart from the digits by a no-break space ("USD 1,234.50", "1 234,50 USD").
    const QChar marker(0xfffc);
    QString text = locale.toCurrencyString(value, QString(marker), digits);
    const qsizetype at = text.indexOf(marker);
    QString code = m_currency;
    if (at > 0 && text.at(at - 1).isDigit())
        code.prepend(QChar::Nbsp);
    if (at + 1 < text.size() && text.at(at + 1).isDigit())
        code.append(QChar::Nbsp);
    return text.replace(at, 1, code);
}

std::optional<Money> Money::parse(const QString &text, const QString &currency,
                                  const QLocale &locale)
{
    if (!isValidCurrency(currency))
        return std::nullopt;
    QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;

    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(locale.negativeSign())) {
        negative = true;
        s = s.mid(s.startsWith(u'-') ? 1 : locale.negativeSign().size()).trimmed();
    }

    // Accept the locale's separators and the plain notation; drop group separators and spaces.
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString integerPart;
    QString fractionPart;
    bool inFraction = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (inFraction ? fractionPart : integerPart).append(c);
        } else if (!inFraction
                   && (QString(c) == decimal
                       || (c == u'.' && decimal != u"."_s && group != u"."_s))) {
            inFraction = true;
        } else if (!inFraction && (QString(c) == group || c.isSpace() || c == QChar(0x202F))) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (integerPart.isEmpty() && fractionPart.isEmpty())
        return std::nullopt;

    const int digits = minorDigits(currency);
    if (fractionPart.size() > digits)
        return std::nullopt;
    fractionPart = fractionPart.leftJustified(digits, u'0');

    if (integerPart.size() > 15)
        return std::nullopt; // beyond any fee; also keeps the qint64 arithmetic exact
    const qint64 units = integerPart.isEmpty() ? 0 : integerPart.toLongLong();
    const qint64 fraction = digits > 0 ? fractionPart.toLongLong() : 0;
    const qint64 minor = units * powerOfTen(digits) + fraction;
    return Money(negative ? -minor : minor, currency);
}

} // namespace cd
