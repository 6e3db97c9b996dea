#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cd {

// One problem with one input field, phrased for the person who typed it.
struct FieldError
{
    QString field; // the domain field name, e.g. "email"; forms map it to their widget
    QString message; // translated

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

class ValidationResult
{
public:
    void add(const QString &field, const QString &message) { m_errors.append({field, message}); }
    void merge(const QString &prefix, const ValidationResult &other);

    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    bool has(const QString &field) const;
    QString messageFor(const QString &field) const;
    // All messages, one per line, for places that cannot show them beside their fields.
    QString summary() const;

private:
    QList<FieldError> m_errors;
};

} // namespace cd
