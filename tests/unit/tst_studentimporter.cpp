#include "app/store/StudentImporter.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

CsvTable csv(const QByteArray &bytes)
{
    auto table = CsvReader::read(bytes);
    if (!table)
        qWarning("csv: %s", qPrintable(table.error().message));
    return table ? *table : CsvTable();
}

const QByteArray header
    = "Student No,First name,Last name,Email,Date of birth,Batch,Program,Status,Guardian,"
      "Guardian phone\n";

const QByteArray goodRows = "2026-0001,Ada,Lovelace,ada@example.org,2008-04-30,2026,Computer "
                            "Science,active,Anne Byron,+44 20 7946 0000\n"
                            "2026-0002,Alan,Turing,,,2026,Mathematics,,,\n"
                            "2026-0003,Grace,Hopper,grace@example.org,2009-12-09,2026,Computer "
                            "Science,Active,,\n";

struct Counts
{
    int students, guardians, outbox, audit;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts counts(const Database &db)
{
    return {test::rowCount(db, u"student"_s), test::rowCount(db, u"guardian"_s),
            test::rowCount(db, u"outbox"_s), test::rowCount(db, u"audit_log"_s)};
}

QString describe(const ImportReport &report)
{
    QStringList lines;
    for (const auto &e : report.errors)
        lines << u"row %1 [%2] %3"_s.arg(e.row).arg(e.column, e.message);
    return lines.join(u'\n');
}

} // namespace

class TestStudentImporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = test::testActor();

    StudentImporter importer() const
    {
        StudentImporter i(*m_db, m_admin);
        i.setLocale(QLocale(QLocale::French, QLocale::France));
        i.setToday(QDate(2026, 9, 1));
        return i;
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void guessesColumnsInEnglishAndFrench()
    {
        using F = ImportField;
        QCOMPARE(
            StudentImporter::guessMapping({u"Student No"_s, u"First Name"_s, u"Surname"_s,
                                           u"E-mail"_s, u"DOB"_s, u"Intake"_s, u"Programme"_s,
                                           u"Notes"_s, u"Parent phone"_s}),
            (ImportMapping{F::StudentNumber, F::FirstName, F::LastName, F::Email, F::DateOfBirth,
                           F::Batch, F::Program, F::Ignore, F::GuardianPhone}));
        QCOMPARE(StudentImporter::guessMapping({u"Numéro étudiant"_s, u"Nom"_s, u"Prénom"_s,
                                                u"Courriel"_s, u"Date de naissance"_s,
                                                u"Téléphone du tuteur"_s, u"Statut"_s, u"Nom"_s}),
                 (ImportMapping{F::StudentNumber, F::LastName, F::FirstName, F::Email,
                                F::DateOfBirth, F::GuardianPhone, F::Status, F::Ignore}));
    }

    void mappingProblems()
    {
        using F = ImportField;
        StudentImporter i = importer();
        const QStringList problems
            = i.mappingProblems({F::StudentNumber, F::FirstName, F::FirstName, F::Batch});
        QCOMPARE(problems.size(), 3); // first name twice; no last name, no program
        i.setDefaultProgram(u"Computer Science"_s);
        QCOMPARE(i.mappingProblems({F::StudentNumber, F::FirstName, F::LastName, F::Batch}),
                 QStringList());

        // A dry run with a bad mapping reports it as a problem of the whole file.
        auto report = i.dryRun(csv(header + goodRows), {F::StudentNumber});
        QVERIFY(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->errors.first().row, 0);
    }

    void dryRunWritesNothing()
    {
        const CsvTable table = csv(header + goodRows);
        const Counts before = counts(*m_db);
        auto report = importer().dryRun(table, StudentImporter::guessMapping(table.header));
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(report->rows, 3);
        QCOMPARE(report->ready, 3);
        QCOMPARE(report->imported, 0);
        QCOMPARE(counts(*m_db), before);
    }

    void commitWritesEverythingAudited()
    {
        const CsvTable table = csv(header + goodRows);
        const Counts before = counts(*m_db);
        auto report = importer().commit(table, StudentImporter::guessMapping(table.header));
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(describe(*report)));
        QCOMPARE(report->imported, 3);
        const Counts after = counts(*m_db);
        QCOMPARE(after.students, before.students + 3);
        QCOMPARE(after.guardians, before.guardians + 1);
        QCOMPARE(after.outbox, before.outbox + 4); // syncable: one mutation per row written
        QCOMPARE(after.audit, before.audit + 5); // one per row, and the import as a whole
        QCOMPARE(
            test::rawScalar(m_db->path(), "SELECT count(*) FROM audit_log WHERE action = 'import'")
                .toInt(),
            5);

        StudentQuery query;
        query.search = u"Lovelace"_s;
        auto found = StudentRepository(*m_db).list(query, m_admin);
        QVERIFY(found && found->size() == 1);
        auto ada = StudentRepository(*m_db).find(found->first().id, m_admin);
        QVERIFY(ada);
        QCOMPARE(ada->dateOfBirth, QDate(2008, 4, 30));
        QCOMPARE(ada->program, u"Computer Science"_s);
        QCOMPARE(ada->guardians.size(), 1);
        QCOMPARE(ada->guardians.first().phone, u"+44 20 7946 0000"_s);
    }

    void perRowErrorsNameRowAndColumn()
    {
        const CsvTable table = csv(header + goodRows
                                   + "2026-0004,Bad,Email,not-an-email,2008-02-30,2026,Maths,"
                                     "expelled,,\n"
                                     "2026-0005,,NoFirst,,,2026,Maths,,,\n"
                                     "2026-0006,Too,Short\n");
        const Counts before = counts(*m_db);
        auto report = importer().dryRun(table, StudentImporter::guessMapping(table.header));
        QVERIFY(report);
        QCOMPARE(report->rows, 6);
        QCOMPARE(report->ready, 3);
        const QList<ImportIssue> &e = report->errors;
        QCOMPARE(e.size(), 5);
        QCOMPARE(e.at(0).row, 5); // header is row 1, the fourth student row 5
        QCOMPARE(e.at(0).column, u"Date of birth"_s);
        QVERIFY(e.at(0).message.contains(u"2008-02-30"_s));
        QCOMPARE(e.at(1).column, u"Status"_s);
        QCOMPARE(e.at(2).column, u"Email"_s);
        QCOMPARE(
            e.at(3),
            (ImportIssue{6, u"First name"_s, StudentRules::tr("Enter the student's first name.")}));
        QCOMPARE(e.at(4).row, 7);
        QCOMPARE(e.at(4).column, QString()); // a ragged row is the row's problem
        QCOMPARE(e.at(4).message, table.problem(5));

        // A failing row means nothing is imported.
        auto committed = importer().commit(table, StudentImporter::guessMapping(table.header));
        QVERIFY(committed);
        QCOMPARE(committed->imported, 0);
        QCOMPARE(committed->errors, e);
        QCOMPARE(counts(*m_db), before);
    }

    void duplicatesInFileAndDatabase()
    {
        QVERIFY(StudentRepository(*m_db).create(
            test::sampleStudent(u"2026-0002"_s, u"Old"_s, u"Timer"_s), m_admin));
        const CsvTable table
            = csv(header + goodRows + "2026-0001,Ada,Again,,,2026,CS,,,\n"
                  + "2026-0003X,Ok,Row,,,2026,CS,,,\n" + "2026-0001,Three,Times,,,2026,CS,,,\n");
        auto report = importer().dryRun(table, StudentImporter::guessMapping(table.header));
        QVERIFY(report);
        QCOMPARE(report->ready, 3);
        const QList<ImportIssue> &e = report->errors;
        QCOMPARE(e.size(), 3);
        QCOMPARE(e.at(0).row, 3);
        QCOMPARE(e.at(0).column, u"Student No"_s);
        QVERIFY(e.at(0).message.contains(u"already"_s));
        QCOMPARE(e.at(1).row, 5);
        QCOMPARE(e.at(1).message,
                 StudentImporter::tr("The student number %1 is also on row %2.")
                     .arg(u"2026-0001"_s)
                     .arg(2));
        QCOMPARE(e.at(2).row, 7);
        // Case does not make a number different (the column compares without case).
        const CsvTable upper = csv(header + "ab-1,A,B,,,2026,CS,,,\nAB-1,C,D,,,2026,CS,,,\n");
        auto second = importer().dryRun(upper, StudentImporter::guessMapping(upper.header));
        QVERIFY(second);
        QCOMPARE(second->errors.size(), 1);
    }

    void numberTakenBetweenDryRunAndCommit()
    {
        const CsvTable table = csv(header + goodRows);
        const auto mapping = StudentImporter::guessMapping(table.header);
        QVERIFY(importer().dryRun(table, mapping)->ok());
        QVERIFY(StudentRepository(*m_db).create(
            test::sampleStudent(u"2026-0003"_s, u"Quick"_s, u"Er"_s), m_admin));
        const Counts before = counts(*m_db);
        auto report = importer().commit(table, mapping);
        QVERIFY(report);
        QCOMPARE(report->imported, 0);
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors.first().row, 4);
        QCOMPARE(counts(*m_db), before);
    }

    void datesInIsoAndTheLocalesFormat()
    {
        const CsvTable table = csv("Number,First,Last,Birth,Batch,Program\n"
                                   "1,A,B,2008-04-30,2026,CS\n"
                                   "2,A,B,30/04/2008,2026,CS\n"
                                   "3,A,B,30/04/08,2026,CS\n"
                                   "4,A,B,04/30/2008,2026,CS\n");
        const auto mapping = StudentImporter::guessMapping(table.header);
        QCOMPARE(mapping.at(3), ImportField::DateOfBirth);
        auto report = importer().dryRun(table, mapping);
        QVERIFY(report);
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors.first().row, 5); // 04/30/2008 is not a French date

        StudentImporter american = importer();
        american.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        auto us = american.dryRun(table, mapping);
        QVERIFY(us);
        QCOMPARE(us->errors.size(), 2); // only the ISO and the American dates read
        QCOMPARE(us->errors.first().row, 3);
    }

    void defaultsFillBatchAndProgram()
    {
        const CsvTable table = csv("Student No;Prénom;Nom;Promotion\n"
                                   "2026-1;Hélène;Dupont;2026\n"
                                   "2026-2;Omar;Haddad;\n");
        const auto mapping = StudentImporter::guessMapping(table.header);
        StudentImporter i = importer();
        auto report = i.dryRun(table, mapping);
        QVERIFY(report);
        QCOMPARE(report->errors.size(), 1); // no program column
        i.setDefaultProgram(u"Mathematics"_s);
        i.setDefaultBatch(u"2025"_s);
        auto imported = i.commit(table, mapping);
        QVERIFY(imported);
        QVERIFY2(imported->ok(), qPrintable(describe(*imported)));
        QCOMPARE(imported->imported, 2);
        QCOMPARE(test::rawScalar(m_db->path(),
                                 "SELECT batch || '/' || program FROM student WHERE last_name = "
                                 "'Haddad'")
                     .toString(),
                 u"2025/Mathematics"_s);
    }

    void teacherIsRefused()
    {
        const CsvTable table = csv(header + goodRows);
        const Actor teacher{newId(), u"Mary Okoro"_s, Role::Teacher};
        const Counts before = counts(*m_db);
        StudentImporter i(*m_db, teacher);
        auto dry = i.dryRun(table, StudentImporter::guessMapping(table.header));
        QVERIFY(!dry);
        QCOMPARE(dry.error().code, Error::Code::Forbidden);
        auto report = i.commit(table, StudentImporter::guessMapping(table.header));
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Forbidden);
        QCOMPARE(counts(*m_db), before);
    }

    void cancelledCommitWritesNothing()
    {
        QByteArray bytes = header;
        for (int n = 1; n <= 1200; ++n)
            bytes += "2026-" + QByteArray::number(n) + ",First,Last,,,2026,CS,,,\n";
        const CsvTable table = csv(bytes);
        const Counts before = counts(*m_db);
        int calls = 0;
        auto report = importer().commit(table, StudentImporter::guessMapping(table.header),
                                        [&](qsizetype done, qsizetype) {
                                            ++calls;
                                            // Let the checks run; stop halfway through writing.
                                            return !(calls > 3 && done >= 500);
                                        });
        QVERIFY(!report);
        QCOMPARE(report.error().message, StudentImporter::cancelledMessage());
        QCOMPARE(counts(*m_db), before);
    }

    void emptyFileImportsNothing()
    {
        const CsvTable table = csv(header);
        auto report = importer().commit(table, StudentImporter::guessMapping(table.header));
        QVERIFY(report);
        QCOMPARE(report->rows, 0);
        QCOMPARE(report->imported, 0);
    }
};

QTEST_GUILESS_MAIN(TestStudentImporter)
#include "tst_studentimporter.moc"
