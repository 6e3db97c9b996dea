#include "app/core/CsvReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

CsvTable parse(const QByteArray &bytes)
{
    auto table = CsvReader::read(bytes);
    if (!table) {
        qWarning("unexpected error: %s", qPrintable(table.error().message));
        return {};
    }
    return *table;
}

QString failure(const QByteArray &bytes)
{
    auto table = CsvReader::read(bytes);
    return table ? QString() : table.error().message;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void plainRows()
    {
        const CsvTable t = parse("Number,First,Last\n2026-1,Ada,Lovelace\n2026-2,Alan,Turing\n");
        QCOMPARE(t.header, (QStringList{u"Number"_s, u"First"_s, u"Last"_s}));
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.fields(1), (QStringList{u"2026-2"_s, u"Alan"_s, u"Turing"_s}));
        QCOMPARE(t.line(0), 2);
        QCOMPARE(t.sheetRow(1), 3);
        QCOMPARE(t.delimiter, QChar(u','));
        QCOMPARE(t.encoding, u"UTF-8"_s);
        QVERIFY(t.problem(0).isEmpty());
    }

    void quotedFields()
    {
        const CsvTable t = parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"\"\r\n");
        QCOMPARE(t.rowCount(), 1);
        QCOMPARE(t.fields(0), (QStringList{u"x, y"_s, u"say \"hi\""_s, QString()}));
    }

    void embeddedNewlinesKeepLineNumbers()
    {
        const CsvTable t = parse("a,b\n1,\"two\nlines\"\n3,4\n");
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.field(0, 1).toString(), u"two\nlines"_s);
        QCOMPARE(t.line(0), 2);
        QCOMPARE(t.line(1), 4); // the record after the two-line one starts on line 4
    }

    void blankLinesAndEmptyRowsAreSkipped()
    {
        const CsvTable t = parse("\n\na,b\n\n1,2\n,,\n   \n3,4");
        QCOMPARE(t.header, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.line(1), 8);
        QCOMPARE(t.field(1, 1).toString(), u"4"_s); // no newline at the end
    }

    void lenientQuotes()
    {
        // Text after a closing quote and quotes inside plain text are kept, not refused.
        const CsvTable t = parse("a,b\n\"x\"y,O\"Brien\n");
        QCOMPARE(t.fields(0), (QStringList{u"xy"_s, u"O\"Brien"_s}));
    }

    void byteOrderMarks()
    {
        const CsvTable utf8 = parse("\xEF\xBB\xBFNom,Pr\xC3\xA9nom\nDupont,H\xC3\xA9l\xC3\xA8ne\n");
        QCOMPARE(utf8.header.first(), u"Nom"_s); // no BOM glued to the first name
        QCOMPARE(utf8.header.at(1), u"Prénom"_s);
        QCOMPARE(utf8.field(0, 1).toString(), u"Hélène"_s);
        QCOMPARE(utf8.encoding, u"UTF-8 (BOM)"_s);

        const QString text = u"Nom;Prénom\r\nالعربي;Zoë\r\n"_s;
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            le.append(char(u & 0xFF)).append(char(u >> 8));
            be.append(char(u >> 8)).append(char(u & 0xFF));
        }
        for (const auto &[bytes, name] :
             {std::pair{le, u"UTF-16LE"_s}, std::pair{be, u"UTF-16BE"_s}}) {
            const CsvTable t = parse(bytes);
            QCOMPARE(t.encoding, name);
            QCOMPARE(t.delimiter, QChar(u';'));
            QCOMPARE(t.header, (QStringList{u"Nom"_s, u"Prénom"_s}));
            QCOMPARE(t.fields(0), (QStringList{u"العربي"_s, u"Zoë"_s}));
        }
    }

    void invalidUtf8NamesTheLine()
    {
        // "Hélène" in Windows-1252 on line 3.
        const QString message = failure("a,b\n1,2\n3,H\xE9l\xE8ne\n");
        QCOMPARE(message,
                 CsvReader::tr("Line %1 is not UTF-8 text. Save the file from your spreadsheet as "
                               "\"CSV UTF-8\" and try again.")
                     .arg(3));
        QVERIFY(!failure("a\n\xC3").isEmpty()); // a sequence cut off at the end
        QVERIFY(!failure("a\n\xED\xA0\x80").isEmpty()); // an encoded surrogate
    }

    void multiByteCharactersAcrossChunks()
    {
        // "é" straddles the 1 MiB chunk boundary.
        QByteArray bytes = "name\n";
        bytes.append(QByteArray(CsvReader::chunkBytes - bytes.size() - 1, 'x'));
        bytes.append("\xC3\xA9\n");
        const CsvTable t = parse(bytes);
        QCOMPARE(t.rowCount(), 1);
        QVERIFY(t.field(0, 0).endsWith(u"xé"_s));
    }

    void raggedRowsAreRowProblems()
    {
        const CsvTable t = parse("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n");
        QCOMPARE(t.rowCount(), 4);
        QVERIFY(t.problem(0).isEmpty());
        QVERIFY(t.problem(1).contains(u"2"_s));
        QVERIFY(!t.problem(2).isEmpty());
        QVERIFY(t.problem(3).isEmpty()); // trailing empty cells are forgiven
        QCOMPARE(t.fieldCount(3), 3);
        QCOMPARE(t.field(1, 2).toString(), QString()); // a missing column reads as empty
    }

    void unterminatedQuote()
    {
        QCOMPARE(failure("a,b\n1,2\n3,\"never closed\n4,5\n"),
                 CsvReader::tr("The quoted value that starts on line %1 is never closed: a quote "
                               "(\") is missing.")
                     .arg(3));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
        QTest::newRow("semicolon") << u"a;b;c\n1,5;2;3\n"_s << QChar(u';');
        QTest::newRow("tab") << u"a\tb\n1\t2\n"_s << QChar(u'\t');
        QTest::newRow("quoted commas") << u"a;b\n\"x,y,z\";2\n"_s << QChar(u';');
        QTest::newRow("one column") << u"name\nAda\n"_s << QChar(u',');
        QTest::newRow("empty") << QString() << QChar(u',');
    }

    void delimiterDetection()
    {
        QFETCH(QString, sample);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(sample), delimiter);
    }

    void emptyAndHeaderOnly()
    {
        const QString empty
            = CsvReader::tr("The file is empty: it has no column names and no rows.");
        QCOMPARE(failure(""), empty);
        QCOMPARE(failure("\n\r\n  \n"), empty);
        QCOMPARE(failure("\xEF\xBB\xBF"), empty);
        const CsvTable t = parse("Number,Name,\n");
        QCOMPARE(t.header, (QStringList{u"Number"_s, u"Name"_s}));
        QCOMPARE(t.rowCount(), 0);
        QCOMPARE(parse("a,,c\n").header.at(1), CsvTable::tr("Column %1").arg(2));
    }

    void binaryFiles()
    {
        QVERIFY(failure("a,b\n1,2\n3\0004,5\n"_ba).contains(u"Line 3"_s));
        QVERIFY(failure("PK\x03\x04\x14\x00\x06\x00"_ba).contains(u"workbook"_s));
        QVERIFY(failure("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba).contains(u".xls"_s));
        // UTF-16 without a byte-order mark: NUL bytes from the first character.
        QVERIFY(failure("a\0,\0b\0\n\0"_ba).contains(u"NUL"_s));
        // Random bytes fail cleanly, whatever they contain.
        QByteArray noise(64 * 1024, '\0');
        quint32 x = 12345;
        for (auto &b : noise) {
            x = x * 1664525u + 1013904223u;
            b = char(x >> 24);
        }
        QVERIFY(!failure(noise).isEmpty());
    }

    void tooLargeIsRefused()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"big.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(CsvReader::maxBytes + 1)); // sparse: costs no disk
        file.close();
        auto table = CsvReader::readFile(file.fileName());
        QVERIFY(!table);
        QVERIFY(table.error().message.contains(u"100 MB"_s));
        QVERIFY(!CsvReader::readFile(dir.filePath(u"missing.csv"_s)));
    }

    void cancel()
    {
        QByteArray bytes = "a,b\n";
        while (bytes.size() < 3 * CsvReader::chunkBytes)
            bytes.append("1,2\n");
        int calls = 0;
        auto table = CsvReader::read(bytes, [&](qint64 done, qint64 total) {
            Q_UNUSED(done);
            Q_UNUSED(total);
            return ++calls < 2;
        });
        QVERIFY(!table);
        QCOMPARE(table.error().message, CsvReader::cancelledMessage());
        QCOMPARE(calls, 2);
    }

    // A 50 MB file (the size limit's half) is read from disk in bounded time and memory.
    void fiftyMegabytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"intake.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Student No,First name,Last name,Email,Phone,Date of birth,Batch,Program,"
                       "Guardian,Guardian phone\r\n");
            qint64 written = 0;
            int i = 0;
            QByteArray block;
            while (written < 50LL * 1024 * 1024) {
                block = QByteArray("2026-") + QByteArray::number(i) + ",Amélie,\"O'Neil, Jr\","
                    + "a" + QByteArray::number(i) + "@example.org,+33 6 12 34 56 78,2008-04-0"
                    + QByteArray::number(i % 9 + 1) + ",2026,Computer Science,Marie Curie,"
                    + "+33 1 23 45 67 89\r\n";
                written += file.write(block);
                ++i;
            }
        }
        const long before = peakRssKb();
        QElapsedTimer timer;
        timer.start();
        qint64 reported = 0;
        auto table = CsvReader::readFile(path, [&](qint64 done, qint64) {
            reported = done;
            return true;
        });
        const qint64 ms = timer.elapsed();
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(reported, QFileInfo(path).size());
        QVERIFY(table->rowCount() > 300000);
        const qsizetype last = table->rowCount() - 1;
        QCOMPARE(table->field(last, 2).toString(), u"O'Neil, Jr"_s);
        QVERIFY(table->problem(last).isEmpty());
        const long grownMb = (peakRssKb() - before) / 1024;
        qInfo("50 MB: %lld rows in %lld ms, peak memory grew by %ld MB",
              qlonglong(table->rowCount()), qlonglong(ms), grownMb);
        QVERIFY2(ms < 30000, "reading 50 MB took more than 30 s");
        QVERIFY2(grownMb < 300, "reading 50 MB needed more than 300 MB");
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
