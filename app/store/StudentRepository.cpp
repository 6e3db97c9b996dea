#include "app/store/StudentRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/FaceTemplateRepository.h"
#include "app/store/Sql.h"
#include "app/store/Visibility.h"

#include <QStringList>

#include <limits>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

Fields studentFields(const Student &s)
{
    return {
        {u"student_number"_s, s.studentNumber.trimmed()},
        {u"first_name"_s, s.firstName.trimmed()},
        {u"last_name"_s, s.lastName.trimmed()},
        {u"email"_s, sql::text(s.email.trimmed())},
        {u"phone"_s, sql::text(s.phone.trimmed())},
        {u"date_of_birth"_s, sql::date(s.dateOfBirth)},
        {u"batch"_s, s.batch.trimmed()},
        {u"program"_s, s.program.trimmed()},
        {u"status"_s, codeOf(s.status)},
        {u"biometric_consent"_s, s.consent.granted ? 1 : 0},
        {u"consent_recorded_by"_s, sql::reference(s.consent.recordedBy)},
        {u"consent_recorded_at"_s, sql::instant(s.consent.recordedAt)},
    };
}

Fields guardianFields(const Id &studentId, int position, const Guardian &g)
{
    return {
        {u"student_id"_s, studentId},
        {u"position"_s, position},
        {u"name"_s, g.name.trimmed()},
        {u"relationship"_s, sql::text(g.relationship.trimmed())},
        {u"phone"_s, sql::text(g.phone.trimmed())},
        {u"email"_s, sql::text(g.email.trimmed())},
    };
}

const QString listColumns = u"s.id, s.student_number, s.first_name, s.last_name, s.email, "
                            u"s.batch, s.program, s.status, s.archived"_s;

StudentListItem listItemFrom(const QSqlQuery &q)
{
    return StudentListItem{
        q.value(0).toString(),
        q.value(1).toString(),
        q.value(2).toString(),
        q.value(3).toString(),
        q.value(4).toString(),
        q.value(5).toString(),
        q.value(6).toString(),
        fromCode<StudentStatus>(q.value(7).toString()).value_or(StudentStatus::Active),
        q.value(8).toInt() == 1};
}

QString escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return text;
}

QStringList searchWords(const QString &search)
{
    return search.simplified().split(u' ', Qt::SkipEmptyParts);
}

// Lower case the way SQLite's lower() and LIKE do: ASCII letters only.
QString asciiLower(const QString &text)
{
    QString lowered = text;
    for (auto &c : lowered) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    return lowered;
}

bool hasFilters(const StudentQuery &query)
{
    return !query.batch.isEmpty() || !query.program.isEmpty() || query.status
        || !query.courseId.isEmpty() || query.archived;
}

// WHERE clause and parameters shared by list() and count().
std::pair<QString, QVariantList> whereClause(const StudentQuery &query, const Actor &viewer)
{
    QStringList conditions{u"s.deleted = 0"_s, u"s.archived = ?"_s};
    QVariantList params{query.archived ? 1 : 0};
    if (const auto visible = Visibility::students(viewer, u"s.id"_s); !visible.isEmpty()) {
        conditions.append(visible.text);
        params += visible.params;
    }
    const QStringList words = searchWords(query.search);
    for (const auto &word : words) {
        conditions.append(
            u"(s.last_name LIKE ? ESCAPE '\\' OR s.first_name LIKE ? ESCAPE '\\' "
            u"OR s.student_number LIKE ? ESCAPE '\\' OR s.email LIKE ? ESCAPE '\\')"_s);
        const QString pattern = escapeLike(word) + u'%';
        params << pattern << pattern << pattern << pattern;
    }
    if (!query.batch.isEmpty()) {
        conditions.append(u"s.batch = ?"_s);
        params << query.batch;
    }
    if (!query.program.isEmpty()) {
        conditions.append(u"s.program = ?"_s);
        params << query.program;
    }
    if (query.status) {
        conditions.append(u"s.status = ?"_s);
        params << codeOf(*query.status);
    }
    if (!query.courseId.isEmpty()) {
        conditions.append(u"s.id IN (SELECT student_id FROM enrollment WHERE course_id = ? "
                          u"AND status = 'active' AND deleted = 0)"_s);
        params << query.courseId;
    }
    return {conditions.join(u" AND "_s), params};
}

