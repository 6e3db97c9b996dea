#include "tests/support/TestSupport.h"

#include "app/core/Id.h"
#include "app/store/CourseRepository.h"
#include "app/store/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

namespace cd::test {

using namespace Qt::Literals::StringLiterals;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        qWarning("rawExec: %s", error ? error : "?");
    sqlite3_free(error);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QVariant rawScalar(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QVariant result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW) {
            switch (sqlite3_column_type(stmt, 0)) {
            case SQLITE_INTEGER: result = qlonglong(sqlite3_column_int64(stmt, 0)); break;
            case SQLITE_FLOAT: result = sqlite3_column_double(stmt, 0); break;
            case SQLITE_NULL: break;
            default:
                result = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}

bool scribble(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray junk(length, '\0');
    for (qint64 i = 0; i < length; ++i)
        junk[i] = char(0xA5 ^ (i * 31));
    return file.write(junk) == length;
}

Actor testActor(const QString &name)
{
    return Actor{newId(), name, Role::Admin};
}

QString sourceDir()
{
    return qEnvironmentVariable("CAMPUSDESK_TEST_SOURCE_DIR");
}

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        qWarning("openDatabase(%s): %s %s", qPrintable(path), qPrintable(db.error().message),
                 qPrintable(db.error().detail));
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> openFreshDatabase(const QTemporaryDir &dir)
{
    return openDatabase(
        dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
}

SampleCourse createAutumnCourse(const Database &db, const Actor &actor, const QString &code)
{
    CourseRepository courses(db);
    auto semester = courses.createSemester(
        {{}, u"Autumn 2026"_s, QDate(2026, 9, 7), QDate(2026, 12, 18), {}}, actor);
    if (!semester)
        return {};
    auto course = courses.createCourse(
        {{}, code, u"Data Structures"_s, semester->id, 4, {}, {}, {}}, actor);
    return {semester->id, course ? course->id : Id()};
}

Student sampleStudent(const QString &number, const QString &first, const QString &last,
                      const QString &program, const QString &batch)
{
    Student s;
    s.studentNumber = number;
    s.firstName = first;
    s.lastName = last;
    s.email = QString(first + u'.' + last + u"@student.example.edu"_s).toLower();
    s.phone = u"+1 555 0100 123"_s;
    s.dateOfBirth = QDate(2006, 5, 17);
    s.batch = batch;
    s.program = program;
    s.guardians = {Guardian{{}, u"Parent of "_s + first, u"Mother"_s, u"+1 555 0199 000"_s, {}}};
    return s;
}

int rowCount(const Database &db, const QString &table)
{
    auto q = sql::run(db.connection(), u"SELECT count(*) FROM "_s + table);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace cd::test
