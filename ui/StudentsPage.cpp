#include "ui/StudentsPage.h"

#include "app/core/Permissions.h"
#include "app/store/StudentRepository.h"
#include "ui/Background.h"
#include "ui/FaceEnrolmentDialog.h"
#include "ui/FaceEnrolmentSetup.h"
#include "ui/FieldErrors.h"
#include "ui/StudentCsvExport.h"
#include "ui/StudentDialog.h"
#include "ui/StudentFilterBar.h"
#include "ui/StudentHistory.h"
#include "ui/StudentTableModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// What an archive or restore of several students came to.
struct ArchiveOutcome
{
    QList<std::pair<Id, QString>> done; // id and name of each student changed
    QString problem; // the first refusal, if any
};

} // namespace

StudentsPage::StudentsPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor),
      m_canEdit(Permissions::allows(actor, Action::EditStudents)),
      m_canView(Permissions::allows(actor, Action::ViewStudents)),
      m_model(new StudentTableModel(db, actor, this)),
      m_history(new StudentHistory(db, actor, this))
{
    setObjectName(u"studentsPage"_s);
    setAccessibleName(tr("Students"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"studentSearch"_s);
    m_search->setPlaceholderText(tr("Search by name, student number or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search students"));

    m_filters = new StudentFilterBar(db, actor, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"studentTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentTableModel::LastNameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {9, 12, 11, 16, 6, 8};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->setAccessibleName(tr("Students"));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"studentCount"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"studentsMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_toolBar = new QToolBar(tr("Student actions"), this);
    m_toolBar->setObjectName(u"studentsToolBar"_s);
    m_toolBar->setAccessibleName(tr("Student actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();

    auto *top = new QHBoxLayout;
    top->addWidget(m_toolBar);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    // Search as you type. When the table is idle, at once: a pause after every keystroke is
    // a delay the user sees on every search. While a read is running, the latest text waits for
    // it to finish (or 150 ms at most), so fast typing never stacks up reads nobody will see.
    // The filters apply at once. Both end in one query.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_model->isLoading())
            m_searchDelay->start();
        else
            filtersChanged();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &StudentsPage::filtersChanged);
    connect(m_model, &StudentTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_searchDelay->isActive())
            filtersChanged();
    });
    connect(m_filters, &StudentFilterBar::changed, this, &StudentsPage::filtersChanged);
    connect(m_filters, &StudentFilterBar::loaded, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            showMessage(problem, true);
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &StudentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StudentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StudentsPage::restoreView);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StudentsPage::restoreView);
    connect(m_model, &StudentTableModel::loadingChanged, this, &StudentsPage::updateCount);
    connect(m_model, &StudentTableModel::loadingChanged, this, &StudentsPage::restoreView);
    connect(m_model, &StudentTableModel::loadFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StudentsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StudentsPage::updateActions);
    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openStudent(m_model->idAt(index.row())); });

    connect(m_history, &StudentHistory::changed, this, [this] { reload(); });
    connect(m_history, &StudentHistory::failed, this,
            [this](const QString &message) { showMessage(message, true); });

    updateCount();
    updateActions();
    setFocusProxy(m_search);
}

StudentsPage::~StudentsPage() = default;

QAction *StudentsPage::addPageAction(const QString &text, const QString &objectName,
                                     const QList<QKeySequence> &shortcuts,
                                     Qt::ShortcutContext context, const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(context);
    connect(action, &QAction::triggered, this, [run] { run(); });
    if (context == Qt::WidgetShortcut)
        m_table->addAction(action); // keys that mean something else elsewhere (Enter, Delete)
    else
        addAction(action);
    return action;
}

