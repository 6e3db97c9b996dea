#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "app/store/Visibility.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// Who reads which students: the rules live in the store, so a hidden button is never the only
// guard. A teacher of CS201 and a teacher of nothing, a student with an account, and two others.
class TestVisibility : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = test::testActor();
    Actor m_teacher;
    Actor m_otherTeacher;
    Actor m_studentActor;
    Id m_course;
    Id m_enrolled;
    Id m_notEnrolled;
    Id m_own;

    Actor makeUser(const QString &username, Role role, const Id &studentId = {})
    {
        User user;
        user.username = username;
        user.fullName = username;
        user.role = role;
        user.studentId = studentId;
        auto created = UserRepository(*m_db).create(user, u"long enough password"_s, m_admin);
        if (!created)
            qWarning() << created.error().message;
        return created ? Actor{created->id, username, role} : Actor{};
    }

    Id makeStudent(const QString &number, const QString &first, const QString &last)
    {
        auto created
            = StudentRepository(*m_db).create(test::sampleStudent(number, first, last), m_admin);
        return created ? created->id : Id();
    }

    QStringList numbersSeenBy(const Actor &viewer, StudentQuery query = {})
    {
        auto rows = StudentRepository(*m_db).list(query, viewer);
        if (!rows)
            return {rows.error().message};
        QStringList numbers;
        for (const auto &row : *rows)
            numbers.append(row.studentNumber);
        return numbers;
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        m_enrolled = makeStudent(u"2026-0001"_s, u"Amina"_s, u"Yusuf"_s);
        m_notEnrolled = makeStudent(u"2026-0002"_s, u"Omar"_s, u"Hadid"_s);
        m_own = makeStudent(u"2026-0003"_s, u"Sara"_s, u"Lind"_s);
        m_teacher = makeUser(u"teacher"_s, Role::Teacher);
        m_otherTeacher = makeUser(u"other"_s, Role::Teacher);
        m_studentActor = makeUser(u"sara"_s, Role::Student, m_own);
        QVERIFY(!m_teacher.userId.isEmpty() && !m_studentActor.userId.isEmpty());

        CourseRepository courses(*m_db);
        auto semester = courses.createSemester(
            {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, m_admin);
        QVERIFY(semester);
        auto course = courses.createCourse(
            {{}, u"CS201"_s, u"Data Structures"_s, semester->id, 4, {}, {m_teacher.userId}, {}},
            m_admin);
        QVERIFY(course);
        m_course = course->id;
        QVERIFY(courses.enroll(m_enrolled, m_course, QDate(2026, 9, 7), m_admin));
        QVERIFY(courses.enroll(m_own, m_course, QDate(2026, 9, 7), m_admin));
    }

    void staffAndAdministratorsSeeEveryone()
    {
        const QStringList all{u"2026-0002"_s, u"2026-0003"_s, u"2026-0001"_s};
        QCOMPARE(numbersSeenBy(m_admin), all); // name order: Hadid, Lind, Yusuf
        QCOMPARE(numbersSeenBy(Actor{u"x"_s, u"Office"_s, Role::Staff}), all);
        QCOMPARE(numbersSeenBy(Actor::system()), all);
    }

    void teachersSeeTheStudentsOfTheirCourses()
    {
        QCOMPARE(numbersSeenBy(m_teacher), (QStringList{u"2026-0003"_s, u"2026-0001"_s}));
        QCOMPARE(*StudentRepository(*m_db).count({}, m_teacher), 2);
        QVERIFY(StudentRepository(*m_db).find(m_enrolled, m_teacher));
        const auto hidden = StudentRepository(*m_db).find(m_notEnrolled, m_teacher);
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code, Error::Code::Forbidden);

        QVERIFY(numbersSeenBy(m_otherTeacher).isEmpty());
        QCOMPARE(*StudentRepository(*m_db).count({}, m_otherTeacher), 0);

        // A search word (the short-word fast path counts from the search table) is filtered too.
        StudentQuery query;
        query.search = u"o"_s;
        QCOMPARE(*StudentRepository(*m_db).count(query, m_teacher), 0);
        query.search = u"2026"_s;
        QCOMPARE(*StudentRepository(*m_db).count(query, m_teacher), 2);
    }

    void droppingAStudentHidesThemFromTheTeacher()
    {
        QVERIFY(CourseRepository(*m_db).drop(m_enrolled, m_course, m_admin));
        QCOMPARE(numbersSeenBy(m_teacher), QStringList{u"2026-0003"_s});
    }

    void studentsSeeOnlyThemselves()
    {
        QCOMPARE(numbersSeenBy(m_studentActor), QStringList{u"2026-0003"_s});
        QVERIFY(StudentRepository(*m_db).find(m_own, m_studentActor));
        const auto other = StudentRepository(*m_db).find(m_enrolled, m_studentActor);
        QVERIFY(!other);
        QCOMPARE(other.error().code, Error::Code::Forbidden);
        QVERIFY(other.error().message.contains(u"own"_s));
    }

    void teachingIsRequiredToMark()
    {
        const QSqlDatabase db = m_db->connection();
        QVERIFY(Visibility::requireTeaches(db, m_teacher, m_course));
        const auto refused = Visibility::requireTeaches(db, m_otherTeacher, m_course);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY(Visibility::requireTeaches(db, m_admin, m_course));
        QVERIFY(Visibility::requireCourse(db, m_teacher, m_course));
        QVERIFY(!Visibility::requireCourse(db, m_otherTeacher, m_course));
        QVERIFY(Visibility::requireCourse(db, m_studentActor, m_course));
    }

    void archivedStudentsLeaveTheEverydayList()
    {
        StudentRepository students(*m_db);
        auto archived = students.setArchived(m_notEnrolled, true, m_admin);
        QVERIFY(archived);
        QVERIFY(archived->archived);
        QCOMPARE(numbersSeenBy(m_admin), (QStringList{u"2026-0003"_s, u"2026-0001"_s}));
        StudentQuery onlyArchived;
        onlyArchived.archived = true;
        QCOMPARE(numbersSeenBy(m_admin, onlyArchived), QStringList{u"2026-0002"_s});
        StudentQuery search;
        search.search = u"Om"_s;
        QCOMPARE(*students.count(search, m_admin), 0);
        onlyArchived.search = u"Om"_s;
        QCOMPARE(*students.count(onlyArchived, m_admin), 1);

        // An archived student keeps their number: nobody else may take it, so restoring is safe.
        auto clash = students.create(test::sampleStudent(u"2026-0002"_s, u"Nadia"_s, u"Haddad"_s),
                                     m_admin);
        QVERIFY(!clash);
        QCOMPARE(clash.error().fields.first().field, u"studentNumber"_s);
        auto restored = students.setArchived(m_notEnrolled, false, m_admin);
        QVERIFY(restored);
        QVERIFY(!restored->archived);
        QCOMPARE(*students.count(search, m_admin), 1);
        QVERIFY(!students.setArchived(m_notEnrolled, false, m_teacher));
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
