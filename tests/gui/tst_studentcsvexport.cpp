#include "app/core/CsvWriter.h"
#include "tests/gui/StudentsFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/StudentCsvExport.h"

#include <QFile>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentCsvExport : public QObject
{
    Q_OBJECT
private:
    test::StudentsFixture m_school;
    const QStringList m_headers{u"Number"_s, u"Last name"_s, u"First name"_s, u"Program"_s,
                                u"Batch"_s,  u"Status"_s,    u"Email"_s};

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init() { QVERIFY(m_school.build()); }
    void cleanup() { m_school.close(); }

    void writesEveryMatchingRowInTheQueryOrder()
    {
        StudentQuery query;
        query.program = u"Mathematics"_s;
        query.sort = StudentSort::Number;
        query.order = Qt::DescendingOrder;
        query.limit = 1; // ignored: the whole query is written
        const QString path = m_school.dir->filePath(u"maths.csv"_s);
        const auto written
            = StudentCsvExport::write(*m_school.db, query, m_school.admin, m_headers, path);
        QVERIFY(written);
        QCOMPARE(*written, 5); // three Betas, two Gammas

        StudentQuery all = query;
        all.limit = 100;
        const auto rows = StudentRepository(*m_school.db).list(all, m_school.admin);
        QVERIFY(rows);
        QByteArray expected = CsvWriter::byteOrderMark() + CsvWriter::line(m_headers);
        for (const StudentListItem &s : *rows)
            expected += CsvWriter::line(StudentCsvExport::fields(s));
        QCOMPARE(contents(path), expected);
        QVERIFY(contents(path).contains(",Graduated,"));
    }

    void aTeacherExportsOnlyTheirStudents()
    {
        const QString path = m_school.dir->filePath(u"mine.csv"_s);
        const auto written = StudentCsvExport::write(
            *m_school.db, {}, m_school.teacher(m_school.lee), m_headers, path);
        QVERIFY(written);
        QCOMPARE(*written, 3);
        QCOMPARE(contents(path).count("\r\n"), 4);
    }

    void anEmptyExportHasTheHeaderAndAFailedOneWritesNothing()
    {
        const QString path = m_school.dir->filePath(u"kept.csv"_s);
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious\r\n");
        existing.close();
        // Nothing to export is no error: the file holds the header only.
        const Actor nobody{newId(), u"New Teacher"_s, Role::Teacher}; // teaches nothing
        auto empty = StudentCsvExport::write(*m_school.db, {}, nobody, m_headers, path);
        QVERIFY(empty);
        QCOMPARE(*empty, 0);
        QCOMPARE(contents(path), CsvWriter::byteOrderMark() + CsvWriter::line(m_headers));

        // A file that cannot be written leaves the old one untouched.
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious\r\n");
        existing.close();
        const QString blocked = m_school.dir->filePath(u"kept.csv/inside.csv"_s);
        auto failed = StudentCsvExport::write(*m_school.db, {}, m_school.admin, m_headers, blocked);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Io);
        QVERIFY(failed.error().message.contains(u"kept.csv"_s));
        QCOMPARE(contents(path), QByteArray("precious\r\n"));
    }
};

QTEST_MAIN(TestStudentCsvExport)
#include "tst_studentcsvexport.moc"
