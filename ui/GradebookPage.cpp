#include "ui/GradebookPage.h"

#include "app/core/Permissions.h"
#include "app/documents/ReportCardBatch.h"
#include "app/documents/ReportCards.h"
#include "app/store/CourseRepository.h"
#include "app/store/GradebookRepository.h"
#include "app/store/GradebookSheet.h"
#include "ui/AssessmentDialog.h"
#include "ui/Background.h"
#include "ui/CategoriesDialog.h"
#include "ui/FieldErrors.h"
#include "ui/GradeScaleDialog.h"
#include "ui/GradebookGridModel.h"
#include "ui/GradebookHistory.h"
#include "ui/MarkReasonDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Enter and Tab in a cell editor commit and move, as in a spreadsheet (Qt's own delegate only
// closes the editor on Enter, and opens the next one on Tab).
class MarkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    std::function<void(int rows, int columns)> moved;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool shift = key->modifiers() & Qt::ShiftModifier;
            int rows = 0;
            int columns = 0;
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter: rows = shift ? -1 : 1; break;
            case Qt::Key_Tab: columns = 1; break;
            case Qt::Key_Backtab: columns = -1; break;
            default: return QStyledItemDelegate::eventFilter(object, event);
            }
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            if (moved)
                moved(rows, columns);
            return true;
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }
};

QString cellKey(const Id &studentId, const Id &assessmentId)
{
    return studentId + u'/' + assessmentId;
}

} // namespace

