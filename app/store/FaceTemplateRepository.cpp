#include "app/store/FaceTemplateRepository.h"

#include "app/core/Dates.h"
#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"
#include "app/store/TemplateCipher.h"
#include "app/store/Visibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<void> validate(const QString &model, const QByteArray &bytes, double quality)
{
    ValidationResult problems;
    if (model.trimmed().isEmpty() || model != model.trimmed()
        || model.size() > FaceTemplateRepository::maxModelLength)
        problems.add(u"model"_s,
                     FaceTemplateRepository::tr("The face model must be named, in at most %1 "
                                                "characters without surrounding spaces.")
                         .arg(FaceTemplateRepository::maxModelLength));
    if (bytes.isEmpty() || bytes.size() > FaceTemplateRepository::maxBytes)
        problems.add(u"descriptor"_s,
                     FaceTemplateRepository::tr("A face template must have between 1 and %1 "
                                                "bytes.")
                         .arg(FaceTemplateRepository::maxBytes));
    if (!std::isfinite(quality) || quality < 0)
        problems.add(u"quality"_s,
                     FaceTemplateRepository::tr("The face quality must be a number of at least "
                                                "0."));
    if (!problems.ok())
        return Error::invalid(problems);
    return {};
}

// Whether the student exists and has consent recorded: a Forbidden error otherwise.
Result<void> requireConsent(const QSqlDatabase &db, const Id &studentId)
{
    auto q = sql::run(db, u"SELECT biometric_consent FROM student WHERE id = ? AND deleted = 0"_s,
                      {studentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Code::NotFound,
                           FaceTemplateRepository::tr("This student no longer exists; someone may "
                                                      "have deleted the record."));
    if (q->value(0).toInt() != 1)
        return Error::make(Error::Code::Forbidden,
                           FaceTemplateRepository::tr("No consent to face recognition is recorded "
                                                      "for this student, so their face cannot be "
                                                      "enrolled. Record the consent first."));
    return {};
}

// Templates of one model are compared with each other, so they must all have its dimension.
Result<void> requireDimension(const QSqlDatabase &db, const QString &model, int dimension)
{
    auto q
        = sql::run(db, u"SELECT dimension FROM face_template WHERE model = ? LIMIT 1"_s, {model});
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toInt() != dimension)
        return Error::invalidField(u"descriptor"_s,
                                   FaceTemplateRepository::tr("Templates of the model %1 are %2 "
                                                              "bytes long, not %3; they cannot "
                                                              "be mixed.")
                                       .arg(model)
                                       .arg(q->value(0).toInt())
                                       .arg(dimension));
    return {};
}

} // namespace

Result<Id> FaceTemplateRepository::add(const Id &studentId, const QString &model,
                                       const QByteArray &templateBytes, double quality,
                                       const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EnrolFaces); !allowed)
        return allowed.error();
    if (auto valid = validate(model, templateBytes, quality); !valid)
        return valid.error();
    const int dimension = int(templateBytes.size());
    const Id id = newId();
    auto sealed = m_cipher.sealFor(studentId, model, templateBytes);
    if (!sealed)
        return sealed.error();

    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto written = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto visible = Visibility::requireStudent(db, actor, studentId); !visible)
            return visible;
        if (auto consent = requireConsent(db, studentId); !consent)
            return consent;
        if (auto same = requireDimension(db, model, dimension); !same)
            return same;
        auto inserted = sql::run(
            db,
            u"INSERT INTO face_template (id, student_id, model, dimension, nonce, ciphertext, "
            u"quality, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, studentId, model, dimension, sealed->nonce, sealed->ciphertext, quality,
             toStoredInstant(writer.now()), sql::text(actor.userId)});
        if (!inserted)
            return inserted.error();
        // Who enrolled whom with which model; never the template itself.
        return writer.audit(u"add face template"_s, u"face_template"_s, id,
                            QJsonObject{{u"student_id"_s, studentId},
                                        {u"model"_s, model},
                                        {u"dimension"_s, dimension},
                                        {u"quality"_s, quality}});
    });
    if (!written)
        return written.error();
    return id;
}

