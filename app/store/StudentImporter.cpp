#include "app/store/StudentImporter.h"

#include "app/core/Dates.h"
#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype progressEvery = 500;

// "Prénom de l'élève" -> "prenom de l eleve": what header names are compared as.
QString normalizedName(const QString &name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c.isLetterOrNumber() ? c.toLower() : QChar(u' '));
    }
    return folded.simplified();
}

const QHash<QString, ImportField> &knownNames()
{
    static const QHash<QString, ImportField> names = [] {
        QHash<QString, ImportField> h;
        const auto add = [&h](ImportField field, std::initializer_list<const char16_t *> list) {
            for (const char16_t *name : list)
                h.insert(QString::fromUtf16(name), field);
        };
        add(ImportField::StudentNumber,
            {u"student no",
             u"student number",
             u"student id",
             u"student",
             u"number",
             u"no",
             u"id",
             u"roll no",
             u"roll number",
             u"admission no",
             u"admission number",
             u"registration number",
             u"matricule",
             u"numero",
             u"numero etudiant",
             u"numero d etudiant",
             u"n etudiant",
             u"no etudiant",
             u"num etudiant",
             u"numero de l eleve",
             u"numero eleve",
             u"student num"});
        add(ImportField::FirstName,
            {u"first name", u"firstname", u"first", u"given name", u"forename", u"prenom",
             u"prenom de l eleve"});
        add(ImportField::LastName,
            {u"last name", u"lastname", u"last", u"surname", u"family name", u"nom",
             u"nom de famille", u"nom de l eleve"});
        add(ImportField::Email,
            {u"email", u"e mail", u"email address", u"e mail address", u"mail", u"courriel",
             u"adresse e mail", u"adresse email", u"adresse electronique", u"student email"});
        add(ImportField::Phone,
            {u"phone", u"phone number", u"telephone", u"mobile", u"cell", u"tel", u"portable",
             u"numero de telephone", u"student phone"});
        add(ImportField::DateOfBirth,
            {u"date of birth", u"dob", u"birth date", u"birthdate", u"birthday", u"born",
             u"date de naissance", u"naissance", u"ne le", u"ne e le"});
        add(ImportField::Batch,
            {u"batch", u"intake", u"cohort", u"year", u"entry year", u"promotion", u"promo",
             u"cohorte", u"annee", u"annee d entree"});
        add(ImportField::Program,
            {u"program", u"programme", u"course", u"degree", u"filiere", u"formation",
             u"programme d etudes", u"cursus"});
        add(ImportField::Status, {u"status", u"statut", u"state", u"etat"});
        add(ImportField::GuardianName,
            {u"guardian", u"guardian name", u"parent", u"parent name", u"parent guardian",
             u"tuteur", u"tutrice", u"nom du tuteur", u"responsable", u"nom du responsable",
             u"responsable legal", u"parent tuteur"});
        add(ImportField::GuardianRelationship,
            {u"relationship", u"guardian relationship", u"relation", u"lien", u"lien de parente",
             u"lien avec l eleve", u"relationship to student"});
        return h;
    }();
    return names;
}

// Names that are not in the list: "Guardian phone", "Téléphone du parent", "Parent e-mail".
ImportField guessFromWords(const QString &name)
{
    const QStringList words = name.split(u' ');
    const auto hasAny = [&words](std::initializer_list<const char16_t *> list) {
        for (const char16_t *w : list) {
            if (words.contains(QString::fromUtf16(w)))
                return true;
        }
        return false;
    };
    const bool guardian = hasAny({u"guardian", u"parent", u"parents", u"tuteur", u"tutrice",
                                  u"responsable", u"mother", u"father", u"mere", u"pere"});
    const bool phone = hasAny({u"phone", u"telephone", u"tel", u"mobile", u"portable", u"cell"});
    const bool mail = hasAny({u"email", u"mail", u"courriel"});
    if (guardian && phone)
        return ImportField::GuardianPhone;
    if (guardian && mail)
        return ImportField::GuardianEmail;
    if (guardian && hasAny({u"relationship", u"relation", u"lien"}))
        return ImportField::GuardianRelationship;
    if (guardian && hasAny({u"name", u"nom"}))
        return ImportField::GuardianName;
    if (phone)
        return ImportField::Phone;
    if (mail)
        return ImportField::Email;
    if (hasAny({u"birth", u"naissance", u"dob"}))
        return ImportField::DateOfBirth;
    return ImportField::Ignore;
}

