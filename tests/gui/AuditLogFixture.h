#pragma once

#include "app/core/AuditEntry.h"
#include "app/core/User.h"
#include "app/store/ChangeWriter.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

#include <ctime>

namespace cd::test {

using namespace Qt::Literals::StringLiterals;

// Local time for the audit tests: ten hours ahead of UTC all year, so a local day and the UTC
// day differ for part of every day. Call before any date is computed.
inline void useAuditTestTimeZone()
{
    qputenv("TZ", "AEST-10");
    ::tzset();
}

// An audit log with entries by two real accounts, on fixed days and now:
//  now              "Test Admin" creates the accounts of Ada (admin) and Sam (staff);
//                   Ada creates student A, Sam creates student B (each with one guardian);
//  2020-08-31 23:30 local  Ada changes A's first name                   (e1)
//  2020-09-01 00:30 local  Sam changes B's first name                   (e2)
//  2020-09-02 23:59 local  Ada creates a semester                       (e3)
//  2020-09-03 00:00 local  Sam exports students                          (e4)
// Entries are told apart by key(): action/entity/record.
struct AuditLogFixture
{
    Actor ada;
    Actor sam;
    Id studentA;
    Id guardianA;
    Id studentB;
    Id guardianB;
    Id semester;
    bool ok = false;

    static QString key(const AuditEntry &e)
    {
        return e.action + u'/' + e.entity + u'/' + e.entityId;
    }
    static QString key(const QString &action, const QString &entity, const Id &id = {})
    {
        return action + u'/' + entity + u'/' + id;
    }

    QSet<QString> byAda() const
    {
        return {
            key(u"create"_s, u"student"_s, studentA), key(u"create"_s, u"guardian"_s, guardianA),
            key(u"update"_s, u"student"_s, studentA), key(u"create"_s, u"semester"_s, semester)};
    }
    QSet<QString> bySam() const
    {
        return {key(u"create"_s, u"student"_s, studentB),
                key(u"create"_s, u"guardian"_s, guardianB),
                key(u"update"_s, u"student"_s, studentB), key(u"export"_s, u"student"_s)};
    }
};

inline Actor accountActor(const Database &db, const QString &username, const QString &fullName,
                          Role role)
{
    User user;
    user.username = username;
    user.fullName = fullName;
    user.email = username + u"@school.example.edu"_s;
    user.role = role;
    auto created = UserRepository(db).create(user, u"long enough password"_s, testActor());
    if (!created) {
        qWarning("accountActor: %s", qPrintable(created.error().message));
        return {};
    }
    return Actor{created->id, fullName, role};
}

inline AuditLogFixture seedAuditLog(const Database &db)
{
    AuditLogFixture f;
    f.ada = accountActor(db, u"ada"_s, u"Ada Lovelace"_s, Role::Admin);
    f.sam = accountActor(db, u"sam"_s, u"Sam Staff"_s, Role::Staff);
    if (f.ada.userId.isEmpty() || f.sam.userId.isEmpty())
        return f;
    auto a = StudentRepository(db).create(sampleStudent(u"A-1"_s, u"Amina"_s, u"Haddad"_s), f.ada);
    auto b = StudentRepository(db).create(sampleStudent(u"B-2"_s, u"Bruno"_s, u"Costa"_s), f.sam);
    if (!a || !b)
        return f;
    f.studentA = a->id;
    f.guardianA = a->guardians.value(0).id;
    f.studentB = b->id;
    f.guardianB = b->guardians.value(0).id;

    f.semester = newId();
    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2020, month, day), QTime(hour, minute), Qt::UTC);
    };
    const bool written
        = ChangeWriter(db.connection(), f.ada, utc(8, 31, 13, 30))
              .update(u"student"_s, f.studentA, {{u"first_name"_s, u"Amina"_s, u"Aminah"_s}})
              .ok()
        && ChangeWriter(db.connection(), f.sam, utc(8, 31, 14, 30))
               .update(u"student"_s, f.studentB, {{u"first_name"_s, u"Bruno"_s, u"Bruna"_s}})
               .ok()
        && ChangeWriter(db.connection(), f.ada, utc(9, 2, 13, 59))
               .insert(u"semester"_s, f.semester,
                       {{u"name"_s, u"Spring 2020"_s},
                        {u"starts_on"_s, u"2020-09-01"_s},
                        {u"ends_on"_s, u"2020-12-18"_s}})
               .ok()
        && ChangeWriter(db.connection(), f.sam, utc(9, 2, 14, 0))
               .audit(u"export"_s, u"student"_s, {}, QJsonObject{{u"rows"_s, 2}})
               .ok();
    f.ok = written;
    return f;
}

} // namespace cd::test
