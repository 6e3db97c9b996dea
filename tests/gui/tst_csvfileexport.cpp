#include "ui/CsvFileExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestCsvFileExport : public QObject
{
    Q_OBJECT
signals:
    void finished(bool ok, const QString &message);

private:
    QList<QVariant> save(const QString &path, const QByteArray &bytes, int rows)
    {
        QSignalSpy spy(this, &TestCsvFileExport::finished);
        CsvFileExport::save(this, path, bytes, rows, [this](bool ok, const QString &message) {
            emit finished(ok, message);
        });
        if (!spy.wait(5000))
            return {};
        return spy.first();
    }

private slots:
    void writesTheBytesAndSaysHowManyRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        const QByteArray bytes = "a,b\n1,2\n3,4\n";
        const auto outcome = save(path, bytes, 2);
        QCOMPARE(outcome.size(), 2);
        QVERIFY(outcome.at(0).toBool());
        QVERIFY(outcome.at(1).toString().startsWith(u"Exported 2 row"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void anUnwritablePathLeavesTheOldFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"no/such/folder/out.csv"_s);
        auto outcome = save(missing, "x\n", 1);
        QCOMPARE(outcome.size(), 2);
        QVERIFY(!outcome.at(0).toBool());
        QVERIFY(outcome.at(1).toString().contains(u"Nothing was exported"_s));
        QVERIFY(!QFile::exists(missing));

        // A path that is a folder cannot be replaced: the folder stays.
        outcome = save(dir.path(), "x\n", 1);
        QVERIFY(!outcome.at(0).toBool());
        QVERIFY(QFileInfo(dir.path()).isDir());
    }
};

QTEST_MAIN(TestCsvFileExport)
#include "tst_csvfileexport.moc"