GradebookPage::GradebookPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor),
      m_canEdit(Permissions::allows(actor, Action::EditMarks))
{
    setObjectName(u"gradebookPage"_s);
    setAccessibleName(tr("Gradebook"));
    m_model = new GradebookGridModel(this);
    m_history = new GradebookHistory(db, actor, this);
    buildLayout();

    connect(m_model, &GradebookGridModel::markEntered, this,
            [this](int row, int assessment, const MarkEntry &entry) {
                applyEntry(row, assessment, entry);
            });
    connect(m_model, &GradebookGridModel::entryRefused, this,
            [this](int row, int assessment, const QString &why) {
                const auto &sheet = m_model->sheet();
                showMessage(tr("Not saved for %1 in %2: %3")
                                .arg(sheet.rows.at(row).name(),
                                     sheet.assessments.at(assessment).title, why),
                            true);
            });
    connect(m_history, &GradebookHistory::markChanged, this,
            [this](const Id &studentId, const Id &assessmentId, const std::optional<Mark> &mark) {
                m_model->setMark(studentId, assessmentId, mark);
                emit markSaved(studentId, assessmentId);
            });
    connect(m_history, &GradebookHistory::failed, this,
            [this](const QString &why) { showMessage(why, true); });
    connect(m_semester, &QComboBox::currentIndexChanged, this, &GradebookPage::loadCourses);
    connect(m_course, &QComboBox::currentIndexChanged, this, [this] {
        m_history->clear();
        reload();
    });
    connect(m_publish, &QPushButton::clicked, this, [this] { publishResults(); });
    connect(m_addAssessment, &QPushButton::clicked, this, [this] { addAssessment(); });
    connect(m_editAssessment, &QPushButton::clicked, this, [this] { editAssessment(); });
    connect(m_categories, &QPushButton::clicked, this, [this] { editCategories(); });
    connect(m_gradeScale, &QPushButton::clicked, this, [this] { editGradeScale(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GradebookPage::updateState);
    loadSemesters();
    updateState();
}

GradebookPage::~GradebookPage() = default;

void GradebookPage::buildLayout()
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_semester = new QComboBox(this);
    m_semester->setObjectName(u"gradebookSemesterBox"_s);
    m_semester->setAccessibleName(tr("Semester"));
    m_semester->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *semesterLabel = new QLabel(tr("S&emester:"), this);
    semesterLabel->setBuddy(m_semester);
    m_course = new QComboBox(this);
    m_course->setObjectName(u"gradebookCourseBox"_s);
    m_course->setAccessibleName(tr("Course"));
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_course->setMinimumContentsLength(24);
    m_course->setPlaceholderText(tr("No course"));
    auto *courseLabel = new QLabel(tr("&Course:"), this);
    courseLabel->setBuddy(m_course);

    auto *top = new QHBoxLayout;
    top->addWidget(semesterLabel);
    top->addWidget(m_semester);
    top->addSpacing(em);
    top->addWidget(courseLabel);
    top->addWidget(m_course, 1);

    m_state = new QLabel(this);
    m_state->setObjectName(u"gradebookStateLabel"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Publication state"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"gradebookHintLabel"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Type a score and press Enter (down) or Tab (right). A marks absent, X "
                       "excused, Delete takes a mark back, Ctrl+Z undoes. Every change is saved "
                       "at once."));

    m_message = new QLabel(this);
    m_message->setObjectName(u"gradebookMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(u"gradebookGrid"_s);
    m_table->setAccessibleName(tr("Gradebook"));
    m_table->setAccessibleDescription(m_hint->text());
    m_table->setModel(m_model);
    auto *delegate = new MarkDelegate(m_table);
    delegate->moved = [this](int rows, int columns) {
        moveBy(rows, columns);
    };
    m_table->setItemDelegate(delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->installEventFilter(this);

    m_addAssessment = new QPushButton(tr("&Add assessment…"), this);
    m_addAssessment->setObjectName(u"addAssessmentButton"_s);
    m_editAssessment = new QPushButton(tr("Edit a&ssessment…"), this);
    m_editAssessment->setObjectName(u"editAssessmentButton"_s);
    m_editAssessment->setToolTip(tr("Edits the assessment of the selected column."));
    m_categories = new QPushButton(tr("Ca&tegories…"), this);
    m_categories->setObjectName(u"categoriesButton"_s);
    m_categories->setToolTip(tr("The course's categories and their share of the total, such as "
                                "Coursework 40 % and Exams 60 %."));
    m_gradeScale = new QPushButton(tr("&Grade scale…"), this);
    m_gradeScale->setObjectName(u"gradeScaleButton"_s);
    m_gradeScale->setVisible(Permissions::allows(m_actor, Action::ManageGradeScales));
    m_publish = new QPushButton(tr("&Publish results…"), this);
    m_publish->setObjectName(u"publishResultsButton"_s);
    m_publish->setToolTip(tr("Shows the results to the course's students and locks them: later "
                             "changes need a reason."));

    m_reportCards = new QPushButton(tr("&Report cards…"), this);
    m_reportCards->setObjectName(u"reportCardsButton"_s);
    m_reportCards->setToolTip(tr("The course's report cards as PDFs, ready to print"));
    auto *cardsMenu = new QMenu(m_reportCards);
    cardsMenu->addAction(tr("One PDF per student…"), this, [this] {
        auto *dialog = new QFileDialog(this, tr("Folder for the report cards"), QDir::homePath());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &folder) { writeReportCards(folder, true); });
        dialog->open();
    });
    cardsMenu->addAction(tr("One PDF for the class…"), this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save the class's report cards"), QDir::homePath(),
                                       tr("PDF documents (*.pdf)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"pdf"_s);
        dialog->selectFile(tr("Report cards %1.pdf").arg(m_course->currentText()));
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &file) { writeReportCards(file, false); });
        dialog->open();
    });
    m_reportCards->setMenu(cardsMenu);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_addAssessment);
    bottom->addWidget(m_editAssessment);
    bottom->addWidget(m_categories);
    bottom->addWidget(m_gradeScale);
    bottom->addStretch(1);
    bottom->addWidget(m_reportCards);
    bottom->addWidget(m_publish);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    for (QWidget *w : {m_addAssessment, m_editAssessment, m_categories, m_publish})
        w->setVisible(m_canEdit);
    m_hint->setVisible(m_canEdit);
}

