#pragma once

#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace cd {

// A parsed CSV file: the header and every record after it. The field values are kept in one
// string with a table of offsets, not a QStringList per row: a 50 MB file has millions of
// fields, and a QString each would cost several times the file's size.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    QStringList header; // trimmed; an empty name becomes "Column N"
    QChar delimiter = u',';
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE"

    qsizetype rowCount() const { return m_rows.size(); }
    // The line of the file where the record starts (1-based; the header is on line 1 or later).
    qsizetype line(qsizetype row) const { return m_rows.at(row).line; }
    // The record's row number as a spreadsheet shows it (the header is row 1).
    qsizetype sheetRow(qsizetype row) const { return row + 2; }
    qsizetype fieldCount(qsizetype row) const;
    // Empty for a column the record does not have.
    QStringView field(qsizetype row, qsizetype column) const;
    QStringList fields(qsizetype row) const;
    // A translated sentence when the record has a different number of fields than the header
    // (trailing empty fields, as spreadsheets write them, are forgiven); empty when it is fine.
    QString problem(qsizetype row) const;

    // For the reader.
    void startRow(qsizetype line);
    void appendToField(QChar c) { m_text.append(c); }
    void appendToField(QStringView text) { m_text.append(text); }
    void endField() { m_fieldEnds.append(quint32(m_text.size())); }
    // Drops trailing empty fields beyond `columns`; returns false if the record was blank.
    bool endRow(qsizetype columns);
    void dropLastRow();
    QStringList takeRowAsHeader();
    void reserve(qsizetype characters) { m_text.reserve(characters); }

private:
    struct Row
    {
        qsizetype line = 0;
        qsizetype firstField = 0; // index into m_fieldEnds
    };
    qsizetype fieldStart(qsizetype index) const
    {
        return index == 0 ? 0 : m_fieldEnds.at(index - 1);
    }
    qsizetype rowEnd(qsizetype row) const;

    QString m_text;
    QList<quint32> m_fieldEnds; // end offset in m_text of each field, row after row
    QList<Row> m_rows;
};

// Reads CSV as RFC 4180 has it (quoted fields with commas, doubled quotes and line breaks) and
// as spreadsheets write it: comma, semicolon or tab delimited (detected), UTF-8 with or without a
// byte-order mark, UTF-16 with one. Whatever it cannot read is a translated error naming the
// line; a record with the wrong number of fields is a problem of that record alone.
// Reading is chunked: memory is about twice the file's size, and `progress` is called as it goes.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qint64 maxBytes = 100 * 1024 * 1024;
    static constexpr qint64 chunkBytes = 1024 * 1024;

    // Called with bytes read so far and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<CsvTable> readFile(const QString &path, const Progress &progress = {});
    static Result<CsvTable> read(const QByteArray &bytes, const Progress &progress = {});

    // The delimiter that splits the sample's first lines most consistently (comma if unsure).
    static QChar detectDelimiter(QStringView sample);
    // The message of a cancelled read, for callers that want to tell it apart.
    static QString cancelledMessage();
};

} // namespace cd
