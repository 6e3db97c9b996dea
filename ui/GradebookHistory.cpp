#include "ui/GradebookHistory.h"

#include "app/store/GradebookRepository.h"
#include "ui/Background.h"

#include <QAction>
#include <QUndoStack>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QString cellKey(const Id &studentId, const Id &assessmentId)
{
    return studentId + u'/' + assessmentId;
}

} // namespace

MarkEditCommand::MarkEditCommand(const QString &text, std::optional<Mark> before,
                                 std::optional<Mark> after, QString reason)
    : m_before(std::move(before)), m_after(std::move(after)), m_reason(std::move(reason))
{
    setText(text);
    const Mark &any = m_after ? *m_after : *m_before;
    m_studentId = any.studentId;
    m_assessmentId = any.assessmentId;
}

void MarkEditCommand::written(bool undo, const std::optional<Mark> &stored)
{
    (undo ? m_before : m_after) = stored;
}

GradebookHistory::GradebookHistory(const Database &db, const Actor &actor, QObject *parent)
    : QObject(parent), m_db(db), m_actor(actor)
{
    m_stack = new QUndoStack(this);
    m_undo = new QAction(this);
    m_undo->setObjectName(u"undoMarkEdit"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, &GradebookHistory::undo);
    m_redo = new QAction(this);
    m_redo->setObjectName(u"redoMarkEdit"_s);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    m_redo->setShortcuts(redoKeys);
    connect(m_redo, &QAction::triggered, this, &GradebookHistory::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &GradebookHistory::updateActions);
    updateActions();
}

void GradebookHistory::push(const QString &studentName, const QString &assessmentTitle,
                            const std::optional<Mark> &before, const std::optional<Mark> &after,
                            const QString &reason)
{
    if (!before && !after)
        return;
    const Mark &any = after ? *after : *before;
    m_latest.insert(cellKey(any.studentId, any.assessmentId), after);
    m_stack->push(new MarkEditCommand(tr("mark of %1 in %2").arg(studentName, assessmentTitle),
                                      before, after, reason));
}

void GradebookHistory::clear()
{
    if (!m_busy) {
        m_stack->clear();
        m_latest.clear();
    }
    updateActions();
}

void GradebookHistory::undo()
{
    step(true);
}

void GradebookHistory::redo()
{
    step(false);
}

void GradebookHistory::step(bool undo)
{
    if (m_busy || (undo ? !m_stack->canUndo() : !m_stack->canRedo()))
        return;
    auto *command = const_cast<MarkEditCommand *>(static_cast<const MarkEditCommand *>(
        m_stack->command(undo ? m_stack->index() - 1 : m_stack->index())));
    // Write `target` over what is stored now (`current`).
    const QString key = cellKey(command->studentId(), command->assessmentId());
    const std::optional<Mark> current = m_latest.contains(key)
        ? m_latest.value(key)
        : (undo ? command->after() : command->before());
    const std::optional<Mark> target = undo ? command->before() : command->after();
    const QString reason = command->reason().isEmpty()
        ? tr("Undo or redo of an earlier change")
        : (undo ? tr("Undo: %1") : tr("Redo: %1")).arg(command->reason());
    m_busy = true;
    updateActions();
    const int index = m_stack->index();
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id studentId = command->studentId();
    const Id assessmentId = command->assessmentId();
    runInBackground(
        this,
        [db, actor, current, target, reason]() -> Result<std::optional<Mark>> {
            GradebookRepository gradebook(*db);
            if (!target) {
                // Only published courses keep a reason; the store ignores it otherwise.
                if (auto removed = gradebook.removeMark(*current, reason, actor); !removed)
                    return removed.error();
                return std::optional<Mark>();
            }
            Mark mark = *target;
            mark.reason = reason;
            if (current)
                mark.id = current->id;
            else
                mark.id.clear();
            auto saved = gradebook.saveMark(mark, current ? &*current : nullptr, actor);
            if (!saved)
                return saved.error();
            return std::optional<Mark>(*saved);
        },
        [this, command, undo, index, studentId, assessmentId,
         key](Result<std::optional<Mark>> stored) {
            m_busy = false;
            if (!stored) {
                updateActions();
                emit failed(stored.error().message);
                emit idle();
                return;
            }
            m_latest.insert(key, *stored);
            // The command is touched only if the stack is still where it was.
            if (m_stack->index() == index) {
                command->written(undo, *stored);
                undo ? m_stack->undo() : m_stack->redo();
            }
            updateActions();
            emit markChanged(studentId, assessmentId, *stored);
            emit idle();
        });
}

void GradebookHistory::updateActions()
{
    m_undo->setEnabled(!m_busy && m_stack->canUndo());
    m_redo->setEnabled(!m_busy && m_stack->canRedo());
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

} // namespace cd
