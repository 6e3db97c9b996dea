#include "app/store/DemoSchool.h"

#include "app/core/Attendance.h"
#include "app/core/Dates.h"
#include "app/core/Fees.h"
#include "app/core/Id.h"
#include "app/core/Student.h"
#include "app/store/BulkInserter.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/PasswordHasher.h"
#include "app/store/SchoolSettings.h"
#include "app/store/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <memory>
#include <optional>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QList<DemoAccount> DemoSchool::accounts()
{
    return {{u"admin"_s, u"campusdesk-admin"_s, Role::Admin},
            {u"staff"_s, u"campusdesk-staff"_s, Role::Staff},
            {u"teacher"_s, u"campusdesk-teacher"_s, Role::Teacher},
            {u"student"_s, u"campusdesk-student"_s, Role::Student}};
}

namespace {

constexpr int sectionSize = 40;
constexpr int sectionsPerTeacher = 4;
constexpr int coursesPerYear = 5;
constexpr qint64 commitEveryRows = 50000;

// SplitMix64: tiny, fast, and the same sequence on every platform (unlike std distributions).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    double between(double lo, double hi) { return lo + (hi - lo) * unit(); }
    double normal(double mean, double sd)
    {
        const double u1 = std::max(unit(), 1e-12);
        const double u2 = unit();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

struct ProgramInfo
{
    QString name;
    QString code;
    qint64 tuitionMinor = 0;
    QList<std::pair<QString, double>> courses; // 4 years x 5, in curriculum order
};

struct StudentInfo
{
    Id id;
    int program = 0;
    int year = 0; // 0 = first year
    QString batch;
    double attendanceRate = 0.9;
    double ability = 0.7;
    bool consent = false;
    QString fullName;
};

struct SemesterInfo
{
    QString name;
    QDate start;
    QDate end;
    int yearOfSemester = 0;
    bool autumn = true;
};

QStringList readLines(const QString &resource)
{
    QFile file(resource);
    QStringList lines;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return lines;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

QList<ProgramInfo> readPrograms()
{
    QList<ProgramInfo> programs;
    for (const auto &line : readLines(u":/demo/programs.txt"_s)) {
        const QStringList parts = line.split(u'|');
        if (line.startsWith(u'#') && parts.size() == 3) {
            programs.append(ProgramInfo{
                parts.at(0).mid(1).trimmed(), parts.at(1), parts.at(2).toLongLong(), {}});
        } else if (!programs.isEmpty() && parts.size() == 2) {
            programs.last().courses.append({parts.at(0), parts.at(1).toDouble()});
        }
    }
    return programs;
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

// Autumn runs 15 weeks from the first Monday of September; spring 16 weeks (with a break)
// from the second Monday of January. Before spring starts, the autumn just ended is current.
SemesterInfo semesterFor(const QDate &today)
{
    const int y = today.year();
    const QDate springStart = nthWeekday(y, 1, 1, 2);
    SemesterInfo s;
    if (today.month() >= 8 || today < springStart) {
        const int year = today.month() >= 8 ? y : y - 1;
        s = {u"Autumn %1"_s.arg(year), nthWeekday(year, 9, 1, 1), {}, year, true};
        s.end = s.start.addDays(15 * 7 - 3);
    } else {
        s = {u"Spring %1"_s.arg(y), springStart, {}, y, false};
        s.end = s.start.addDays(16 * 7 - 3);
    }
    return s;
}

QString asciiFold(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            out.append(c.toLower());
        else if (c == u'ł' || c == u'Ł')
            out.append(u'l');
        else if (c == u'đ' || c == u'Đ')
            out.append(u'd');
        else if (c == u'ø' || c == u'Ø')
            out.append(u'o');
    }
    return out;
}

class Generator
{
public:
    Generator(const Database &db, const DemoSchoolOptions &options,
              const std::function<void(int)> &progress)
        : m_database(&db), m_db(db.connection()), m_options(options), m_progress(progress),
          m_rng(options.seed), m_idRng(options.seed ^ 0xC0FFEEULL)
    {
    }

    Result<DemoSchoolReport> run();

private:
    Id id() { return uuidV7(m_idBaseMs + m_idCounter++, m_idRng.next(), m_idRng.next()); }
    qint64 at(const QDate &day, const QTime &time) const
    {
        return QDateTime(day, time, Qt::UTC).toMSecsSinceEpoch();
    }
    Result<void> checkpoint(bool force = false);
    Result<void> add(BulkInserter &inserter, const QVariantList &values);
    QString uniqueUsername(const QString &first, const QString &last);
    QString uniqueEmail(const QString &first, const QString &last, const QString &domain);
    Result<Id> addUser(const QString &username, const QString &fullName, Role role,
                       const QString &hash, const Id &studentId = {});
    Result<void> createStaff();
    Result<void> createStudents();
    Result<Id> teacherFor(int program);
    Result<void> createCourses();
    Result<void> createSection(const Id &courseId, int courseIndex, int section,
                               const QList<int> &members, const Id &teacherId, bool faceAttendance);
    Result<void> createInvoices();
    Result<void> createMessages();

    const Database *m_database;
    QSqlDatabase m_db;
    DemoSchoolOptions m_options;
    std::function<void(int)> m_progress;
    Random m_rng;
    Random m_idRng;
    qint64 m_idBaseMs = 0;
    qint64 m_idCounter = 0;
    qint64 m_updatedAt = 0;
    qint64 m_pendingRows = 0;

    SemesterInfo m_semester;
    Id m_semesterId;
    QList<ProgramInfo> m_programs;
    QStringList m_firstNames;
    QStringList m_lastNames;
    QList<StudentInfo> m_students;
    QHash<QString, int> m_usedUsernames;
    QHash<QString, int> m_usedEmails;
    QHash<QString, int> m_receiptCounters;
    QString m_receiptSeries;
    Id m_adminId;
    QList<Id> m_staffIds;
    QList<Id> m_teacherIds;
    QHash<int, std::pair<Id, int>> m_currentTeacher; // program -> (teacher, sections so far)
    QString m_teacherHash;
    QString m_staffHash;
    Id m_demoTeacherId;
    int m_demoStudent = -1; // index into m_students
    Id m_demoStudentUserId;
    QList<Id> m_demoTeacherCourses;
    DemoSchoolReport m_report;

    std::unique_ptr<BulkInserter> m_userInserter, m_studentInserter, m_guardianInserter,
        m_courseInserter, m_teacherInserter, m_enrollmentInserter, m_sessionInserter,
        m_markInserter, m_assessmentInserter, m_gradeInserter, m_structureInserter,
        m_invoiceInserter, m_ledgerInserter, m_categoryInserter, m_publicationInserter,
        m_channelInserter, m_memberInserter, m_messageInserter;
};

Result<void> Generator::checkpoint(bool force)
{
    if (!force && m_pendingRows < commitEveryRows)
        return {};
    m_pendingRows = 0;
    if (auto done = sql::run(m_db, u"COMMIT"_s); !done)
        return done.error();
    if (auto done = sql::run(m_db, u"BEGIN IMMEDIATE"_s); !done)
        return done.error();
    return {};
}

Result<void> Generator::add(BulkInserter &inserter, const QVariantList &values)
{
    if (auto done = inserter.add(values); !done)
        return done;
    ++m_pendingRows;
    return checkpoint();
}

QString Generator::uniqueUsername(const QString &first, const QString &last)
{
    QString base = asciiFold(first).left(1) + u'.' + asciiFold(last).left(24);
    if (base.size() < 3)
        base += u"user"_s;
    const int n = m_usedUsernames[base]++;
    return n == 0 ? base : base + QString::number(n + 1);
}

QString Generator::uniqueEmail(const QString &first, const QString &last, const QString &domain)
{
    const QString base = asciiFold(first) + u'.' + asciiFold(last);
    const int n = m_usedEmails[base]++;
    return (n == 0 ? base : base + QString::number(n + 1)) + u'@' + domain;
}

Result<Id> Generator::addUser(const QString &username, const QString &fullName, Role role,
                              const QString &hash, const Id &studentId)
{
    const Id userId = id();
    const QString email
        = role == Role::Student ? QString() : username + u"@campusdesk.example.edu"_s;
    if (auto done = add(*m_userInserter,
                        {userId, username, fullName, sql::text(email), codeOf(role), hash, 0,
                         sql::reference(studentId), m_updatedAt});
        !done)
        return done.error();
    return userId;
}

Result<void> Generator::createStaff()
{
    const auto demo = DemoSchool::accounts();
    const QString adminHash = PasswordHasher::hash(demo.at(0).password);
    m_staffHash = PasswordHasher::hash(demo.at(1).password);
    m_teacherHash = PasswordHasher::hash(demo.at(2).password);
    if (adminHash.isEmpty() || m_staffHash.isEmpty() || m_teacherHash.isEmpty())
        return Error::make(Error::Code::Database,
                           DemoSchool::tr("Passwords could not be hashed (out of memory?)."));

    m_usedUsernames.insert(u"admin"_s, 1);
    m_usedUsernames.insert(u"staff"_s, 1);
    m_usedUsernames.insert(u"teacher"_s, 1);
    m_usedUsernames.insert(u"student"_s, 1);
    auto admin = addUser(u"admin"_s, u"Grace Okafor"_s, Role::Admin, adminHash);
    if (!admin)
        return admin.error();
    m_adminId = *admin;
    auto staff = addUser(u"staff"_s, u"Daniel Moreau"_s, Role::Staff, m_staffHash);
    if (!staff)
        return staff.error();
    m_staffIds.append(*staff);
    // One office worker for every 500 students besides the demo account.
    for (int i = 1; i < std::max(1, m_options.students / 500); ++i) {
        const QString first = m_rng.pick(m_firstNames), last = m_rng.pick(m_lastNames);
        auto user
            = addUser(uniqueUsername(first, last), first + u' ' + last, Role::Staff, m_staffHash);
        if (!user)
            return user.error();
        m_staffIds.append(*user);
    }
    m_report.staff = int(m_staffIds.size());
    return {};
}

Result<void> Generator::createStudents()
{
    const int cohorts = int(m_programs.size()) * 4;
    QList<int> seqPerBatch(4, 0);
    static const QStringList relations
        = {u"Mother"_s, u"Father"_s, u"Guardian"_s, u"Aunt"_s, u"Uncle"_s, u"Grandmother"_s};
    for (int i = 0; i < m_options.students; ++i) {
        StudentInfo s;
        s.id = id();
        const int cohort = m_rng.below(cohorts);
        s.program = cohort / 4;
        s.year = cohort % 4;
        const int batchYear = m_semester.yearOfSemester - s.year - (m_semester.autumn ? 0 : 1);
        s.batch = QString::number(batchYear);
        const double r = m_rng.unit();
        s.attendanceRate = r < 0.75 ? m_rng.between(0.88, 0.99)
            : r < 0.95              ? m_rng.between(0.76, 0.88)
                                    : m_rng.between(0.5, 0.74);
        s.ability = std::clamp(m_rng.normal(0.72, 0.12), 0.3, 0.98);
        s.consent = m_rng.chance(0.7);

        const QString first = m_rng.pick(m_firstNames);
        const QString last = m_rng.pick(m_lastNames);
        s.fullName = first + u' ' + last;
        const QString number
            = u"%1-%2"_s.arg(s.batch).arg(++seqPerBatch[s.year], 6, 10, QChar(u'0'));
        const QDate birth = QDate(batchYear - 18 - m_rng.below(3), 1, 1).addDays(m_rng.below(365));
        const QString phone = u"+1 555 01%1 %2"_s.arg(m_rng.below(100), 2, 10, QChar(u'0'))
                                  .arg(m_rng.below(10000), 4, 10, QChar(u'0'));
        const QString status = m_rng.chance(0.02) ? u"withdrawn"_s : u"active"_s;
        const QVariant consentBy = s.consent ? QVariant(m_rng.pick(m_staffIds))
                                             : QVariant(QMetaType::fromType<QString>());
        const QVariant consentAt = s.consent
            ? QVariant(at(m_semester.start.addDays(-m_rng.below(60)), QTime(10, 0)))
            : QVariant(QMetaType::fromType<qlonglong>());
        if (auto done = add(*m_studentInserter,
                            {s.id, number, first, last,
                             uniqueEmail(first, last, u"student.campusdesk.example.edu"_s), phone,
                             toStoredDate(birth), s.batch, m_programs.at(s.program).name, status,
                             s.consent ? 1 : 0, consentBy, consentAt});
            !done)
            return done;
        const int guardians = m_rng.chance(0.3) ? 2 : 1;
        for (int g = 0; g < guardians; ++g) {
            const QString gFirst = m_rng.pick(m_firstNames);
            const QString relation = m_rng.pick(relations);
            const QString gPhone = u"+1 555 02%1 %2"_s.arg(m_rng.below(100), 2, 10, QChar(u'0'))
                                       .arg(m_rng.below(10000), 4, 10, QChar(u'0'));
            const QString gEmail
                = m_rng.chance(0.6) ? uniqueEmail(gFirst, last, u"mail.example.org"_s) : QString();
            if (auto done = add(*m_guardianInserter,
                                {id(), s.id, g, QString(gFirst + u' ' + last), relation, gPhone,
                                 sql::text(gEmail)});
                !done)
                return done;
        }
        m_students.append(s);
    }
    m_report.students = m_options.students;
    return {};
}

Result<Id> Generator::teacherFor(int program)
{
    auto &[teacher, sections] = m_currentTeacher[program];
    if (teacher.isEmpty() || sections >= sectionsPerTeacher) {
        const bool demo = m_demoTeacherId.isEmpty();
        const QString first = m_rng.pick(m_firstNames), last = m_rng.pick(m_lastNames);
        auto user = addUser(demo ? u"teacher"_s : uniqueUsername(first, last), first + u' ' + last,
                            Role::Teacher, m_teacherHash);
        if (!user)
            return user.error();
        teacher = *user;
        sections = 0;
        m_teacherIds.append(teacher);
        if (demo)
            m_demoTeacherId = teacher;
    }
    ++sections;
    return teacher;
}

Result<void> Generator::createSection(const Id &courseId, int courseIndex, int section,
                                      const QList<int> &members, const Id &teacherId,
                                      bool faceAttendance)
{
    for (int index : members) {
        if (auto done = add(*m_enrollmentInserter,
                            {id(), m_students.at(index).id, courseId, u"active"_s,
                             toStoredDate(m_semester.start.addDays(-7))});
            !done)
            return done;
    }
    m_report.enrollments += members.size();

    // One 90-minute session a week on a fixed weekday and slot, up to yesterday.
    static const QList<QTime> timeSlots = {QTime(8, 30), QTime(10, 30), QTime(13, 0), QTime(15, 0)};
    const int weekday = (courseIndex + section) % 5;
    const QTime start = timeSlots.at((courseIndex * 3 + section) % timeSlots.size());
    for (QDate day = m_semester.start.addDays(weekday);
         day <= m_semester.end && day < m_options.today; day = day.addDays(7)) {
        const Id sessionId = id();
        const qint64 startMs = at(day, start);
        if (auto done = add(*m_sessionInserter,
                            {sessionId, courseId, toStoredDate(day), start.toString(u"HH:mm"_s), 90,
                             teacherId, startMs + 90 * 60 * 1000});
            !done)
            return done;
        ++m_report.sessions;
        for (int index : members) {
            const StudentInfo &s = m_students.at(index);
            QString status = u"present"_s;
            QString note;
            if (!m_rng.chance(s.attendanceRate)) {
                status = m_rng.chance(0.15) ? u"excused"_s : u"absent"_s;
                if (status == u"excused"_s)
                    note = u"Medical appointment"_s;
            } else if (m_rng.chance(0.06)) {
                status = u"late"_s;
            }
            const bool byFace
                = faceAttendance && s.consent && status != u"absent"_s && status != u"excused"_s;
            const QVariant confidence = byFace
                ? QVariant(std::round(m_rng.between(0.82, 0.995) * 1000) / 1000)
                : QVariant(QMetaType::fromType<double>());
            if (auto done = add(*m_markInserter,
                                {id(), sessionId, s.id, status, byFace ? u"face"_s : u"manual"_s,
                                 confidence, byFace ? u"yunet-2022mar+resnet128"_s : QString(u""_s),
                                 teacherId, startMs + 5 * 60 * 1000, sql::text(note)});
                !done)
                return done;
            ++m_report.attendanceMarks;
            // Now and then an absence is excused afterwards: a correction, appended.
            if (status == u"absent"_s && m_rng.chance(0.08)) {
                if (auto done
                    = add(*m_markInserter,
                          {id(), sessionId, s.id, u"excused"_s, u"manual"_s,
                           QVariant(QMetaType::fromType<double>()), QString(u""_s), teacherId,
                           startMs + 3LL * 24 * 3600 * 1000, u"Medical certificate received"_s});
                    !done)
                    return done;
                ++m_report.attendanceMarks;
            }
        }
    }

    // Five assessments; those already held have marks.
    struct Plan
    {
        const char16_t *title;
        const char16_t *category;
        double weight;
        double max;
        int week;
    };
    static const Plan plans[] = {{u"Quiz 1", u"Coursework", 10, 20, 3},
                                 {u"Assignment 1", u"Coursework", 15, 50, 5},
                                 {u"Midterm exam", u"Exam", 25, 100, 8},
                                 {u"Assignment 2", u"Coursework", 15, 50, 11},
                                 {u"Final exam", u"Exam", 35, 100, 15}};
    // Coursework counts 40 % and exams 60 %, whatever the assessments' own weights add up to.
    for (const auto &[name, weight] : {std::pair{u"Coursework", 40.0}, std::pair{u"Exam", 60.0}}) {
        if (auto done
            = add(*m_categoryInserter, {id(), courseId, QString::fromUtf16(name), weight});
            !done)
            return done;
    }
    QDate lastHeld;
    for (const auto &plan : plans) {
        const Id assessmentId = id();
        lastHeld = std::max(lastHeld, m_semester.start.addDays(plan.week * 7 + 2));
        const QDate held = m_semester.start.addDays(plan.week * 7 + 2);
        if (auto done
            = add(*m_assessmentInserter,
                  {assessmentId, courseId, QString::fromUtf16(plan.title),
                   QString::fromUtf16(plan.category), plan.weight, plan.max, toStoredDate(held)});
            !done)
            return done;
        ++m_report.assessments;
        if (held >= m_options.today)
            continue;
        const qint64 enteredAt = at(held.addDays(4), QTime(16, 0));
        for (int index : members) {
            const StudentInfo &s = m_students.at(index);
            QVariant score(QMetaType::fromType<double>());
            QString status = u"scored"_s;
            const double r = m_rng.unit();
            if (r < 0.03) {
                status = u"absent"_s;
            } else if (r < 0.05) {
                status = u"excused"_s;
            } else {
                const double fraction = std::clamp(s.ability + m_rng.normal(0, 0.08), 0.0, 1.0);
                score = std::round(fraction * plan.max * 2) / 2; // half points
            }
            if (auto done = add(*m_gradeInserter,
                                {id(), assessmentId, s.id, status, score, teacherId, enteredAt});
                !done)
                return done;
            ++m_report.marks;
        }
    }
    // A course whose assessments are all over has its results published a week after the last
    // (or yesterday, if that is sooner), as its teacher would.
    if (lastHeld < m_options.today) {
        const QDate on = std::min(lastHeld.addDays(7), m_options.today.addDays(-1));
        if (auto done
            = add(*m_publicationInserter, {id(), courseId, teacherId, at(on, QTime(17, 0))});
            !done)
            return done;
        ++m_report.publishedCourses;
    }
    return {};
}

Result<void> Generator::createCourses()
{
    const int cohorts = int(m_programs.size()) * 4;
    QList<QList<int>> members(cohorts);
    for (int i = 0; i < m_students.size(); ++i)
        members[m_students.at(i).program * 4 + m_students.at(i).year].append(i);

    int done = 0;
    for (int cohort = 0; cohort < cohorts; ++cohort) {
        const int program = cohort / 4;
        const int year = cohort % 4;
        const ProgramInfo &info = m_programs.at(program);
        const QList<int> &cohortMembers = members.at(cohort);
        const int sections = int((cohortMembers.size() + sectionSize - 1) / sectionSize);
        for (int c = 0; c < coursesPerYear; ++c) {
            const auto &[title, credits] = info.courses.at(year * coursesPerYear + c);
            const int level = m_semester.autumn ? 2 * year + 1 : 2 * year + 2;
            for (int section = 0; section < sections; ++section) {
                auto teacher = teacherFor(program);
                if (!teacher)
                    return teacher.error();
                const Id courseId = id();
                const QString code = u"%1%2%3-%4"_s.arg(info.code)
                                         .arg(level)
                                         .arg(c + 1, 2, 10, QChar(u'0'))
                                         .arg(section + 1, 2, 10, QChar(u'0'));
                if (auto added = add(*m_courseInserter,
                                     {courseId, code, title, m_semesterId, credits, info.name});
                    !added)
                    return added;
                if (auto added = add(*m_teacherInserter, {id(), courseId, *teacher}); !added)
                    return added;
                ++m_report.courses;
                const QList<int> sectionMembers
                    = cohortMembers.mid(section * sectionSize, sectionSize);
                if (*teacher == m_demoTeacherId) {
                    m_demoTeacherCourses.append(courseId);
                    // The demo student sits in the demo teacher's first section.
                    if (m_demoStudent < 0 && !sectionMembers.isEmpty())
                        m_demoStudent = sectionMembers.first();
                }
                const bool face = (c + section) % 5 == 0;
                if (auto added
                    = createSection(courseId, c, section, sectionMembers, *teacher, face);
                    !added)
                    return added;
            }
        }
        if (m_progress)
            m_progress(10 + 75 * ++done / cohorts);
    }
    m_report.teachers = int(m_teacherIds.size());
    return {};
}

Result<void> Generator::createInvoices()
{
    const QString currency = m_options.currency;
    static const QList<std::pair<QString, int>> methods
        = {{u"bank"_s, 50}, {u"card"_s, 30}, {u"cash"_s, 15}, {u"other"_s, 5}};
    const auto method = [&] {
        int r = m_rng.below(100);
        for (const auto &[code, share] : methods) {
            if ((r -= share) < 0)
                return code;
        }
        return methods.first().first;
    };
    const auto addEntry = [&](const Id &invoice, const QString &kind, qint64 amount,
                              const QDate &day, const QString &reason) -> Result<void> {
        if (day > m_options.today)
            return {};
        QVariant methodValue(QMetaType::fromType<QString>());
        QVariant receipt(QMetaType::fromType<QString>());
        if (kind == u"payment"_s || kind == u"refund"_s)
            methodValue = method();
        if (kind == u"payment"_s) {
            const QString prefix = u"R-%1-%2-"_s.arg(day.year()).arg(m_receiptSeries);
            receipt = QString(
                prefix + QString::number(++m_receiptCounters[prefix]).rightJustified(6, u'0'));
        }
        const qint64 recorded = at(day, QTime(9 + m_rng.below(8), m_rng.below(60)));
        ++m_report.ledgerEntries;
        return add(*m_ledgerInserter,
                   {id(), invoice, kind, amount, currency, methodValue, receipt,
                    m_rng.pick(m_staffIds), toStoredDate(day), recorded, sql::text(reason)});
    };

    const QDate issued = m_semester.start.addDays(-14);
    const QDate due = m_semester.start.addDays(21);
    // The semester's fee structures, from which the invoices below are made: tuition per
    // program (a late fee of 25.00 a week after the due date), a laboratory fee for the
    // programs with laboratories, and the examination fee for everyone.
    struct Bill
    {
        Id structureId;
        QString description;
        qint64 amount = 0;
        QDate dueOn;
        qint64 lateFee = 0;
        int lateAfterDays = 0;
    };
    const auto addStructure
        = [&](const QString &program, const QString &description, qint64 amount, const QDate &dueOn,
              qint64 lateFee, int lateAfterDays) -> Result<Bill> {
        const Bill bill{id(), description, amount, dueOn, lateFee, lateAfterDays};
        if (auto done = add(*m_structureInserter,
                            {bill.structureId, m_semesterId, sql::text(program), description,
                             amount, currency, toStoredDate(dueOn), lateFee, lateAfterDays});
            !done)
            return done.error();
        return bill;
    };
    QList<Bill> tuition, laboratory;
    for (const auto &program : std::as_const(m_programs)) {
        auto t = addStructure(program.name, u"Tuition, %1"_s.arg(m_semester.name),
                              program.tuitionMinor, due, 2500, 7);
        if (!t)
            return t.error();
        tuition.append(*t);
        laboratory.append(Bill());
        if (program.code == u"ME"_s || program.code == u"BI"_s || program.code == u"NU"_s) {
            auto l = addStructure(program.name,
                                  u"Laboratory and materials fee, %1"_s.arg(m_semester.name), 15000,
                                  m_semester.start.addDays(45), 0, 0);
            if (!l)
                return l.error();
            laboratory.last() = *l;
        }
    }
    // The examination fee is billed in week 8 and due a week before the semester ends.
    const QDate examBilled = m_semester.start.addDays(7 * 8);
    std::optional<Bill> exam;
    if (examBilled <= m_options.today) {
        auto e = addStructure({}, u"Examination fee, %1"_s.arg(m_semester.name), 7500,
                              m_semester.end.addDays(-7), 0, 0);
        if (!e)
            return e.error();
        exam = *e;
    }
    for (const auto &s : std::as_const(m_students)) {
        QList<Bill> bills = {tuition.at(s.program)};
        if (!laboratory.at(s.program).structureId.isEmpty())
            bills.append(laboratory.at(s.program));
        if (exam)
            bills.append(*exam);
        for (const auto &bill : std::as_const(bills)) {
            const QString &description = bill.description;
            const qint64 amount = bill.amount;
            const QDate dueOn = bill.dueOn;
            const QDate billed
                = exam && bill.structureId == exam->structureId ? examBilled : issued;
            const Id invoiceId = id();
            if (auto done = add(*m_invoiceInserter,
                                {invoiceId, s.id, m_semesterId, description, amount, currency,
                                 toStoredDate(billed), toStoredDate(dueOn), bill.structureId,
                                 bill.lateFee, bill.lateAfterDays});
                !done)
                return done;
            ++m_report.invoices;

            const double r = m_rng.unit();
            const QDate early = billed.addDays(m_rng.below(int(billed.daysTo(dueOn))));
            Result<void> done;
            if (r < 0.45) { // paid at once
                done = addEntry(invoiceId, u"payment"_s, amount, early, {});
            } else if (r < 0.62) { // two instalments
                const qint64 first = amount / 2 / 100 * 100;
                done = addEntry(invoiceId, u"payment"_s, first, early, {});
                if (done)
                    done = addEntry(invoiceId, u"payment"_s, amount - first,
                                    dueOn.addDays(m_rng.below(20)), {});
            } else if (r < 0.77) { // partly paid, rest outstanding
                done = addEntry(invoiceId, u"payment"_s,
                                amount * (3 + m_rng.below(5)) / 10 / 100 * 100, early, {});
            } else if (r < 0.87) { // nothing yet
                done = {};
            } else if (r < 0.95) { // half scholarship, rest paid or not
                done = addEntry(invoiceId, u"waiver"_s, amount / 2, billed,
                                u"Merit scholarship (50 %)"_s);
                if (done && m_rng.chance(0.7))
                    done = addEntry(invoiceId, u"payment"_s, amount - amount / 2, early, {});
            } else if (r < 0.98) { // full scholarship
                done = addEntry(invoiceId, u"waiver"_s, amount, billed, u"Full scholarship"_s);
            } else { // overpaid, then the excess refunded
                done = addEntry(invoiceId, u"payment"_s, amount + 5000, early, {});
                if (done)
                    done = addEntry(invoiceId, u"refund"_s, 5000, early.addDays(6),
                                    u"Overpayment returned"_s);
            }
            if (!done)
                return done;
            // A late fee for some of those still owing a week after the due date.
            if (r >= 0.62 && r < 0.87 && dueOn.addDays(7) < m_options.today && m_rng.chance(0.4)) {
                if (auto fee = addEntry(invoiceId, u"late_fee"_s, 2500, dueOn.addDays(7),
                                        u"Late payment fee"_s);
                    !fee)
                    return fee;
            }
        }
    }
    return {};
}

Result<void> Generator::createMessages()
{
    static const QStringList courseLines = {
        u"Welcome to the course! The syllabus is on the notice board."_s,
        u"Reminder: the quiz covers chapters 1 to 3."_s,
        u"Could you share the slides from today's session?"_s,
        u"Office hours move to Thursday 14:00 this week."_s,
    };
    const qint64 base = at(m_semester.start, QTime(9, 0));
    const auto channel = [&](const QString &name, const QString &kind, const QVariant &course,
                             const QList<Id> &memberIds) -> Result<Id> {
        const Id channelId = id();
        if (auto done = add(*m_channelInserter, {channelId, name, kind, course, m_demoTeacherId});
            !done)
            return done.error();
        for (const auto &member : memberIds) {
            if (auto done = add(*m_memberInserter, {id(), channelId, member}); !done)
                return done.error();
        }
        return channelId;
    };
    QList<Id> staffRoom{m_adminId, m_demoTeacherId};
    staffRoom.append(m_staffIds);
    auto room
        = channel(u"Staff room"_s, u"group"_s, QVariant(QMetaType::fromType<QString>()), staffRoom);
    if (!room)
        return room.error();
    if (auto done
        = add(*m_messageInserter,
              {id(), *room, m_adminId, u"Term timetable is final. Thanks, everyone."_s, base});
        !done)
        return done;
    ++m_report.messages;
    for (int i = 0; i < m_demoTeacherCourses.size(); ++i) {
        QList<Id> members{m_demoTeacherId};
        if (!m_demoStudentUserId.isEmpty() && i == 0)
            members.append(m_demoStudentUserId);
        auto course
            = channel(u"Course discussion"_s, u"course"_s, m_demoTeacherCourses.at(i), members);
        if (!course)
            return course.error();
        for (int m = 0; m < courseLines.size(); ++m) {
            const Id sender = (m == 2 && members.size() > 1) ? members.at(1) : m_demoTeacherId;
            if (auto done
                = add(*m_messageInserter,
                      {id(), *course, sender, courseLines.at(m), base + m * 86400000LL * 3});
                !done)
                return done;
            ++m_report.messages;
        }
    }
    return {};
}

Result<DemoSchoolReport> Generator::run()
{
    m_programs = readPrograms();
    m_firstNames = readLines(u":/demo/first_names.txt"_s);
    m_lastNames = readLines(u":/demo/last_names.txt"_s);
    if (m_programs.size() < 1 || m_firstNames.isEmpty() || m_lastNames.isEmpty())
        return Error::make(
            Error::Code::Database,
            DemoSchool::tr("The demo school's data files are missing from this build."));
    if (m_options.students < 1)
        return Error::make(Error::Code::Invalid,
                           DemoSchool::tr("A demo school needs at least one student."));

    auto occupied = sql::exists(
        m_db, u"SELECT 1 FROM student UNION ALL SELECT 1 FROM user_account LIMIT 1"_s, {});
    if (!occupied)
        return occupied.error();
    if (*occupied)
        return Error::make(
            Error::Code::Invalid,
            DemoSchool::tr(
                "This database already has people in it. Create the demo school in a new file."));

    m_semester = semesterFor(m_options.today);
    m_receiptSeries = QString::number((m_options.seed * 0x9E3779B97F4A7C15ULL) >> 40, 16)
                          .toUpper()
                          .rightJustified(6, u'0');
    m_idBaseMs = at(m_semester.start.addDays(-30), QTime(0, 0));
    m_updatedAt = at(m_options.today, QTime(0, 0));
    if (m_progress)
        m_progress(0);

    const auto inserter = [&](const QString &table, const QStringList &columns) {
        return std::make_unique<BulkInserter>(m_db, table, columns, m_updatedAt, QString());
    };
    m_userInserter
        = inserter(u"user_account"_s,
                   {u"id"_s, u"username"_s, u"full_name"_s, u"email"_s, u"role"_s,
                    u"password_hash"_s, u"disabled"_s, u"student_id"_s, u"created_at"_s});
    m_studentInserter
        = inserter(u"student"_s,
                   {u"id"_s, u"student_number"_s, u"first_name"_s, u"last_name"_s, u"email"_s,
                    u"phone"_s, u"date_of_birth"_s, u"batch"_s, u"program"_s, u"status"_s,
                    u"biometric_consent"_s, u"consent_recorded_by"_s, u"consent_recorded_at"_s});
    m_guardianInserter = inserter(u"guardian"_s,
                                  {u"id"_s, u"student_id"_s, u"position"_s, u"name"_s,
                                   u"relationship"_s, u"phone"_s, u"email"_s});
    m_courseInserter
        = inserter(u"course"_s,
                   {u"id"_s, u"code"_s, u"title"_s, u"semester_id"_s, u"credits"_s, u"program"_s});
    m_teacherInserter = inserter(u"course_teacher"_s, {u"id"_s, u"course_id"_s, u"teacher_id"_s});
    m_enrollmentInserter = inserter(
        u"enrollment"_s, {u"id"_s, u"student_id"_s, u"course_id"_s, u"status"_s, u"enrolled_on"_s});
    m_sessionInserter = inserter(u"attendance_session"_s,
                                 {u"id"_s, u"course_id"_s, u"session_date"_s, u"starts_at"_s,
                                  u"duration_minutes"_s, u"opened_by"_s, u"closed_at"_s});
    m_markInserter
        = inserter(u"attendance_mark"_s,
                   {u"id"_s, u"session_id"_s, u"student_id"_s, u"status"_s, u"source"_s,
                    u"confidence"_s, u"model"_s, u"marked_by"_s, u"marked_at"_s, u"note"_s});
    m_assessmentInserter = inserter(u"assessment"_s,
                                    {u"id"_s, u"course_id"_s, u"title"_s, u"category"_s,
                                     u"weight"_s, u"max_score"_s, u"held_on"_s});
    m_gradeInserter = inserter(u"mark"_s,
                               {u"id"_s, u"assessment_id"_s, u"student_id"_s, u"status"_s,
                                u"score"_s, u"entered_by"_s, u"entered_at"_s});
    m_categoryInserter
        = inserter(u"assessment_category"_s, {u"id"_s, u"course_id"_s, u"name"_s, u"weight"_s});
    m_publicationInserter = inserter(
        u"result_publication"_s, {u"id"_s, u"course_id"_s, u"published_by"_s, u"published_at"_s});
    m_structureInserter
        = inserter(u"fee_structure"_s,
                   {u"id"_s, u"semester_id"_s, u"program"_s, u"description"_s, u"amount_minor"_s,
                    u"currency"_s, u"due_on"_s, u"late_fee_minor"_s, u"late_fee_after_days"_s});
    m_invoiceInserter
        = inserter(u"fee_invoice"_s,
                   {u"id"_s, u"student_id"_s, u"semester_id"_s, u"description"_s, u"amount_minor"_s,
                    u"currency"_s, u"issued_on"_s, u"due_on"_s, u"fee_structure_id"_s,
                    u"late_fee_minor"_s, u"late_fee_after_days"_s});
    m_ledgerInserter = inserter(u"ledger_entry"_s,
                                {u"id"_s, u"invoice_id"_s, u"kind"_s, u"amount_minor"_s,
                                 u"currency"_s, u"method"_s, u"receipt_number"_s, u"recorded_by"_s,
                                 u"entry_date"_s, u"recorded_at"_s, u"reason"_s});
    m_channelInserter
        = inserter(u"channel"_s, {u"id"_s, u"name"_s, u"kind"_s, u"course_id"_s, u"created_by"_s});
    m_memberInserter = inserter(u"channel_member"_s, {u"id"_s, u"channel_id"_s, u"user_id"_s});
    m_messageInserter = inserter(
        u"message"_s, {u"id"_s, u"channel_id"_s, u"sender_id"_s, u"body"_s, u"sent_at"_s});

    // A bulk load into a new file: bigger cache, and no fsync per chunk (a crash leaves a file
    // the caller discards anyway). Both are restored at the end.
    for (const auto &pragma : {u"PRAGMA cache_size = -262144"_s, u"PRAGMA synchronous = OFF"_s}) {
        if (auto done = sql::run(m_db, pragma); !done)
            return done.error();
    }
    if (auto done = sql::run(m_db, u"BEGIN IMMEDIATE"_s); !done)
        return done.error();

    auto result = [&]() -> Result<void> {
        const Id semesterId = id();
        m_semesterId = semesterId;
        if (auto done
            = BulkInserter(m_db, u"semester"_s, {u"id"_s, u"name"_s, u"starts_on"_s, u"ends_on"_s},
                           m_updatedAt, QString())
                  .add({semesterId, m_semester.name, toStoredDate(m_semester.start),
                        toStoredDate(m_semester.end)});
            !done)
            return done;
        if (auto done = createStaff(); !done)
            return done;
        if (auto done = createStudents(); !done)
            return done;
        if (m_progress)
            m_progress(10);
        if (!m_options.peopleOnly) {
            if (auto done = createCourses(); !done)
                return done;
            if (auto done = createInvoices(); !done)
                return done;
        }
        if (m_progress)
            m_progress(95);
        if (m_demoStudent >= 0) {
            const StudentInfo &s = m_students.at(m_demoStudent);
            auto user = addUser(u"student"_s, s.fullName, Role::Student,
                                PasswordHasher::hash(DemoSchool::accounts().at(3).password), s.id);
            if (!user)
                return user.error();
            m_demoStudentUserId = *user;
        }
        if (!m_options.peopleOnly) {
            if (auto done = createMessages(); !done)
                return done;
        }
        // The database's receipt series (schema 4 draws one at random) is derived from the
        // seed instead, so the same options give the same receipt numbers.
        if (auto done
            = sql::run(m_db, u"UPDATE app_setting SET value = ? WHERE key = 'receipt_series'"_s,
                       {m_receiptSeries});
            !done)
            return done.error();

        SchoolSettings settings;
        settings.name = u"Hillside College"_s;
        settings.currency = m_options.currency;
        settings.demo = true;
        if (auto saved = settings.save(*m_database, Actor::system()); !saved)
            return saved;
        ChangeWriter writer(m_db, Actor::system());
        return writer.audit(u"seed"_s, u"school"_s, {},
                            QJsonObject{{u"students"_s, m_options.students},
                                        {u"seed"_s, QString::number(m_options.seed)},
                                        {u"today"_s, toStoredDate(m_options.today)}});
    }();

    if (!result) {
        (void)sql::run(m_db, u"ROLLBACK"_s);
    } else if (auto committed = sql::run(m_db, u"COMMIT"_s); !committed) {
        result = committed.error();
    }
    // Whatever happened, leave the connection as every other one is.
    m_userInserter.reset();
    (void)sql::run(m_db, u"PRAGMA synchronous = FULL"_s);
    (void)sql::run(m_db, u"PRAGMA cache_size = -2000"_s);
    if (!result)
        return result.error();
    if (auto analyzed = sql::run(m_db, u"ANALYZE"_s); !analyzed)
        return analyzed.error();
    if (m_progress)
        m_progress(100);
    return m_report;
}

} // namespace

Result<DemoSchoolReport> DemoSchool::createFile(const QString &path,
                                                const DemoSchoolOptions &options, bool replace,
                                                const std::function<void(int)> &progress)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (QFileInfo::exists(path) && !replace)
        return Error::make(Error::Code::Invalid,
                           tr("%1 already exists. Choose another file, or replace it.").arg(shown));
    const QString partial = path + u".partial"_s;
    const auto removeFiles = [](const QString &file) {
        for (const auto &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
    };
    removeFiles(partial); // left by an interrupted run
    Result<DemoSchoolReport> report = DemoSchoolReport();
    {
        auto db = Database::open(partial);
        if (!db)
            return db.error();
        report = seed(**db, options, progress);
    } // closing the last connection checkpoints the WAL into the file
    if (!report) {
        removeFiles(partial);
        return report;
    }
    if (replace)
        removeFiles(path);
    if (!QFile::rename(partial, path)) {
        removeFiles(partial);
        return Error::make(Error::Code::Io,
                           tr("The demo school could not be saved as %1.").arg(shown));
    }
    return report;
}

Result<DemoSchoolReport> DemoSchool::seed(const Database &db, const DemoSchoolOptions &options,
                                          const std::function<void(int)> &progress)
{
    return Generator(db, options, progress).run();
}

} // namespace cd
