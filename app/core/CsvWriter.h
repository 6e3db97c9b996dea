#pragma once

#include <QByteArray>
#include <QStringList>

namespace cd {

// RFC 4180 CSV, UTF-8, for exports that spreadsheets open correctly:
//  - fields with a comma, quote, CR or LF are quoted, quotes doubled; lines end in CRLF;
//  - the file starts with a UTF-8 byte-order mark so Excel reads accents and Arabic right;
//  - a field a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
//    leading apostrophe (OWASP "CSV injection"), unless it is a plain number like -12.5.
class CsvWriter
{
public:
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    static QString field(const QString &value);
    // One record, CRLF-terminated, UTF-8.
    static QByteArray line(const QStringList &fields);
};

} // namespace cd
