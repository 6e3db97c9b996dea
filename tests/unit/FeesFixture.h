#pragma once

#include "app/store/CourseRepository.h"
#include "app/store/FeeRepository.h"
#include "app/store/FeeStructureRepository.h"
#include "app/store/Sql.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace cd::test {

// A school for the fee tests: Autumn 2026, three students (two in Computer Science batch 2025,
// one in Nursing batch 2024), a clerk (staff), and accounts for a teacher and a student.
struct FeesFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Actor admin = testActor(QStringLiteral("Admin"));
    Actor clerk;
    Actor teacher;
    Actor studentActor; // linked to `amina`
    Id semester;
    Id amina, bilal, chloe; // CS 2025, CS 2025, Nursing 2024

    Actor makeUser(const QString &username, Role role, const Id &studentId = {})
    {
        User user;
        user.username = username;
        user.fullName = username;
        user.role = role;
        user.studentId = studentId;
        auto created
            = UserRepository(*db).create(user, QStringLiteral("long enough password"), admin);
        if (!created)
            qWarning() << created.error().message;
        return created ? Actor{created->id, username, role} : Actor{};
    }

    // Without accounts the clerk is an actor with the staff role but no user row (argon2id
    // makes each account cost a tenth of a second).
    bool open(bool withAccounts = true)
    {
        db = openFreshDatabase(dir);
        if (!db)
            return false;
        semester = createAutumnCourse(*db, admin).semesterId;
        const StudentRepository students(*db);
        amina = StudentRepository(*db)
                    .create(sampleStudent(QStringLiteral("S1"), QStringLiteral("Amina"),
                                          QStringLiteral("Haddad")),
                            admin)
                    ->id;
        bilal = StudentRepository(*db)
                    .create(sampleStudent(QStringLiteral("S2"), QStringLiteral("Bilal"),
                                          QStringLiteral("Aziz")),
                            admin)
                    ->id;
        chloe = StudentRepository(*db)
                    .create(sampleStudent(QStringLiteral("S3"), QStringLiteral("Chloe"),
                                          QStringLiteral("Martin"), QStringLiteral("Nursing"),
                                          QStringLiteral("2024")),
                            admin)
                    ->id;
        if (!withAccounts) {
            clerk = Actor{newId(), QStringLiteral("Clerk"), Role::Staff};
            return !semester.isEmpty() && !amina.isEmpty();
        }
        clerk = makeUser(QStringLiteral("clerk"), Role::Staff);
        teacher = makeUser(QStringLiteral("teacher"), Role::Teacher);
        studentActor = makeUser(QStringLiteral("amina"), Role::Student, amina);
        return !semester.isEmpty() && !amina.isEmpty() && !clerk.userId.isEmpty()
            && !studentActor.userId.isEmpty();
    }

    // Tuition 2,450.00 USD due 28 September 2026, late fee 25.00 seven days after.
    FeeStructure tuition(const QString &program = {}) const
    {
        FeeStructure s;
        s.semesterId = semester;
        s.program = program;
        s.description = QStringLiteral("Tuition, Autumn 2026");
        s.amount = Money(245000, QStringLiteral("USD"));
        s.dueOn = QDate(2026, 9, 28);
        s.lateFee = Money(2500, QStringLiteral("USD"));
        s.lateFeeAfterDays = 7;
        return s;
    }

    Result<FeeInvoice> invoice(const Id &student, qint64 amount, const QDate &due,
                               qint64 lateFee = 0, int afterDays = 0) const
    {
        FeeInvoice i;
        i.studentId = student;
        i.semesterId = semester;
        i.description = QStringLiteral("One-off fee");
        i.amount = Money(amount, QStringLiteral("USD"));
        i.issuedOn = QDate(2026, 9, 1);
        i.dueOn = due;
        i.lateFee = Money(lateFee, QStringLiteral("USD"));
        i.lateFeeAfterDays = afterDays;
        return FeeRepository(*db).createInvoice(i, clerk);
    }

    Result<LedgerEntry> entry(const Id &invoice, LedgerKind kind, qint64 amount, const QDate &on,
                              const QString &reason = {}) const
    {
        LedgerEntry e;
        e.invoiceId = invoice;
        e.kind = kind;
        e.amount = Money(amount, QStringLiteral("USD"));
        if (kind == LedgerKind::Payment || kind == LedgerKind::Refund)
            e.method = PaymentMethod::Cash;
        e.entryDate = on;
        e.reason = reason;
        return FeeRepository(*db).appendEntry(e, clerk);
    }

    qint64 scalar(const QString &sql) const
    {
        auto q = sql::run(db->connection(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

} // namespace cd::test
