#include "app/store/GradebookRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/GradebookRows.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <QStringList>

namespace cd {

using namespace Qt::Literals::StringLiterals;
using namespace gradebookrows;

namespace {

Fields markFields(const Mark &m)
{
    return {{u"assessment_id"_s, m.assessmentId},
            {u"student_id"_s, m.studentId},
            {u"status"_s, codeOf(m.status)},
            {u"score"_s, m.score ? QVariant(*m.score) : QVariant(QMetaType::fromType<double>())},
            {u"entered_by"_s, m.enteredBy},
            {u"entered_at"_s, sql::instant(m.enteredAt)},
            {u"reason"_s, sql::text(m.reason)}};
}

Fields assessmentFields(const Assessment &a)
{
    return {{u"title"_s, a.title.trimmed()},
            {u"category"_s, a.category.trimmed()},
            {u"weight"_s, a.weight},
            {u"max_score"_s, a.maxScore},
            {u"held_on"_s, sql::date(a.heldOn)}};
}

// Appends " AND <condition>" with its parameters; nothing for an empty condition.
QString andCondition(const SqlCondition &condition, QVariantList &params)
{
    if (condition.isEmpty())
        return {};
    params += condition.params;
    return u" AND "_s + condition.text;
}

Result<Assessment> loadAssessment(const QSqlDatabase &db, const Id &id)
{
    auto q = sql::run(db,
                      u"SELECT %1 FROM assessment a WHERE a.id = ? AND a.deleted = 0"_s.arg(
                          assessmentColumns(u"a"_s)),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Code::NotFound,
                           GradebookRepository::tr("The assessment was not found."));
    return assessmentAt(*q);
}

// Once a course has categories, an assessment must name one of them; gives the stored spelling.
Result<QString> checkedCategory(const QSqlDatabase &db, const Id &courseId, const QString &name)
{
    auto categories = categoriesOf(db, courseId);
    if (!categories)
        return categories.error();
    if (categories->isEmpty())
        return name.trimmed();
    QStringList names;
    for (const auto &c : std::as_const(*categories)) {
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return c.name;
        names.append(c.name);
    }
    return Error::invalidField(u"category"_s,
                               GradebookRepository::tr("Choose one of the course's categories: %1.")
                                   .arg(names.join(u", "_s)));
}

// A published course's mark changes only with a reason; before publishing none is kept.
Result<QString> actionForMarkChange(const QSqlDatabase &db, const Id &courseId, Mark &mark)
{
    auto published = gradebookrows::isPublished(db, courseId);
    if (!published)
        return published.error();
    if (!*published) {
        mark.reason.clear();
        return u"update"_s;
    }
    mark.reason = mark.reason.trimmed();
    if (mark.reason.isEmpty())
        return Error::invalidField(
            u"reason"_s,
            GradebookRepository::tr("The results of this course are published. Say "
                                    "why the mark changes."));
    return u"correct"_s;
}

} // namespace

Result<void> GradebookRepository::requireResults(const QSqlDatabase &db, const Actor &viewer,
                                                 const Id &courseId)
{
    if (Visibility::seesAll(viewer))
        return {};
    if (auto visible = Visibility::requireCourse(db, viewer, courseId); !visible)
        return visible;
    if (viewer.role == Role::Student) {
        auto published = gradebookrows::isPublished(db, courseId);
        if (!published)
            return published.error();
        if (!*published)
            return Error::make(Error::Code::Forbidden,
                               tr("The results of this course are not published yet."));
    }
    return {};
}

Result<void> GradebookRepository::requireWrite(const QSqlDatabase &db, const Actor &actor,
                                               const Id &courseId, bool structural) const
{
    if (auto allowed = Permissions::require(actor, Action::EditMarks); !allowed)
        return allowed;
    if (auto teaches = Visibility::requireTeaches(db, actor, courseId); !teaches)
        return teaches;
    if (structural) {
        auto published = gradebookrows::isPublished(db, courseId);
        if (!published)
            return published.error();
        if (*published)
            return Error::make(Error::Code::Invalid,
                               tr("The results of this course are published, so its assessments "
                                  "and categories can no longer be changed."));
    }
    return {};
}

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

Result<GradeScale> GradebookRepository::saveGradeScale(const GradeScale &original,
                                                       GradeScale edited, const Actor &actor)
{
    if (original.id.isEmpty()) {
        edited.id.clear();
        return createGradeScale(edited, actor);
    }
    if (auto allowed = Permissions::require(actor, Action::ManageGradeScales); !allowed)
        return allowed.error();
    edited.id = original.id;
    if (const auto v = GradebookRules::validate(edited); !v.ok())
        return Error::invalid(v);
    ChangeWriter writer(m_db.connection(), actor);
    const auto changes
        = diffFields({{u"name"_s, original.name}, {u"bands"_s, bandsToJson(original.bands)}},
                     {{u"name"_s, edited.name.trimmed()}, {u"bands"_s, bandsToJson(edited.bands)}});
    if (changes.isEmpty())
        return original;
    if (auto done = writer.update(u"grade_scale"_s, edited.id, changes); !done)
        return done.error();
    edited.name = edited.name.trimmed();
    edited.meta = SyncMeta{original.meta.rev, writer.now(), actor.userId, false};
    return edited;
}

Result<QList<AssessmentCategory>> GradebookRepository::categoriesOfCourse(const Id &courseId,
                                                                          const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireCourse(db, viewer, courseId); !visible)
        return visible.error();
    return categoriesOf(db, courseId);
}

