#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// campusdesk-cli as a user or a script runs it.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, int timeoutMs = 120000,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("CAMPUSDESK_CLI"), arguments);
        if (!process.waitForFinished(timeoutMs))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"frobnicate"_s));
        QCOMPARE(cli({u"seed"_s}).exitCode, 2); // no --db
        QCOMPARE(
            cli({u"seed"_s, u"--db"_s, m_dir.filePath(u"x.sqlite"_s), u"--students"_s, u"many"_s})
                .exitCode,
            2);
        QCOMPARE(cli({u"seed"_s, u"--db"_s, m_dir.filePath(u"x.sqlite"_s), u"--today"_s,
                      u"22/11/2026"_s})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.sqlite"_s)));
    }

    void seedCreatesASchoolAndNeverOverwrites()
    {
        const QString file = m_dir.filePath(u"school.sqlite"_s);
        const Run first = cli({u"seed"_s, u"--db"_s, file, u"--students"_s, u"80"_s, u"--today"_s,
                               u"2026-11-22"_s, u"--quiet"_s});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains(u"80 students"_s));
        QVERIFY(first.out.contains(u"campusdesk-admin"_s)); // the demo sign-ins are shown
        QVERIFY(!QFile::exists(file + u".partial"_s));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QCOMPARE(*StudentRepository(**db).count({}, Actor::system()), 80);
        }
        const Run again = cli({u"seed"_s, u"--db"_s, file, u"--students"_s, u"5"_s, u"--quiet"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already exists"_s));
        auto db = Database::open(file);
        QCOMPARE(*StudentRepository(**db).count({}, Actor::system()), 80);
    }

    void benchPrintsTheFiguresAsJson()
    {
        const Run bench = cli({u"bench"_s, u"db"_s, u"--students"_s, u"300"_s, u"--json"_s,
                               u"--dir"_s, m_dir.path()});
        QCOMPARE(bench.exitCode, 0);
        const QJsonObject figures = QJsonDocument::fromJson(bench.out.toUtf8()).object();
        for (const auto &key : {u"seed_s"_s, u"students"_s, u"attendance_marks"_s, u"db_mb"_s,
                                u"search_p95_ms"_s, u"page_ms"_s, u"student_summary_ms"_s}) {
            QVERIFY2(figures.contains(key), qPrintable(key));
            QVERIFY2(figures.value(key).toDouble() > 0, qPrintable(key));
        }
        QCOMPARE(figures.value(u"students"_s).toInt(), 300);
        QCOMPARE(figures.value(u"queries"_s).toObject().value(u"search"_s).toInt(), 300);
    }

    void benchLedgerGeneratesInvoicesForEveryStudent()
    {
        const QString file = m_dir.filePath(u"ledger.sqlite"_s);
        const Run bench = cli({u"bench"_s, u"ledger"_s, u"--students"_s, u"300"_s, u"--runs"_s,
                               u"1"_s, u"--report-cards"_s, u"40"_s, u"--json"_s, u"--db"_s, file});
        QCOMPARE(bench.exitCode, 0);
        const QJsonObject figures = QJsonDocument::fromJson(bench.out.toUtf8()).object();
        for (const auto &key : {u"seed_s"_s, u"invoices_100000_s"_s, u"outstanding_ms"_s})
            QVERIFY2(figures.value(key).toDouble() > 0, qPrintable(key));
        QCOMPARE(figures.value(u"students"_s).toInt(), 300);
        QCOMPARE(figures.value(u"invoices_created"_s).toInt(), 300);
        QCOMPARE(figures.value(u"outstanding_rows"_s).toInt(), 300);
        // Every student of the 40-student school gets a report card, a PDF of some size.
        QCOMPARE(figures.value(u"report_cards"_s).toInt(), 40);
        QVERIFY(figures.value(u"report_cards_2000_s"_s).toDouble() > 0);
        QVERIFY(figures.value(u"report_card_kb"_s).toDouble() > 5);
        // The invoices are in the file, one per student, each with its outbox entry.
        auto db = Database::open(file);
        QVERIFY(db);
        auto q = sql::run((*db)->connection(),
                          u"SELECT count(*), count(DISTINCT student_id), (SELECT count(*) FROM "
                          u"outbox WHERE table_name = 'fee_invoice') FROM fee_invoice"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 300);
        QCOMPARE(q->value(1).toInt(), 300);
        QCOMPARE(q->value(2).toInt(), 300);
    }

    void benchAttendancePrintsTheFiguresAsJson()
    {
        const Run bench = cli({u"bench"_s, u"attendance"_s, u"--students"_s, u"200"_s, u"--runs"_s,
                               u"1"_s, u"--json"_s, u"--dir"_s, m_dir.path()});
        QCOMPARE(bench.exitCode, 0);
        const QJsonObject figures = QJsonDocument::fromJson(bench.out.toUtf8()).object();
        for (const auto &key :
             {u"seed_s"_s, u"attendance_marks"_s, u"report_ms"_s, u"report_rows"_s,
              u"teacher_report_ms"_s, u"teacher_report_rows"_s}) {
            QVERIFY2(figures.contains(key), qPrintable(key));
            QVERIFY2(figures.value(key).toDouble() > 0, qPrintable(key));
        }
        QCOMPARE(figures.value(u"report_students"_s).toInt(), 200);
    }

    void benchUiTimesTheStudentsPageWithoutADisplay()
    {
        // No display and no platform chosen: the command picks the offscreen platform itself.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        const Run bench = cli({u"bench"_s, u"ui"_s, u"--students"_s, u"2000"_s, u"--json"_s},
                              240000, environment);
        QVERIFY2(bench.exitCode == 0, qPrintable(bench.err));
        const QJsonObject figures = QJsonDocument::fromJson(bench.out.toUtf8()).object();
        for (const auto &key :
             {u"students"_s, u"db_mb"_s, u"open_ms"_s, u"filter_p50_ms"_s, u"filter_p95_ms"_s,
              u"filter_max_ms"_s, u"scroll_ms"_s, u"scroll_middle_ms"_s, u"scroll_end_ms"_s}) {
            QVERIFY2(figures.contains(key), qPrintable(key));
            QVERIFY2(figures.value(key).toDouble() > 0, qPrintable(key));
        }
        QCOMPARE(figures.value(u"students"_s).toInt(), 2000);
        QCOMPARE(figures.value(u"terms"_s).toInt(), 50);
        QVERIFY(figures.value(u"filter_p50_ms"_s).toDouble()
                <= figures.value(u"filter_p95_ms"_s).toDouble());
        QVERIFY(figures.value(u"filter_p95_ms"_s).toDouble()
                <= figures.value(u"filter_max_ms"_s).toDouble());
        QVERIFY(figures.contains(u"filter_delay_p95_ms"_s));

        QCOMPARE(cli({u"bench"_s, u"ui"_s, u"--students"_s, u"5"_s}, 120000, environment).exitCode,
                 2);
        QCOMPARE(cli({u"bench"_s, u"ui"_s, u"--key-interval"_s, u"soon"_s}, 120000, environment)
                     .exitCode,
                 2);
    }

    void pathsFollowXdg()
    {
        const Run paths = cli({u"paths"_s, u"--demo-db"_s});
        QCOMPARE(paths.exitCode, 0);
        QVERIFY(paths.out.trimmed().endsWith(u"campusdesk/demo-school.sqlite"_s));
        QVERIFY(paths.out.startsWith(qEnvironmentVariable("XDG_DATA_HOME", u"/"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
