#include "app/store/CourseRepository.h"
#include "app/store/JournalReader.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_actor = test::testActor(u"Office Clerk"_s);

    Student create(const Student &s)
    {
        auto created = StudentRepository(*m_db).create(s, m_actor);
        if (!created)
            qWarning("create: %s %s", qPrintable(created.error().message),
                     qPrintable(created.error().detail));
        return created ? *created : Student();
    }

    QStringList numbers(const StudentQuery &q)
    {
        QStringList result;
        auto list = StudentRepository(*m_db).list(q, m_actor);
        if (list)
            for (const auto &item : *list)
                result << item.studentNumber;
        return result;
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }

    void createWritesStudentGuardiansOutboxAndAudit()
    {
        Student s = test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s);
        s.guardians.append(
            Guardian{{}, u"Karim Haddad"_s, u"Father"_s, {}, u"karim@example.org"_s});
        s.consent = BiometricConsent{true, m_actor.userId,
                                     QDateTime(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC)};
        const Student created = create(s);
        QVERIFY(isValidId(created.id));
        QCOMPARE(created.guardians.size(), 2);
        QCOMPARE(created.guardians.at(1).name, u"Karim Haddad"_s); // order kept
        QCOMPARE(created.consent, s.consent);
        QCOMPARE(created.dateOfBirth, s.dateOfBirth);
        QCOMPARE(created.meta.updatedBy, m_actor.userId);
        QCOMPARE(created.meta.rev, 0);

        // One outbox entry and one audit entry per row written.
        QCOMPARE(test::rowCount(*m_db, u"outbox"_s), 3);
        QCOMPARE(test::rowCount(*m_db, u"audit_log"_s), 3);
        auto pending = JournalReader(*m_db).pendingMutations();
        QVERIFY(pending);
        QCOMPARE(pending->at(0).table, u"student"_s);
        QCOMPARE(pending->at(0).op, u"insert"_s);
        QCOMPARE(pending->at(0).rowId, created.id);
        QCOMPARE(pending->at(0).fields.value(u"last_name"_s).toString(), u"Haddad"_s);
        QCOMPARE(pending->at(1).table, u"guardian"_s);
        QCOMPARE(pending->at(1).fields.value(u"student_id"_s).toString(), created.id);
    }

    void invalidInputIsRefusedAndWritesNothing()
    {
        Student s = test::sampleStudent(u""_s, u"Amina"_s, u""_s);
        s.email = u"not-an-email"_s;
        auto created = StudentRepository(*m_db).create(s, m_actor);
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Invalid);
        QStringList fields;
        for (const auto &f : created.error().fields)
            fields << f.field;
        QCOMPARE(fields, (QStringList{u"studentNumber"_s, u"lastName"_s, u"email"_s}));
        QCOMPARE(test::rowCount(*m_db, u"student"_s), 0);
        QCOMPARE(test::rowCount(*m_db, u"outbox"_s), 0);
    }

    void duplicateNumbersAreRefused()
    {
        create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        auto again = StudentRepository(*m_db).create(
            test::sampleStudent(u"2025-000001"_s, u"Omar"_s, u"Said"_s), m_actor);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Invalid);
        QCOMPARE(again.error().fields.first().field, u"studentNumber"_s);
        QVERIFY(again.error().message.contains(u"2025-000001"_s));
    }

    void updateSavesOnlyWhatChanged()
    {
        const Student original
            = create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        const int outboxBefore = test::rowCount(*m_db, u"outbox"_s);
        Student edited = original;
        edited.phone = u"+44 20 7946 0000"_s;
        edited.guardians[0].phone = u"+44 20 7946 0001"_s;
        edited.guardians.append(
            Guardian{{}, u"Aunt Salma"_s, u"Aunt"_s, u"+44 20 7946 0002"_s, {}});
        auto saved = StudentRepository(*m_db).update(original, edited, m_actor);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->phone, edited.phone);
        QCOMPARE(saved->guardians.size(), 2);
        QCOMPARE(saved->guardians.at(0).phone, u"+44 20 7946 0001"_s);
        auto pending = JournalReader(*m_db).pendingMutations();
        QCOMPARE(pending->size() - outboxBefore, 3); // student, guardian update, guardian insert
        const OutboxEntry &studentChange = pending->at(outboxBefore);
        QCOMPARE(studentChange.op, u"update"_s);
        QCOMPARE(studentChange.fields.keys(), QStringList{u"phone"_s});

        // Removing a guardian tombstones it.
        Student fewer = *saved;
        fewer.guardians.removeFirst();
        auto again = StudentRepository(*m_db).update(*saved, fewer, m_actor);
        QVERIFY(again);
        QCOMPARE(again->guardians.size(), 1);
        QCOMPARE(again->guardians.first().name, u"Aunt Salma"_s);
    }

    void twoWindowsEditingTheSameFieldConflict()
    {
        const Student loaded
            = create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        Student first = loaded;
        first.email = u"amina@school.example.edu"_s;
        Student second = loaded;
        second.email = u"a.haddad@school.example.edu"_s;
        QVERIFY(StudentRepository(*m_db).update(loaded, first, m_actor));
        auto clash = StudentRepository(*m_db).update(loaded, second, m_actor);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, Error::Code::Conflict);
        QCOMPARE(clash.error().fields.first().field, u"email"_s);
        QCOMPARE(StudentRepository(*m_db).find(loaded.id, m_actor)->email,
                 u"amina@school.example.edu"_s);

        // Different fields from the same starting point merge.
        Student third = loaded;
        third.phone = u"+1 555 0100 999"_s;
        QVERIFY(StudentRepository(*m_db).update(loaded, third, m_actor));
        const Student now = *StudentRepository(*m_db).find(loaded.id, m_actor);
        QCOMPARE(now.email, u"amina@school.example.edu"_s);
        QCOMPARE(now.phone, u"+1 555 0100 999"_s);
    }

    void photoRoundTripsReplacesAndRemoves()
    {
        const Student s = create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        StudentRepository students(*m_db);
        QCOMPARE(*students.photo(s.id, m_actor), QByteArray()); // none yet

        const QByteArray first = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(1000, 'a');
        QVERIFY(students.setPhoto(s.id, first, m_actor));
        QCOMPARE(*students.photo(s.id, m_actor), first);
        const QByteArray second = QByteArray("\xff\xd8\xff\xe1", 4) + QByteArray(2000, '\0');
        QVERIFY(students.setPhoto(s.id, second, m_actor));
        QCOMPARE(*students.photo(s.id, m_actor), second);
        QCOMPARE(test::rowCount(*m_db, u"student_photo"_s), 1); // replaced in place

        // The outbox carries the image (base64, so binary survives JSON); the audit log never.
        auto pending = JournalReader(*m_db).pendingMutations();
        QCOMPARE(pending->last().table, u"student_photo"_s);
        QCOMPARE(
            QByteArray::fromBase64(pending->last().fields.value(u"image"_s).toString().toLatin1()),
            second);
        const QString audit = test::rawScalar(m_db->path(),
                                              "SELECT group_concat(details, ' ') FROM audit_log "
                                              "WHERE entity = 'student_photo'")
                                  .toString();
        QVERIFY(!audit.isEmpty());
        QVERIFY2(!audit.contains(u"aaaa"_s) && audit.size() < 400, qPrintable(audit));

        QVERIFY(students.setPhoto(s.id, {}, m_actor));
        QCOMPARE(*students.photo(s.id, m_actor), QByteArray());
        QCOMPARE(test::rowCount(*m_db, u"student_photo"_s), 1); // a tombstone
        QVERIFY(students.setPhoto(s.id, first, m_actor)); // a new photo after removal
        QCOMPARE(*students.photo(s.id, m_actor), first);
    }

    void photoMustBeASmallJpeg()
    {
        const Student s = create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        StudentRepository students(*m_db);
        auto png = students.setPhoto(s.id, QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, 'x'),
                                     m_actor);
        QVERIFY(!png);
        QCOMPARE(png.error().code, Error::Code::Invalid);
        QCOMPARE(png.error().fields.first().field, u"photo"_s);
        QVERIFY(png.error().fields.first().message.contains(u"JPEG"_s));

        const QByteArray huge
            = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(StudentRepository::maxPhotoBytes, 'a');
        auto tooBig = students.setPhoto(s.id, huge, m_actor);
        QVERIFY(!tooBig);
        QCOMPARE(tooBig.error().fields.first().field, u"photo"_s);
        QVERIFY(tooBig.error().fields.first().message.contains(u"512 KiB"_s));
        QCOMPARE(test::rowCount(*m_db, u"student_photo"_s), 0);

        // Who may: a teacher sees the photo of nobody outside their courses and sets none.
        const Actor teacher{newId(), u"Tess Teacher"_s, Role::Teacher};
        QCOMPARE(students.setPhoto(s.id, {}, teacher).error().code, Error::Code::Forbidden);
        QVERIFY(!students.photo(s.id, teacher));
        QCOMPARE(students.setPhoto(newId(), {}, m_actor).error().code, Error::Code::NotFound);
    }

    void consentIsRecordedWithWhoAndWhen()
    {
        const Student s = create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        QVERIFY(!s.consent.granted);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto granted = StudentRepository(*m_db).setConsent(s, true, m_actor);
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));
        QVERIFY(granted->consent.granted);
        QCOMPARE(granted->consent.recordedBy, m_actor.userId);
        QVERIFY(granted->consent.recordedAt >= before);

        // Recording from a stale copy is a conflict, not a silent overwrite.
        auto stale = StudentRepository(*m_db).setConsent(s, false, m_actor);
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QVERIFY(StudentRepository(*m_db).setConsent(*granted, false, m_actor));
        QVERIFY(!StudentRepository(*m_db).find(s.id, m_actor)->consent.granted);

        // A student account may not record consent.
        const Actor student{newId(), u"Sam Student"_s, Role::Student};
        QCOMPARE(StudentRepository(*m_db).setConsent(*granted, true, student).error().code,
                 Error::Code::Forbidden);
    }

    void removeTombstonesStudentAndGuardians()
    {
        const Student s = create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        QVERIFY(StudentRepository(*m_db).remove(s.id, m_actor));
        QCOMPARE(StudentRepository(*m_db).find(s.id, m_actor).error().code, Error::Code::NotFound);
        QCOMPARE(test::rowCount(*m_db, u"student"_s), 1); // still there, as a tombstone
        QCOMPARE(*StudentRepository(*m_db).count({}, m_actor), 0);
        auto pending = JournalReader(*m_db).pendingMutations();
        QCOMPARE(pending->last().op, u"delete"_s);
        QCOMPARE(pending->last().table, u"student"_s);
        // The number can be given to a new student.
        QVERIFY(StudentRepository(*m_db).create(
            test::sampleStudent(u"2025-000001"_s, u"Omar"_s, u"Said"_s), m_actor));
    }

    void searchMatchesWordPrefixes()
    {
        create(test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s));
        create(test::sampleStudent(u"2025-000002"_s, u"Omar"_s, u"Hadid"_s));
        create(test::sampleStudent(u"2024-000001"_s, u"Jürgen"_s, u"Müller"_s, u"Biology"_s,
                                   u"2024"_s));
        create(
            test::sampleStudent(u"2024-000002"_s, u"Wei"_s, u"Zhang"_s, u"Biology"_s, u"2024"_s));
        create(test::sampleStudent(u"2024-000003"_s, u"Ana"_s, u"Zhang_Li"_s, u"Biology"_s,
                                   u"2024"_s));

        StudentQuery q;
        q.search = u"had"_s;
        QCOMPARE(numbers(q), (QStringList{u"2025-000001"_s, u"2025-000002"_s}));
        q.search = u"HADI"_s; // case does not matter
        QCOMPARE(numbers(q), QStringList{u"2025-000002"_s});
        q.search = u"2024-00000"_s;
        QCOMPARE(numbers(q).size(), 3);
        q.search = u"Jür"_s; // non-ASCII prefix
        QCOMPARE(numbers(q), QStringList{u"2024-000001"_s});
        q.search = u"omar.h"_s; // email
        QCOMPARE(numbers(q), QStringList{u"2025-000002"_s});
        q.search = u"  amina   had "_s; // every word must match
        QCOMPARE(numbers(q), QStringList{u"2025-000001"_s});
        q.search = u"amina zh"_s;
        QVERIFY(numbers(q).isEmpty());
        q.search = u"aday"_s; // prefixes only, not substrings
        QVERIFY(numbers(q).isEmpty());
        q.search = u"%"_s; // wildcards are plain characters
        QVERIFY(numbers(q).isEmpty());
        q.search = u"Zhang_"_s;
        QCOMPARE(numbers(q), QStringList{u"2024-000003"_s});
        QCOMPARE(*StudentRepository(*m_db).count(q, m_actor), 1);
    }

    void filtersSortingAndPaging()
    {
        for (int i = 1; i <= 30; ++i) {
            Student s = test::sampleStudent(
                u"2025-%1"_s.arg(i, 6, 10, QChar(u'0')), u"First%1"_s.arg(i),
                u"Last%1"_s.arg(31 - i, 2, 10, QChar(u'0')), i % 2 ? u"Biology"_s : u"Economics"_s,
                i <= 10 ? u"2024"_s : u"2025"_s);
            if (i == 7)
                s.status = StudentStatus::Withdrawn;
            create(s);
        }
        StudentQuery q;
        q.limit = 5;
        QCOMPARE(numbers(q).first(), u"2025-000030"_s); // Last01
        q.order = Qt::DescendingOrder;
        QCOMPARE(numbers(q).first(), u"2025-000001"_s); // Last30
        q.sort = StudentSort::Number;
        q.order = Qt::AscendingOrder;
        q.offset = 10;
        QCOMPARE(numbers(q),
                 (QStringList{u"2025-000011"_s, u"2025-000012"_s, u"2025-000013"_s,
                              u"2025-000014"_s, u"2025-000015"_s}));

        StudentQuery filtered;
        filtered.program = u"Biology"_s;
        filtered.batch = u"2024"_s;
        QCOMPARE(*StudentRepository(*m_db).count(filtered, m_actor), 5);
        filtered.status = StudentStatus::Withdrawn;
        filtered.sort = StudentSort::Number;
        QCOMPARE(numbers(filtered), QStringList{u"2025-000007"_s});

        // Course filter: only students actively enrolled.
        CourseRepository courses(*m_db);
        auto semester = courses.createSemester(
            {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, m_actor);
        QVERIFY(semester);
        auto course = courses.createCourse(
            {{}, u"BI101-01"_s, u"Cell Biology"_s, semester->id, 3, u"Biology"_s, {}, {}}, m_actor);
        QVERIFY(course);
        StudentQuery firstThree;
        firstThree.sort = StudentSort::Number;
        firstThree.limit = 3;
        auto all = StudentRepository(*m_db).list(firstThree, m_actor);
        for (const auto &s : *all)
            QVERIFY(courses.enroll(s.id, course->id, QDate(2026, 9, 1), m_actor));
        QVERIFY(courses.drop(all->at(1).id, course->id, m_actor));
        StudentQuery inCourse;
        inCourse.courseId = course->id;
        inCourse.sort = StudentSort::Number;
        QCOMPARE(numbers(inCourse), (QStringList{u"2025-000001"_s, u"2025-000003"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStudentRepository)
#include "tst_studentrepository.moc"
