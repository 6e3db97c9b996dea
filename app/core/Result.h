#pragma once

#include "app/core/Validation.h"

#include <QString>

#include <utility>
#include <variant>

namespace cd {

// What went wrong, in words a user can act on (already translated), plus a code that callers
// can branch on. Field-level problems from validation travel in `fields`.
struct Error
{
    enum class Code {
        Invalid, // input failed validation; see fields
        NotFound, // the row does not exist (or is archived)
        Conflict, // someone else changed the same data first
        Forbidden, // the signed-in role may not do this
        NotCampusDesk, // the file is not a CampusDesk database
        Corrupt, // the file is damaged
        TooNew, // created by a newer CampusDesk
        Io, // the file system refused
        Database, // any other database failure
        Unavailable, // a service this computer lacks (e.g. no keychain)
    };

    Code code = Code::Database;
    QString message;
    QList<FieldError> fields;
    QString detail; // technical text (driver message), for logs, never shown alone

    static Error invalid(const ValidationResult &result);
    static Error invalidField(const QString &field, const QString &message)
    {
        ValidationResult result;
        result.add(field, message);
        return invalid(result);
    }
    static Error make(Code code, const QString &message, const QString &detail = {})
    {
        return Error{code, message, {}, detail};
    }
};

// Either a value or an Error. Small on purpose: C++20 has no std::expected.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace cd
