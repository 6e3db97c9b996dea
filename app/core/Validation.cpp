#include "app/core/Validation.h"

#include "app/core/Result.h"

#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;

void ValidationResult::merge(const QString &prefix, const ValidationResult &other)
{
    for (const auto &error : other.m_errors)
        m_errors.append({prefix + error.field, error.message});
}

bool ValidationResult::has(const QString &field) const
{
    return std::any_of(m_errors.cbegin(), m_errors.cend(),
                       [&](const FieldError &e) { return e.field == field; });
}

QString ValidationResult::messageFor(const QString &field) const
{
    for (const auto &error : m_errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

QString ValidationResult::summary() const
{
    QStringList lines;
    for (const auto &error : m_errors)
        lines.append(error.message);
    return lines.join(u'\n');
}

Error Error::invalid(const ValidationResult &result)
{
    Error error;
    error.code = Code::Invalid;
    error.message = result.summary();
    error.fields = result.errors();
    return error;
}

} // namespace cd
