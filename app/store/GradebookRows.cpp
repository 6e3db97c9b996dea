#include "app/store/GradebookRows.h"

#include "app/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cd::gradebookrows {

using namespace Qt::Literals::StringLiterals;

namespace {

QString prefixed(const QString &alias, const QStringList &columns)
{
    QStringList out;
    for (const auto &c : columns)
        out.append(alias + u'.' + c);
    return out.join(u", "_s);
}

const QStringList syncColumnList{u"rev"_s, u"updated_at"_s, u"updated_by"_s, u"deleted"_s};

} // namespace

QString assessmentColumns(const QString &alias)
{
    return prefixed(alias,
                    QStringList{u"id"_s, u"course_id"_s, u"title"_s, u"category"_s, u"weight"_s,
                                u"max_score"_s, u"held_on"_s}
                        + syncColumnList);
}

Assessment assessmentAt(const QSqlQuery &q, int f)
{
    return Assessment{q.value(f).toString(),       q.value(f + 1).toString(),
                      q.value(f + 2).toString(),   q.value(f + 3).toString(),
                      q.value(f + 4).toDouble(),   q.value(f + 5).toDouble(),
                      sql::toDate(q.value(f + 6)), sql::syncMeta(q, f + 7)};
}

QString categoryColumns(const QString &alias)
{
    return prefixed(alias,
                    QStringList{u"id"_s, u"course_id"_s, u"name"_s, u"weight"_s} + syncColumnList);
}

AssessmentCategory categoryAt(const QSqlQuery &q, int f)
{
    return AssessmentCategory{q.value(f).toString(), q.value(f + 1).toString(),
                              q.value(f + 2).toString(), q.value(f + 3).toDouble(),
                              sql::syncMeta(q, f + 4)};
}

QString markColumns(const QString &alias)
{
    return prefixed(alias,
                    QStringList{u"id"_s, u"assessment_id"_s, u"student_id"_s, u"status"_s,
                                u"score"_s, u"entered_by"_s, u"entered_at"_s}
                        + syncColumnList + QStringList{u"reason"_s});
}

Mark markAt(const QSqlQuery &q, int f)
{
    Mark m;
    m.id = q.value(f).toString();
    m.assessmentId = q.value(f + 1).toString();
    m.studentId = q.value(f + 2).toString();
    m.status = fromCode<MarkStatus>(q.value(f + 3).toString()).value_or(MarkStatus::Scored);
    if (!q.value(f + 4).isNull())
        m.score = q.value(f + 4).toDouble();
    m.enteredBy = q.value(f + 5).toString();
    m.enteredAt = sql::toInstant(q.value(f + 6));
    m.meta = sql::syncMeta(q, f + 7);
    m.reason = q.value(f + 11).toString();
    return m;
}

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

Result<QList<AssessmentCategory>> categoriesOf(const QSqlDatabase &db, const Id &courseId)
{
    auto q
        = sql::run(db,
                   u"SELECT %1 FROM assessment_category c WHERE c.course_id = ? AND "
                   u"c.deleted = 0 ORDER BY c.name COLLATE NOCASE"_s.arg(categoryColumns(u"c"_s)),
                   {courseId});
    if (!q)
        return q.error();
    QList<AssessmentCategory> result;
    while (q->next())
        result.append(categoryAt(*q));
    return result;
}

Result<bool> isPublished(const QSqlDatabase &db, const Id &courseId)
{
    return sql::exists(
        db, u"SELECT 1 FROM result_publication WHERE course_id = ? AND deleted = 0"_s, {courseId});
}

} // namespace cd::gradebookrows
