#pragma once

#include "app/core/Actor.h"
#include "app/core/Student.h"
#include "app/store/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace cd::test {

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

// Runs SQL on a file with the plain SQLite C API, bypassing CampusDesk entirely: the way a
// foreign program, an older CampusDesk or a damaged disk would leave a file.
bool rawExec(const QString &path, const QByteArray &sql);
QVariant rawScalar(const QString &path, const QByteArray &sql);

// Overwrites `length` bytes at `offset` with a repeating pattern.
bool scribble(const QString &path, qint64 offset, qint64 length);

Actor testActor(const QString &name = QStringLiteral("Test Admin"));

// The source tree (for fixtures), from CAMPUSDESK_TEST_SOURCE_DIR.
QString sourceDir();

// Opens (creating) a database; null (with a warning) if it cannot. Callers QVERIFY the result.
std::unique_ptr<Database> openDatabase(const QString &path);
// A new database in `dir`, named after the running test function.
std::unique_ptr<Database> openFreshDatabase(const QTemporaryDir &dir);

// Autumn 2026 (7 September to 18 December) and one course in it; empty ids on failure.
struct SampleCourse
{
    Id semesterId;
    Id courseId;
};
SampleCourse createAutumnCourse(const Database &db, const Actor &actor,
                                const QString &code = QStringLiteral("CS201-01"));

// A student that passes validation.
Student sampleStudent(const QString &number, const QString &first, const QString &last,
                      const QString &program = QStringLiteral("Computer Science"),
                      const QString &batch = QStringLiteral("2025"));

// Row count of a table, -1 on error.
int rowCount(const Database &db, const QString &table);

} // namespace cd::test
