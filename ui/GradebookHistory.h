#pragma once

#include "app/core/Actor.h"
#include "app/core/Gradebook.h"
#include "app/core/Result.h"

#include <QHash>
#include <QObject>
#include <QUndoCommand>

#include <optional>

class QAction;
class QUndoStack;

namespace cd {

class Database;

// One saved change of one cell: the mark before (nothing: no mark) and after, as stored.
// Like StudentCommand, the database write happens before the stack moves (GradebookHistory
// runs it on the thread pool); redo()/undo() themselves write nothing.
class MarkEditCommand : public QUndoCommand
{
public:
    MarkEditCommand(const QString &text, std::optional<Mark> before, std::optional<Mark> after,
                    QString reason);

    const Id &studentId() const { return m_studentId; }
    const Id &assessmentId() const { return m_assessmentId; }
    const std::optional<Mark> &before() const { return m_before; }
    const std::optional<Mark> &after() const { return m_after; }
    const QString &reason() const { return m_reason; }
    // After a write: the side that was written is now stored as `stored`.
    void written(bool undo, const std::optional<Mark> &stored);

private:
    Id m_studentId;
    Id m_assessmentId;
    std::optional<Mark> m_before;
    std::optional<Mark> m_after;
    QString m_reason;
};

// Undo and redo of saved marks in the gradebook, for one signed-in user and one course (the
// page clears it when the course changes). Each undo or redo is a write on the thread pool,
// checked like any change (a mark someone else changed since is a Conflict); the stack moves
// only when it succeeded. Once a course is published, an undo or redo is itself a correction:
// its reason repeats the original one ("Undo: ...").
class GradebookHistory : public QObject
{
    Q_OBJECT
public:
    GradebookHistory(const Database &db, const Actor &actor, QObject *parent = nullptr);

    // Records a change that has already been saved.
    void push(const QString &studentName, const QString &assessmentTitle,
              const std::optional<Mark> &before, const std::optional<Mark> &after,
              const QString &reason);
    void clear();

    // Ctrl+Z and Ctrl+Shift+Z (and the platform's redo key), with the step's name in the text.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoStack *stack() const { return m_stack; }
    bool isBusy() const { return m_busy; }

    void undo();
    void redo();

signals:
    // A mark changed through undo or redo (nothing: it no longer exists).
    void markChanged(const cd::Id &studentId, const cd::Id &assessmentId,
                     const std::optional<cd::Mark> &mark);
    void failed(const QString &message);
    void idle();

private:
    void step(bool undo);
    void updateActions();

    const Database &m_db;
    Actor m_actor;
    QUndoStack *m_stack = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    bool m_busy = false;
    // The newest stored version of each cell ("student/assessment") this history has seen:
    // an undo or redo writes over it, not over the version its command remembers (a later
    // step of the same cell may have replaced that one).
    QHash<QString, std::optional<Mark>> m_latest;
};

} // namespace cd
