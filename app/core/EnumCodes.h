#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace cd {

// Stable text codes for enums, as stored in the database and sent over the wire.
// Each enum specialises EnumCodes with a table `codes` of {value, code} pairs.
template<typename E> struct EnumCodes;

template<typename E> QString codeOf(E value)
{
    for (const auto &[v, code] : EnumCodes<E>::codes) {
        if (v == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename E> std::optional<E> fromCode(QStringView code)
{
    for (const auto &[v, c] : EnumCodes<E>::codes) {
        if (code == QStringView(c))
            return v;
    }
    return std::nullopt;
}

template<typename E> constexpr auto allValues()
{
    std::array<E, EnumCodes<E>::codes.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumCodes<E>::codes[i].first;
    return values;
}

} // namespace cd