bool isRequired(ImportField field)
{
    return field == ImportField::StudentNumber || field == ImportField::FirstName
        || field == ImportField::LastName || field == ImportField::Batch
        || field == ImportField::Program;
}

// The validation field name (StudentRules) each import field is checked under.
QString validationName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return {};
    case ImportField::StudentNumber: return u"studentNumber"_s;
    case ImportField::FirstName: return u"firstName"_s;
    case ImportField::LastName: return u"lastName"_s;
    case ImportField::Email: return u"email"_s;
    case ImportField::Phone: return u"phone"_s;
    case ImportField::DateOfBirth: return u"dateOfBirth"_s;
    case ImportField::Batch: return u"batch"_s;
    case ImportField::Program: return u"program"_s;
    case ImportField::Status: return u"status"_s;
    case ImportField::GuardianName: return u"guardians[0].name"_s;
    case ImportField::GuardianRelationship: return u"guardians[0].relationship"_s;
    case ImportField::GuardianPhone: return u"guardians[0].phone"_s;
    case ImportField::GuardianEmail: return u"guardians[0].email"_s;
    }
    return {};
}

// Student numbers are unique without regard to case (the column is COLLATE NOCASE).
QString numberKey(const QString &number)
{
    return number.trimmed().toLower();
}

// The same columns StudentRepository writes.
Fields studentFields(const Student &s)
{
    return {
        {u"student_number"_s, s.studentNumber},
        {u"first_name"_s, s.firstName},
        {u"last_name"_s, s.lastName},
        {u"email"_s, sql::text(s.email)},
        {u"phone"_s, sql::text(s.phone)},
        {u"date_of_birth"_s, sql::date(s.dateOfBirth)},
        {u"batch"_s, s.batch},
        {u"program"_s, s.program},
        {u"status"_s, codeOf(s.status)},
        {u"biometric_consent"_s, 0},
        {u"consent_recorded_by"_s, QVariant()},
        {u"consent_recorded_at"_s, QVariant()},
    };
}

Fields guardianFields(const Id &studentId, const Guardian &g)
{
    return {
        {u"student_id"_s, studentId},
        {u"position"_s, 0},
        {u"name"_s, g.name},
        {u"relationship"_s, sql::text(g.relationship)},
        {u"phone"_s, sql::text(g.phone)},
        {u"email"_s, sql::text(g.email)},
    };
}

Result<QSet<QString>> takenNumbers(const QSqlDatabase &db)
{
    auto q = sql::run(db, u"SELECT student_number FROM student WHERE deleted = 0"_s);
    if (!q)
        return q.error();
    QSet<QString> numbers;
    while (q->next())
        numbers.insert(numberKey(q->value(0).toString()));
    return numbers;
}

// For the length of an import: a larger page cache (in KiB) and temporary files in memory.
// Every ChangeWriter call opens a savepoint inside the import's transaction, and SQLite copies
// each page a savepoint touches to a statement journal, while the transaction's dirty pages
// outgrow the default 2 MB cache. strace showed about 110 writes per student to temporary files;
// with both settings they are gone (system time of a 20,000-row import: 3.4 s -> 0.9 s).
class ImportPragmas
{
public:
    ImportPragmas(const QSqlDatabase &db, int cacheKib) : m_db(db)
    {
        if (auto q = sql::run(db, u"PRAGMA cache_size"_s); q && q->next())
            m_cacheSize = q->value(0).toInt();
        (void)sql::run(db, u"PRAGMA cache_size = %1"_s.arg(-cacheKib));
        (void)sql::run(db, u"PRAGMA temp_store = MEMORY"_s);
    }
    ~ImportPragmas()
    {
        (void)sql::run(m_db, u"PRAGMA cache_size = %1"_s.arg(m_cacheSize));
        (void)sql::run(m_db, u"PRAGMA temp_store = DEFAULT"_s);
    }
    ImportPragmas(const ImportPragmas &) = delete;
    ImportPragmas &operator=(const ImportPragmas &) = delete;

private:
    QSqlDatabase m_db;
    int m_cacheSize = -2000;
};