// Each order is the whole key of one index (student_by_email, student_by_batch, ...), so SQLite
// reads the index in order; leaving first_name out of the key made it sort every run of equal
// values (all of a batch) in a temporary b-tree for each page.
QString orderBy(StudentSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString byName = u", s.last_name"_s + dir + u", s.first_name"_s + dir + u", s.id"_s + dir;
    switch (sort) {
    case StudentSort::Name:
        return u"s.last_name"_s + dir + u", s.first_name"_s + dir + u", s.id"_s + dir;
    case StudentSort::FirstName:
        return u"s.first_name"_s + dir + u", s.last_name"_s + dir + u", s.id"_s + dir;
    case StudentSort::Number: return u"s.student_number"_s + dir;
    case StudentSort::Email: return u"s.email"_s + dir + byName;
    case StudentSort::Batch: return u"s.batch"_s + dir + byName;
    case StudentSort::Program: return u"s.program"_s + dir + byName;
    case StudentSort::Status: return u"s.status"_s + dir + byName;
    }
    Q_UNREACHABLE();
    return {};
}

// How a search finds its rows. Scanning the name index and testing every row is cheap when
// matches are dense and ruinous when they are rare (100,000 rows tested for nothing); gathering
// every match and sorting is the reverse. So:
//  - a word that few students match (at most the candidate limit) gathers them through the four
//    column indexes and sorts them;
//  - otherwise, for the name order, the student_search table gives the students whose columns
//    start with a short word (or the first three letters of a longer one) already in name order;
//  - otherwise SQLite plans it alone.
struct SearchPlan
{
    enum class Kind { Plain, Candidates, Prefix } kind = Kind::Plain;
    QString word; // Candidates: the word whose matches are gathered; Prefix: the term
};

const QString candidateUnion
    = u"SELECT id FROM student WHERE deleted = 0 AND last_name LIKE ? ESCAPE '\\' "
      u"UNION SELECT id FROM student WHERE deleted = 0 AND first_name LIKE ? ESCAPE '\\' "
      u"UNION SELECT id FROM student WHERE deleted = 0 AND student_number LIKE ? ESCAPE '\\' "
      u"UNION SELECT id FROM student WHERE deleted = 0 AND email LIKE ? ESCAPE '\\'"_s;

// How many students a word matches, counted through the indexes and capped just above the limit.
Result<int> estimateMatches(const QSqlDatabase &db, const QString &word, int candidateLimit)
{
    const QString pattern = escapeLike(word) + u'%';
    QStringList parts;
    QVariantList params;
    for (const auto &column : {u"last_name"_s, u"first_name"_s, u"student_number"_s, u"email"_s}) {
        parts
            << u"(SELECT count(*) FROM (SELECT 1 FROM student WHERE deleted = 0 AND %1 LIKE ? ESCAPE '\\' LIMIT ?))"_s
                   .arg(column);
        params << pattern << candidateLimit + 1;
    }
    auto q = sql::run(db, u"SELECT "_s + parts.join(u" + "_s), params);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<SearchPlan> planSearch(const QSqlDatabase &db, const StudentQuery &query, int candidateLimit)
{
    const QStringList words = searchWords(query.search);
    if (words.isEmpty())
        return SearchPlan{};
    QString rarest;
    int rarestCount = std::numeric_limits<int>::max();
    QString longestShort;
    for (const auto &word : words) {
        if (word.size() <= 3) {
            if (word.size() > longestShort.size())
                longestShort = word;
            continue;
        }
        auto matches = estimateMatches(db, word, candidateLimit);
        if (!matches)
            return matches.error();
        if (*matches < rarestCount) {
            rarestCount = *matches;
            rarest = word;
        }
    }
    if (rarestCount <= candidateLimit)
        return SearchPlan{SearchPlan::Kind::Candidates, rarest};
    // The search table holds current students only.
    if (query.sort == StudentSort::Name && !query.archived)
        return SearchPlan{SearchPlan::Kind::Prefix,
                          asciiLower(longestShort.isEmpty() ? rarest.left(3) : longestShort)};
    return SearchPlan{};
}

// FROM clause and its leading parameters for a plan.
std::pair<QString, QVariantList> fromClause(const SearchPlan &plan)
{
    switch (plan.kind) {
    case SearchPlan::Kind::Plain: return {u"student s"_s, {}};
    case SearchPlan::Kind::Candidates: {
        const QString pattern = escapeLike(plan.word) + u'%';
        return {u"(%1) c CROSS JOIN student s ON s.id = c.id"_s.arg(candidateUnion),
                {pattern, pattern, pattern, pattern}};
    }
    case SearchPlan::Kind::Prefix:
        return {u"student_search t CROSS JOIN student s ON s.id = t.student_id AND t.term = ?"_s,
                {plan.word}};
    }
    Q_UNREACHABLE();
    return {};
}

Result<void> requireViewer(const Actor &viewer)
{
    if (viewer.role == Role::Student)
        return Permissions::require(viewer, Action::ViewOwnRecord);
    return Permissions::require(viewer, Action::ViewStudents);
}

// Gives new guardians their ids and validates the whole record.
Result<Student> prepared(Student student)
{
    if (student.id.isEmpty())
        student.id = newId();
    for (auto &guardian : student.guardians) {
        if (guardian.id.isEmpty())
            guardian.id = newId();
    }
    const auto validation = StudentRules::validate(student, QDate::currentDate());
    if (!validation.ok())
        return Error::invalid(validation);
    return student;
}

} // namespace