Result<AssessmentCategory> GradebookRepository::saveCategory(AssessmentCategory category,
                                                             const AssessmentCategory *original,
                                                             const Actor &actor)
{
    if (original)
        category.courseId = original->courseId;
    category.name = category.name.trimmed();
    if (const auto v = GradebookRules::validate(category); !v.ok())
        return Error::invalid(v);
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto allowed = requireWrite(db, actor, category.courseId, true); !allowed)
            return allowed;
        auto taken = sql::exists(
            db,
            u"SELECT 1 FROM assessment_category WHERE course_id = ? AND "
            u"name = ? COLLATE NOCASE AND deleted = 0 AND id <> ?"_s,
            {category.courseId, category.name, sql::text(original ? original->id : category.id)});
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::invalidField(
                u"name"_s, tr("The course already has a category named %1.").arg(category.name));
        if (!original) {
            if (category.id.isEmpty())
                category.id = newId();
            return writer.insert(u"assessment_category"_s, category.id,
                                 {{u"course_id"_s, category.courseId},
                                  {u"name"_s, category.name},
                                  {u"weight"_s, category.weight}});
        }
        category.id = original->id;
        const auto changes
            = diffFields({{u"name"_s, original->name}, {u"weight"_s, original->weight}},
                         {{u"name"_s, category.name}, {u"weight"_s, category.weight}});
        if (changes.isEmpty())
            return {};
        if (auto updated = writer.update(u"assessment_category"_s, category.id, changes); !updated)
            return updated;
        if (category.name == original->name)
            return {};
        // A renamed category keeps its assessments.
        auto moved = sql::run(db,
                              u"SELECT id, category FROM assessment WHERE course_id = ? AND "
                              u"category = ? COLLATE NOCASE AND deleted = 0"_s,
                              {category.courseId, original->name});
        if (!moved)
            return moved.error();
        QList<std::pair<Id, QString>> rows;
        while (moved->next())
            rows.append({moved->value(0).toString(), moved->value(1).toString()});
        for (const auto &[id, old] : rows) {
            if (auto renamed = writer.update(u"assessment"_s, id,
                                             {FieldChange{u"category"_s, old, category.name}});
                !renamed)
                return renamed;
        }
        return {};
    });
    if (!done)
        return done.error();
    category.meta = SyncMeta{original ? original->meta.rev : 0, writer.now(), actor.userId, false};
    return category;
}