// CsvWriter (and careful spreadsheets) put an apostrophe before a value that starts like a
// formula ("'+33 6 12..."), so that it is not run; the value is what follows it.
QString withoutFormulaGuard(QStringView text)
{
    if (text.size() > 1 && text.front() == u'\'' && QStringView(u"=+-@").contains(text.at(1)))
        return text.mid(1).toString();
    return text.toString();
}

Error cancelled()
{
    return Error::make(Error::Code::Invalid, StudentImporter::cancelledMessage());
}

} // namespace

struct StudentImporter::Prepared
{
    ImportReport report;
    QList<Student> students;
    QList<qsizetype> rows; // each student's spreadsheet row
};

StudentImporter::StudentImporter(const Database &db, const Actor &actor) : m_db(db), m_actor(actor)
{
}

QString StudentImporter::cancelledMessage()
{
    return tr("The import was cancelled; nothing was imported.");
}

QList<ImportField> StudentImporter::allFields()
{
    return {
        ImportField::Ignore,        ImportField::StudentNumber, ImportField::FirstName,
        ImportField::LastName,      ImportField::Email,         ImportField::Phone,
        ImportField::DateOfBirth,   ImportField::Batch,         ImportField::Program,
        ImportField::Status,        ImportField::GuardianName,  ImportField::GuardianRelationship,
        ImportField::GuardianPhone, ImportField::GuardianEmail};
}

QString StudentImporter::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return tr("(Do not import)");
    case ImportField::StudentNumber: return tr("Student number");
    case ImportField::FirstName: return tr("First name");
    case ImportField::LastName: return tr("Last name");
    case ImportField::Email: return tr("Email");
    case ImportField::Phone: return tr("Phone");
    case ImportField::DateOfBirth: return tr("Date of birth");
    case ImportField::Batch: return tr("Batch");
    case ImportField::Program: return tr("Program");
    case ImportField::Status: return tr("Status");
    case ImportField::GuardianName: return tr("Guardian's name");
    case ImportField::GuardianRelationship: return tr("Guardian's relationship");
    case ImportField::GuardianPhone: return tr("Guardian's phone");
    case ImportField::GuardianEmail: return tr("Guardian's email");
    }
    return {};
}

ImportMapping StudentImporter::guessMapping(const QStringList &header)
{
    ImportMapping mapping;
    QSet<ImportField> used;
    for (const QString &name : header) {
        const QString key = normalizedName(name);
        ImportField field = knownNames().value(key, ImportField::Ignore);
        if (field == ImportField::Ignore)
            field = guessFromWords(key);
        if (used.contains(field))
            field = ImportField::Ignore;
        if (field != ImportField::Ignore)
            used.insert(field);
        mapping.append(field);
    }
    return mapping;
}

QStringList StudentImporter::mappingProblems(const ImportMapping &mapping) const
{
    QStringList problems;
    for (const ImportField field : allFields()) {
        if (field == ImportField::Ignore)
            continue;
        const auto uses = mapping.count(field);
        if (uses > 1)
            problems << tr("Several columns are set to \"%1\"; choose one.").arg(fieldLabel(field));
        const bool hasDefault = (field == ImportField::Batch && !m_defaultBatch.isEmpty())
            || (field == ImportField::Program && !m_defaultProgram.isEmpty());
        if (uses == 0 && isRequired(field) && !hasDefault)
            problems << tr("No column is set to \"%1\", which every student needs.")
                            .arg(fieldLabel(field));
    }
    return problems;
}

QDate StudentImporter::parseDate(const QString &text, bool *ok) const
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    // Then the locale's short format with a four-digit year ("30/04/2008"), then with a
    // two-digit one ("30/04/08", read as the last hundred years: a birth date is never in the
    // future).
    const QString shortFormat = m_locale.dateFormat(QLocale::ShortFormat);
    QString longYear = shortFormat;
    QString shortYear = shortFormat;
    if (shortFormat.contains(u"yyyy"_s))
        shortYear.replace(u"yyyy"_s, u"yy"_s);
    else
        longYear.replace(u"yy"_s, u"yyyy"_s);
    if (!date.isValid())
        date = m_locale.toDate(text, longYear);
    if (!date.isValid()) {
        date = m_locale.toDate(text, shortYear);
        while (date.isValid() && date.addYears(100) <= m_today)
            date = date.addYears(100);
    }
    *ok = date.isValid();
    return date;
}

