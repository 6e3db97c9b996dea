#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd {

class ChangeWriter;
class Database;
class TemplateCipher;

// One decrypted face template: what a gallery is built from.
struct FaceTemplate
{
    Id id;
    Id studentId;
    QByteArray bytes; // as FaceRecogniser::templateBytes made it
    double quality = 0;
};

// A template that could not be read (damaged, moved to another row, or sealed with another key).
struct UnreadableTemplate
{
    Id id;
    Id studentId;
    Error error;
};

// The templates of one model, in student order, and those that failed to open.
struct TemplateGallery
{
    QList<FaceTemplate> templates;
    QList<UnreadableTemplate> unreadable;
};

// Face templates (biometric data) of students whose consent is recorded, encrypted at rest with
// TemplateCipher. The rules, enforced here and not only in the UI:
//  - adding needs Action::EnrolFaces and a student the actor may see (a teacher: the students of
//    their own courses), and a recorded consent;
//  - reading a gallery needs TakeAttendance or EnrolFaces and sees only visible, consenting,
//    current students;
//  - withdrawing consent (StudentRepository::setConsent) or removing the student deletes the
//    templates in the same transaction; rows are really deleted, never tombstoned.
// Every change is audited without the template: "added for student X, model M".
// Templates are local only: they are not synced yet, so no outbox rows are written.
class FaceTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(FaceTemplateRepository)
public:
    static constexpr int maxBytes = 65536;
    static constexpr int maxModelLength = 100;

    // `cipher` must outlive the repository; only add() and templatesFor() use it.
    FaceTemplateRepository(const Database &db, const TemplateCipher &cipher)
        : m_db(db), m_cipher(cipher)
    {
    }

    // Stores one template (FaceRecogniser::templateBytes: opaque here, sealed together with the
    // student id and model) and returns its id. `model` names the recogniser and its version
    // ("face-api-resnet@1.7.15"); all templates of one model must have the same size, which the
    // table keeps in its `dimension` column (in bytes).
    Result<Id> add(const Id &studentId, const QString &model, const QByteArray &templateBytes,
                   double quality, const Actor &actor);

    // Every readable template of `model`, decrypted, for a recognition gallery; only the students
    // in `roster` when given (a session's class list). A damaged row is reported in `unreadable`
    // and the rest still load; if no row at all opens, the key is wrong and the call fails.
    Result<TemplateGallery> templatesFor(const QString &model, const Actor &viewer,
                                         const std::optional<QList<Id>> &roster
                                         = std::nullopt) const;

    // How many templates the student has (of any model).
    Result<int> countFor(const Id &studentId, const Actor &viewer) const;

    // Whether the database holds any template at all (whoever's): while it holds none, a lost key
    // may be replaced by a new one without making anything unreadable. No role check: it reveals
    // only that enrolment has been used on this database.
    static Result<bool> anyStored(const Database &db);

    // Deletes all of the student's templates as one audited action; returns how many.
    Result<int> removeAllFor(const Id &studentId, const Actor &actor);

    // For other repositories inside their own transaction (consent withdrawn, student removed):
    // deletes the student's templates and audits it through `writer` with `reason`. No checks.
    static Result<int> deleteAllWithin(const QSqlDatabase &db, ChangeWriter &writer,
                                       const Id &studentId, const QString &reason);

private:
    const Database &m_db;
    const TemplateCipher &m_cipher;
};

} // namespace cd
