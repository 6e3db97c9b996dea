#include "app/core/Attendance.h"
#include "app/core/Course.h"
#include "app/core/Fees.h"
#include "app/core/Gradebook.h"
#include "app/core/Messaging.h"
#include "app/core/Student.h"
#include "app/core/User.h"

#include <QTest>
#include <QTimeZone>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate today(2026, 11, 22);

Student validStudent()
{
    Student s;
    s.studentNumber = u"2024-000123"_s;
    s.firstName = u"Amina"_s;
    s.lastName = u"Haddad"_s;
    s.email = u"amina.haddad@student.example.edu"_s;
    s.phone = u"+961 1 234 567"_s;
    s.dateOfBirth = QDate(2006, 4, 2);
    s.batch = u"2024"_s;
    s.program = u"Computer Science"_s;
    s.guardians = {Guardian{newId(), u"Rania Haddad"_s, u"Mother"_s, u"+961 3 555 010"_s, {}}};
    return s;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void validStudentPasses()
    {
        const auto result = StudentRules::validate(validStudent(), today);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
    }

    void studentFieldErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("number empty") << u"studentNumber"_s << u""_s;
        QTest::newRow("number spaces") << u"studentNumber"_s << u"12 34"_s;
        QTest::newRow("number too long") << u"studentNumber"_s << u"123456789012345678901"_s;
        QTest::newRow("first empty") << u"firstName"_s << u"   "_s;
        QTest::newRow("first too long") << u"firstName"_s << QString(101, u'x');
        QTest::newRow("last empty") << u"lastName"_s << u""_s;
        QTest::newRow("email") << u"email"_s << u"amina@"_s;
        QTest::newRow("email spaces") << u"email"_s << u"a b@example.org"_s;
        QTest::newRow("phone letters") << u"phone"_s << u"call me"_s;
        QTest::newRow("phone short") << u"phone"_s << u"123"_s;
        QTest::newRow("future birth") << u"dateOfBirth"_s << u"2027-01-01"_s;
        QTest::newRow("ancient birth") << u"dateOfBirth"_s << u"1890-01-01"_s;
        QTest::newRow("batch") << u"batch"_s << u""_s;
        QTest::newRow("program") << u"program"_s << u""_s;
    }
    void studentFieldErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Student s = validStudent();
        if (field == u"studentNumber"_s)
            s.studentNumber = value;
        else if (field == u"firstName"_s)
            s.firstName = value;
        else if (field == u"lastName"_s)
            s.lastName = value;
        else if (field == u"email"_s)
            s.email = value;
        else if (field == u"phone"_s)
            s.phone = value;
        else if (field == u"dateOfBirth"_s)
            s.dateOfBirth = QDate::fromString(value, Qt::ISODate);
        else if (field == u"batch"_s)
            s.batch = value;
        else if (field == u"program"_s)
            s.program = value;
        const auto result = StudentRules::validate(s, today);
        QCOMPARE(result.errors().size(), 1);
        QCOMPARE(result.errors().first().field, field);
        QVERIFY(!result.messageFor(field).isEmpty());
    }

    void consentNeedsWhoAndWhen()
    {
        Student s = validStudent();
        s.consent.granted = true;
        QVERIFY(StudentRules::validate(s, today).has(u"consent"_s));
        s.consent.recordedBy = newId();
        s.consent.recordedAt = QDateTime(today, QTime(9, 0), QTimeZone::utc());
        QVERIFY(StudentRules::validate(s, today).ok());
    }

    void guardianErrorsNameTheirRow()
    {
        Student s = validStudent();
        s.guardians.append(Guardian{newId(), u""_s, u"Uncle"_s, u""_s, u""_s});
        const auto result = StudentRules::validate(s, today);
        QVERIFY(result.has(u"guardians[1].name"_s));
        QVERIFY(result.has(u"guardians[1].phone"_s)); // no way to reach them
        QVERIFY(!result.has(u"guardians[0].name"_s));
    }

    void messagesAreTranslatable()
    {
        // tr() with no translator installed returns the English source text.
        Student s = validStudent();
        s.firstName.clear();
        QCOMPARE(StudentRules::validate(s, today).messageFor(u"firstName"_s),
                 u"Enter the student's first name."_s);
    }

    void user()
    {
        User u;
        u.username = u"m.haddad"_s;
        u.fullName = u"Maya Haddad"_s;
        u.role = Role::Teacher;
        u.passwordHash = u"$argon2id$..."_s;
        QVERIFY(UserRules::validate(u).ok());
        u.username = u"MH"_s;
        QVERIFY(UserRules::validate(u).has(u"username"_s));
        u.username = u"m.haddad"_s;
        u.role = Role::Student;
        QVERIFY(UserRules::validate(u).has(u"studentId"_s));
        u.studentId = newId();
        QVERIFY(UserRules::validate(u).ok());
        u.role = Role::Staff;
        QVERIFY(UserRules::validate(u).has(u"studentId"_s));
    }

    void course()
    {
        Course c;
        c.code = u"CS201-A"_s;
        c.title = u"Data Structures"_s;
        c.semesterId = newId();
        c.credits = 3.5;
        QVERIFY(CourseRules::validate(c).ok());
        c.credits = 3.25;
        QVERIFY(CourseRules::validate(c).has(u"credits"_s));
        c.credits = -1;
        QVERIFY(CourseRules::validate(c).has(u"credits"_s));
        c.credits = 3;
        c.code = u"CS 201!"_s;
        QVERIFY(CourseRules::validate(c).has(u"code"_s));

        Semester sem{newId(), u"Autumn 2026"_s, QDate(2026, 9, 1), QDate(2026, 8, 31), {}};
        QVERIFY(CourseRules::validate(sem).has(u"endsOn"_s));
    }

    void attendanceMark()
    {
        AttendanceMark m;
        m.sessionId = newId();
        m.studentId = newId();
        m.markedBy = newId();
        QVERIFY(AttendanceRules::validate(m).ok());
        m.confidence = 0.9;
        QVERIFY(AttendanceRules::validate(m).has(u"confidence"_s)); // manual marks have none
        m.source = MarkSource::Face;
        QVERIFY(AttendanceRules::validate(m).has(u"model"_s));
        m.model = u"resnet128"_s;
        QVERIFY(AttendanceRules::validate(m).ok());
        m.confidence = 1.5;
        QVERIFY(AttendanceRules::validate(m).has(u"confidence"_s));
    }

    void assessmentAndMark()
    {
        Assessment a{newId(), newId(), u"Midterm"_s, u"Exam"_s, 30, 50, QDate(2026, 10, 20), {}};
        QVERIFY(GradebookRules::validate(a).ok());
        Mark m;
        m.studentId = newId();
        m.score = 50;
        QVERIFY(GradebookRules::validate(m, a).ok());
        m.score = 50.5;
        QVERIFY(GradebookRules::validate(m, a).has(u"score"_s));
        m.score = -1;
        QVERIFY(GradebookRules::validate(m, a).has(u"score"_s));
        m.status = MarkStatus::Excused;
        QVERIFY(GradebookRules::validate(m, a).has(u"score"_s));
        m.score.reset();
        QVERIFY(GradebookRules::validate(m, a).ok());
        a.maxScore = 0;
        QVERIFY(GradebookRules::validate(a).has(u"maxScore"_s));
    }

    void gradeScale()
    {
        QVERIFY(GradebookRules::validate(GradeScale::standard()).ok());
        GradeScale s = GradeScale::standard();
        s.bands.removeLast(); // no band from 0
        QVERIFY(GradebookRules::validate(s).has(u"bands"_s));
        s = GradeScale::standard();
        s.bands[1].letter = u"A"_s;
        QVERIFY(GradebookRules::validate(s).has(u"bands[1].letter"_s));
        s = GradeScale::standard();
        s.bands[2].minPercent = 90;
        QVERIFY(GradebookRules::validate(s).has(u"bands[2].minPercent"_s));
    }

    void invoiceAndLedger()
    {
        FeeInvoice inv;
        inv.studentId = newId();
        inv.description = u"Tuition, Autumn 2026"_s;
        inv.amount = Money(245000, u"USD"_s);
        inv.issuedOn = QDate(2026, 9, 1);
        inv.dueOn = QDate(2026, 9, 30);
        QVERIFY(FeeRules::validate(inv).ok());
        inv.dueOn = QDate(2026, 8, 1);
        QVERIFY(FeeRules::validate(inv).has(u"dueOn"_s));
        inv.dueOn = QDate(2026, 9, 30);
        inv.amount = Money(0, u"USD"_s);
        QVERIFY(FeeRules::validate(inv).has(u"amount"_s));
        inv.amount = Money(245000, u"USD"_s);

        LedgerEntry pay;
        pay.kind = LedgerKind::Payment;
        pay.amount = Money(1000, u"USD"_s);
        pay.method = PaymentMethod::Cash;
        pay.receiptNumber = u"R-1"_s;
        pay.recordedBy = newId();
        pay.entryDate = QDate(2026, 9, 2);
        QVERIFY(FeeRules::validate(pay, inv).ok());
        pay.amount = Money(1000, u"EUR"_s);
        QVERIFY(FeeRules::validate(pay, inv).has(u"amount"_s));
        pay.amount = Money(1000, u"USD"_s);
        pay.receiptNumber.clear();
        QVERIFY(FeeRules::validate(pay, inv).has(u"receiptNumber"_s));

        LedgerEntry waiver = pay;
        waiver.kind = LedgerKind::Waiver;
        waiver.method.reset();
        const auto result = FeeRules::validate(waiver, inv);
        QVERIFY(result.has(u"reason"_s));
        QCOMPARE(result.messageFor(u"reason"_s), u"Give a reason for the waiver."_s);
    }

    void messaging()
    {
        Message m{newId(), newId(), newId(), u"  "_s, {}, {}};
        QVERIFY(MessagingRules::validate(m).has(u"body"_s));
        m.body = QString(MessagingRules::maxMessageLength + 1, u'a');
        QVERIFY(MessagingRules::validate(m).has(u"body"_s));
        Channel direct;
        direct.kind = ChannelKind::Direct;
        direct.memberIds = {newId()};
        QVERIFY(MessagingRules::validate(direct).has(u"memberIds"_s));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