Result<StudentImporter::Prepared> StudentImporter::prepare(const CsvTable &table,
                                                           const ImportMapping &mapping,
                                                           const Progress &progress) const
{
    if (auto allowed = Permissions::require(m_actor, Action::EditStudents); !allowed)
        return allowed.error();
    Prepared prepared;
    ImportReport &report = prepared.report;
    report.rows = table.rowCount();
    for (const QString &problem : mappingProblems(mapping))
        report.errors.append({0, QString(), problem});
    if (!report.errors.isEmpty())
        return prepared;

    // Where each field's values come from, and the name its errors are reported under.
    QHash<ImportField, qsizetype> columnOf;
    for (qsizetype c = 0; c < mapping.size() && c < table.header.size(); ++c) {
        if (mapping.at(c) != ImportField::Ignore)
            columnOf.insert(mapping.at(c), c);
    }
    QHash<QString, QString> columnNameOf; // validation field -> CSV column name
    for (const ImportField field : allFields()) {
        const qsizetype c = columnOf.value(field, -1);
        columnNameOf.insert(validationName(field), c >= 0 ? table.header.at(c) : fieldLabel(field));
    }

    // Read without holding any lock: numbers already taken.
    auto taken = takenNumbers(m_db.connection());
    if (!taken)
        return taken.error();

    const QString dateExample
        = QString(m_locale.toString(QDate(2008, 4, 30), QLocale::ShortFormat));
    QHash<QString, qsizetype> seen; // number -> first row with it
    prepared.students.reserve(table.rowCount());
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        if (progress && r % progressEvery == 0 && !progress(r, table.rowCount()))
            return cancelled();
        const qsizetype sheetRow = table.sheetRow(r);
        const auto errorsBefore = report.errors.size();
        const auto fail = [&](ImportField field, const QString &message) {
            report.errors.append({sheetRow, columnNameOf.value(validationName(field)), message});
        };
        if (const QString problem = table.problem(r); !problem.isEmpty()) {
            report.errors.append({sheetRow, QString(), problem});
            continue;
        }
        const auto value = [&](ImportField field) {
            const qsizetype c = columnOf.value(field, -1);
            return c < 0 ? QString() : withoutFormulaGuard(table.field(r, c).trimmed());
        };

        Student s;
        s.studentNumber = value(ImportField::StudentNumber);
        s.firstName = value(ImportField::FirstName);
        s.lastName = value(ImportField::LastName);
        s.email = value(ImportField::Email);
        s.phone = value(ImportField::Phone);
        s.batch = value(ImportField::Batch);
        if (s.batch.isEmpty())
            s.batch = m_defaultBatch;
        s.program = value(ImportField::Program);
        if (s.program.isEmpty())
            s.program = m_defaultProgram;
        if (const QString text = value(ImportField::DateOfBirth); !text.isEmpty()) {
            bool ok = false;
            s.dateOfBirth = parseDate(text, &ok);
            if (!ok)
                fail(ImportField::DateOfBirth,
                     tr("\"%1\" is not a date: write it as %2 or %3.")
                         .arg(text, u"2008-04-30"_s, dateExample));
        }
        if (const QString text = value(ImportField::Status); !text.isEmpty()) {
            std::optional<StudentStatus> status = fromCode<StudentStatus>(text.toLower());
            for (const StudentStatus candidate : allValues<StudentStatus>()) {
                if (!status
                    && text.compare(StudentRules::statusName(candidate), Qt::CaseInsensitive) == 0)
                    status = candidate;
            }
            if (status)
                s.status = *status;
            else
                fail(ImportField::Status,
                     tr("\"%1\" is not a status: write %2, %3 or %4.")
                         .arg(text, StudentRules::statusName(StudentStatus::Active),
                              StudentRules::statusName(StudentStatus::Graduated),
                              StudentRules::statusName(StudentStatus::Withdrawn)));
        }
        Guardian g;
        g.name = value(ImportField::GuardianName);
        g.relationship = value(ImportField::GuardianRelationship);
        g.phone = value(ImportField::GuardianPhone);
        g.email = value(ImportField::GuardianEmail);
        if (!g.name.isEmpty() || !g.relationship.isEmpty() || !g.phone.isEmpty()
            || !g.email.isEmpty())
            s.guardians.append(g);

        const ValidationResult validation = StudentRules::validate(s, m_today);
        for (const FieldError &error : validation.errors())
            report.errors.append(
                {sheetRow, columnNameOf.value(error.field, error.field), error.message});

        if (!validation.has(u"studentNumber"_s)) {
            const QString key = numberKey(s.studentNumber);
            if (const auto first = seen.constFind(key); first != seen.cend())
                fail(ImportField::StudentNumber,
                     tr("The student number %1 is also on row %2.")
                         .arg(s.studentNumber)
                         .arg(*first));
            else
                seen.insert(key, sheetRow);
            if (taken->contains(key))
                fail(ImportField::StudentNumber,
                     tr("A student with the number %1 is already in CampusDesk.")
                         .arg(s.studentNumber));
        }
        if (report.errors.size() == errorsBefore) {
            s.id = newId();
            for (Guardian &guardian : s.guardians)
                guardian.id = newId();
            prepared.students.append(std::move(s));
            prepared.rows.append(sheetRow);
        }
    }
    report.ready = prepared.students.size();
    return prepared;
}

