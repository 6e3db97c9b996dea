#include "app/core/CsvReader.h"

#include <QFile>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace cd {

using namespace Qt::Literals::StringLiterals;

// --- CsvTable ---------------------------------------------------------------------------------

qsizetype CsvTable::rowEnd(qsizetype row) const
{
    return row + 1 < m_rows.size() ? m_rows.at(row + 1).firstField : m_fieldEnds.size();
}

qsizetype CsvTable::fieldCount(qsizetype row) const
{
    return rowEnd(row) - m_rows.at(row).firstField;
}

QStringView CsvTable::field(qsizetype row, qsizetype column) const
{
    if (column < 0 || column >= fieldCount(row))
        return {};
    const qsizetype index = m_rows.at(row).firstField + column;
    const qsizetype start = fieldStart(index);
    return QStringView(m_text).mid(start, qsizetype(m_fieldEnds.at(index)) - start);
}

QStringList CsvTable::fields(qsizetype row) const
{
    QStringList list;
    const qsizetype count = fieldCount(row);
    list.reserve(count);
    for (qsizetype c = 0; c < count; ++c)
        list.append(field(row, c).toString());
    return list;
}

QString CsvTable::problem(qsizetype row) const
{
    const qsizetype count = fieldCount(row);
    if (count < header.size())
        return tr("This row has %1 fields but the header has %2: a value or a delimiter is "
                  "missing.")
            .arg(count)
            .arg(header.size());
    if (count > header.size())
        return tr("This row has %1 fields but the header has %2: a value may contain an "
                  "unquoted delimiter.")
            .arg(count)
            .arg(header.size());
    return {};
}

void CsvTable::startRow(qsizetype line)
{
    m_rows.append(Row{line, m_fieldEnds.size()});
}

bool CsvTable::endRow(qsizetype columns)
{
    const qsizetype first = m_rows.last().firstField;
    bool blank = true;
    for (qsizetype i = first; i < m_fieldEnds.size() && blank; ++i) {
        const qsizetype start = fieldStart(i);
        blank = QStringView(m_text)
                    .mid(start, qsizetype(m_fieldEnds.at(i)) - start)
                    .trimmed()
                    .isEmpty();
    }
    if (blank) {
        dropLastRow();
        return false;
    }
    // Spreadsheets pad rows with empty cells up to the widest row: forgive those.
    while (columns > 0 && m_fieldEnds.size() - first > columns) {
        const qsizetype last = m_fieldEnds.size() - 1;
        if (!QStringView(m_text)
                 .mid(fieldStart(last), qsizetype(m_fieldEnds.at(last)) - fieldStart(last))
                 .trimmed()
                 .isEmpty())
            break;
        m_text.truncate(fieldStart(last));
        m_fieldEnds.removeLast();
    }
    return true;
}

void CsvTable::dropLastRow()
{
    const qsizetype first = m_rows.last().firstField;
    m_text.truncate(fieldStart(first));
    m_fieldEnds.resize(first);
    m_rows.removeLast();
}

QStringList CsvTable::takeRowAsHeader()
{
    QStringList names = fields(m_rows.size() - 1);
    dropLastRow();
    while (!names.isEmpty() && names.last().trimmed().isEmpty())
        names.removeLast(); // trailing empty cells again
    for (qsizetype i = 0; i < names.size(); ++i) {
        names[i] = names.at(i).trimmed();
        if (names.at(i).isEmpty())
            names[i] = tr("Column %1").arg(i + 1);
    }
    return names;
}

// --- Parsing ----------------------------------------------------------------------------------

namespace {

// The RFC 4180 state machine, fed decoded text in chunks of any size.
class Parser
{
public:
    explicit Parser(CsvTable &table) : m_table(table) { }

    // Returns an error message for a NUL character.
    std::optional<QString> feed(QStringView text)
    {
        for (const QChar c : text) {
            if (c.unicode() == 0)
                return CsvReader::tr(
                           "Line %1 contains a NUL byte: the file is binary, or UTF-16 text "
                           "without a byte-order mark. Save it from your spreadsheet as \"CSV "
                           "UTF-8\" and try again.")
                    .arg(m_line);
            step(c);
            if (c == u'\r') {
                ++m_line;
                m_afterCr = true;
            } else {
                if (c == u'\n' && !m_afterCr)
                    ++m_line;
                m_afterCr = false;
            }
        }
        return std::nullopt;
    }

    std::optional<QString> finish()
    {
        if (m_state == State::Quoted)
            return CsvReader::tr("The quoted value that starts on line %1 is never closed: a "
                                 "quote (\") is missing.")
                .arg(m_quoteLine);
        if (m_rowStarted) {
            m_table.endField();
            endRow();
        }
        if (!m_haveHeader)
            return CsvReader::tr("The file is empty: it has no column names and no rows.");
        return std::nullopt;
    }