void StudentsPage::buildActions()
{
    // Page-wide keys work wherever the focus is (the navigation list, say) while the page is
    // shown; Qt ignores them while another page is.
    auto *find = addPageAction(tr("Find student"), u"findStudentAction"_s, {QKeySequence::Find},
                               Qt::WindowShortcut, [this] {
                                   m_search->setFocus(Qt::ShortcutFocusReason);
                                   m_search->selectAll();
                               });
    Q_UNUSED(find)
    QList<QAction *> tools;
    if (m_canEdit)
        tools << (m_new
                  = addPageAction(tr("&New student…"), u"newStudentAction"_s, {QKeySequence::New},
                                  Qt::WindowShortcut, [this] { newStudent(); }));
    tools << (m_open = addPageAction(tr("&Open…"), u"openStudentAction"_s,
                                     {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                                     Qt::WidgetShortcut, [this] { openSelected(); }));
    if (m_canEdit) {
        tools << (m_archive = addPageAction(tr("&Archive…"), u"archiveStudentsAction"_s,
                                            {QKeySequence::Delete}, Qt::WidgetShortcut,
                                            [this] { archiveSelected(); }));
        tools << (m_import = addPageAction(tr("&Import…"), u"importStudentsAction"_s,
                                           {QKeySequence(Qt::CTRL | Qt::Key_I)}, Qt::WindowShortcut,
                                           [this] { emit importRequested(); }));
    }
    if (m_canView)
        tools << (m_export = addPageAction(tr("E&xport…"), u"exportStudentsAction"_s,
                                           {QKeySequence(Qt::CTRL | Qt::Key_E)}, Qt::WindowShortcut,
                                           [this] { exportCsv(); }));
    for (QAction *action : std::as_const(tools)) {
        m_toolBar->addAction(action);
        QWidget *button = m_toolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(action->iconText());
        button->setFocusPolicy(Qt::TabFocus);
        if (!action->shortcut().isEmpty())
            action->setToolTip(tr("%1 (%2)", "action and its shortcut")
                                   .arg(action->iconText(),
                                        action->shortcut().toString(QKeySequence::NativeText)));
    }
    // The history's own actions (the lead's Edit menu shows the same ones), so Ctrl+Z works here.
    addAction(m_history->undoAction());
    addAction(m_history->redoAction());
}

QAction *StudentsPage::undoAction() const
{
    return m_history->undoAction();
}

QAction *StudentsPage::redoAction() const
{
    return m_history->redoAction();
}

QString StudentsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QList<Id> StudentsPage::selectedIds() const
{
    QList<Id> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const Id id = m_model->idAt(index.row());
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void StudentsPage::filtersChanged()
{
    m_searchDelay->stop();
    StudentQuery filters = m_filters->filters();
    filters.search = m_search->text();
    m_pendingSelection.clear(); // a new query starts at the top with nothing selected
    m_pendingTopRow = m_pendingRow = -1;
    m_model->setFilters(filters);
    updateActions();
}

void StudentsPage::reload()
{
    const QList<Id> selected = selectedIds();
    const int top = m_table->rowAt(0);
    m_model->reload(); // resets the model, which clears the selection
    m_pendingSelection = selected;
    m_pendingTopRow = top;
    m_pendingRow = -1;
    m_scrollToSelection = false;
}

void StudentsPage::selectStudent(const Id &studentId)
{
    if (studentId.isEmpty())
        return;
    m_pendingSelection = {studentId};
    m_pendingTopRow = -1;
    m_pendingRow = -1;
    m_scrollToSelection = true;
    restoreView();
    if (m_pendingSelection.isEmpty())
        return;
    // Not among the rows read so far: find its position in the whole query, then scroll there
    // so that its page is read; restoreView() selects it when the page arrives.
    const Database *db = &m_db;
    StudentQuery query = m_model->query();
    runInBackground(
        this, [db, query, viewer = m_actor] { return StudentRepository(*db).ids(query, viewer); },
        [this, studentId](Result<QList<Id>> ids) {
            if (!ids || m_pendingSelection != QList<Id>{studentId})
                return;
            m_pendingRow = int(ids->indexOf(studentId));
            if (m_pendingRow < 0)
                m_pendingSelection.clear(); // the query does not show them
            restoreView();
        });
}

// After a reload or a jump to a student: once rows arrive, go back to where the view was and
// select again the students that were selected (those whose pages have arrived).
void StudentsPage::restoreView()
{
    const int rows = m_model->rowCount();
    // Queued: the view lays out new rows first, else the scroll range is still empty.
    const auto scrollLater = [this](int row, QAbstractItemView::ScrollHint hint) {
        QMetaObject::invokeMethod(
            this,
            [this, row, hint] {
                if (row < m_model->rowCount()) {
                    m_table->scrollTo(m_model->index(row, 0), hint);
                    m_model->index(row, 0).data(); // asks for its page if needed
                }
            },
            Qt::QueuedConnection);
    };
    // The first page arrives before the total: a row beyond it waits for the rest.
    if (m_pendingTopRow >= 0 && rows > 0 && (m_pendingTopRow < rows || !m_model->isLoading())) {
        scrollLater(std::min(m_pendingTopRow, rows - 1), QAbstractItemView::PositionAtTop);
        m_pendingTopRow = -1;
    }
    if (m_pendingRow >= 0 && m_pendingRow < rows) {
        scrollLater(m_pendingRow, QAbstractItemView::PositionAtCenter);
        m_pendingRow = -1;
    }
    if (m_pendingSelection.isEmpty())
        return;
    QItemSelection selection;
    int first = -1;
    for (auto it = m_pendingSelection.begin(); it != m_pendingSelection.end();) {
        const int row = m_model->rowOf(*it);
        if (row < 0) {
            ++it;
            continue;
        }
        selection.select(m_model->index(row, 0),
                         m_model->index(row, StudentTableModel::ColumnCount - 1));
        first = first < 0 ? row : std::min(first, row);
        it = m_pendingSelection.erase(it);
    }
    if (selection.isEmpty())
        return;
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    model->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
    if (m_scrollToSelection) {
        m_scrollToSelection = false;
        scrollLater(first, QAbstractItemView::EnsureVisible);
    }
}

StudentDialog *StudentsPage::showDialog(StudentDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHistory(m_history);
    if (m_faceSetup)
        dialog->setFaceEnrolment(*m_faceSetup);
    connect(dialog, &StudentDialog::saved, this,
            [this](const Student &, const Student &after, bool created) {
                const QString name
                    = tr("%1 %2", "first and last name").arg(after.firstName, after.lastName);
                showMessage(created ? tr("%1 was added.").arg(name)
                                    : tr("The changes to %1 were saved.").arg(name),
                            false);
                m_filters->reloadChoices(); // a new batch or program
                reload();
                selectStudent(after.id);
            });
    connect(dialog, &StudentDialog::archivedChanged, this, [this] { reload(); });
    connect(dialog, &StudentDialog::enrolmentsChanged, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

StudentDialog *StudentsPage::newStudent()
{
    if (!m_canEdit)
        return nullptr;
    return showDialog(new StudentDialog(m_db, m_actor, this));
}

StudentDialog *StudentsPage::openSelected()
{
    Id id = m_model->idAt(m_table->currentIndex().row());
    if (id.isEmpty() || !m_table->selectionModel()->isRowSelected(m_table->currentIndex().row())) {
        const QList<Id> selected = selectedIds();
        id = selected.isEmpty() ? Id() : selected.first();
    }
    return openStudent(id);
}

StudentDialog *StudentsPage::openStudent(const Id &studentId)
{
    if (studentId.isEmpty())
        return nullptr;
    return showDialog(new StudentDialog(m_db, m_actor, studentId, this));
}

QMessageBox *StudentsPage::archiveSelected()
{
    if (!m_canEdit || m_busy > 0)
        return nullptr;
    const bool archive = !m_model->query().archived;
    const int selectedRows = int(m_table->selectionModel()->selectedRows().size());
    const QList<Id> ids = selectedIds();
    if (ids.size() < selectedRows) {
        // Rows whose page has not arrived cannot be named; acting on part of a selection silently
        // would be worse than asking to wait.
        showMessage(tr("Some of the selected rows are still loading. Try again in a moment."),
                    true);
        return nullptr;
    }
    if (ids.isEmpty())
        return nullptr;
    if (!archive || ids.size() == 1) {
        setArchived(ids, archive);
        return nullptr;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Archive students"),
                                tr("Archive %n student(s)?", nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"archiveConfirmation"_s);
    box->setInformativeText(tr("Archived students are left out of everyday lists; everything "
                               "about them is kept. Show archived students to restore them."));
    QPushButton *confirm = box->addButton(tr("&Archive"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmArchive"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, ids](QAbstractButton *b) {
        if (b == confirm)
            setArchived(ids, true);
    });
    box->open();
    return box;
}

void StudentsPage::setArchived(const QList<Id> &ids, bool archived)
{
    ++m_busy;
    updateActions();
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, ids, archived, actor = m_actor] {
            ArchiveOutcome outcome;
            StudentRepository students(*db);
            for (const Id &id : ids) {
                auto changed = students.setArchived(id, archived, actor);
                if (changed)
                    outcome.done.append({id,
                                         tr("%1 %2", "first and last name")
                                             .arg(changed->firstName, changed->lastName)});
                else if (outcome.problem.isEmpty())
                    outcome.problem = changed.error().message;
            }
            return outcome;
        },
        [this, archived](ArchiveOutcome outcome) {
            --m_busy;
            for (const auto &[id, name] : std::as_const(outcome.done))
                m_history->pushArchive(id, archived, name);
            const int done = int(outcome.done.size());
            if (!outcome.problem.isEmpty())
                showMessage(outcome.problem, true);
            else if (done == 1)
                showMessage(archived ? tr("%1 was archived.").arg(outcome.done.first().second)
                                     : tr("%1 was restored.").arg(outcome.done.first().second),
                            false);
            else
                showMessage(archived ? tr("%n student(s) archived.", nullptr, done)
                                     : tr("%n student(s) restored.", nullptr, done),
                            false);
            reload();
            updateActions();
            emit archiveFinished(done);
        });
}

void StudentsPage::exportCsv()
{
    if (!m_canView || m_busy > 0)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export students"),
                                                      QDir(documents).filePath(tr("students.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void StudentsPage::exportTo(const QString &path)
{
    if (!m_canView)
        return;
    QStringList headers;
    for (int c = 0; c < StudentTableModel::ColumnCount; ++c)
        headers << m_model->headerData(c, Qt::Horizontal).toString();
    ++m_busy;
    updateActions();
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, query = m_model->query(), viewer = m_actor, headers, path] {
            return StudentCsvExport::write(*db, query, viewer, headers, path);
        },
        [this, path](Result<int> written) {
            --m_busy;
            updateActions();
            if (written)
                showMessage(tr("%n student(s) exported to %1.", nullptr, *written)
                                .arg(QDir::toNativeSeparators(path)),
                            false);
            else
                showMessage(written.error().message, true);
            emit exportFinished(written.ok(), path);
        });
}

void StudentsPage::updateCount()
{
    const StudentQuery &query = m_model->query();
    const int rows = m_model->rowCount();
    const bool filtered = !query.search.trimmed().isEmpty() || !query.batch.isEmpty()
        || !query.program.isEmpty() || query.status || !query.courseId.isEmpty();
    if (m_model->isLoading() && rows == 0)
        m_countLabel->setText(tr("Loading…"));
    else if (query.archived)
        m_countLabel->setText(tr("%n archived student(s)", nullptr, rows));
    else if (!filtered)
        m_countLabel->setText(tr("%n student(s)", nullptr, rows));
    else
        m_countLabel->setText(tr("%n student(s) found", nullptr, rows));
}

void StudentsPage::updateActions()
{
    const bool idle = m_busy == 0;
    const bool selected = m_table->selectionModel()->hasSelection();
    m_open->setEnabled(selected);
    if (m_archive) {
        const bool restore = m_model->query().archived;
        m_archive->setText(restore ? tr("&Restore") : tr("&Archive…"));
        m_archive->setEnabled(idle && selected);
        if (QWidget *button = m_toolBar->widgetForAction(m_archive))
            button->setAccessibleName(m_archive->iconText());
    }
    if (m_export)
        m_export->setEnabled(idle);
    if (m_faceEnrolment)
        m_faceEnrolment->setEnabled(m_table->selectionModel()->selectedRows().size() == 1);
}

void StudentsPage::setFaceEnrolment(const FaceEnrolmentSetup &setup)
{
    m_faceSetup = std::make_unique<FaceEnrolmentSetup>(setup);
    if (m_faceEnrolment || !Permissions::allows(m_actor, Action::EnrolFaces))
        return;
    m_faceEnrolment = addPageAction(tr("&Face enrolment…"), u"faceEnrolmentAction"_s, {},
                                    Qt::WidgetShortcut, [this] { enrolFaceOfSelected(); });
    m_toolBar->addAction(m_faceEnrolment);
    if (QWidget *button = m_toolBar->widgetForAction(m_faceEnrolment)) {
        button->setObjectName(u"faceEnrolmentActionButton"_s);
        button->setAccessibleName(m_faceEnrolment->iconText());
        button->setFocusPolicy(Qt::TabFocus);
    }
    updateActions();
}

FaceEnrolmentDialog *StudentsPage::enrolFaceOfSelected()
{
    const QList<Id> ids = selectedIds();
    if (!m_faceSetup || ids.size() != 1 || !Permissions::allows(m_actor, Action::EnrolFaces))
        return nullptr;
    auto *dialog = new FaceEnrolmentDialog(m_db, m_actor, ids.first(), *m_faceSetup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void StudentsPage::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
    emit messageShown(text, error);
}

} // namespace cd