void GradebookPage::writeReportCards(const QString &target, bool onePdfPerStudent)
{
    const Id courseId = currentCourseId();
    if (courseId.isEmpty() || target.isEmpty())
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const QLocale locale;
    beginWork();
    m_reportCards->setEnabled(false);
    runInBackground(
        this,
        [db, actor, courseId, locale] {
            return ReportCards::forCourse(*db, courseId, actor, ReportCards::schoolHeader(*db),
                                          locale, QDate::currentDate());
        },
        [this, target, onePdfPerStudent](Result<QList<ReportCard>> cards) {
            const auto done = [this](bool ok, int written, const QString &text) {
                endWork();
                m_reportCards->setEnabled(true);
                showMessage(text, !ok);
                emit reportCardsWritten(ok, written, text);
            };
            if (!cards) {
                done(false, 0, cards.error().message);
                return;
            }
            if (cards->isEmpty()) {
                done(false, 0, tr("The course has no students, so there is no report card."));
                return;
            }
            auto *batch = new ReportCardBatch(this);
            connect(batch, &ReportCardBatch::progress, this, [this](int written, int total) {
                showMessage(tr("Writing report cards: %1 of %2…").arg(written).arg(total), false);
            });
            connect(batch, &ReportCardBatch::finished, this,
                    [batch, done, target](const ReportCardBatchSummary &summary) {
                        batch->deleteLater();
                        if (!summary.ok()) {
                            done(false, summary.written, summary.error);
                            return;
                        }
                        done(true, summary.written,
                             tr("%n report card(s) written to %1.", nullptr, summary.written)
                                 .arg(QDir::toNativeSeparators(target)));
                    });
            const bool started
                = batch->start(*cards, target,
                               onePdfPerStudent ? ReportCardBatch::Mode::FilePerStudent
                                                : ReportCardBatch::Mode::Combined,
                               DocumentOptions::forLocale(QLocale()));
            if (!started) {
                batch->deleteLater();
                done(false, 0, tr("Report cards are already being written."));
            }
        });
}

QString GradebookPage::message() const
{
    return m_message->text();
}

QAction *GradebookPage::undoAction() const
{
    return m_history->undoAction();
}

QAction *GradebookPage::redoAction() const
{
    return m_history->redoAction();
}

QUndoStack *GradebookPage::undoStack() const
{
    return m_history->stack();
}

Id GradebookPage::currentCourseId() const
{
    return m_course->currentData().toString();
}

void GradebookPage::beginWork()
{
    ++m_busy;
    updateState();
}

void GradebookPage::endWork()
{
    --m_busy;
    updateState();
}

void GradebookPage::loadSemesters()
{
    const Database *db = &m_db;
    beginWork();
    runInBackground(
        this,
        [db]() -> Result<std::pair<QList<Semester>, Id>> {
            CourseRepository courses(*db);
            auto all = courses.semesters();
            if (!all)
                return all.error();
            auto current = courses.semesterOn(QDate::currentDate());
            return std::pair{*all, current ? current->id : Id()};
        },
        [this](Result<std::pair<QList<Semester>, Id>> loaded) {
            endWork();
            if (!loaded) {
                showMessage(loaded.error().message, true);
                return;
            }
            {
                const QSignalBlocker block(m_semester);
                m_semester->clear();
                for (const Semester &s : std::as_const(loaded->first))
                    m_semester->addItem(s.name, s.id);
                const int current = m_semester->findData(loaded->second);
                m_semester->setCurrentIndex(current >= 0 ? current
                                                         : (m_semester->count() > 0 ? 0 : -1));
            }
            loadCourses();
        });
}

