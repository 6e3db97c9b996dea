#include "app/store/AttendanceRepository.h"
#include "app/store/DemoSchool.h"
#include "app/store/FeeRepository.h"
#include "app/store/PasswordHasher.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"
#include "app/store/StudentResults.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate today(2026, 11, 22);

DemoSchoolOptions options(int students, quint64 seed = 7)
{
    DemoSchoolOptions o;
    o.students = students;
    o.seed = seed;
    o.today = today;
    return o;
}

qint64 scalar(const Database &db, const QString &statement)
{
    auto q = sql::run(db.connection(), statement);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// A digest of everything that must be the same for the same options: every row of every table
// except the seed's own audit entry and the (salted) password hashes.
QByteArray contentDigest(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = sql::run(db.connection(),
                           u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                           u"AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name"_s);
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const auto &table : names) {
        // student_search has no rowid; its key orders it.
        const QString order = table == u"student_search"_s ? u"1, 2, 3, 4"_s : u"rowid"_s;
        auto rows = sql::run(db.connection(), u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order));
        const QSqlRecord record = rows->record();
        while (rows->next()) {
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != u"password_hash"_s)
                    hash.addData(QByteArray(rows->value(i).toString().toUtf8() + '\x1f'));
            }
        }
        hash.addData(table.toUtf8());
    }
    return hash.result().toHex();
}

StudentQuery everyone()
{
    StudentQuery q;
    q.limit = 100000;
    return q;
}

} // namespace

