#include "ui/CoursesPage.h"

#include "app/core/Permissions.h"
#include "app/store/CourseRepository.h"
#include "ui/Background.h"
#include "ui/BulkFaceEnrolmentDialog.h"
#include "ui/CourseDialog.h"
#include "ui/CourseTableModel.h"
#include "ui/EnrolStudentsDialog.h"
#include "ui/EnrolledStudentsModel.h"
#include "ui/FaceEnrolmentSetup.h"
#include "ui/FieldErrors.h"
#include "ui/SemesterDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, const QString &accessible,
                      QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QSortFilterProxyModel *sorter(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

} // namespace

CoursesPage::CoursesPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor),
      m_canEdit(Permissions::allows(actor, Action::EditCourses)),
      m_canEnrol(Permissions::allows(actor, Action::ManageEnrolment))
{
    setObjectName(u"coursesPage"_s);
    setAccessibleName(tr("Courses"));

    m_courses = new CourseTableModel(db, actor, this);
    m_courseProxy = sorter(m_courses, CourseTableModel::SortRole, this);
    m_students = new EnrolledStudentsModel(db, actor, this);
    m_studentProxy = sorter(m_students, EnrolledStudentsModel::SortRole, this);

    m_message = new QLabel(this);
    m_message->setObjectName(u"coursesMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *courseArea = new QWidget(this);
    auto *studentArea = new QWidget(this);
    buildCourseArea(courseArea);
    buildStudentArea(studentArea);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"coursesSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(courseArea);
    splitter->addWidget(studentArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_courses, &CourseTableModel::loadFailed, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_students, &EnrolledStudentsModel::loadFailed, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_courses, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_selectWhenLoaded.isEmpty())
            m_restoreAfterReset = currentCourseId();
    });
    connect(m_courses, &CourseTableModel::loaded, this, [this] {
        const Id wanted = m_selectWhenLoaded.isEmpty() ? m_restoreAfterReset : m_selectWhenLoaded;
        m_selectWhenLoaded.clear();
        selectCourse(wanted);
        if (currentCourseId().isEmpty() && m_courseProxy->rowCount() > 0)
            m_courseTable->selectRow(0);
        courseChanged();
    });
    connect(m_courseTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoursesPage::courseChanged);
    connect(m_studentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoursesPage::updateActions);
    connect(m_students, &QAbstractItemModel::modelReset, this, &CoursesPage::updateActions);
    loadSemesters({});
    updateActions();
}

CoursesPage::~CoursesPage() = default;

QAction *CoursesPage::addPageAction(const QString &text, const QString &objectName,
                                    const QList<QKeySequence> &shortcuts,
                                    const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [run] { run(); });
    addAction(action);
    return action;
}