Result<void> StudentRepository::checkNumberFree(const QSqlDatabase &db,
                                                const Student &student) const
{
    const QString number = student.studentNumber.trimmed();
    auto taken = sql::exists(
        db, u"SELECT 1 FROM student WHERE student_number = ? AND deleted = 0 AND id <> ?"_s,
        {number, student.id});
    if (!taken)
        return taken.error();
    if (*taken)
        return Error::invalidField(u"studentNumber"_s,
                                   tr("Another student already has the number %1.").arg(number));
    return {};
}

Result<Student> StudentRepository::create(Student student, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditStudents); !allowed)
        return allowed.error();
    if (student.consent.granted) {
        if (auto allowed = Permissions::require(actor, Action::EnrolFaces); !allowed)
            return allowed.error();
    }
    auto ready = prepared(std::move(student));
    if (!ready)
        return ready.error();
    const Student &s = *ready;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto written = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto free = checkNumberFree(db, s); !free)
            return free;
        if (auto done = writer.insert(u"student"_s, s.id, studentFields(s)); !done)
            return done;
        for (int i = 0; i < s.guardians.size(); ++i) {
            const auto &g = s.guardians.at(i);
            if (auto done = writer.insert(u"guardian"_s, g.id, guardianFields(s.id, i, g)); !done)
                return done;
        }
        return {};
    });
    if (!written)
        return written.error();
    return find(s.id, actor);
}

Result<Student> StudentRepository::update(const Student &original, const Student &edited,
                                          const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditStudents); !allowed)
        return allowed.error();
    Q_ASSERT(original.id == edited.id);
    if (original.consent != edited.consent) {
        if (auto allowed = Permissions::require(actor, Action::EnrolFaces); !allowed)
            return allowed.error();
    }
    auto ready = prepared(edited);
    if (!ready)
        return ready.error();
    const Student &next = *ready;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto written = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto free = checkNumberFree(db, next); !free)
            return free;
        if (auto done = writer.update(u"student"_s, next.id,
                                      diffFields(studentFields(original), studentFields(next)));
            !done)
            return done;
        // Consent withdrawn in the full edit form: the face templates go with it.
        if (original.consent.granted && !next.consent.granted) {
            if (auto removed = FaceTemplateRepository::deleteAllWithin(db, writer, next.id,
                                                                       u"consent withdrawn"_s);
                !removed)
                return removed.error();
        }

        // Guardians: new ones are inserted, changed ones updated, missing ones tombstoned.
        QHash<Id, int> before;
        for (int i = 0; i < original.guardians.size(); ++i)
            before.insert(original.guardians.at(i).id, i);
        for (int i = 0; i < next.guardians.size(); ++i) {
            const auto &g = next.guardians.at(i);
            const auto it = before.constFind(g.id);
            Result<void> done;
            if (it == before.cend()) {
                done = writer.insert(u"guardian"_s, g.id, guardianFields(next.id, i, g));
            } else {
                const auto &old = original.guardians.at(*it);
                done = writer.update(
                    u"guardian"_s, g.id,
                    diffFields(guardianFields(next.id, *it, old), guardianFields(next.id, i, g)));
                before.remove(g.id);
            }
            if (!done)
                return done;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (auto done = writer.remove(u"guardian"_s, it.key()); !done)
                return done;
        }
        return {};
    });
    if (!written)
        return written.error();
    return find(next.id, actor);
}