class TestDemoSchool : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    DemoSchoolReport m_report;

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(u"demo.sqlite"_s);
        auto report = DemoSchool::createFile(file, options(400));
        QVERIFY2(report,
                 qPrintable(report ? QString() : report.error().message + report.error().detail));
        m_report = *report;
        QVERIFY(!QFile::exists(file + u".partial"_s));
        m_db = test::openDatabase(file);
        QVERIFY(m_db);
    }

    void reportMatchesTheDatabase()
    {
        QCOMPARE(m_report.students, 400);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM student"_s), 400);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM attendance_mark"_s),
                 m_report.attendanceMarks);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM mark"_s), m_report.marks);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM course"_s), m_report.courses);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM fee_invoice"_s), m_report.invoices);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM ledger_entry"_s), m_report.ledgerEntries);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM user_account WHERE role = 'teacher'"_s),
                 m_report.teachers);
        // Every student takes five courses this semester.
        QCOMPARE(m_report.enrollments, 400 * 5);
        QVERIFY(m_report.attendanceMarks
                > 400 * 5 * 9); // about eleven weeks of sessions by 22 November
    }

    void databaseIsConsistent()
    {
        auto integrity = sql::run(m_db->connection(), u"PRAGMA integrity_check"_s);
        QVERIFY(integrity->next());
        QCOMPARE(integrity->value(0).toString(), u"ok"_s);
        auto fk = sql::run(m_db->connection(), u"PRAGMA foreign_key_check"_s);
        QVERIFY(!fk->next());
        // A bulk load, not a set of pending changes: nothing to sync, one audit entry.
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM audit_log WHERE action = 'seed'"_s), 1);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM student WHERE rev <> 0 OR deleted <> 0"_s),
                 0);
        // No face mark without consent; no session in the future.
        QCOMPARE(
            scalar(*m_db,
                   u"SELECT count(*) FROM attendance_mark m JOIN student s ON s.id = m.student_id "
                   u"WHERE m.source = 'face' AND s.biometric_consent = 0"_s),
            0);
        QVERIFY(scalar(*m_db, u"SELECT count(*) FROM attendance_mark WHERE source = 'face'"_s) > 0);
        QCOMPARE(
            scalar(*m_db,
                   u"SELECT count(*) FROM attendance_session WHERE session_date >= '2026-11-22'"_s),
            0);
        // Some marks were corrected afterwards (append-only corrections).
        QVERIFY(
            scalar(
                *m_db,
                u"SELECT count(*) FROM (SELECT 1 FROM attendance_mark GROUP BY session_id, student_id HAVING count(*) > 1)"_s)
            > 0);
        // Every student record validates.
        auto list = StudentRepository(*m_db).list(everyone(), Actor::system());
        for (const auto &item : *list) {
            const auto student = StudentRepository(*m_db).find(item.id, Actor::system());
            const auto v = StudentRules::validate(*student, today);
            QVERIFY2(v.ok(), qPrintable(item.studentNumber + u": "_s + v.summary()));
        }
    }

    void feesCoverEveryStatus()
    {
        FeeRepository fees(*m_db);
        QSet<PaymentStatus> seen;
        auto students = StudentRepository(*m_db).list(everyone(), Actor::system());
        for (const auto &s : *students) {
            const auto invoices = fees.invoicesOfStudent(s.id, Actor::system());
            for (const auto &invoice : *invoices)
                seen.insert(
                    balanceOf(invoice, *fees.ledgerOfInvoice(invoice.id, Actor::system()), today)
                        .status);
        }
        for (auto status : {PaymentStatus::Paid, PaymentStatus::Overdue, PaymentStatus::Waived,
                            PaymentStatus::Partial})
            QVERIFY2(seen.contains(status), qPrintable(codeOf(status)));
        QVERIFY(scalar(*m_db, u"SELECT count(*) FROM ledger_entry WHERE kind = 'refund'"_s) > 0);
        QVERIFY(scalar(*m_db, u"SELECT count(*) FROM ledger_entry WHERE kind = 'late_fee'"_s) > 0);
        QCOMPARE(
            scalar(
                *m_db,
                u"SELECT count(DISTINCT receipt_number) FROM ledger_entry WHERE kind = 'payment'"_s),
            scalar(*m_db, u"SELECT count(*) FROM ledger_entry WHERE kind = 'payment'"_s));
    }

    void someStudentsFallBelowTheAttendanceMinimum()
    {
        int below = 0, above = 0;
        auto students = StudentRepository(*m_db).list(everyone(), Actor::system());
        for (const auto &s : *students) {
            const auto summary
                = summarizeAttendance(*AttendanceRepository(*m_db).recordsOfStudent(s.id));
            (standingOf(summary.total) == AttendanceStanding::Short ? below : above)++;
        }
        QVERIFY(below > 0);
        QVERIFY(above > below * 5);
    }

    void demoAccountsSignIn()
    {
        for (const auto &account : DemoSchool::accounts()) {
            auto user = UserRepository(*m_db).findByUsername(account.username);
            QVERIFY2(user, qPrintable(account.username));
            QCOMPARE(user->role, account.role);
            QVERIFY(PasswordHasher::verify(user->passwordHash, account.password));
            QVERIFY(!user->fullName.isEmpty());
        }
        // The demo student sits in one of the demo teacher's courses.
        const auto student = *UserRepository(*m_db).findByUsername(u"student"_s);
        const auto teacher = *UserRepository(*m_db).findByUsername(u"teacher"_s);
        QVERIFY(scalar(*m_db,
                       u"SELECT count(*) FROM enrollment e JOIN course_teacher t ON t.course_id = "
                       u"e.course_id "
                       u"WHERE e.student_id = '%1' AND t.teacher_id = '%2'"_s.arg(student.studentId,
                                                                                  teacher.id))
                > 0);
    }

    void sameOptionsSameSchool()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.sqlite"_s), b = dir.filePath(u"b.sqlite"_s),
                      c = dir.filePath(u"c.sqlite"_s);
        QVERIFY(DemoSchool::createFile(a, options(60, 3)));
        QVERIFY(DemoSchool::createFile(b, options(60, 3)));
        QVERIFY(DemoSchool::createFile(c, options(60, 4)));
        const QByteArray da = contentDigest(*test::openDatabase(a));
        QCOMPARE(contentDigest(*test::openDatabase(b)), da);
        QVERIFY(contentDigest(*test::openDatabase(c)) != da);
    }

    void gradebookHasCategoriesAndPublishesFinishedCourses()
    {
        // Coursework 40 and Exam 60 in every course; in November the finals are still ahead.
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM assessment_category"_s),
                 qint64(2 * m_report.courses));
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM assessment a WHERE NOT EXISTS (SELECT 1 "
                        u"FROM assessment_category c WHERE c.course_id = a.course_id "
                        u"AND c.name = a.category)"_s),
                 qint64(0));
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM result_publication"_s), qint64(0));
        QCOMPARE(m_report.publishedCourses, 0);

        // Every student's results (what a report card is made from), timed.
        QElapsedTimer timer;
        timer.start();
        int courses = 0;
        const auto students = *StudentRepository(*m_db).ids(everyone(), Actor::system());
        for (const Id &id : students) {
            auto results = StudentResultsQuery(*m_db).load(id, Actor::system());
            QVERIFY(results);
            for (const auto &semester : std::as_const(results->semesters))
                courses += int(semester.courses.size());
        }
        const double perStudent = timer.nsecsElapsed() / 1e6 / double(students.size());
        qInfo("StudentResults: %.2f ms per student (%lld students)", perStudent,
              qint64(students.size()));
        QCOMPARE(courses, 400 * 5);
        QVERIFY(perStudent < 20);

        // After the last exam every course's results are published.
        QTemporaryDir dir;
        DemoSchoolOptions after = options(40);
        after.today = QDate(2026, 12, 30);
        auto report = DemoSchool::createFile(dir.filePath(u"after.sqlite"_s), after);
        QVERIFY(report);
        QVERIFY(report->courses > 0);
        QCOMPARE(report->publishedCourses, report->courses);
        auto db = test::openDatabase(dir.filePath(u"after.sqlite"_s));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM result_publication"_s),
                 qint64(report->courses));
    }

    void refusesToOverwriteOrMix()
    {
        const QString file = m_dir.filePath(u"demo.sqlite"_s);
        auto again = DemoSchool::createFile(file, options(10));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Invalid);
        QCOMPARE(DemoSchool::seed(*m_db, options(10)).error().code, Error::Code::Invalid);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM student"_s), 400);

        QTemporaryDir dir;
        const QString replaced = dir.filePath(u"replace.sqlite"_s);
        QVERIFY(DemoSchool::createFile(replaced, options(10)));
        QVERIFY(DemoSchool::createFile(replaced, options(20), true));
        QCOMPARE(scalar(*test::openDatabase(replaced), u"SELECT count(*) FROM student"_s), 20);
    }
};

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "tst_demoschool.moc"