Result<void> GradebookRepository::removeCategory(const Id &categoryId, const Actor &actor)
{
    const QSqlDatabase db = m_db.connection();
    return sql::inTransaction(db, [&]() -> Result<void> {
        auto q = sql::run(db,
                          u"SELECT %1 FROM assessment_category c WHERE c.id = ? AND "
                          u"c.deleted = 0"_s.arg(categoryColumns(u"c"_s)),
                          {categoryId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::make(Error::Code::NotFound, tr("The category was not found."));
        const AssessmentCategory category = categoryAt(*q);
        if (auto allowed = requireWrite(db, actor, category.courseId, true); !allowed)
            return allowed;
        auto used = sql::exists(db,
                                u"SELECT 1 FROM assessment WHERE course_id = ? AND category = ? "
                                u"COLLATE NOCASE AND deleted = 0"_s,
                                {category.courseId, category.name});
        if (!used)
            return used.error();
        if (*used)
            return Error::make(Error::Code::Invalid,
                               tr("The category %1 still has assessments. Move them to another "
                                  "category or remove them first.")
                                   .arg(category.name));
        return ChangeWriter(db, actor).remove(u"assessment_category"_s, categoryId);
    });
}

Result<Assessment> GradebookRepository::createAssessment(Assessment a, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditMarks); !allowed)
        return allowed.error();
    if (a.id.isEmpty())
        a.id = newId();
    if (const auto v = GradebookRules::validate(a); !v.ok())
        return Error::invalid(v);
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto allowed = requireWrite(db, actor, a.courseId, true); !allowed)
            return allowed;
        auto category = checkedCategory(db, a.courseId, a.category);
        if (!category)
            return category.error();
        a.category = *category;
        a.title = a.title.trimmed();
        return writer.insert(u"assessment"_s, a.id,
                             Fields{{u"course_id"_s, a.courseId}} + assessmentFields(a));
    });
    if (!done)
        return done.error();
    a.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return a;
}

Result<Assessment> GradebookRepository::updateAssessment(const Assessment &original,
                                                         const Assessment &edited,
                                                         const Actor &actor)
{
    Assessment a = edited;
    a.id = original.id;
    a.courseId = original.courseId;
    if (const auto v = GradebookRules::validate(a); !v.ok())
        return Error::invalid(v);
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto allowed = requireWrite(db, actor, a.courseId, true); !allowed)
            return allowed;
        auto category = checkedCategory(db, a.courseId, a.category);
        if (!category)
            return category.error();
        a.category = *category;
        a.title = a.title.trimmed();
        if (a.maxScore < original.maxScore) {
            auto highest = sql::run(
                db, u"SELECT MAX(score) FROM mark WHERE assessment_id = ? AND deleted = 0"_s,
                {a.id});
            if (!highest)
                return highest.error();
            if (highest->next() && !highest->value(0).isNull()
                && highest->value(0).toDouble() > a.maxScore)
                return Error::invalidField(
                    u"maxScore"_s,
                    tr("A student already scored %1, more than the new maximum.")
                        .arg(highest->value(0).toDouble()));
        }
        const auto changes = diffFields(assessmentFields(original), assessmentFields(a));
        if (changes.isEmpty())
            return {};
        return writer.update(u"assessment"_s, a.id, changes);
    });
    if (!done)
        return done.error();
    a.meta = SyncMeta{original.meta.rev, writer.now(), actor.userId, false};
    return a;
}

Result<void> GradebookRepository::removeAssessment(const Id &assessmentId, const Actor &actor)
{
    const QSqlDatabase db = m_db.connection();
    return sql::inTransaction(db, [&]() -> Result<void> {
        auto a = loadAssessment(db, assessmentId);
        if (!a)
            return a.error();
        if (auto allowed = requireWrite(db, actor, a->courseId, true); !allowed)
            return allowed;
        auto marked = sql::exists(
            db, u"SELECT 1 FROM mark WHERE assessment_id = ? AND deleted = 0"_s, {assessmentId});
        if (!marked)
            return marked.error();
        if (*marked)
            return Error::make(Error::Code::Invalid,
                               tr("%1 already has marks, so it cannot be removed. Set its weight "
                                  "to 0 to leave it out of the totals.")
                                   .arg(a->title));
        return ChangeWriter(db, actor).remove(u"assessment"_s, assessmentId);
    });
}