Result<Student> StudentRepository::setArchived(const Id &id, bool archived, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditStudents); !allowed)
        return allowed.error();
    auto current = find(id, actor);
    if (!current)
        return current.error();
    if (current->archived == archived)
        return current;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    // An archived student keeps their number (the unique index covers them), so restoring
    // never clashes.
    auto written = sql::inTransaction(db, [&]() -> Result<void> {
        return writer.update(u"student"_s, id,
                             {{u"archived"_s, current->archived ? 1 : 0, archived ? 1 : 0}},
                             archived ? u"archive"_s : u"restore"_s);
    });
    if (!written)
        return written.error();
    return find(id, actor);
}

Result<Student> StudentRepository::setConsent(const Student &original, bool granted,
                                              const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EnrolFaces); !allowed)
        return allowed.error();
    // The teacher must see the student (their course) to record anything about them.
    if (auto visible = Visibility::requireStudent(m_db.connection(), actor, original.id); !visible)
        return visible.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    const BiometricConsent next{granted, actor.userId, writer.now()};
    const BiometricConsent &was = original.consent;
    auto written = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto done
            = writer.update(u"student"_s, original.id,
                            {{u"biometric_consent"_s, was.granted ? 1 : 0, next.granted ? 1 : 0},
                             {u"consent_recorded_by"_s, sql::reference(was.recordedBy),
                              sql::reference(next.recordedBy)},
                             {u"consent_recorded_at"_s, sql::instant(was.recordedAt),
                              sql::instant(next.recordedAt)}},
                            granted ? u"grant consent"_s : u"withdraw consent"_s);
            !done)
            return done;
        // Face templates go with the consent, in the same transaction.
        if (!granted) {
            if (auto removed = FaceTemplateRepository::deleteAllWithin(db, writer, original.id,
                                                                       u"consent withdrawn"_s);
                !removed)
                return removed.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return find(original.id, actor);
}

