#include "app/store/SqliteFile.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestSqliteFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void kinds()
    {
        QCOMPARE(SqliteFileHeader::read(m_dir.filePath(u"absent"_s)).kind,
                 SqliteFileHeader::Kind::Missing);
        const QString empty = m_dir.filePath(u"empty"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        QCOMPARE(SqliteFileHeader::read(empty).kind, SqliteFileHeader::Kind::Empty);
        const QString text = m_dir.filePath(u"text"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200, 'x'));
        f.close();
        QCOMPARE(SqliteFileHeader::read(text).kind, SqliteFileHeader::Kind::NotSqlite);
    }

    void readsTheHeaderFields()
    {
        const QString file = m_dir.filePath(u"db.sqlite"_s);
        QVERIFY(test::rawExec(file,
                              "PRAGMA page_size = 8192; PRAGMA application_id = 305419896; "
                              "PRAGMA user_version = 42; CREATE TABLE t(x);"));
        const auto header = SqliteFileHeader::read(file);
        QCOMPARE(header.kind, SqliteFileHeader::Kind::Sqlite);
        QCOMPARE(header.applicationId, 305419896u);
        QCOMPARE(header.userVersion, 42u);
        QVERIFY(header.pageSizeValid);
        QVERIFY(test::scribble(file, 16, 2));
        QVERIFY(!SqliteFileHeader::read(file).pageSizeValid);
    }
};

QTEST_GUILESS_MAIN(TestSqliteFile)
#include "tst_sqlitefile.moc"
