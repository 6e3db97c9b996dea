#include "app/store/CourseRepository.h"
#include "app/store/FaceTemplateRepository.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"
#include "app/store/TemplateCipher.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <limits>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString resnet = u"face-api-resnet@1.7.15"_s;
const QString lbph = u"lbph@1"_s;

// A template as a recogniser makes it: `dimension` float32 values, as bytes.
QByteArray descriptor(quint32 seed, int dimension = 128)
{
    QRandomGenerator random(seed);
    std::vector<float> values(static_cast<size_t>(dimension));
    for (float &v : values)
        v = float(random.generateDouble() * 2 - 1);
    return QByteArray(reinterpret_cast<const char *>(values.data()),
                      qsizetype(values.size() * sizeof(float)));
}

} // namespace

// Biometric templates: consent first, role checks in the store, encrypted at rest, deleted with
// the consent, audited without the template. A teacher of CS201 (with two enrolled students) and
// a teacher of nothing.
class TestFaceTemplateRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TemplateCipher m_cipher;
    Actor m_admin = test::testActor();
    Actor m_teacher;
    Actor m_otherTeacher;
    Id m_course;
    Id m_consenting; // enrolled in CS201, consent recorded
    Id m_refusing; // enrolled in CS201, no consent
    Id m_outsider; // not enrolled, consent recorded

    FaceTemplateRepository repo() const { return FaceTemplateRepository(*m_db, m_cipher); }

    Actor makeUser(const QString &username, Role role)
    {
        User user;
        user.username = username;
        user.fullName = username;
        user.role = role;
        auto created = UserRepository(*m_db).create(user, u"long enough password"_s, m_admin);
        return created ? Actor{created->id, username, role} : Actor{};
    }

    Id makeStudent(const QString &number, const QString &first, bool consent)
    {
        StudentRepository students(*m_db);
        auto created = students.create(test::sampleStudent(number, first, u"Lind"_s), m_admin);
        if (!created)
            return {};
        if (consent && !students.setConsent(*created, true, m_admin))
            return {};
        return created->id;
    }

    int templateRows() const { return test::rowCount(*m_db, u"face_template"_s); }

    QList<QStringList> auditRows(const QString &action) const
    {
        QList<QStringList> rows;
        auto q = sql::run(m_db->connection(),
                          u"SELECT entity, entity_id, details FROM audit_log WHERE action = ? "
                          u"ORDER BY at, id"_s,
                          {action});
        while (q && q->next())
            rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
        return rows;
    }

    Student student(const Id &id) const
    {
        auto found = StudentRepository(*m_db).find(id, m_admin);
        return found ? *found : Student();
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        auto cipher = TemplateCipher::generate();
        QVERIFY(cipher);
        m_cipher = std::move(cipher).value();
        m_consenting = makeStudent(u"2026-0001"_s, u"Amina"_s, true);
        m_refusing = makeStudent(u"2026-0002"_s, u"Omar"_s, false);
        m_outsider = makeStudent(u"2026-0003"_s, u"Sara"_s, true);
        QVERIFY(!m_consenting.isEmpty() && !m_refusing.isEmpty() && !m_outsider.isEmpty());
        m_teacher = makeUser(u"teacher"_s, Role::Teacher);
        m_otherTeacher = makeUser(u"other"_s, Role::Teacher);
        QVERIFY(!m_teacher.userId.isEmpty() && !m_otherTeacher.userId.isEmpty());
        CourseRepository courses(*m_db);
        auto semester = courses.createSemester(
            {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, m_admin);
        QVERIFY(semester);
        auto course = courses.createCourse(
            {{}, u"CS201"_s, u"Data Structures"_s, semester->id, 4, {}, {m_teacher.userId}, {}},
            m_admin);
        QVERIFY(course);
        m_course = course->id;
        QVERIFY(courses.enroll(m_consenting, m_course, QDate(2026, 9, 7), m_admin));
        QVERIFY(courses.enroll(m_refusing, m_course, QDate(2026, 9, 7), m_admin));
    }

    void withoutConsentNothingIsStored()
    {
        const int audits = test::rowCount(*m_db, u"audit_log"_s);
        auto refused = repo().add(m_refusing, resnet, descriptor(1), 0.9, m_admin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY2(refused.error().message.contains(u"consent"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(templateRows(), 0);
        QCOMPARE(test::rowCount(*m_db, u"audit_log"_s), audits);

        auto missing = repo().add(newId(), resnet, descriptor(1), 0.9, m_admin);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(templateRows(), 0);
    }

    void storedEncryptedAndReadBackEqual()
    {
        QCOMPARE(*FaceTemplateRepository::anyStored(*m_db), false);
        const auto values = descriptor(7);
        auto added = repo().add(m_consenting, resnet, values, 0.82, m_admin);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(isValidId(*added));
        QCOMPARE(templateRows(), 1);
        QCOMPARE(*FaceTemplateRepository::anyStored(*m_db), true);
        QCOMPARE(*repo().countFor(m_consenting, m_admin), 1);

        // The raw column holds neither the floats nor any 8-byte run of them.
        auto raw = sql::run(m_db->connection(),
                            u"SELECT nonce, ciphertext, dimension, model, created_by FROM "
                            u"face_template"_s);
        QVERIFY(raw && raw->next());
        const QByteArray stored = raw->value(0).toByteArray() + raw->value(1).toByteArray();
        const QByteArray plain = values;
        for (qsizetype at = 0; at + 8 <= plain.size(); at += 4)
            QVERIFY2(!stored.contains(plain.mid(at, 8)), qPrintable(u"offset %1"_s.arg(at)));
        QCOMPARE(raw->value(2).toInt(), 128 * 4); // bytes
        QCOMPARE(raw->value(3).toString(), resnet);
        QCOMPARE(raw->value(4).toString(), m_admin.userId);

        auto gallery = repo().templatesFor(resnet, m_admin);
        QVERIFY(gallery);
        QCOMPARE(gallery->templates.size(), 1);
        QVERIFY(gallery->unreadable.isEmpty());
        const FaceTemplate &t = gallery->templates.first();
        QCOMPARE(t.id, *added);
        QCOMPARE(t.studentId, m_consenting);
        QCOMPARE(t.bytes, values);
        QCOMPARE(t.quality, 0.82);
    }

    void badInputIsRefusedClearly()
    {
        auto noModel = repo().add(m_consenting, u" "_s, descriptor(1), 0.9, m_admin);
        QVERIFY(!noModel);
        QCOMPARE(noModel.error().code, Error::Code::Invalid);
        QCOMPARE(noModel.error().fields.first().field, u"model"_s);
        QVERIFY(!repo().add(m_consenting, resnet, {}, 0.9, m_admin));
        QVERIFY(!repo().add(m_consenting, resnet, descriptor(1, 20000), 0.9, m_admin));
        QVERIFY(!repo().add(m_consenting, resnet, descriptor(1), -1, m_admin));
        QCOMPARE(templateRows(), 0);
    }

    void rolesAreCheckedByTheStore()
    {
        // A teacher enrols the students of their own course, not others.
        QVERIFY(repo().add(m_consenting, resnet, descriptor(1), 0.9, m_teacher));
        auto foreign = repo().add(m_outsider, resnet, descriptor(2), 0.9, m_teacher);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, Error::Code::Forbidden);
        auto other = repo().add(m_consenting, resnet, descriptor(3), 0.9, m_otherTeacher);
        QVERIFY(!other);
        QCOMPARE(other.error().code, Error::Code::Forbidden);
        QVERIFY(!repo().removeAllFor(m_consenting, m_otherTeacher));

        const Actor studentActor{newId(), u"Student"_s, Role::Student};
        auto student = repo().add(m_consenting, resnet, descriptor(4), 0.9, studentActor);
        QVERIFY(!student);
        QCOMPARE(student.error().code, Error::Code::Forbidden);
        QVERIFY(!repo().templatesFor(resnet, studentActor));
        QCOMPARE(templateRows(), 1);

        // Staff enrol anyone; the other teacher's gallery is empty, the teacher's has theirs.
        const Actor staff{newId(), u"Office"_s, Role::Staff};
        QVERIFY(repo().add(m_outsider, resnet, descriptor(5), 0.9, staff));
        QCOMPARE(repo().templatesFor(resnet, m_otherTeacher)->templates.size(), 0);
        QCOMPARE(repo().templatesFor(resnet, m_teacher)->templates.size(), 1);
        QCOMPARE(repo().templatesFor(resnet, m_admin)->templates.size(), 2);
    }

    void withdrawingConsentDeletesEveryTemplate()
    {
        for (quint32 i = 0; i < 3; ++i)
            QVERIFY(repo().add(m_consenting, resnet, descriptor(i), 0.9, m_admin));
        QVERIFY(repo().add(m_consenting, lbph, descriptor(9, 64), 0.5, m_admin));
        QVERIFY(repo().add(m_outsider, resnet, descriptor(10), 0.9, m_admin));
        QCOMPARE(templateRows(), 5);

        auto withdrawn
            = StudentRepository(*m_db).setConsent(student(m_consenting), false, m_teacher);
        QVERIFY2(withdrawn, qPrintable(withdrawn ? QString() : withdrawn.error().message));
        QVERIFY(!withdrawn->consent.granted);
        QCOMPARE(*repo().countFor(m_consenting, m_admin), 0);
        QCOMPARE(*repo().countFor(m_outsider, m_admin), 1); // others keep theirs
        const auto removals = auditRows(u"remove face templates"_s);
        QCOMPARE(removals.size(), 1); // one action
        QCOMPARE(removals.first().at(1), m_consenting);
        QVERIFY(removals.first().at(2).contains(u"\"removed\":4"_s));
        QVERIFY(removals.first().at(2).contains(u"consent withdrawn"_s));

        // Enrolling again needs the consent again.
        QVERIFY(!repo().add(m_consenting, resnet, descriptor(1), 0.9, m_admin));
    }

    void withdrawingInTheEditFormOrRemovingTheStudentDeletesThemToo()
    {
        QVERIFY(repo().add(m_consenting, resnet, descriptor(1), 0.9, m_admin));
        QVERIFY(repo().add(m_outsider, resnet, descriptor(2), 0.9, m_admin));
        const Student before = student(m_consenting);
        Student edited = before;
        edited.consent = BiometricConsent{false, m_admin.userId, QDateTime::currentDateTimeUtc()};
        QVERIFY(StudentRepository(*m_db).update(before, edited, m_admin));
        QCOMPARE(*repo().countFor(m_consenting, m_admin), 0);

        QVERIFY(StudentRepository(*m_db).remove(m_outsider, m_admin));
        QCOMPARE(templateRows(), 0);
        QCOMPARE(auditRows(u"remove face templates"_s).size(), 2);
    }

    void hardDeletingAStudentCascades()
    {
        // A student with no other rows pointing at them, so the row itself can go.
        const Id id = newId();
        QVERIFY(sql::run(m_db->connection(),
                         u"INSERT INTO student (id, student_number, first_name, last_name, batch, "
                         u"program, status, biometric_consent, updated_at) "
                         u"VALUES (?, 'X-1', 'Ana', 'Cruz', '2026', 'CS', 'active', 1, 0)"_s,
                         {id}));
        QVERIFY(repo().add(id, resnet, descriptor(2), 0.9, m_admin));
        QVERIFY(repo().add(m_outsider, resnet, descriptor(3), 0.9, m_admin));
        auto gone = sql::run(m_db->connection(), u"DELETE FROM student WHERE id = ?"_s, {id});
        QVERIFY2(gone, qPrintable(gone ? QString() : gone.error().detail));
        QCOMPARE(templateRows(), 1);
    }

    void removeAllForIsOneAuditedAction()
    {
        QVERIFY(repo().add(m_consenting, resnet, descriptor(1), 0.9, m_teacher));
        QVERIFY(repo().add(m_consenting, resnet, descriptor(2), 0.9, m_teacher));
        auto removed = repo().removeAllFor(m_consenting, m_teacher);
        QVERIFY(removed);
        QCOMPARE(*removed, 2);
        QCOMPARE(templateRows(), 0);
        QCOMPARE(auditRows(u"remove face templates"_s).size(), 1);
        QCOMPARE(*repo().removeAllFor(m_consenting, m_teacher), 0); // nothing left: no entry
        QCOMPARE(auditRows(u"remove face templates"_s).size(), 1);
        QVERIFY(student(m_consenting).consent.granted); // the consent itself stays
    }

    void auditSaysWhoAndWhatButNeverTheTemplate()
    {
        const auto values = descriptor(11);
        auto added = repo().add(m_consenting, resnet, values, 0.75, m_teacher);
        QVERIFY(added);
        const auto adds = auditRows(u"add face template"_s);
        QCOMPARE(adds.size(), 1);
        QCOMPARE(adds.first().at(0), u"face_template"_s);
        QCOMPARE(adds.first().at(1), *added);
        const QString details = adds.first().at(2);
        QVERIFY(details.contains(m_consenting));
        QVERIFY(details.contains(resnet));

        // Nothing of the template in any audit or outbox row: no float run, no base64 of one,
        // no nonce or ciphertext.
        auto stored
            = sql::run(m_db->connection(), u"SELECT nonce, ciphertext FROM face_template"_s);
        QVERIFY(stored && stored->next());
        const QByteArray plain = values;
        float firstValue = 0;
        std::memcpy(&firstValue, plain.constData(), sizeof firstValue);
        const QList<QByteArray> secrets{plain.left(16),
                                        plain.left(16).toBase64(),
                                        stored->value(0).toByteArray(),
                                        stored->value(0).toByteArray().toBase64(),
                                        stored->value(1).toByteArray().left(16),
                                        stored->value(1).toByteArray().toBase64().left(20),
                                        QByteArray::number(firstValue)};
        for (const QString &table : {u"audit_log"_s, u"outbox"_s}) {
            auto rows = sql::run(m_db->connection(), u"SELECT * FROM %1"_s.arg(table));
            QVERIFY(rows);
            while (rows->next())
                for (int c = 0; c < rows->record().count(); ++c)
                    for (const QByteArray &secret : secrets)
                        QVERIFY(!rows->value(c).toByteArray().contains(secret));
        }
        // Templates are local only: no outbox row names them.
        QVERIFY(!*sql::exists(m_db->connection(),
                              u"SELECT 1 FROM outbox WHERE table_name = 'face_template'"_s, {}));
    }

    void rosterRestrictsTheGallery()
    {
        QVERIFY(repo().add(m_consenting, resnet, descriptor(1), 0.9, m_admin));
        QVERIFY(repo().add(m_consenting, resnet, descriptor(2), 0.9, m_admin));
        QVERIFY(repo().add(m_outsider, resnet, descriptor(3), 0.9, m_admin));
        auto onlyOne = repo().templatesFor(resnet, m_admin, QList<Id>{m_outsider});
        QVERIFY(onlyOne);
        QCOMPARE(onlyOne->templates.size(), 1);
        QCOMPARE(onlyOne->templates.first().studentId, m_outsider);
        QCOMPARE(repo().templatesFor(resnet, m_admin, QList<Id>{})->templates.size(), 0);
        QCOMPARE(repo()
                     .templatesFor(resnet, m_admin, QList<Id>{m_consenting, m_outsider, newId()})
                     ->templates.size(),
                 3);
        // A roster never widens what a teacher may see.
        QCOMPARE(repo().templatesFor(resnet, m_teacher, QList<Id>{m_outsider})->templates.size(),
                 0);
    }

    void modelsNeverMix()
    {
        QVERIFY(repo().add(m_consenting, resnet, descriptor(1), 0.9, m_admin));
        QVERIFY(repo().add(m_consenting, lbph, descriptor(2, 64), 0.9, m_admin));
        QCOMPARE(repo().templatesFor(resnet, m_admin)->templates.size(), 1);
        QCOMPARE(repo().templatesFor(lbph, m_admin)->templates.first().bytes.size(), 64 * 4);
        QCOMPARE(repo().templatesFor(u"unknown@0"_s, m_admin)->templates.size(), 0);
        auto mixed = repo().add(m_consenting, resnet, descriptor(3, 64), 0.9, m_admin);
        QVERIFY(!mixed);
        QCOMPARE(mixed.error().code, Error::Code::Invalid);
        QCOMPARE(*repo().countFor(m_consenting, m_admin), 2);

        // A row relabelled as another model does not open as that model.
        QVERIFY(sql::run(m_db->connection(),
                         u"UPDATE face_template SET model = ?, dimension = 128 WHERE model = ?"_s,
                         {resnet, lbph}));
        auto relabelled = repo().templatesFor(resnet, m_admin);
        QVERIFY(relabelled);
        QCOMPARE(relabelled->templates.size(), 1);
        QCOMPARE(relabelled->unreadable.size(), 1);
    }

    // Chosen behaviour: a damaged row is reported for that row and the rest still load; only if
    // nothing opens (the key is wrong) does the whole call fail.
    void aDamagedRowIsReportedAndTheRestLoad()
    {
        QVERIFY(repo().add(m_consenting, resnet, descriptor(1), 0.9, m_admin));
        auto damaged = repo().add(m_consenting, resnet, descriptor(2), 0.9, m_admin);
        QVERIFY(damaged);
        auto moved = repo().add(m_outsider, resnet, descriptor(3), 0.9, m_admin);
        QVERIFY(moved);
        auto stored = sql::run(m_db->connection(),
                               u"SELECT ciphertext FROM face_template WHERE id = ?"_s, {*damaged});
        QVERIFY(stored && stored->next());
        QByteArray flipped = stored->value(0).toByteArray();
        flipped[10] = char(flipped[10] ^ 0x01); // one bit of one byte
        QVERIFY(sql::run(m_db->connection(),
                         u"UPDATE face_template SET ciphertext = ? WHERE id = ?"_s,
                         {flipped, *damaged}));
        // The outsider's template moved onto the consenting student's row.
        QVERIFY(sql::run(m_db->connection(),
                         u"UPDATE face_template SET student_id = ? WHERE id = ?"_s,
                         {m_consenting, *moved}));

        auto gallery = repo().templatesFor(resnet, m_admin);
        QVERIFY(gallery);
        QCOMPARE(gallery->templates.size(), 1);
        QCOMPARE(gallery->unreadable.size(), 2);
        QList<Id> bad{gallery->unreadable.at(0).id, gallery->unreadable.at(1).id};
        QVERIFY(bad.contains(*damaged) && bad.contains(*moved));
        for (const auto &row : gallery->unreadable) {
            QCOMPARE(row.error.code, Error::Code::Corrupt);
            QVERIFY(row.error.message.contains(u"Enrol the student's face again"_s));
        }
    }

    void anotherKeyFailsTheWholeCallClearly()
    {
        QVERIFY(repo().add(m_consenting, resnet, descriptor(1), 0.9, m_admin));
        QVERIFY(repo().add(m_outsider, resnet, descriptor(2), 0.9, m_admin));
        auto otherKey = TemplateCipher::generate();
        QVERIFY(otherKey);
        auto gallery = FaceTemplateRepository(*m_db, *otherKey).templatesFor(resnet, m_admin);
        QVERIFY(!gallery);
        QCOMPARE(gallery.error().code, Error::Code::Corrupt);
        QVERIFY2(gallery.error().message.contains(u"None of the 2"_s),
                 qPrintable(gallery.error().message));
        QCOMPARE(templateRows(), 2); // nothing deleted

        TemplateCipher none;
        auto noKey = FaceTemplateRepository(*m_db, none)
                         .add(m_consenting, resnet, descriptor(3), 0.9, m_admin);
        QVERIFY(!noKey);
        QCOMPARE(noKey.error().code, Error::Code::Unavailable);
    }

    // 10,000 students x 3 templates: how long a gallery takes to load. Prints the time; only
    // with CAMPUSDESK_TEMPLATE_BENCH=1, as seeding 30,000 rows takes a while.
    void galleryOfThirtyThousandTemplates()
    {
        if (!qEnvironmentVariableIsSet("CAMPUSDESK_TEMPLATE_BENCH"))
            QSKIP("set CAMPUSDESK_TEMPLATE_BENCH=1 to time 30,000 templates");
        const int students = 10000;
        const int perStudent = 3;
        const QSqlDatabase db = m_db->connection();
        QElapsedTimer clock;
        clock.start();
        // Seeded straight into the tables (as a restore would); add() is timed separately.
        QVERIFY(sql::inTransaction(db, [&]() -> Result<void> {
            for (int s = 0; s < students; ++s) {
                const Id id = newId();
                if (auto done = sql::run(
                        db,
                        u"INSERT INTO student (id, student_number, first_name, last_name, batch, "
                        u"program, status, biometric_consent, updated_at) "
                        u"VALUES (?, ?, 'Bench', 'Student', '2026', 'CS', 'active', 1, 0)"_s,
                        {id, u"B-%1"_s.arg(s)});
                    !done)
                    return done.error();
                for (int t = 0; t < perStudent; ++t) {
                    const auto values = descriptor(quint32(s * perStudent + t));
                    auto sealed = m_cipher.sealFor(id, resnet, values);
                    if (!sealed)
                        return sealed.error();
                    if (auto done = sql::run(
                            db,
                            u"INSERT INTO face_template (id, student_id, model, dimension, nonce, "
                            u"ciphertext, quality, created_at) VALUES (?, ?, ?, 128, ?, ?, 0.9, 0)"_s,
                            {newId(), id, resnet, sealed->nonce, sealed->ciphertext});
                        !done)
                        return done.error();
                }
            }
            return {};
        }));
        const qint64 seedMs = clock.restart();
        auto gallery = repo().templatesFor(resnet, m_admin);
        const qint64 loadMs = clock.restart();
        QVERIFY(gallery);
        QCOMPARE(gallery->templates.size(), students * perStudent + 0);
        QList<Id> roster;
        for (qsizetype i = 0; i < gallery->templates.size(); i += perStudent * 250)
            roster.append(gallery->templates.at(i).studentId);
        clock.restart();
        auto classList = repo().templatesFor(resnet, m_admin, roster);
        const qint64 rosterMs = clock.restart();
        QVERIFY(classList);
        QCOMPARE(classList->templates.size(), roster.size() * perStudent);
        for (int i = 0; i < 100; ++i)
            QVERIFY(repo().add(m_consenting, resnet, descriptor(quint32(i)), 0.9, m_admin));
        const qint64 addMs = clock.elapsed();
        qInfo("seed %d rows: %lld ms; templatesFor all %d: %lld ms; roster of %d students: "
              "%lld ms; add() x100: %lld ms",
              students * perStudent, seedMs, students * perStudent, loadMs, int(roster.size()),
              rosterMs, addMs);
    }
};

QTEST_GUILESS_MAIN(TestFaceTemplateRepository)
#include "tst_facetemplaterepository.moc"
