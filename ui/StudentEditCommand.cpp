#include "ui/StudentEditCommand.h"

#include "app/store/StudentRepository.h"

#include <QSet>

namespace cd {

namespace {

// Guardians that `target` has and `current` no longer has were tombstoned; writing them back
// makes new rows (an id is never revived), so they lose their old ids.
Student withNewIdsForRemovedGuardians(Student target, const Student &current)
{
    QSet<Id> present;
    for (const Guardian &g : current.guardians)
        present.insert(g.id);
    for (Guardian &g : target.guardians) {
        if (!present.contains(g.id))
            g.id.clear();
    }
    return target;
}

} // namespace

StudentEditCommand::StudentEditCommand(const Student &before, const Student &after)
    : StudentCommand(after.id), m_before(before), m_after(after)
{
    setText(tr("edit of %1").arg(after.fullName()));
}

StudentCommand::Job StudentEditCommand::writeJob(const Database &db, const Actor &actor,
                                                 Direction direction) const
{
    const bool undo = direction == Direction::Undo;
    const Student from = undo ? m_after : m_before;
    const Student to = withNewIdsForRemovedGuardians(undo ? m_before : m_after, from);
    const QString refused = undo
        ? tr("The edit of %1 cannot be undone: someone changed the same details since. "
             "Open the record to see the current values.")
              .arg(m_after.fullName())
        : tr("The edit of %1 cannot be redone: someone changed the same details since. "
             "Open the record to see the current values.")
              .arg(m_after.fullName());
    const Database *database = &db;
    return [database, actor, from, to, refused]() -> Result<Student> {
        auto stored = StudentRepository(*database).update(from, to, actor);
        if (!stored && stored.error().code == Error::Code::Conflict) {
            Error error = stored.error();
            error.message = refused;
            return error;
        }
        return stored;
    };
}

void StudentEditCommand::written(const Student &stored, Direction direction)
{
    // Keep what the store holds now (guardian ids may be new), so the next step starts from it.
    (direction == Direction::Undo ? m_before : m_after) = stored;
}

StudentArchiveCommand::StudentArchiveCommand(const Id &studentId, const QString &name,
                                             bool archived)
    : StudentCommand(studentId), m_archived(archived)
{
    setText(archived ? tr("archiving of %1").arg(name) : tr("restoring of %1").arg(name));
}

StudentCommand::Job StudentArchiveCommand::writeJob(const Database &db, const Actor &actor,
                                                    Direction direction) const
{
    const bool archived = direction == Direction::Undo ? !m_archived : m_archived;
    const Database *database = &db;
    return [database, actor, id = studentId(), archived] {
        return StudentRepository(*database).setArchived(id, archived, actor);
    };
}

} // namespace cd