void GradebookPage::loadCourses()
{
    const int load = ++m_courseLoad;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id semesterId = m_semester->currentData().toString();
    beginWork();
    runInBackground(
        this,
        [db, actor, semesterId]() -> Result<QList<Course>> {
            if (semesterId.isEmpty())
                return QList<Course>();
            CourseRepository courses(*db);
            if (actor.role == Role::Teacher)
                return courses.coursesTaughtBy(actor.userId, semesterId, actor);
            return courses.coursesInSemester(semesterId, actor);
        },
        [this, load](Result<QList<Course>> courses) {
            endWork();
            if (load != m_courseLoad)
                return;
            const Id previous = currentCourseId();
            {
                const QSignalBlocker block(m_course);
                m_course->clear();
                if (courses) {
                    for (const Course &c : std::as_const(*courses))
                        m_course->addItem(tr("%1 – %2").arg(c.code, c.title), c.id);
                }
                const int keep = m_course->findData(previous);
                m_course->setCurrentIndex(keep >= 0 ? keep : (m_course->count() > 0 ? 0 : -1));
            }
            if (!courses)
                showMessage(courses.error().message, true);
            else if (m_course->count() == 0)
                showMessage(tr("There are no courses for you in this semester."), false);
            emit coursesLoaded();
            m_history->clear();
            reload();
        });
}

void GradebookPage::reload()
{
    const Id courseId = currentCourseId();
    const int load = ++m_sheetLoad;
    if (courseId.isEmpty()) {
        m_model->clear();
        updateState();
        return;
    }
    const Database *db = &m_db;
    const Actor actor = m_actor;
    beginWork();
    runInBackground(
        this, [db, actor, courseId] { return GradebookRepository(*db).sheet(courseId, actor); },
        [this, load](Result<GradebookSheet> sheet) {
            endWork();
            if (load != m_sheetLoad)
                return;
            if (!sheet) {
                m_model->clear();
                showMessage(sheet.error().message, true);
                return;
            }
            const QModelIndex was = m_table->currentIndex();
            m_pending.clear();
            m_model->setSheet(*sheet);
            m_model->setReadOnly(!m_canEdit);
            m_table->resizeColumnsToContents();
            const int first = m_model->columnOfAssessment(0);
            const QModelIndex at = m_model->index(
                was.isValid() ? std::min(was.row(), m_model->rowCount() - 1) : 0,
                was.isValid() ? std::min(was.column(), m_model->columnCount() - 1) : first);
            if (at.isValid())
                m_table->setCurrentIndex(at);
            m_table->setFocus();
            updateState();
            emit sheetLoaded();
        });
}

void GradebookPage::moveBy(int rows, int columns)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = std::clamp(current.row() + rows, 0, m_model->rowCount() - 1);
    const int column = std::clamp(current.column() + columns, 0, m_model->columnCount() - 1);
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->scrollTo(m_table->currentIndex());
}

void GradebookPage::markCurrent(MarkStatus status)
{
    const QModelIndex current = m_table->currentIndex();
    const int assessment = current.isValid() ? m_model->assessmentAt(current.column()) : -1;
    if (assessment < 0)
        return;
    applyEntry(current.row(), assessment, MarkEntry{status, std::nullopt});
    moveBy(1, 0);
}

void GradebookPage::clearCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const int assessment = current.isValid() ? m_model->assessmentAt(current.column()) : -1;
    if (assessment < 0 || !m_model->mark(current.row(), assessment))
        return;
    applyEntry(current.row(), assessment, std::nullopt);
}

void GradebookPage::applyEntry(int row, int assessment, const std::optional<MarkEntry> &entry)
{
    if (!m_canEdit) {
        showMessage(Permissions::deniedMessage(Action::EditMarks), true);
        return;
    }
    const GradebookSheet &sheet = m_model->sheet();
    if (!sheet.isPublished()) {
        save(row, assessment, entry, {});
        return;
    }
    // A published result changes only with a reason.
    const auto before = m_model->mark(row, assessment);
    Mark shown;
    if (entry) {
        shown.status = entry->status;
        shown.score = entry->score;
    }
    const QString change
        = tr("%1, %2: %3 → %4")
              .arg(sheet.rows.at(row).name(), sheet.assessments.at(assessment).title,
                   before ? MarkEntries::display(*before) : tr("no mark"),
                   entry ? MarkEntries::display(shown) : tr("no mark"));
    auto *dialog = new MarkReasonDialog(change, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id studentId = sheet.rows.at(row).studentId;
    const Id assessmentId = sheet.assessments.at(assessment).id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, studentId, assessmentId, entry] {
        // Rows and columns may have moved while the dialog was open.
        const int r = m_model->sheet().rowOf(studentId);
        int a = -1;
        for (int i = 0; i < m_model->sheet().assessments.size(); ++i) {
            if (m_model->sheet().assessments.at(i).id == assessmentId)
                a = i;
        }
        if (r >= 0 && a >= 0)
            save(r, a, entry, dialog->reason());
    });
    connect(dialog, &QDialog::finished, m_table, qOverload<>(&QWidget::setFocus));
    dialog->open();
    emit reasonRequested(dialog);
}

