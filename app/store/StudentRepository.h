#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/Student.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace cd {

class Database;

// A row of the students table: what lists show, without guardians.
struct StudentListItem
{
    Id id;
    QString studentNumber;
    QString firstName;
    QString lastName;
    QString email;
    QString batch;
    QString program;
    StudentStatus status = StudentStatus::Active;
    bool archived = false;
};

enum class StudentSort { Name, FirstName, Number, Email, Batch, Program, Status };

struct StudentQuery
{
    // Every word must be the start of the first name, last name, student number or email.
    QString search;
    QString batch;
    QString program;
    std::optional<StudentStatus> status;
    Id courseId; // only students actively enrolled in this course
    bool archived = false; // archived students only, instead of current ones
    StudentSort sort = StudentSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 100;
    // How many rows the query has, if the caller knows (a table model does). Pages in the back
    // half are then read from the end, so no page walks more than half the index.
    int totalHint = -1;
};

// One page of a query together with how many rows the whole query has.
struct StudentPage
{
    int total = 0;
    QList<StudentListItem> rows;
};

class StudentRepository
{
    Q_DECLARE_TR_FUNCTIONS(StudentRepository)
public:
    explicit StudentRepository(const Database &db) : m_db(db) { }

    // Validates, then writes the student and their guardians. Ids are assigned if empty.
    Result<Student> create(Student student, const Actor &actor);
    // Saves the differences between `original` (as loaded) and `edited`; fields someone else
    // changed in between are reported as a Conflict and nothing is written.
    Result<Student> update(const Student &original, const Student &edited, const Actor &actor);
    // Archiving hides a student from everyday lists and keeps everything about them; restoring
    // brings them back. Archived students keep their student number.
    Result<Student> setArchived(const Id &id, bool archived, const Actor &actor);
    // Records a biometric consent decision alone (who may: Action::EnrolFaces, which teachers
    // have without EditStudents), stamped with the actor and the time. `original` is the record
    // as loaded: if its consent changed since, the result is a Conflict.
    Result<Student> setConsent(const Student &original, bool granted, const Actor &actor);

    // The student's photo (a JPEG), or an empty array when there is none.
    Result<QByteArray> photo(const Id &studentId, const Actor &viewer) const;
    // Replaces the photo; an empty array removes it. Only JPEG data up to maxPhotoBytes.
    Result<void> setPhoto(const Id &studentId, const QByteArray &jpeg, const Actor &actor);
    static constexpr qsizetype maxPhotoBytes = 512 * 1024; // as the table's CHECK says

    // Tombstones the record (a deletion that syncs). The UI archives instead.
    Result<void> remove(const Id &id, const Actor &actor);

    // Reads see only what `viewer` may (Visibility): a teacher the students of their courses,
    // a student their own record.
    Result<Student> find(const Id &id, const Actor &viewer) const;

    // Searches gather and sort a word's matches when it has at most this many (cheaper than
    // scanning in name order); more than that, they read the name-ordered search table.
    static constexpr int defaultCandidateLimit = 2500;
    void setCandidateLimit(int limit) { m_candidateLimit = limit; }
    Result<QList<StudentListItem>> list(const StudentQuery &query, const Actor &viewer) const;
    Result<int> count(const StudentQuery &query, const Actor &viewer) const;
    // count() and list() in one go, planning the search once: what a table shows first.
    Result<StudentPage> page(const StudentQuery &query, const Actor &viewer) const;
    // The ids of every student the query matches (offset and limit ignored), in its order: what
    // "all N matching" acts on.
    Result<QList<Id>> ids(const StudentQuery &query, const Actor &viewer) const;
    // The distinct batches and programs of current students, for filter lists.
    Result<QStringList> batches() const;
    Result<QStringList> programs() const;

private:
    Result<void> checkNumberFree(const QSqlDatabase &db, const Student &student) const;

    const Database &m_db;
    int m_candidateLimit = defaultCandidateLimit;
};

} // namespace cd
