#include "app/core/CsvWriter.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void plainFieldsAreLeftAlone()
    {
        QCOMPARE(CsvWriter::field(u"Amina"_s), u"Amina"_s);
        QCOMPARE(CsvWriter::field(u""_s), u""_s);
        QCOMPARE(CsvWriter::field(u"-12.5"_s), u"-12.5"_s);
        QCOMPARE(CsvWriter::field(u"+44"_s), u"+44"_s);
    }

    void separatorsAndQuotesAreQuoted()
    {
        QCOMPARE(CsvWriter::field(u"Hadid, Omar"_s), u"\"Hadid, Omar\""_s);
        QCOMPARE(CsvWriter::field(u"O\"Brien"_s), u"\"O\"\"Brien\""_s);
        QCOMPARE(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
    }

    void formulasAreDisarmed()
    {
        QCOMPARE(CsvWriter::field(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(CsvWriter::field(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(CsvWriter::field(u"-2+3"_s), u"'-2+3"_s);
        QCOMPARE(CsvWriter::field(u"+cmd"_s), u"'+cmd"_s);
    }

    void linesAreUtf8WithCrlf()
    {
        const QByteArray line = CsvWriter::line({u"سارة"_s, u"Zoë, B"_s, u"3"_s});
        QCOMPARE(line, u"سارة,\"Zoë, B\",3\r\n"_s.toUtf8());
        QCOMPARE(CsvWriter::byteOrderMark().size(), 3);
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
