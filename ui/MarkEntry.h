#pragma once

#include "app/core/Gradebook.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

// What the user typed into a gradebook cell, checked against the assessment's maximum.
struct MarkEntry
{
    MarkStatus status = MarkStatus::Scored;
    std::optional<double> score; // only when Scored
};

class MarkEntries
{
    Q_DECLARE_TR_FUNCTIONS(MarkEntries)
public:
    // A number in the user's locale or with a dot (0..max), "a" / "absent" for absent, "x" /
    // "e" / "excused" for excused (in English or the user's language). Anything else is an
    // Invalid error whose message says what is accepted; an empty text is Invalid too (Delete
    // clears a mark).
    static Result<MarkEntry> parse(const QString &text, double maxScore);
    // How a mark shows in the grid: the score in the user's locale, "Absent", "Excused".
    static QString display(const Mark &mark);
    // What the editor starts from: the score, "a" or "x".
    static QString editText(const Mark &mark);
    static QString number(double value);
};

} // namespace cd
