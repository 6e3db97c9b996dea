#include "ui/MarkEntry.h"

#include <QLocale>

#include <cmath>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QString MarkEntries::number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

Result<MarkEntry> MarkEntries::parse(const QString &text, double maxScore)
{
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (lower == u"a"_s || lower == u"absent"_s || lower == tr("absent").toLower())
        return MarkEntry{MarkStatus::Absent, std::nullopt};
    if (lower == u"x"_s || lower == u"e"_s || lower == u"excused"_s
        || lower == tr("excused").toLower())
        return MarkEntry{MarkStatus::Excused, std::nullopt};
    const auto refuse = [&] {
        return Error::invalidField(
            u"score"_s,
            tr("Enter a score from 0 to %1, A for absent or X for excused.").arg(number(maxScore)));
    };
    if (t.isEmpty())
        return refuse();
    bool ok = false;
    double value = QLocale().toDouble(t, &ok);
    if (!ok)
        value = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(value))
        return refuse();
    if (value < 0)
        return Error::invalidField(u"score"_s, tr("A score cannot be negative."));
    if (value > maxScore)
        return Error::invalidField(
            u"score"_s,
            tr("%1 is more than the maximum score of %2.").arg(number(value), number(maxScore)));
    return MarkEntry{MarkStatus::Scored, value};
}

QString MarkEntries::display(const Mark &mark)
{
    switch (mark.status) {
    case MarkStatus::Scored: return mark.score ? number(*mark.score) : QString();
    case MarkStatus::Absent: return tr("Absent");
    case MarkStatus::Excused: return tr("Excused");
    }
    return {};
}

QString MarkEntries::editText(const Mark &mark)
{
    switch (mark.status) {
    case MarkStatus::Scored: return mark.score ? number(*mark.score) : QString();
    case MarkStatus::Absent: return u"a"_s;
    case MarkStatus::Excused: return u"x"_s;
    }
    return {};
}

} // namespace cd