Result<QByteArray> StudentRepository::photo(const Id &studentId, const Actor &viewer) const
{
    if (auto allowed = requireViewer(viewer); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireStudent(db, viewer, studentId); !visible)
        return visible.error();
    auto q = sql::run(db, u"SELECT image FROM student_photo WHERE student_id = ? AND deleted = 0"_s,
                      {studentId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

Result<void> StudentRepository::setPhoto(const Id &studentId, const QByteArray &jpeg,
                                         const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditStudents); !allowed)
        return allowed;
    if (!jpeg.isEmpty() && !jpeg.startsWith("\xff\xd8\xff"))
        return Error::invalidField(u"photo"_s, tr("The photo must be a JPEG image."));
    if (jpeg.size() > maxPhotoBytes)
        return Error::invalidField(u"photo"_s,
                                   tr("The photo is larger than %1 KiB; choose a smaller image.")
                                       .arg(maxPhotoBytes / 1024));
    if (auto student = find(studentId, actor); !student)
        return student.error();
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    return sql::inTransaction(db, [&]() -> Result<void> {
        auto current = sql::run(
            db, u"SELECT id, image FROM student_photo WHERE student_id = ? AND deleted = 0"_s,
            {studentId});
        if (!current)
            return current.error();
        if (!current->next()) {
            if (jpeg.isEmpty())
                return {};
            return writer.insert(u"student_photo"_s, newId(),
                                 {{u"student_id"_s, studentId}, {u"image"_s, jpeg}});
        }
        const Id photoId = current->value(0).toString();
        if (jpeg.isEmpty())
            return writer.remove(u"student_photo"_s, photoId, u"remove photo"_s);
        return writer.update(u"student_photo"_s, photoId,
                             {{u"image"_s, current->value(1).toByteArray(), jpeg}});
    });
}

Result<void> StudentRepository::remove(const Id &id, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::EditStudents); !allowed)
        return allowed;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    return sql::inTransaction(db, [&]() -> Result<void> {
        auto guardians
            = sql::run(db, u"SELECT id FROM guardian WHERE student_id = ? AND deleted = 0"_s, {id});
        if (!guardians)
            return guardians.error();
        QList<Id> ids;
        while (guardians->next())
            ids.append(guardians->value(0).toString());
        for (const auto &guardian : std::as_const(ids)) {
            if (auto done = writer.remove(u"guardian"_s, guardian); !done)
                return done;
        }
        // The record is only tombstoned, so the foreign key's cascade does not fire: biometric
        // data must not outlive the record, so its templates are deleted here.
        if (auto removed
            = FaceTemplateRepository::deleteAllWithin(db, writer, id, u"student removed"_s);
            !removed)
            return removed.error();
        return writer.remove(u"student"_s, id);
    });
}

Result<Student> StudentRepository::find(const Id &id, const Actor &viewer) const
{
    const QSqlDatabase db = m_db.connection();
    if (auto visible = Visibility::requireStudent(db, viewer, id); !visible)
        return visible.error();
    auto q = sql::run(
        db,
        u"SELECT id, student_number, first_name, last_name, email, phone, date_of_birth, "
        u"batch, program, status, biometric_consent, consent_recorded_by, "
        u"consent_recorded_at, archived, %1 FROM student WHERE id = ? AND deleted = 0"_s.arg(
            sql::syncColumns),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Code::NotFound,
                           tr("The student record was not found; it may have been deleted."));
    Student s;
    s.id = q->value(0).toString();
    s.studentNumber = q->value(1).toString();
    s.firstName = q->value(2).toString();
    s.lastName = q->value(3).toString();
    s.email = q->value(4).toString();
    s.phone = q->value(5).toString();
    s.dateOfBirth = sql::toDate(q->value(6));
    s.batch = q->value(7).toString();
    s.program = q->value(8).toString();
    s.status = fromCode<StudentStatus>(q->value(9).toString()).value_or(StudentStatus::Active);
    s.consent.granted = q->value(10).toInt() == 1;
    s.consent.recordedBy = q->value(11).toString();
    s.consent.recordedAt = sql::toInstant(q->value(12));
    s.archived = q->value(13).toInt() == 1;
    s.meta = sql::syncMeta(*q, 14);

    auto g = sql::run(db,
                      u"SELECT id, name, relationship, phone, email FROM guardian "
                      u"WHERE student_id = ? AND deleted = 0 ORDER BY position, id"_s,
                      {id});
    if (!g)
        return g.error();
    while (g->next())
        s.guardians.append(Guardian{g->value(0).toString(), g->value(1).toString(),
                                    g->value(2).toString(), g->value(3).toString(),
                                    g->value(4).toString()});
    return s;
}