    qsizetype line() const { return m_line; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void startRowIfNeeded()
    {
        if (!m_rowStarted) {
            m_table.startRow(m_line);
            m_rowStarted = true;
        }
    }

    void endRow()
    {
        m_rowStarted = false;
        m_state = State::FieldStart;
        if (!m_haveHeader) {
            if (m_table.endRow(0)) {
                m_table.header = m_table.takeRowAsHeader();
                m_haveHeader = true;
            }
            return;
        }
        m_table.endRow(m_table.header.size());
    }

    void step(QChar c)
    {
        const bool newline = c == u'\r' || c == u'\n';
        switch (m_state) {
        case State::FieldStart:
            if (newline) {
                if (m_rowStarted) {
                    m_table.endField();
                    endRow();
                } // else a blank line, or the LF of a CRLF
                return;
            }
            startRowIfNeeded();
            if (c == u'"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
            } else if (c == m_table.delimiter) {
                m_table.endField();
            } else {
                m_table.appendToField(c);
                m_state = State::Unquoted;
            }
            return;
        case State::Unquoted:
        case State::QuoteInQuoted:
            if (m_state == State::QuoteInQuoted && c == u'"') { // a doubled quote
                m_table.appendToField(c);
                m_state = State::Quoted;
            } else if (c == m_table.delimiter) {
                m_table.endField();
                m_state = State::FieldStart;
            } else if (newline) {
                m_table.endField();
                endRow();
            } else {
                // Text after a closing quote or a stray quote inside plain text: kept as
                // spreadsheets keep it, rather than refusing the whole file.
                m_table.appendToField(c);
                m_state = State::Unquoted;
            }
            return;
        case State::Quoted:
            if (c == u'"')
                m_state = State::QuoteInQuoted;
            else
                m_table.appendToField(c);
            return;
        }
    }

    CsvTable &m_table;
    State m_state = State::FieldStart;
    bool m_rowStarted = false;
    bool m_haveHeader = false;
    bool m_afterCr = false;
    qsizetype m_line = 1;
    qsizetype m_quoteLine = 0;
};

// Length of the longest prefix of `bytes` that is whole, valid UTF-8, and whether what follows
// is merely an incomplete sequence at the end (more bytes may complete it) or invalid.
struct Utf8Check
{
    qsizetype validLength = 0;
    bool invalid = false;
};

Utf8Check checkUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint min = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        } else {
            return {i, true};
        }
        if (i + length > n) {
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return {i, true};
            }
            return {i, false}; // incomplete: wait for the next chunk
        }
        uint code = b & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return {i, true};
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {i, true};
        i += length;
    }
    return {n, false};
}

enum class Encoding { Utf8, Utf16LE, Utf16BE };

// Turns chunks of bytes into text, and text into the table.
class Reader
{
public:
    Reader(qint64 total, const CsvReader::Progress &progress) : m_total(total), m_progress(progress)
    {
        m_table.reserve(qsizetype(std::min<qint64>(total, CsvReader::maxBytes)));
    }

    std::optional<Error> feed(const QByteArray &chunk)
    {
        m_done += chunk.size();
        QByteArray bytes = m_pending + chunk;
        m_pending.clear();
        if (!m_started) {
            if (bytes.size() < 4 && !m_last) {
                m_pending = bytes; // too little to recognise a byte-order mark
                return std::nullopt;
            }
            if (auto error = start(bytes))
                return error;
        }
        QString text;
        if (m_encoding == Encoding::Utf8) {
            const Utf8Check check = checkUtf8(bytes);
            text = QString::fromUtf8(bytes.constData(), check.validLength);
            if (check.invalid || (m_last && check.validLength < bytes.size())) {
                if (auto error = parse(text, true))
                    return error;
                return invalid(CsvReader::tr("Line %1 is not UTF-8 text. Save the file from your "
                                             "spreadsheet as \"CSV UTF-8\" and try again.")
                                   .arg(m_parser.line()));
            }
            m_pending = bytes.mid(check.validLength);
        } else {
            text = m_decoder(bytes);
            if (m_decoder.hasError()) {
                if (auto error = parse(QString(), true))
                    return error;
                return invalid(CsvReader::tr("Line %1 is not valid UTF-16 text. Save the file "
                                             "from your spreadsheet as \"CSV UTF-8\" and try "
                                             "again.")
                                   .arg(m_parser.line()));
            }
        }
        if (auto error = parse(text))
            return error;
        if (m_progress && !m_progress(m_done, m_total))
            return invalid(CsvReader::cancelledMessage());
        return std::nullopt;
    }

    Result<CsvTable> finish()
    {
        m_last = true;
        if (auto error = feed({}))
            return *error;
        if (auto message = m_parser.finish())
            return *invalid(*message);
        return std::move(m_table);
    }

private:
    static std::optional<Error> invalid(const QString &message)
    {
        return Error::make(Error::Code::Invalid, message);
    }

