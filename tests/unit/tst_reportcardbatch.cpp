#include "app/documents/ReportCardBatch.h"
#include "app/documents/SafeFileName.h"
#include "tests/unit/DocumentsFixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

DocumentOptions english()
{
    return DocumentOptions::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QList<ReportCard> classOf(int size)
{
    static const QStringList first{u"Amina"_s, u"Jonas"_s, u"Mei"_s,   u"Tomás"_s,
                                   u"Zoë"_s,   u"Kwame"_s, u"Priya"_s, u"Lars"_s};
    static const QStringList last{u"Haddad"_s, u"Berg"_s,   u"Chen"_s, u"García"_s,
                                  u"Okafor"_s, u"Sharma"_s, u"Novak"_s};
    QList<ReportCard> cards;
    for (int i = 0; i < size; ++i)
        cards << test::sampleReportCard(first.at(i % first.size()) + u' '
                                            + last.at(i % last.size()),
                                        u"S-%1"_s.arg(i + 1, 4, 10, QChar(u'0')));
    return cards;
}

QStringList filesIn(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    files.sort();
    return files;
}

ReportCardBatchSummary runToEnd(ReportCardBatch &batch)
{
    QSignalSpy finished(&batch, &ReportCardBatch::finished);
    if (!finished.wait(120000))
        return {};
    return finished.at(0).at(0).value<ReportCardBatchSummary>();
}

} // namespace

class TestReportCardBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!test::havePoppler())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed");
    }

    void fileNamesAreSafeEverywhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"S-0001 Amina Haddad"_s << u"S-0001 Amina Haddad"_s;
        QTest::newRow("separators")
            << u"S-2 a/b\\c:d*e?f\"g<h>i|j"_s << u"S-2 a b c d e f g h i j"_s;
        QTest::newRow("control") << u"S-3\tTab\nNew\u200Bline"_s << u"S-3 Tab New line"_s;
        QTest::newRow("trailing dots") << u"S-4 Jr. ..."_s << u"S-4 Jr"_s;
        QTest::newRow("hidden") << u".hidden"_s << u"hidden"_s;
        QTest::newRow("device") << u"CON"_s << u"_CON"_s;
        QTest::newRow("device ext") << u"nul.txt"_s << u"_nul.txt"_s;
        QTest::newRow("arabic") << u"S-5 أمينة حداد"_s << u"S-5 أمينة حداد"_s;
        QTest::newRow("empty") << u" / ? "_s << u"fallback"_s;
        // "e" + combining acute becomes the single precomposed letter.
        QTest::newRow("nfc") << u"Zoe\u0301"_s << u"Zoé"_s;
    }

    void fileNamesAreSafeEverywhere()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(safeFileName(text, u"fallback"_s), expected);
    }

    void longNamesAreCutToTheFileSystemLimit()
    {
        const QString name = safeFileName(QString(300, QChar(u'ش')), u"x"_s);
        QVERIFY(name.toUtf8().size() <= 200);
        QVERIFY(name.size() >= 90);
        QCOMPARE(ReportCardBatch::fileName(test::sampleReportCard()), u"S-0001 Amina Haddad.pdf"_s);
    }

    void writesOneFilePerStudent()
    {
        QTemporaryDir dir;
        QList<ReportCard> cards = classOf(4);
        cards << test::sampleReportCard(u"Zoë O'Brien / \"Jr\""_s, u"S-0100"_s);
        // Same number and name twice: the second file gets a suffix rather than replacing.
        cards << test::sampleReportCard(u"Amina Haddad"_s, u"S-0001"_s);
        ReportCardBatch batch;
        QSignalSpy progress(&batch, &ReportCardBatch::progress);
        QVERIFY(batch.start(cards, dir.path(), ReportCardBatch::Mode::FilePerStudent, english()));
        QVERIFY(batch.isRunning());
        QVERIFY(!batch.start(cards, dir.path(), ReportCardBatch::Mode::FilePerStudent, english()));
        const ReportCardBatchSummary summary = runToEnd(batch);
        QVERIFY(!batch.isRunning());
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.total, 6);
        QCOMPARE(summary.written, 6);
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.last().at(0).toInt(), 6);
        QCOMPARE(progress.last().at(1).toInt(), 6);
        const QStringList expected{
            u"S-0001 Amina Haddad (2).pdf"_s, u"S-0001 Amina Haddad.pdf"_s,
            u"S-0002 Jonas Berg.pdf"_s,       u"S-0003 Mei Chen.pdf"_s,
            u"S-0004 Tomás García.pdf"_s,     u"S-0100 Zoë O'Brien Jr.pdf"_s};
        QCOMPARE(filesIn(dir.path()), expected);
        QCOMPARE(summary.files.size(), 6);
        QVERIFY(test::pdfText(dir.filePath(u"S-0003 Mei Chen.pdf"_s)).contains(u"Mei Chen"_s));
        QVERIFY(test::pdfText(dir.filePath(u"S-0100 Zoë O'Brien Jr.pdf"_s))
                    .contains(u"Zoë O'Brien / \"Jr\""_s));
    }

    void combinedPdfHasOnePagePerStudent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"class.pdf"_s);
        const QList<ReportCard> cards = classOf(7);
        ReportCardBatch batch;
        QVERIFY(batch.start(cards, path, ReportCardBatch::Mode::Combined, english()));
        const ReportCardBatchSummary summary = runToEnd(batch);
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.written, 7);
        QCOMPARE(summary.files, QStringList{path});
        QCOMPARE(test::pdfPages(path), 7);
        const QString text = test::pdfText(path);
        for (const ReportCard &card : cards)
            QVERIFY(text.contains(card.studentName));
        // Each student's pages are numbered on their own.
        QCOMPARE(text.count(u"Page 1 of 1"_s), 7);
        QCOMPARE(filesIn(dir.path()), QStringList{u"class.pdf"_s});
    }

    void anEmptyClassWritesNothing()
    {
        QTemporaryDir dir;
        for (const auto mode :
             {ReportCardBatch::Mode::FilePerStudent, ReportCardBatch::Mode::Combined}) {
            ReportCardBatch batch;
            QVERIFY(batch.start({}, dir.filePath(u"class.pdf"_s), mode, english()));
            const ReportCardBatchSummary summary = runToEnd(batch);
            QVERIFY(summary.ok());
            QCOMPARE(summary.total, 0);
            QVERIFY(summary.files.isEmpty());
        }
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void cancelLeavesNoPartialFiles()
    {
        QTemporaryDir dir;
        ReportCardBatch batch;
        batch.setMaxWorkers(2);
        connect(&batch, &ReportCardBatch::progress, &batch, [&batch](int done) {
            if (done == 3)
                batch.cancel();
        });
        QVERIFY(batch.start(classOf(300), dir.path(), ReportCardBatch::Mode::FilePerStudent,
                            english()));
        const ReportCardBatchSummary summary = runToEnd(batch);
        QVERIFY(summary.cancelled);
        QVERIFY(summary.error.isEmpty());
        QVERIFY2(summary.written >= 3 && summary.written < 300,
                 qPrintable(QString::number(summary.written)));
        // What is on disk is exactly what the summary lists, and every file is a whole PDF.
        const QStringList files = filesIn(dir.path());
        QCOMPARE(files.size(), summary.files.size());
        for (const QString &file : files) {
            QVERIFY(summary.files.contains(dir.filePath(file)));
            QCOMPARE(test::pdfPages(dir.filePath(file)), 1);
        }
    }

    void cancellingTheCombinedPdfWritesNothing()
    {
        QTemporaryDir dir;
        ReportCardBatch batch;
        connect(&batch, &ReportCardBatch::progress, &batch, [&batch](int done) {
            if (done == 2)
                batch.cancel();
        });
        QVERIFY(batch.start(classOf(300), dir.filePath(u"class.pdf"_s),
                            ReportCardBatch::Mode::Combined, english()));
        const ReportCardBatchSummary summary = runToEnd(batch);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.written, 0);
        QVERIFY(summary.files.isEmpty());
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void aMissingFolderIsReported()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"gone"_s);
        for (const auto mode :
             {ReportCardBatch::Mode::FilePerStudent, ReportCardBatch::Mode::Combined}) {
            ReportCardBatch batch;
            const QString target
                = mode == ReportCardBatch::Mode::Combined ? missing + u"/class.pdf"_s : missing;
            QVERIFY(batch.start(classOf(5), target, mode, english()));
            const ReportCardBatchSummary summary = runToEnd(batch);
            QVERIFY(!summary.ok());
            QVERIFY(!summary.cancelled);
            QVERIFY2(summary.error.startsWith(u"The report card could not be saved to"_s),
                     qPrintable(summary.error));
            QCOMPARE(summary.written, 0);
            QVERIFY(filesIn(dir.path()).isEmpty());
        }
    }

    void parallelWorkersWriteWhatOneWorkerWrites()
    {
        // Text layout and PDF writing in several threads at once must not mix up documents.
        const QList<ReportCard> cards = classOf(24);
        QTemporaryDir serialDir, parallelDir;
        ReportCardBatch serial;
        serial.setMaxWorkers(1);
        QVERIFY(serial.start(cards, serialDir.path(), ReportCardBatch::Mode::FilePerStudent,
                             english()));
        QCOMPARE(serial.waitForFinished().workers, 1);
        ReportCardBatch parallel;
        parallel.setMaxWorkers(4);
        QSignalSpy finished(&parallel, &ReportCardBatch::finished);
        QVERIFY(parallel.start(cards, parallelDir.path(), ReportCardBatch::Mode::FilePerStudent,
                               english()));
        QCOMPARE(parallel.waitForFinished().workers, 4);
        QCOMPARE(finished.size(), 1); // waitForFinished() delivers finished() once
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        const QStringList files = filesIn(serialDir.path());
        QCOMPARE(files.size(), 24);
        QCOMPARE(filesIn(parallelDir.path()), files);
        for (const QString &file : files)
            QCOMPARE(test::pdfText(parallelDir.filePath(file)),
                     test::pdfText(serialDir.filePath(file)));
    }

    void timing()
    {
        // Not an assertion on speed: prints ms and KB per report card for the report.
        // CAMPUSDESK_BENCH_CARDS=2000 measures a whole year group.
        const int count = qEnvironmentVariableIsSet("CAMPUSDESK_BENCH_CARDS")
            ? qEnvironmentVariableIntValue("CAMPUSDESK_BENCH_CARDS")
            : 100;
        QTemporaryDir dir;
        ReportCardBatch batch;
        QVERIFY(batch.start(classOf(count), dir.path(), ReportCardBatch::Mode::FilePerStudent,
                            english()));
        const ReportCardBatchSummary summary = batch.waitForFinished();
        QVERIFY(summary.ok());
        qint64 bytes = 0;
        for (const QString &file : summary.files)
            bytes += QFileInfo(file).size();
        qInfo("%d report cards, %d workers: %lld ms, %.1f ms and %.1f KB per report card", count,
              summary.workers, summary.elapsedMs, double(summary.elapsedMs) / count,
              double(bytes) / 1024.0 / count);
    }
};

QTEST_MAIN(TestReportCardBatch)
#include "tst_reportcardbatch.moc"