void GradebookPage::save(int row, int assessment, const std::optional<MarkEntry> &entry,
                         const QString &reason)
{
    const GradebookSheet &sheet = m_model->sheet();
    const SheetRow &student = sheet.rows.at(row);
    const Assessment a = sheet.assessments.at(assessment);
    const std::optional<Mark> before = m_model->mark(row, assessment);
    if (!before && !entry)
        return;
    if (before && entry && before->status == entry->status && before->score == entry->score)
        return; // nothing changes
    std::optional<Mark> after;
    if (entry) {
        Mark m = before.value_or(Mark());
        if (!before)
            m.id = newId(); // made here, in the order the user typed
        m.assessmentId = a.id;
        m.studentId = student.studentId;
        m.status = entry->status;
        m.score = entry->score;
        m.reason = reason;
        m.enteredBy = m_actor.userId;
        after = m;
    }
    // Shown at once; put back if the store refuses.
    m_model->setMark(student.studentId, a.id, after);
    const QString key = cellKey(student.studentId, a.id);
    const int generation = ++m_generation;
    m_pending.insert(key, generation);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const QString name = student.name();
    beginWork();
    runInBackground(
        this,
        [db, actor, before, after, reason]() -> Result<std::optional<Mark>> {
            GradebookRepository gradebook(*db);
            if (!after) {
                if (auto removed = gradebook.removeMark(*before, reason, actor); !removed)
                    return removed.error();
                return std::optional<Mark>();
            }
            Mark mark = *after;
            if (before)
                mark.id = before->id;
            auto saved = gradebook.saveMark(mark, before ? &*before : nullptr, actor);
            if (!saved)
                return saved.error();
            return std::optional<Mark>(*saved);
        },
        [this, key, generation, before, a, name, reason,
         studentId = student.studentId](Result<std::optional<Mark>> saved) {
            endWork();
            const bool newest = m_pending.value(key) == generation;
            if (newest)
                m_pending.remove(key);
            if (!newest || m_model->sheet().rowOf(studentId) < 0)
                return; // a newer entry of the same cell, or another course, decides
            if (!saved) {
                m_model->setMark(studentId, a.id, before);
                showMessage(tr("The mark of %1 in %2 was not saved: %3")
                                .arg(name, a.title, saved.error().message),
                            true);
                return;
            }
            m_model->setMark(studentId, a.id, *saved);
            m_history->push(name, a.title, before, *saved, reason);
            if (m_message->isVisible() && m_message->accessibleName() == tr("Error"))
                m_message->hide();
            emit markSaved(studentId, a.id);
        });
}