void CoursesPage::buildCourseArea(QWidget *area)
{
    m_semester = new QComboBox(area);
    m_semester->setObjectName(u"semesterBox"_s);
    m_semester->setAccessibleName(tr("Semester"));
    m_semester->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_semester->setPlaceholderText(tr("No semester yet"));
    auto *semesterLabel = new QLabel(tr("Se&mester:"), area);
    semesterLabel->setBuddy(m_semester);
    connect(m_semester, &QComboBox::currentIndexChanged, this, &CoursesPage::semesterChosen);

    m_toolBar = new QToolBar(tr("Course actions"), area);
    m_toolBar->setObjectName(u"coursesToolBar"_s);
    m_toolBar->setAccessibleName(tr("Course actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QList<QAction *> toolActions;
    if (m_canEdit) {
        m_newCourse = addPageAction(tr("&New course…"), u"newCourseAction"_s, {QKeySequence::New},
                                    [this] { newCourse(); });
        m_editCourse = new QAction(tr("&Edit course…"), this);
        m_editCourse->setObjectName(u"editCourseAction"_s);
        m_editCourse->setShortcuts(
            {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
        m_editCourse->setShortcutContext(Qt::WidgetShortcut); // Enter edits only in the table
        connect(m_editCourse, &QAction::triggered, this, [this] { editCourse(); });
        toolActions << m_newCourse << m_editCourse;
    }
    m_refresh = addPageAction(tr("Re&fresh"), u"refreshCoursesAction"_s, {QKeySequence(Qt::Key_F5)},
                              [this] { refresh(); });
    toolActions << m_refresh;
    for (QAction *action : std::as_const(toolActions)) {
        m_toolBar->addAction(action);
        QWidget *button = m_toolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(action->iconText());
        button->setFocusPolicy(Qt::TabFocus);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(semesterLabel);
    top->addWidget(m_semester);
    if (m_canEdit) {
        m_newSemester = new QPushButton(tr("New se&mester…"), area);
        m_newSemester->setObjectName(u"newSemesterButton"_s);
        semesterLabel->setText(tr("Semes&ter:"));
        connect(m_newSemester, &QPushButton::clicked, this, [this] { newSemester(); });
        top->addWidget(m_newSemester);
    }
    top->addSpacing(fontMetrics().horizontalAdvance(u'M'));
    top->addWidget(m_toolBar, 1);

    m_courseTable = makeTable(area, u"courseTable"_s, tr("Courses"), m_courseProxy);
    m_courseTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_courseTable->sortByColumn(CourseTableModel::CodeColumn, Qt::AscendingOrder);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {7, 18, 4, 12, 16};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_courseTable->setColumnWidth(c, widths[c] * em);
    if (m_editCourse) {
        m_courseTable->addAction(m_editCourse);
        connect(m_courseTable, &QAbstractItemView::doubleClicked, this, [this] { editCourse(); });
    }

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_courseTable, 1);
}

void CoursesPage::buildStudentArea(QWidget *area)
{
    m_studentHeading = new QLabel(area);
    m_studentHeading->setObjectName(u"studentHeading"_s);
    m_studentHeading->setTextFormat(Qt::PlainText);
    QFont bold = m_studentHeading->font();
    bold.setBold(true);
    m_studentHeading->setFont(bold);

    m_studentTable = makeTable(area, u"enrolledTable"_s, tr("Enrolled students"), m_studentProxy);
    m_studentTable->setSelectionMode(m_canEnrol ? QAbstractItemView::ExtendedSelection
                                                : QAbstractItemView::SingleSelection);
    m_studentTable->sortByColumn(EnrolledStudentsModel::NameColumn, Qt::AscendingOrder);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {8, 16, 14, 6};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_studentTable->setColumnWidth(c, widths[c] * em);

    auto *row = new QHBoxLayout;
    row->addWidget(m_studentHeading, 1);
    if (m_canEnrol) {
        m_enrol = addPageAction(tr("En&rol students…"), u"enrolStudentsAction"_s,
                                {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { enrolStudents(); });
        m_drop = new QAction(tr("&Drop selected…"), this);
        m_drop->setObjectName(u"dropStudentsAction"_s);
        m_drop->setShortcut(QKeySequence::Delete);
        m_drop->setShortcutContext(Qt::WidgetShortcut); // Delete drops only in the class list
        connect(m_drop, &QAction::triggered, this, [this] { dropSelected(); });
        m_studentTable->addAction(m_drop);

        m_enrolButton = new QPushButton(m_enrol->text(), area);
        m_enrolButton->setObjectName(u"enrolStudentsButton"_s);
        connect(m_enrolButton, &QPushButton::clicked, m_enrol, &QAction::trigger);
        m_dropButton = new QPushButton(m_drop->text(), area);
        m_dropButton->setObjectName(u"dropStudentsButton"_s);
        connect(m_dropButton, &QPushButton::clicked, m_drop, &QAction::trigger);
        row->addWidget(m_enrolButton);
        row->addWidget(m_dropButton);
    }

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_studentTable, 1);
}

QString CoursesPage::message() const
{
    return m_message->text();
}

void CoursesPage::loadSemesters(const Id &select)
{
    const Database *db = &m_db;
    runInBackground(
        this, [db] { return CourseRepository(*db).semesters(); },
        [this, select](Result<QList<Semester>> semesters) {
            if (!semesters) {
                showMessage(semesters.error().message, true);
                return;
            }
            Id wanted = select.isEmpty() ? currentSemesterId() : select;
            if (wanted.isEmpty()) {
                // The semester running today, else the latest that has started, else the newest.
                const QDate today = QDate::currentDate();
                for (const Semester &s : std::as_const(*semesters)) {
                    if (s.contains(today) || (wanted.isEmpty() && s.startsOn <= today))
                        wanted = s.id;
                    if (s.contains(today))
                        break;
                }
                if (wanted.isEmpty() && !semesters->isEmpty())
                    wanted = semesters->first().id;
            }
            m_semesterList = *semesters;
            {
                const QSignalBlocker quiet(m_semester);
                m_semester->clear();
                for (const Semester &s : std::as_const(m_semesterList))
                    m_semester->addItem(
                        tr("%1 (%2 to %3)", "semester name (first day to last day)")
                            .arg(s.name, QLocale().toString(s.startsOn, QLocale::ShortFormat),
                                 QLocale().toString(s.endsOn, QLocale::ShortFormat)),
                        s.id);
                m_semester->setCurrentIndex(m_semester->findData(wanted));
            }
            semesterChosen();
            emit semestersLoaded();
        });
}

Id CoursesPage::currentSemesterId() const
{
    return m_semester->currentData().toString();
}

void CoursesPage::selectSemester(const Id &id)
{
    const int index = m_semester->findData(id);
    if (index >= 0)
        m_semester->setCurrentIndex(index);
}

void CoursesPage::semesterChosen()
{
    if (currentSemesterId() != m_courses->semesterId() || m_courses->semesterId().isEmpty())
        m_courses->setSemester(currentSemesterId());
    courseChanged();
}

const CourseListItem *CoursesPage::currentItem() const
{
    const QModelIndexList rows = m_courseTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_courses->itemAt(m_courseProxy->mapToSource(rows.first()).row());
}

Id CoursesPage::currentCourseId() const
{
    const CourseListItem *item = currentItem();
    return item ? item->course.id : Id();
}

void CoursesPage::selectCourse(const Id &id)
{
    const int row = id.isEmpty() ? -1 : m_courses->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_courseProxy->mapFromSource(m_courses->index(row, 0));
    m_courseTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_courseTable->scrollTo(index);
}

void CoursesPage::courseChanged()
{
    const CourseListItem *item = currentItem();
    if (!item) {
        m_students->setCourse({});
        m_studentHeading->setText(m_semester->count() == 0
                                      ? (m_canEdit ? tr("Create a semester to add courses to it.")
                                                   : tr("No semester has been set up yet."))
                                      : tr("Select a course to see its students."));
    } else {
        m_students->setCourse(item->course.id);
        m_studentHeading->setText(tr("Students in %1 %2: %n enrolled", nullptr, item->enrolled)
                                      .arg(item->course.code, item->course.title));
    }
    updateActions();
}

void CoursesPage::updateActions()
{
    const bool course = currentItem() != nullptr;
    const bool idle = m_writing == 0;
    if (m_editCourse)
        m_editCourse->setEnabled(course);
    if (m_newCourse)
        m_newCourse->setEnabled(!currentSemesterId().isEmpty());
    if (m_enrol) {
        m_enrol->setEnabled(course);
        m_enrolButton->setEnabled(course);
        const bool selected = m_studentTable->selectionModel()->hasSelection();
        m_drop->setEnabled(course && selected && idle);
        m_dropButton->setEnabled(m_drop->isEnabled());
    }
    if (m_enrolFaces)
        m_enrolFaces->setEnabled(course);
}

void CoursesPage::setFaceEnrolment(const FaceEnrolmentSetup &setup)
{
    m_faceSetup = std::make_unique<FaceEnrolmentSetup>(setup);
    if (m_enrolFaces || !Permissions::allows(m_actor, Action::EnrolFaces))
        return;
    m_enrolFaces = addPageAction(tr("Enrol faces from &photos…"), u"enrolFacesAction"_s, {},
                                 [this] { enrolFacesFromPhotos(); });
    m_toolBar->addAction(m_enrolFaces);
    if (QWidget *button = m_toolBar->widgetForAction(m_enrolFaces)) {
        button->setObjectName(u"enrolFacesActionButton"_s);
        button->setAccessibleName(m_enrolFaces->iconText());
        button->setFocusPolicy(Qt::TabFocus);
    }
    updateActions();
}

BulkFaceEnrolmentDialog *CoursesPage::enrolFacesFromPhotos()
{
    const CourseListItem *item = currentItem();
    if (!item || !m_faceSetup || !Permissions::allows(m_actor, Action::EnrolFaces))
        return nullptr;
    auto *dialog = new BulkFaceEnrolmentDialog(
        m_db, m_actor, item->course.id,
        tr("%1 %2", "course code and title").arg(item->course.code, item->course.title),
        *m_faceSetup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CoursesPage::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
    emit messageShown(text, error);
}

SemesterDialog *CoursesPage::newSemester()
{
    if (!m_canEdit)
        return nullptr;
    auto *dialog = new SemesterDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SemesterDialog::saved, this, [this](const Semester &semester) {
        showMessage(tr("The semester %1 was created.").arg(semester.name), false);
        loadSemesters(semester.id);
    });
    dialog->open();
    return dialog;
}

CourseDialog *CoursesPage::newCourse()
{
    if (!m_canEdit || currentSemesterId().isEmpty())
        return nullptr;
    auto *dialog = new CourseDialog(m_db, m_actor, m_semesterList, currentSemesterId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CourseDialog::saved, this, [this](const Course &course) {
        showMessage(tr("The course %1 was created.").arg(course.code), false);
        m_selectWhenLoaded = course.id;
        selectSemester(course.semesterId);
        m_courses->reload();
    });
    dialog->open();
    return dialog;
}

CourseDialog *CoursesPage::editCourse()
{
    const CourseListItem *item = currentItem();
    if (!m_canEdit || !item)
        return nullptr;
    auto *dialog = new CourseDialog(m_db, m_actor, m_semesterList, item->course, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CourseDialog::saved, this, [this](const Course &course) {
        showMessage(tr("The changes to the course %1 were saved.").arg(course.code), false);
        m_selectWhenLoaded = course.id;
        selectSemester(course.semesterId); // it may have moved to another semester
        m_courses->reload();
    });
    connect(dialog, &CourseDialog::conflicted, this, [this] {
        showMessage(tr("Someone else changed this course while you were editing it. The table "
                       "shows their changes now."),
                    true);
        m_courses->reload();
    });
    dialog->open();
    return dialog;
}

EnrolStudentsDialog *CoursesPage::enrolStudents()
{
    const CourseListItem *item = currentItem();
    if (!m_canEnrol || !item)
        return nullptr;
    auto *dialog = new EnrolStudentsDialog(
        m_db, m_actor, item->course.id,
        tr("%1 %2", "course code and title").arg(item->course.code, item->course.title), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnrolStudentsDialog::enrolled, this, [this](int count) {
        showMessage(tr("%n student(s) enrolled.", nullptr, count), false);
        m_courses->reload();
        m_students->reload();
    });
    dialog->open();
    return dialog;
}

QMessageBox *CoursesPage::dropSelected()
{
    const CourseListItem *item = currentItem();
    if (!m_canEnrol || !item || m_writing > 0)
        return nullptr;
    QList<Id> ids;
    QStringList names;
    const QModelIndexList rows = m_studentTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_studentProxy->mapToSource(index);
        ids.append(m_students->data(source, EnrolledStudentsModel::IdRole).toString());
        names.append(
            m_students->index(source.row(), EnrolledStudentsModel::NameColumn).data().toString());
    }
    if (ids.isEmpty())
        return nullptr;
    const QString code = item->course.code;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Drop students"),
        ids.size() == 1 ? tr("Drop %1 from %2?").arg(names.first(), code)
                        : tr("Drop %n student(s) from %1?", nullptr, int(ids.size())).arg(code),
        QMessageBox::Cancel, this);
    box->setObjectName(u"dropConfirmation"_s);
    box->setInformativeText(tr("Their attendance and marks are kept; enrolling them again brings "
                               "them back."));
    QPushButton *confirm = box->addButton(tr("&Drop"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDrop"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, ids, code](QAbstractButton *b) {
        if (b == confirm)
            drop(ids, code);
    });
    box->open();
    return box;
}

void CoursesPage::drop(const QList<Id> &studentIds, const QString &courseCode)
{
    const Id courseId = currentCourseId();
    if (courseId.isEmpty())
        return;
    ++m_writing;
    updateActions();
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, studentIds, courseId, actor = m_actor] {
            return CourseRepository(*db).dropMany(studentIds, courseId, actor);
        },
        [this, courseCode](Result<int> dropped) {
            --m_writing;
            if (dropped)
                showMessage(tr("%n student(s) dropped from %1.", nullptr, *dropped).arg(courseCode),
                            false);
            else
                showMessage(dropped.error().message, true);
            m_courses->reload();
            m_students->reload();
            updateActions();
        });
}

void CoursesPage::refresh()
{
    loadSemesters({});
    m_courses->reload();
    m_students->reload();
}

} // namespace cd
