#include "app/core/CsvWriter.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t'
        && first != u'\r')
        return false;
    if (first == u'-' || first == u'+') {
        bool number = false;
        value.toDouble(&number);
        return !number;
    }
    return true;
}

} // namespace

QString CsvWriter::field(const QString &value)
{
    QString text = looksLikeFormula(value) ? u'\'' + value : value;
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray CsvWriter::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const auto &value : fields)
        quoted.append(field(value));
    return (quoted.join(u',') + u"\r\n"_s).toUtf8();
}

} // namespace cd