QMessageBox *GradebookPage::publishResults()
{
    const GradebookSheet &sheet = m_model->sheet();
    if (!m_canEdit || currentCourseId().isEmpty() || sheet.isPublished()
        || sheet.course.id != currentCourseId())
        return nullptr;
    int incomplete = 0;
    for (const auto &row : sheet.rows)
        incomplete += row.result.total.complete ? 0 : 1;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Publish results"),
        tr("Publish the results of %1 – %2?").arg(sheet.course.code, sheet.course.title),
        QMessageBox::Cancel, this);
    box->setObjectName(u"publishResultsBox"_s);
    box->setInformativeText(
        (incomplete > 0
             ? tr("%n student(s) still have assessments without a mark. ", nullptr, incomplete)
             : QString())
        + tr("Students will see their results. After publishing, every change of a mark needs "
             "a reason and is kept in the audit log."));
    QPushButton *publish = box->addButton(tr("Publish"), QMessageBox::AcceptRole);
    publish->setObjectName(u"confirmPublishButton"_s);
    box->setDefaultButton(publish);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Id courseId = sheet.course.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, publish, courseId](QAbstractButton *b) {
        if (b != publish)
            return;
        m_table->setFocus(); // the publish button is about to be disabled
        runStructural(
            [db = &m_db, actor = m_actor, courseId]() -> Result<void> {
                auto published = GradebookRepository(*db).publish(courseId, actor);
                if (!published)
                    return published.error();
                return {};
            },
            tr("The results are published."));
    });
    box->open();
    return box;
}

void GradebookPage::runStructural(const std::function<Result<void>()> &work, const QString &done)
{
    beginWork();
    runInBackground(this, work, [this, done](Result<void> result) {
        endWork();
        if (!result)
            showMessage(result.error().message, true);
        else
            showMessage(done, false);
        reload();
    });
}

AssessmentDialog *GradebookPage::addAssessment()
{
    const GradebookSheet &sheet = m_model->sheet();
    if (!m_canEdit || sheet.course.id.isEmpty())
        return nullptr;
    QStringList categories;
    for (const auto &c : sheet.categories)
        categories.append(c.name);
    auto *dialog = new AssessmentDialog(sheet.course.id, categories, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Assessment a = dialog->assessment();
        runStructural(
            [db = &m_db, actor = m_actor, a]() -> Result<void> {
                auto created = GradebookRepository(*db).createAssessment(a, actor);
                if (!created)
                    return created.error();
                return {};
            },
            tr("%1 was added.").arg(a.title));
    });
    dialog->open();
    return dialog;
}

AssessmentDialog *GradebookPage::editAssessment()
{
    const GradebookSheet &sheet = m_model->sheet();
    const QModelIndex current = m_table->currentIndex();
    const int index = current.isValid() ? m_model->assessmentAt(current.column()) : -1;
    if (!m_canEdit || index < 0) {
        if (m_canEdit)
            showMessage(tr("Select a cell of the assessment to edit."), false);
        return nullptr;
    }
    QStringList categories;
    for (const auto &c : sheet.categories)
        categories.append(c.name);
    const Assessment original = sheet.assessments.at(index);
    auto *dialog = new AssessmentDialog(sheet.course.id, categories, original, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, original] {
        const Assessment edited = dialog->assessment();
        if (dialog->removeRequested()) {
            runStructural(
                [db = &m_db, actor = m_actor, id = original.id] {
                    return GradebookRepository(*db).removeAssessment(id, actor);
                },
                tr("%1 was removed.").arg(original.title));
            return;
        }
        runStructural(
            [db = &m_db, actor = m_actor, original, edited]() -> Result<void> {
                auto updated = GradebookRepository(*db).updateAssessment(original, edited, actor);
                if (!updated)
                    return updated.error();
                return {};
            },
            tr("%1 was saved.").arg(edited.title));
    });
    dialog->open();
    return dialog;
}