Result<QList<Assessment>> GradebookRepository::assessmentsOfCourse(const Id &courseId,
                                                                   const Actor &viewer) const
{
    if (auto visible = Visibility::requireCourse(m_db.connection(), viewer, courseId); !visible)
        return visible.error();
    return assessmentsOfCourses({courseId}, viewer);
}

Result<QList<Assessment>> GradebookRepository::assessmentsOfCourses(const QList<Id> &courseIds,
                                                                    const Actor &viewer) const
{
    if (courseIds.isEmpty())
        return QList<Assessment>();
    QVariantList params;
    for (const auto &id : courseIds)
        params.append(id);
    const QString visible = andCondition(Visibility::courses(viewer, u"a.course_id"_s), params);
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM assessment a WHERE a.deleted = 0 AND a.course_id IN (%2)%3 "
        u"ORDER BY a.held_on, a.title"_s.arg(
            assessmentColumns(u"a"_s), QStringList(courseIds.size(), u"?"_s).join(u','), visible),
        params);
    if (!q)
        return q.error();
    QList<Assessment> result;
    while (q->next())
        result.append(assessmentAt(*q));
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
    bool unchanged = false;
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto a = loadAssessment(db, mark.assessmentId);
        if (!a)
            return a.error();
        if (auto allowed = requireWrite(db, actor, a->courseId, false); !allowed)
            return allowed;
        if (const auto v = GradebookRules::validate(mark, *a); !v.ok())
            return Error::invalid(v);
        auto enrolled = sql::exists(db,
                                    u"SELECT 1 FROM enrollment WHERE student_id = ? AND "
                                    u"course_id = ? AND status = 'active' AND deleted = 0"_s,
                                    {mark.studentId, a->courseId});
        if (!enrolled)
            return enrolled.error();
        if (!*enrolled)
            return Error::invalidField(u"studentId"_s,
                                       tr("The student is not enrolled in this course."));
        auto action = actionForMarkChange(db, a->courseId, mark);
        if (!action)
            return action.error();
        if (!original) {
            mark.id = mark.id.isEmpty() ? newId() : mark.id;
            auto existing = sql::exists(
                db,
                u"SELECT 1 FROM mark WHERE assessment_id = ? AND student_id = ? AND deleted = 0"_s,
                {mark.assessmentId, mark.studentId});
            if (!existing)
                return existing.error();
            if (*existing)
                return Error::make(Error::Code::Conflict,
                                   tr("Someone else entered a mark for this student meanwhile. "
                                      "Reload to see it."));
            return writer.insert(u"mark"_s, mark.id, markFields(mark),
                                 *action == u"correct"_s ? *action : u"create"_s);
        }
        mark.id = original->id;
        const Fields before = markFields(*original);
        const Fields after = markFields(mark);
        // Entering the same value again changes nothing; otherwise who and when move with it.
        if (diffFields(before.mid(0, 4), after.mid(0, 4)).isEmpty()) {
            mark = *original;
            unchanged = true;
            return {};
        }
        return writer.update(u"mark"_s, mark.id, diffFields(before, after), *action);
    });
    if (!done)
        return done.error();
    if (!unchanged)
        mark.meta = SyncMeta{original ? original->meta.rev : 0, writer.now(), actor.userId, false};
    return mark;
}

