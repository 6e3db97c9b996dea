#include "ui/StudentHistory.h"

#include "ui/Background.h"
#include "ui/StudentEditCommand.h"

#include <QAction>
#include <QUndoStack>

namespace cd {

using namespace Qt::Literals::StringLiterals;

StudentHistory::StudentHistory(const Database &db, const Actor &actor, QObject *parent)
    : QObject(parent), m_db(db), m_actor(actor)
{
    m_stack = new QUndoStack(this);

    m_undo = new QAction(this);
    m_undo->setObjectName(u"undoStudentEdit"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, &StudentHistory::undo);

    m_redo = new QAction(this);
    m_redo->setObjectName(u"redoStudentEdit"_s);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    m_redo->setShortcuts(redoKeys);
    connect(m_redo, &QAction::triggered, this, &StudentHistory::redo);

    connect(m_stack, &QUndoStack::indexChanged, this, &StudentHistory::updateActions);
    updateActions();
}

StudentHistory::~StudentHistory() = default;

void StudentHistory::pushEdit(const Student &before, const Student &after)
{
    m_stack->push(new StudentEditCommand(before, after)); // redo() writes nothing: already saved
}

void StudentHistory::pushArchive(const Id &studentId, bool archived, const QString &name)
{
    m_stack->push(new StudentArchiveCommand(studentId, name, archived));
}

void StudentHistory::undo()
{
    step(true);
}

void StudentHistory::redo()
{
    step(false);
}

void StudentHistory::step(bool undo)
{
    if (m_busy || (undo ? !m_stack->canUndo() : !m_stack->canRedo()))
        return;
    // The command the stack would undo or redo; the stack only moves once it is written.
    auto *command = const_cast<StudentCommand *>(static_cast<const StudentCommand *>(
        m_stack->command(undo ? m_stack->index() - 1 : m_stack->index())));
    const auto direction = undo ? StudentCommand::Direction::Undo : StudentCommand::Direction::Redo;
    m_busy = true;
    updateActions();
    const int index = m_stack->index();
    // The job holds copies; the command itself is touched again only if the stack is still
    // where it was (a save pushed meanwhile may have deleted it). In that rare case the write
    // stands and the stack does not move: the next undo is then refused as a conflict.
    runInBackground(this, command->writeJob(m_db, m_actor, direction),
                    [this, command, direction, undo, index](Result<Student> stored) {
                        m_busy = false;
                        if (!stored) {
                            m_lastError = stored.error().message;
                            updateActions();
                            emit failed(m_lastError);
                            emit idle();
                            return;
                        }
                        m_lastError.clear();
                        const Id id = stored->id;
                        if (m_stack->index() == index) {
                            command->written(*stored, direction);
                            undo ? m_stack->undo() : m_stack->redo();
                        }
                        updateActions();
                        emit changed(id);
                        emit idle();
                    });
}

void StudentHistory::updateActions()
{
    m_undo->setEnabled(!m_busy && m_stack->canUndo());
    m_redo->setEnabled(!m_busy && m_stack->canRedo());
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

} // namespace cd