CategoriesDialog *GradebookPage::editCategories()
{
    const GradebookSheet &sheet = m_model->sheet();
    if (!m_canEdit || sheet.course.id.isEmpty())
        return nullptr;
    auto *dialog = new CategoriesDialog(sheet.course.id, sheet.categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<AssessmentCategory> originals = sheet.categories;
    connect(dialog, &QDialog::accepted, this, [this, dialog, originals] {
        const QList<AssessmentCategory> edited = dialog->categories();
        runStructural(
            [db = &m_db, actor = m_actor, originals, edited]() -> Result<void> {
                GradebookRepository gradebook(*db);
                // Removals first, so a name can move from a removed category to a new one.
                for (const auto &o : originals) {
                    const bool kept = std::any_of(edited.cbegin(), edited.cend(),
                                                  [&](const auto &e) { return e.id == o.id; });
                    if (!kept) {
                        if (auto removed = gradebook.removeCategory(o.id, actor); !removed)
                            return removed;
                    }
                }
                for (const auto &e : edited) {
                    const auto o = std::find_if(originals.cbegin(), originals.cend(),
                                                [&](const auto &x) { return x.id == e.id; });
                    auto saved = gradebook.saveCategory(
                        e, !e.id.isEmpty() && o != originals.cend() ? &*o : nullptr, actor);
                    if (!saved)
                        return saved.error();
                }
                return {};
            },
            tr("The categories were saved."));
    });
    dialog->open();
    return dialog;
}

GradeScaleDialog *GradebookPage::editGradeScale()
{
    if (!Permissions::allows(m_actor, Action::ManageGradeScales))
        return nullptr;
    const GradeScale original
        = m_model->sheet().scale.bands.isEmpty() ? GradeScale::standard() : m_model->sheet().scale;
    auto *dialog = new GradeScaleDialog(original, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, original] {
        const GradeScale edited = dialog->scale();
        runStructural(
            [db = &m_db, actor = m_actor, original, edited]() -> Result<void> {
                auto saved = GradebookRepository(*db).saveGradeScale(original, edited, actor);
                if (!saved)
                    return saved.error();
                return {};
            },
            tr("The grade scale was saved."));
    });
    dialog->open();
    return dialog;
}

bool GradebookPage::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the table itself has the focus: keys typed into a cell editor go to it.
    if (watched == m_table && event->type() == QEvent::KeyPress && m_table->hasFocus()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers extra
            = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (extra.toInt() != 0)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_A: markCurrent(MarkStatus::Absent); return true;
        case Qt::Key_X:
        case Qt::Key_E: markCurrent(MarkStatus::Excused); return true;
        case Qt::Key_Delete:
        case Qt::Key_Backspace: clearCurrent(); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: moveBy(key->modifiers() & Qt::ShiftModifier ? -1 : 1, 0); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GradebookPage::updateState()
{
    const GradebookSheet &sheet = m_model->sheet();
    const bool loaded = !sheet.course.id.isEmpty() && sheet.course.id == currentCourseId();
    const bool editable = m_canEdit && loaded && !sheet.isPublished();
    m_addAssessment->setEnabled(editable);
    m_categories->setEnabled(editable);
    const QModelIndex current = m_table->currentIndex();
    m_editAssessment->setEnabled(editable && current.isValid()
                                 && m_model->assessmentAt(current.column()) >= 0);
    m_publish->setEnabled(m_canEdit && loaded && !sheet.isPublished() && m_busy == 0);
    if (!loaded) {
        m_state->setText(currentCourseId().isEmpty() ? tr("Choose a course.") : QString());
        return;
    }
    QString state;
    if (sheet.isPublished())
        state = tr("Published on %1. Students see these results; each change needs a reason.")
                    .arg(QLocale().toString(sheet.publication->publishedAt.toLocalTime().date(),
                                            QLocale::ShortFormat));
    else
        state = tr("Not published: students do not see these results yet.");
    if (sheet.categories.isEmpty())
        state += u' ' + tr("No categories: the assessments' own weights apply.");
    else {
        QStringList parts;
        for (const auto &c : sheet.categories)
            parts.append(tr("%1 %2 %").arg(c.name, MarkEntries::number(c.weight)));
        state += u' ' + tr("Categories: %1.").arg(parts.join(u", "_s));
    }
    if (const QStringList unknown = sheet.unknownCategories(); !unknown.isEmpty())
        state += u' ' + tr("Not counted (no such category): %1.").arg(unknown.join(u", "_s));
    m_state->setText(state);
}

void GradebookPage::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
    m_message->setAccessibleName(error ? tr("Error") : tr("Message"));
    emit messageShown(text, error);
}

} // namespace cd