Result<ImportReport> StudentImporter::dryRun(const CsvTable &table, const ImportMapping &mapping,
                                             const Progress &progress) const
{
    auto prepared = prepare(table, mapping, progress);
    if (!prepared)
        return prepared.error();
    return prepared->report;
}

Result<ImportReport> StudentImporter::commit(const CsvTable &table, const ImportMapping &mapping,
                                             const Progress &progress)
{
    auto prepared = prepare(table, mapping, progress);
    if (!prepared)
        return prepared.error();
    ImportReport report = prepared->report;
    if (!report.ok() || prepared->students.isEmpty())
        return report;

    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, m_actor);
    const auto &students = prepared->students;
    const ImportPragmas pragmas(db, 256 * 1024);
    auto written = sql::inTransaction(db, [&]() -> Result<void> {
        // Someone may have taken a number since the check above; now nobody else can.
        QSqlQuery taken(db);
        taken.setForwardOnly(true);
        if (!taken.prepare(u"SELECT 1 FROM student WHERE student_number = ? AND deleted = 0"_s))
            return sql::databaseError(taken.lastError(), u"prepare number check"_s);
        for (qsizetype i = 0; i < students.size(); ++i) {
            taken.bindValue(0, students.at(i).studentNumber);
            if (auto done = sql::exec(taken, u"number check"_s); !done)
                return done;
            if (taken.next())
                report.errors.append({prepared->rows.at(i), fieldLabel(ImportField::StudentNumber),
                                      tr("A student with the number %1 is already in CampusDesk.")
                                          .arg(students.at(i).studentNumber)});
            taken.finish();
        }
        if (!report.errors.isEmpty())
            return Error::make(Error::Code::Invalid, QString());

        for (qsizetype i = 0; i < students.size(); ++i) {
            if (progress && i % progressEvery == 0 && !progress(i, students.size())) {
                return cancelled();
            }
            const Student &s = students.at(i);
            if (auto done = writer.insert(u"student"_s, s.id, studentFields(s), u"import"_s); !done)
                return done;
            for (const Guardian &g : s.guardians) {
                if (auto done
                    = writer.insert(u"guardian"_s, g.id, guardianFields(s.id, g), u"import"_s);
                    !done)
                    return done;
            }
        }
        // The last chance to stop: after this the transaction commits.
        if (progress && !progress(students.size(), students.size()))
            return cancelled();
        return writer.audit(u"import"_s, u"student"_s, Id(),
                            QJsonObject{{u"rows"_s, qint64(students.size())}});
    });
    if (!written) {
        if (!report.errors.isEmpty()) {
            report.ready = students.size() - report.errors.size();
            return report;
        }
        return written.error();
    }
    report.imported = students.size();
    return report;
}

} // namespace cd
