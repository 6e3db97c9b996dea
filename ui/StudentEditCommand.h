#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/Student.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace cd {

class Database;

// A saved change to one student record, on StudentHistory's undo stack.
//
// The database write happens before the stack moves, not inside undo()/redo(): StudentHistory
// runs writeJob() on the thread pool and only when it succeeds lets the stack call undo()/redo(),
// which then merely take the stored result. So the GUI thread never waits for SQLite, and a
// refused write (someone changed the record since) leaves the stack where it was. Calling
// QUndoStack::undo() directly would skip the write; go through StudentHistory.
class StudentCommand : public QUndoCommand
{
public:
    enum class Direction { Undo, Redo };

    explicit StudentCommand(Id studentId) : m_studentId(std::move(studentId)) { }
    const Id &studentId() const { return m_studentId; }

    // The write that undoing / redoing means, as a job holding copies of what it needs, to run
    // on any thread (the command itself stays on the GUI thread).
    using Job = std::function<Result<Student>()>;
    virtual Job writeJob(const Database &db, const Actor &actor, Direction direction) const = 0;
    // Called on the GUI thread with write()'s result, just before the stack moves.
    virtual void written(const Student &stored, Direction direction) = 0;

private:
    Id m_studentId;
};

// An edit saved by the student form: undo writes `before` back over `after`, redo `after` over
// `before`, each checked field by field against the stored record (StudentRepository::update),
// so an undo after someone else changed the same fields is refused as a Conflict.
class StudentEditCommand : public StudentCommand
{
    Q_DECLARE_TR_FUNCTIONS(StudentEditCommand)
public:
    // `before` as loaded, `after` as stored by the save (the dialog has already written it).
    StudentEditCommand(const Student &before, const Student &after);

    const Student &before() const { return m_before; }
    const Student &after() const { return m_after; }

    Job writeJob(const Database &db, const Actor &actor, Direction direction) const override;
    void written(const Student &stored, Direction direction) override;

private:
    Student m_before;
    Student m_after;
};

// Archiving or restoring a student: undo does the opposite.
class StudentArchiveCommand : public StudentCommand
{
    Q_DECLARE_TR_FUNCTIONS(StudentArchiveCommand)
public:
    StudentArchiveCommand(const Id &studentId, const QString &name, bool archived);

    Job writeJob(const Database &db, const Actor &actor, Direction direction) const override;
    void written(const Student &, Direction) override { }

private:
    bool m_archived;
};

} // namespace cd