    std::optional<Error> start(QByteArray &bytes)
    {
        m_started = true;
        if (bytes.startsWith("PK\x03\x04"))
            return invalid(CsvReader::tr("This is an Excel or OpenDocument workbook, not a CSV "
                                         "file. Open it in your spreadsheet, save it as \"CSV "
                                         "UTF-8\" and try again."));
        if (bytes.startsWith("\xD0\xCF\x11\xE0"))
            return invalid(CsvReader::tr("This is an older Excel workbook (.xls), not a CSV file. "
                                         "Open it in your spreadsheet, save it as \"CSV UTF-8\" "
                                         "and try again."));
        m_table.encoding = u"UTF-8"_s;
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3);
            m_table.encoding = u"UTF-8 (BOM)"_s;
        } else if (bytes.startsWith("\xFF\xFE")) {
            bytes.remove(0, 2);
            m_encoding = Encoding::Utf16LE;
            m_table.encoding = u"UTF-16LE"_s;
            m_decoder = QStringDecoder(QStringConverter::Utf16LE);
        } else if (bytes.startsWith("\xFE\xFF")) {
            bytes.remove(0, 2);
            m_encoding = Encoding::Utf16BE;
            m_table.encoding = u"UTF-16BE"_s;
            m_decoder = QStringDecoder(QStringConverter::Utf16BE);
        }
        return std::nullopt;
    }

    // `flush` parses what the delimiter detection holds back, so the parser's line is current.
    std::optional<Error> parse(const QString &text, bool flush = false)
    {
        if (!m_delimiterKnown) {
            // Decide on the first text, which holds the header and a few rows.
            m_sample += text;
            if (m_sample.size() < 4096 && !m_last && !flush)
                return std::nullopt;
            m_table.delimiter = CsvReader::detectDelimiter(m_sample);
            m_delimiterKnown = true;
            const QString sample = std::exchange(m_sample, QString());
            if (auto message = m_parser.feed(sample))
                return invalid(*message);
            return std::nullopt;
        }
        if (auto message = m_parser.feed(text))
            return invalid(*message);
        return std::nullopt;
    }

    CsvTable m_table;
    Parser m_parser{m_table};
    qint64 m_total;
    qint64 m_done = 0;
    const CsvReader::Progress &m_progress;
    QByteArray m_pending;
    QString m_sample;
    QStringDecoder m_decoder;
    Encoding m_encoding = Encoding::Utf8;
    bool m_started = false;
    bool m_delimiterKnown = false;
    bool m_last = false;
};

Error tooLarge(qint64 size)
{
    return Error::make(Error::Code::Invalid,
                       CsvReader::tr("The file is %1 MB; at most %2 MB can be imported at once. "
                                     "Split it into smaller files.")
                           .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
                           .arg(CsvReader::maxBytes / (1024 * 1024)));
}

} // namespace

QString CsvReader::cancelledMessage()
{
    return tr("Reading the file was cancelled.");
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    // Count each candidate outside quotes on the first few lines.
    QList<std::array<int, 3>> lines;
    std::array<int, 3> counts{};
    bool quoted = false;
    bool any = false;
    for (const QChar c : sample) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (any)
                lines.append(counts);
            counts = {};
            any = false;
            if (lines.size() == 10)
                break;
        } else if (!quoted) {
            any = true;
            for (size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
    }
    if (any && lines.size() < 10)
        lines.append(counts);
    if (lines.isEmpty())
        return u',';
    // The best candidate splits every line into the same number of fields; the header decides
    // between several.
    int best = -1;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int first = lines.first()[k];
        if (first == 0)
            continue;
        const bool consistent = std::all_of(lines.cbegin(), lines.cend(),
                                            [&](const auto &l) { return l[k] == first; });
        if (consistent && (best < 0 || first > lines.first()[size_t(best)]))
            best = int(k);
    }
    if (best < 0) {
        for (size_t k = 0; k < candidates.size(); ++k) {
            if (lines.first()[k] > 0
                && (best < 0 || lines.first()[k] > lines.first()[size_t(best)]))
                best = int(k);
        }
    }
    return best < 0 ? QChar(u',') : QChar(candidates[size_t(best)]);
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes, const Progress &progress)
{
    if (bytes.size() > maxBytes)
        return tooLarge(bytes.size());
    Reader reader(bytes.size(), progress);
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunkBytes) {
        if (auto error = reader.feed(bytes.mid(offset, chunkBytes)))
            return *error;
    }
    return reader.finish();
}

Result<CsvTable> CsvReader::readFile(const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           tr("The file %1 could not be opened: %2").arg(path, file.errorString()),
                           file.errorString());
    const qint64 size = file.size();
    if (size > maxBytes)
        return tooLarge(size);
    Reader reader(size, progress);
    qint64 total = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error::make(
                Error::Code::Io,
                tr("The file %1 could not be read: %2").arg(path, file.errorString()),
                file.errorString());
        total += chunk.size();
        if (total > maxBytes) // the file grew while being read
            return tooLarge(total);
        if (auto error = reader.feed(chunk))
            return *error;
    }
    return reader.finish();
}

} // namespace cd
