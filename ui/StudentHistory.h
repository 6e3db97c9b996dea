#pragma once

#include "app/core/Actor.h"
#include "app/core/Student.h"

#include <QObject>

class QAction;
class QUndoStack;

namespace cd {

class Database;
class StudentCommand;

// Undo and redo of saved student edits, archiving and restoring, for one signed-in user.
// The students page owns one, puts undoAction()/redoAction() in its Edit menu, and reloads
// the row named by changed().
//
// Each undo or redo is a database write, run on the thread pool (see StudentCommand); the
// stack moves only once the write succeeded. A refused write (someone else changed the record
// since) is reported through failed() and leaves the stack as it was, so undo can be tried
// again later or the record reopened. While a write runs, both actions are disabled.
class StudentHistory : public QObject
{
    Q_OBJECT
public:
    StudentHistory(const Database &db, const Actor &actor, QObject *parent = nullptr);
    ~StudentHistory() override;

    // Records an edit that has already been saved (`after` as the store returned it).
    void pushEdit(const Student &before, const Student &after);
    // Records an archive (true) or restore (false) that has already been saved.
    void pushArchive(const Id &studentId, bool archived, const QString &name = {});

    // Ctrl+Z and Ctrl+Shift+Z (and the platform's redo key), with the step's name in the text.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // For views (QUndoView) and tests; move it only through undo() and redo().
    QUndoStack *stack() const { return m_stack; }
    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

    void undo();
    void redo();

signals:
    // A student record changed through undo or redo: views showing it should read it again.
    void changed(const cd::Id &studentId);
    // An undo or redo was refused; the message says why. Nothing was written.
    void failed(const QString &message);
    // A write finished (either way) and the actions are usable again.
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
    QString m_lastError;
};

} // namespace cd