Result<void> GradebookRepository::removeMark(const Mark &original, const QString &reason,
                                             const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditMarks); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    return sql::inTransaction(db, [&]() -> Result<void> {
        auto a = loadAssessment(db, original.assessmentId);
        if (!a)
            return a.error();
        if (auto allowed = requireWrite(db, actor, a->courseId, false); !allowed)
            return allowed;
        auto stored = sql::run(
            db,
            u"SELECT %1 FROM mark m WHERE m.id = ? AND m.deleted = 0"_s.arg(markColumns(u"m"_s)),
            {original.id});
        if (!stored)
            return stored.error();
        const auto conflict
            = Error::make(Error::Code::Conflict,
                          tr("Someone else changed this mark meanwhile. Reload to see it."));
        if (!stored->next())
            return conflict;
        const Mark current = markAt(*stored);
        if (current.status != original.status || current.score != original.score)
            return conflict;
        Mark withReason = current;
        withReason.reason = reason;
        auto action = actionForMarkChange(db, a->courseId, withReason);
        if (!action)
            return action.error();
        ChangeWriter writer(db, actor);
        if (*action == u"correct"_s && withReason.reason != current.reason) {
            if (auto kept = writer.update(u"mark"_s, current.id,
                                          {FieldChange{u"reason"_s, sql::text(current.reason),
                                                       sql::text(withReason.reason)}},
                                          *action);
                !kept)
                return kept;
        }
        return writer.remove(u"mark"_s, current.id,
                             *action == u"correct"_s ? *action : u"delete"_s);
    });
}

Result<QList<Mark>> GradebookRepository::marksWhere(const QString &condition,
                                                    const QVariantList &params) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT %1 FROM mark m JOIN assessment a ON a.id = m.assessment_id "
        u"AND a.deleted = 0 WHERE m.deleted = 0 AND %2"_s.arg(markColumns(u"m"_s), condition),
        params);
    if (!q)
        return q.error();
    QList<Mark> marks;
    while (q->next())
        marks.append(markAt(*q));
    return marks;
}

namespace {

// The rows of marks a viewer may read: a teacher's courses, a student's own published marks.
QString visibleMarks(const Actor &viewer, QVariantList &params)
{
    QString condition = andCondition(Visibility::courses(viewer, u"a.course_id"_s), params)
        + andCondition(Visibility::students(viewer, u"m.student_id"_s), params);
    if (!Visibility::seesAll(viewer) && viewer.role == Role::Student)
        condition += u" AND a.course_id IN (SELECT course_id FROM result_publication "
                     u"WHERE deleted = 0)"_s;
    return condition;
}

} // namespace

Result<QList<Mark>> GradebookRepository::marksOfStudent(const Id &studentId,
                                                        const Actor &viewer) const
{
    if (auto visible = Visibility::requireStudent(m_db.connection(), viewer, studentId); !visible)
        return visible.error();
    QVariantList params{studentId};
    const QString visible = visibleMarks(viewer, params);
    return marksWhere(u"m.student_id = ?"_s + visible, params);
}

Result<QList<Mark>> GradebookRepository::marksOfAssessment(const Id &assessmentId,
                                                           const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    auto a = loadAssessment(db, assessmentId);
    if (!a)
        return a.error();
    if (auto visible = requireResults(db, viewer, a->courseId); !visible)
        return visible.error();
    QVariantList params{assessmentId};
    const QString visible = visibleMarks(viewer, params);
    return marksWhere(u"m.assessment_id = ?"_s + visible, params);
}

Result<ResultPublication> GradebookRepository::publish(const Id &courseId, const Actor &actor)
{
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    ResultPublication publication{newId(), courseId, actor.userId, writer.now(), {}};
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto allowed = requireWrite(db, actor, courseId, false); !allowed)
            return allowed;
        auto exists
            = sql::exists(db, u"SELECT 1 FROM course WHERE id = ? AND deleted = 0"_s, {courseId});
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error::make(Error::Code::NotFound, tr("The course was not found."));
        auto published = gradebookrows::isPublished(db, courseId);
        if (!published)
            return published.error();
        if (*published)
            return Error::make(Error::Code::Conflict,
                               tr("The results of this course are already published."));
        return writer.insert(u"result_publication"_s, publication.id,
                             {{u"course_id"_s, courseId},
                              {u"published_by"_s, actor.userId},
                              {u"published_at"_s, sql::instant(publication.publishedAt)}},
                             u"publish"_s);
    });
    if (!done)
        return done.error();
    publication.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return publication;
}

Result<bool> GradebookRepository::isPublished(const Id &courseId, const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireCourse(db, viewer, courseId); !visible)
        return visible.error();
    return gradebookrows::isPublished(db, courseId);
}

} // namespace cd