Result<TemplateGallery>
FaceTemplateRepository::templatesFor(const QString &model, const Actor &viewer,
                                     const std::optional<QList<Id>> &roster) const
{
    if (!Permissions::allows(viewer, Action::TakeAttendance)
        && !Permissions::allows(viewer, Action::EnrolFaces))
        return Error::make(Error::Code::Forbidden,
                           Permissions::deniedMessage(Action::TakeAttendance));

    QString statement = u"SELECT t.id, t.student_id, t.dimension, t.nonce, t.ciphertext, t.quality "
                        u"FROM face_template t JOIN student s ON s.id = t.student_id "
                        u"WHERE t.model = ? AND s.deleted = 0 AND s.biometric_consent = 1"_s;
    QVariantList params{model};
    if (const SqlCondition visible = Visibility::students(viewer, u"t.student_id"_s);
        !visible.isEmpty()) {
        statement += u" AND "_s + visible.text;
        params += visible.params;
    }
    if (roster) {
        // One bound JSON array, however long the roster: no statement text built from ids.
        QJsonArray ids;
        for (const Id &id : *roster)
            ids.append(id);
        statement += u" AND t.student_id IN (SELECT value FROM json_each(?))"_s;
        params.append(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    // The (model, student_id) index gives this order without sorting rows that carry blobs;
    // a student's templates follow in the order they were added (rowid).
    statement += u" ORDER BY t.model, t.student_id, t.rowid"_s;

    auto q = sql::run(m_db.connection(), statement, params);
    if (!q)
        return q.error();
    TemplateGallery gallery;
    while (q->next()) {
        const Id id = q->value(0).toString();
        const Id studentId = q->value(1).toString();
        const int dimension = q->value(2).toInt();
        auto data = m_cipher.openFor({q->value(3).toByteArray(), q->value(4).toByteArray()},
                                     studentId, model);
        if (data && data->size() != qsizetype(dimension))
            data = Error::make(Error::Code::Corrupt,
                               tr("This face template is damaged and cannot be read; enrol the "
                                  "student's face again."),
                               u"%1 bytes, not %2"_s.arg(data->size()).arg(dimension));
        if (!data) {
            gallery.unreadable.append({id, studentId, data.error()});
            continue;
        }
        gallery.templates.append({id, studentId, *data, q->value(5).toDouble()});
        TemplateCipher::wipe(*data);
    }
    if (gallery.templates.isEmpty() && !gallery.unreadable.isEmpty())
        return Error::make(Error::Code::Corrupt,
                           tr("None of the %n stored face template(s) could be opened with this "
                              "computer's key. The key may have been replaced; enrol the faces "
                              "again or restore the key.",
                              nullptr, int(gallery.unreadable.size())),
                           gallery.unreadable.constFirst().error.detail);
    return gallery;
}

Result<int> FaceTemplateRepository::countFor(const Id &studentId, const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireStudent(db, viewer, studentId); !visible)
        return visible.error();
    auto q
        = sql::run(db, u"SELECT count(*) FROM face_template WHERE student_id = ?"_s, {studentId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> FaceTemplateRepository::anyStored(const Database &database)
{
    auto q = sql::run(database.connection(), u"SELECT EXISTS (SELECT 1 FROM face_template)"_s, {});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() == 1;
}

Result<int> FaceTemplateRepository::removeAllFor(const Id &studentId, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EnrolFaces); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    int removed = 0;
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto visible = Visibility::requireStudent(db, actor, studentId); !visible)
            return visible;
        auto count = deleteAllWithin(db, writer, studentId, u"removed"_s);
        if (!count)
            return count.error();
        removed = *count;
        return {};
    });
    if (!done)
        return done.error();
    return removed;
}

Result<int> FaceTemplateRepository::deleteAllWithin(const QSqlDatabase &db, ChangeWriter &writer,
                                                    const Id &studentId, const QString &reason)
{
    auto models = sql::run(db,
                           u"SELECT model, count(*) FROM face_template WHERE student_id = ? "
                           u"GROUP BY model ORDER BY model"_s,
                           {studentId});
    if (!models)
        return models.error();
    QJsonObject perModel;
    int total = 0;
    while (models->next()) {
        perModel.insert(models->value(0).toString(), models->value(1).toInt());
        total += models->value(1).toInt();
    }
    if (total == 0)
        return 0;
    // A real DELETE: a tombstone would keep the biometric data in the file.
    if (auto deleted
        = sql::run(db, u"DELETE FROM face_template WHERE student_id = ?"_s, {studentId});
        !deleted)
        return deleted.error();
    auto audited = writer.audit(u"remove face templates"_s, u"face_template"_s, studentId,
                                QJsonObject{{u"student_id"_s, studentId},
                                            {u"removed"_s, total},
                                            {u"models"_s, perModel},
                                            {u"reason"_s, reason}});
    if (!audited)
        return audited.error();
    return total;
}

} // namespace cd
