#include "app/store/GradebookRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QString bandsToJson(const QList<GradeBand> &bands)
{
    QJsonArray array;
    for (const auto &b : bands)
        array.append(QJsonObject{{u"letter"_s, b.letter},
                                 {u"min"_s, b.minPercent},
                                 {u"points"_s, b.gradePoints},
                                 {u"passing"_s, b.passing}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<GradeBand> bandsFromJson(const QString &json)
{
    QList<GradeBand> bands;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        const auto o = value.toObject();
        bands.append(GradeBand{o.value(u"letter"_s).toString(), o.value(u"min"_s).toDouble(),
                               o.value(u"points"_s).toDouble(), o.value(u"passing"_s).toBool()});
    }
    return bands;
}

Fields markFields(const Mark &m)
{
    return {{u"assessment_id"_s, m.assessmentId},
            {u"student_id"_s, m.studentId},
            {u"status"_s, codeOf(m.status)},
            {u"score"_s, m.score ? QVariant(*m.score) : QVariant(QMetaType::fromType<double>())},
            {u"entered_by"_s, m.enteredBy},
            {u"entered_at"_s, sql::instant(m.enteredAt)}};
}

const QString assessmentColumns = u"id, course_id, title, category, weight, max_score, held_on, "_s
    + QString::fromUtf16(sql::syncColumns);

} // namespace

Result<GradeScale> GradebookRepository::createGradeScale(GradeScale scale, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::ManageGradeScales); !allowed)
        return allowed.error();
    if (scale.id.isEmpty())
        scale.id = newId();
    if (const auto v = GradebookRules::validate(scale); !v.ok())
        return Error::invalid(v);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = writer.insert(
        u"grade_scale"_s, scale.id,
        {{u"name"_s, scale.name.trimmed()}, {u"bands"_s, bandsToJson(scale.bands)}});
    if (!done)
        return done.error();
    scale.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return scale;
}

Result<GradeScale> GradebookRepository::defaultGradeScale() const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, name, bands, %1 FROM grade_scale WHERE deleted = 0 ORDER BY id LIMIT 1"_s.arg(
            sql::syncColumns));
    if (!q)
        return q.error();
    if (!q->next())
        return GradeScale::standard();
    return GradeScale{q->value(0).toString(), q->value(1).toString(),
                      bandsFromJson(q->value(2).toString()), sql::syncMeta(*q, 3)};
}

Result<Assessment> GradebookRepository::createAssessment(Assessment a, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditMarks); !allowed)
        return allowed.error();
    if (a.id.isEmpty())
        a.id = newId();
    if (const auto v = GradebookRules::validate(a); !v.ok())
        return Error::invalid(v);
    ChangeWriter writer(m_db.connection(), actor);
    auto done = writer.insert(u"assessment"_s, a.id,
                              {{u"course_id"_s, a.courseId},
                               {u"title"_s, a.title.trimmed()},
                               {u"category"_s, a.category.trimmed()},
                               {u"weight"_s, a.weight},
                               {u"max_score"_s, a.maxScore},
                               {u"held_on"_s, sql::date(a.heldOn)}});
    if (!done)
        return done.error();
    a.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return a;
}

Result<QList<Assessment>> GradebookRepository::assessmentsOfCourse(const Id &courseId) const
{
    return assessmentsOfCourses({courseId});
}

Result<QList<Assessment>>
GradebookRepository::assessmentsOfCourses(const QList<Id> &courseIds) const
{
    if (courseIds.isEmpty())
        return QList<Assessment>();
    QVariantList params;
    for (const auto &id : courseIds)
        params.append(id);
    auto q = sql::run(m_db.connection(),
                      u"SELECT %1 FROM assessment WHERE deleted = 0 AND course_id IN (%2) "
                      u"ORDER BY held_on, title"_s.arg(
                          assessmentColumns, QStringList(courseIds.size(), u"?"_s).join(u',')),
                      params);
    if (!q)
        return q.error();
    QList<Assessment> result;
    while (q->next())
        result.append(Assessment{q->value(0).toString(), q->value(1).toString(),
                                 q->value(2).toString(), q->value(3).toString(),
                                 q->value(4).toDouble(), q->value(5).toDouble(),
                                 sql::toDate(q->value(6)), sql::syncMeta(*q, 7)});
    return result;
}

Result<Mark> GradebookRepository::saveMark(Mark mark, const Mark *original, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditMarks); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    mark.enteredBy = actor.userId;
    mark.enteredAt = writer.now();
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto assessment = sql::run(
            db, u"SELECT %1 FROM assessment WHERE id = ? AND deleted = 0"_s.arg(assessmentColumns),
            {mark.assessmentId});
        if (!assessment)
            return assessment.error();
        if (!assessment->next())
            return Error::make(Error::Code::NotFound, tr("The assessment was not found."));
        Assessment a;
        a.maxScore = assessment->value(5).toDouble();
        if (const auto v = GradebookRules::validate(mark, a); !v.ok())
            return Error::invalid(v);
        if (!original) {
            mark.id = mark.id.isEmpty() ? newId() : mark.id;
            auto existing = sql::run(
                db,
                u"SELECT 1 FROM mark WHERE assessment_id = ? AND student_id = ? AND deleted = 0"_s,
                {mark.assessmentId, mark.studentId});
            if (!existing)
                return existing.error();
            if (existing->next())
                return Error::make(Error::Code::Conflict,
                                   tr("Someone else entered a mark for this student meanwhile. "
                                      "Reload to see it."));
            return writer.insert(u"mark"_s, mark.id, markFields(mark));
        }
        mark.id = original->id;
        const Fields before = markFields(*original);
        const Fields after = markFields(mark);
        // Entering the same value again changes nothing; otherwise who and when move with it.
        if (diffFields(before.mid(0, 4), after.mid(0, 4)).isEmpty()) {
            mark = *original;
            return {};
        }
        return writer.update(u"mark"_s, mark.id, diffFields(before, after));
    });
    if (!done)
        return done.error();
    return mark;
}

Result<QList<Mark>> GradebookRepository::marksWhere(const QString &condition,
                                                    const QVariant &value) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, assessment_id, student_id, status, score, entered_by, entered_at, %1 "
        u"FROM mark WHERE deleted = 0 AND %2"_s.arg(sql::syncColumns, condition),
        {value});
    if (!q)
        return q.error();
    QList<Mark> marks;
    while (q->next()) {
        Mark m;
        m.id = q->value(0).toString();
        m.assessmentId = q->value(1).toString();
        m.studentId = q->value(2).toString();
        m.status = fromCode<MarkStatus>(q->value(3).toString()).value_or(MarkStatus::Scored);
        if (!q->value(4).isNull())
            m.score = q->value(4).toDouble();
        m.enteredBy = q->value(5).toString();
        m.enteredAt = sql::toInstant(q->value(6));
        m.meta = sql::syncMeta(*q, 7);
        marks.append(m);
    }
    return marks;
}

Result<QList<Mark>> GradebookRepository::marksOfStudent(const Id &studentId) const
{
    return marksWhere(u"student_id = ?"_s, studentId);
}

Result<QList<Mark>> GradebookRepository::marksOfAssessment(const Id &assessmentId) const
{
    return marksWhere(u"assessment_id = ?"_s, assessmentId);
}

} // namespace cd