namespace {

Result<QList<StudentListItem>> runList(const QSqlDatabase &db, const StudentQuery &query,
                                       const Actor &viewer, const SearchPlan &plan)
{
    const auto [from, fromParams] = fromClause(plan);
    const auto [where, whereParams] = whereClause(query, viewer);
    int offset = query.offset;
    int limit = query.limit;
    Qt::SortOrder direction = query.order;
    const bool fromTheEnd = query.totalHint > 0 && offset > query.totalHint / 2;
    if (fromTheEnd) {
        const int end = std::min(offset + limit, query.totalHint);
        limit = std::max(0, end - offset);
        offset = query.totalHint - end;
        direction = direction == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    // In the prefix plan the search table's own key is the name order: no sort needed.
    const QString dir = direction == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    const QString order = plan.kind == SearchPlan::Kind::Prefix
        ? u"t.last_name"_s + dir + u", t.first_name"_s + dir + u", t.student_id"_s + dir
        : orderBy(query.sort, direction);
    QVariantList params = fromParams + whereParams;
    params << limit << offset;
    auto q = sql::run(db,
                      u"SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?"_s.arg(
                          listColumns, from, where, order),
                      params);
    if (!q)
        return q.error();
    QList<StudentListItem> items;
    items.reserve(limit);
    while (q->next())
        items.append(listItemFrom(*q));
    if (fromTheEnd)
        std::reverse(items.begin(), items.end());
    return items;
}

Result<int> runCount(const QSqlDatabase &db, const StudentQuery &query, const Actor &viewer,
                     const SearchPlan &plan)
{
    Result<QSqlQuery> q = QSqlQuery();
    const QStringList words = searchWords(query.search);
    if (plan.kind == SearchPlan::Kind::Prefix && words.size() == 1 && words.first().size() <= 3
        && !hasFilters(query) && Visibility::seesAll(viewer)) {
        // One short word and nothing else: the search table alone has the answer.
        q = sql::run(db, u"SELECT count(*) FROM student_search WHERE term = ?"_s, {plan.word});
    } else {
        const auto [from, fromParams] = fromClause(plan);
        const auto [where, whereParams] = whereClause(query, viewer);
        q = sql::run(db, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(from, where),
                     fromParams + whereParams);
    }
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace

namespace {

Result<QStringList> distinctValues(const QSqlDatabase &db, const QString &column)
{
    auto q = sql::run(db,
                      u"SELECT DISTINCT %1 FROM student WHERE deleted = 0 AND archived = 0 "
                      u"AND %1 <> '' ORDER BY %1"_s.arg(column));
    if (!q)
        return q.error();
    QStringList values;
    while (q->next())
        values.append(q->value(0).toString());
    return values;
}

} // namespace

Result<QList<StudentListItem>> StudentRepository::list(const StudentQuery &query,
                                                       const Actor &viewer) const
{
    if (auto allowed = requireViewer(viewer); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    auto plan = planSearch(db, query, m_candidateLimit);
    if (!plan)
        return plan.error();
    return runList(db, query, viewer, *plan);
}

Result<int> StudentRepository::count(const StudentQuery &query, const Actor &viewer) const
{
    if (auto allowed = requireViewer(viewer); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    auto plan = planSearch(db, query, m_candidateLimit);
    if (!plan)
        return plan.error();
    return runCount(db, query, viewer, *plan);
}

Result<StudentPage> StudentRepository::page(const StudentQuery &query, const Actor &viewer) const
{
    if (auto allowed = requireViewer(viewer); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    auto plan = planSearch(db, query, m_candidateLimit);
    if (!plan)
        return plan.error();
    auto total = runCount(db, query, viewer, *plan);
    if (!total)
        return total.error();
    StudentQuery known = query;
    known.totalHint = *total;
    auto rows = runList(db, known, viewer, *plan);
    if (!rows)
        return rows.error();
    return StudentPage{*total, std::move(*rows)};
}

Result<QList<Id>> StudentRepository::ids(const StudentQuery &query, const Actor &viewer) const
{
    if (auto allowed = requireViewer(viewer); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_db.connection();
    auto plan = planSearch(db, query, m_candidateLimit);
    if (!plan)
        return plan.error();
    const auto [from, fromParams] = fromClause(*plan);
    const auto [where, whereParams] = whereClause(query, viewer);
    auto q = sql::run(db,
                      u"SELECT s.id FROM %1 WHERE %2 ORDER BY %3"_s.arg(
                          from, where, orderBy(query.sort, query.order)),
                      fromParams + whereParams);
    if (!q)
        return q.error();
    QList<Id> ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

Result<QStringList> StudentRepository::batches() const
{
    return distinctValues(m_db.connection(), u"batch"_s);
}

Result<QStringList> StudentRepository::programs() const
{
    return distinctValues(m_db.connection(), u"program"_s);
}

} // namespace cd
