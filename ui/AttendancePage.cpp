#include "ui/AttendancePage.h"

#include "app/core/Permissions.h"
#include "app/store/AttendanceRepository.h"
#include "app/store/CourseRepository.h"
#include "ui/AttendanceRosterModel.h"
#include "ui/Background.h"
#include "ui/CorrectMarkDialog.h"
#include "ui/FieldErrors.h"
#include "ui/LiveAttendanceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Hours and minutes in the user's locale (some locales' short format has seconds).
QString minutesFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    format.remove(u".ss"_s);
    return format;
}

// The session a teacher is most likely about to take: the current time, down to the quarter.
QTime currentQuarter()
{
    const QTime now = QTime::currentTime();
    return QTime(now.hour(), now.minute() - now.minute() % 15);
}

} // namespace

AttendancePage::AttendancePage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor),
      m_canTake(Permissions::allows(actor, Action::TakeAttendance)),
      m_canCorrect(Permissions::allows(actor, Action::CorrectAttendance))
{
    setObjectName(u"attendancePage"_s);
    setAccessibleName(tr("Attendance"));
    m_model = new AttendanceRosterModel(this);
    buildLayout();

    connect(m_model, &AttendanceRosterModel::summaryChanged, this, &AttendancePage::updateSummary);
    connect(m_model, &AttendanceRosterModel::noteEdited, this,
            [this](int row, const QString &note) {
                const RosterEntry &e = m_model->entry(row);
                if (e.mark)
                    saveMark(row, e.mark->status, note);
            });
    connect(m_date, &QDateEdit::dateChanged, this, &AttendancePage::loadCourses);
    connect(m_course, &QComboBox::currentIndexChanged, this, [this] { setSession({}); });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { setSession({}); });
    connect(m_open, &QPushButton::clicked, this, &AttendancePage::openSession);
    connect(m_markAll, &QPushButton::clicked, this, &AttendancePage::markAllPresent);
    connect(m_finish, &QPushButton::clicked, this, [this] { finishSession(); });
    connect(m_correct, &QPushButton::clicked, this, [this] { correctMark(); });
    connect(m_camera, &QPushButton::clicked, this, [this] {
        if (LiveAttendanceDialog *dialog = takeWithCamera())
            dialog->open();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttendancePage::updateState);
    loadCourses();
    updateState();
    updateSummary();
}

void AttendancePage::buildLayout()
{
    const int em = fontMetrics().horizontalAdvance(u'M');

    m_course = new QComboBox(this);
    m_course->setObjectName(u"attendanceCourseBox"_s);
    m_course->setAccessibleName(tr("Course"));
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_course->setMinimumContentsLength(24);
    m_course->setPlaceholderText(tr("No course"));
    auto *courseLabel = new QLabel(tr("&Course:"), this);
    courseLabel->setBuddy(m_course);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"attendanceDateEdit"_s);
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);

    m_time = new QTimeEdit(currentQuarter(), this);
    m_time->setObjectName(u"attendanceTimeEdit"_s);
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(minutesFormat());
    auto *timeLabel = new QLabel(tr("&Starts at:"), this);
    timeLabel->setBuddy(m_time);

    m_open = new QPushButton(tr("&Open session"), this);
    m_open->setObjectName(u"openSessionButton"_s);
    m_open->setAccessibleName(tr("Open session"));
    m_open->setToolTip(tr("Opens the session of this course, day and time, creating it if "
                          "needed."));

    auto *top = new QHBoxLayout;
    top->addWidget(courseLabel);
    top->addWidget(m_course, 1);
    top->addSpacing(em);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(em);
    top->addWidget(timeLabel);
    top->addWidget(m_time);
    top->addSpacing(em);
    top->addWidget(m_open);

    m_state = new QLabel(this);
    m_state->setObjectName(u"sessionStateLabel"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setAccessibleName(tr("Session state"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    m_applyLate = new QCheckBox(this);
    m_applyLate->setObjectName(u"applyLateThresholdBox"_s);
    m_applyLate->setAccessibleName(tr("Apply late threshold"));
    m_applyLate->setText(tr("Apply &late threshold"));
    m_applyLate->setToolTip(
        tr("When checked, a student marked present after the session's late threshold is "
           "recorded as late."));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_applyLate);

    m_message = new QLabel(this);
    m_message->setObjectName(u"attendanceMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(u"rosterTable"_s);
    m_table->setAccessibleName(tr("Attendance register"));
    m_table->setAccessibleDescription(
        tr("P present, L late, A absent, E excused, Space next status, N or F2 note."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {8, 18, 11, 22};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->installEventFilter(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"attendanceSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Attendance summary"));

    m_markAll = new QPushButton(tr("Mark all &present"), this);
    m_markAll->setObjectName(u"markAllPresentButton"_s);
    m_markAll->setAccessibleName(tr("Mark all present"));
    m_markAll->setToolTip(tr("Marks every student who has no mark yet as present. Marks already "
                             "made are kept."));
    m_finish = new QPushButton(tr("Fi&nish session…"), this);
    m_finish->setObjectName(u"finishSessionButton"_s);
    m_finish->setAccessibleName(tr("Finish session"));
    m_correct = new QPushButton(tr("Co&rrect mark…"), this);
    m_correct->setObjectName(u"correctMarkButton"_s);
    m_correct->setAccessibleName(tr("Correct mark"));

    m_camera = new QPushButton(tr("Take with &camera…"), this);
    m_camera->setObjectName(u"takeWithCameraButton"_s);
    m_camera->setToolTip(tr("Opens the camera panel for this session: students are marked as "
                            "they are recognised, and you confirm the register at the end."));
    m_camera->hide(); // until setFaceSupport()

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_camera);
    bottom->addWidget(m_markAll);
    bottom->addWidget(m_finish);
    bottom->addWidget(m_correct);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(stateRow);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_course, m_date);
    setTabOrder(m_date, m_time);
    setTabOrder(m_time, m_open);
    setTabOrder(m_open, m_table);
    setTabOrder(m_table, m_applyLate);
    setTabOrder(m_applyLate, m_camera);
    setTabOrder(m_camera, m_markAll);
    setTabOrder(m_markAll, m_finish);
    setTabOrder(m_finish, m_correct);
}

QString AttendancePage::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

Id AttendancePage::currentCourseId() const
{
    return m_course->currentData().toString();
}

void AttendancePage::beginWork()
{
    ++m_busy;
    updateState();
}

void AttendancePage::endWork()
{
    --m_busy;
    updateState();
}

void AttendancePage::loadCourses()
{
    const int load = ++m_courseLoad;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const QDate day = m_date->date();
    beginWork();
    runInBackground(
        this,
        [db, actor, day]() -> Result<QList<Course>> {
            CourseRepository courses(*db);
            auto semester = courses.semesterOn(day);
            if (!semester)
                return semester.error();
            // Staff and administrators take any course; a teacher their own.
            if (actor.role == Role::Teacher)
                return courses.coursesTaughtBy(actor.userId, semester->id, actor);
            return courses.coursesInSemester(semester->id, actor);
        },
        [this, load](Result<QList<Course>> courses) {
            endWork();
            if (load != m_courseLoad)
                return; // the date changed again meanwhile
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
            if (currentCourseId() != previous)
                setSession({});
            if (!courses && courses.error().code != Error::Code::NotFound)
                showMessage(courses.error().message, true);
            else if (m_course->count() == 0)
                showMessage(tr("There are no courses for you in the semester of this date."),
                            false);
            updateState();
            emit coursesLoaded();
        });
}

void AttendancePage::openSession()
{
    const Id courseId = currentCourseId();
    if (courseId.isEmpty()) {
        showMessage(tr("Choose a course first."), true);
        return;
    }
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const QDate day = m_date->date();
    const QTime start = m_time->time();
    beginWork();
    runInBackground(
        this,
        [db, actor, courseId, day, start] {
            return AttendanceRepository(*db).sessionFor(courseId, day, start, actor);
        },
        [this, courseId, day, start](Result<AttendanceSession> session) {
            endWork();
            if (!session) {
                showMessage(session.error().message, true);
                return;
            }
            if (currentCourseId() != courseId || m_date->date() != day || m_time->time() != start)
                return; // the user moved on meanwhile
            m_message->hide();
            m_message->clear();
            setSession(*session);
            emit sessionOpened();
            loadRoster();
        });
}

void AttendancePage::setFaceSupport(ClientSettings *settings, FaceKeyring *keyring)
{
    m_clientSettings = settings;
    m_keyring = keyring;
    m_camera->setVisible(m_canTake && settings && keyring);
    updateState();
}

LiveAttendanceDialog *AttendancePage::takeWithCamera()
{
    if (!m_session || m_session->isClosed() || !m_canTake || !m_clientSettings || !m_keyring)
        return nullptr;
    auto *dialog = new LiveAttendanceDialog(m_db, m_actor, *m_session, m_course->currentText(),
                                            *m_clientSettings, *m_keyring, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LiveAttendanceDialog::sessionFinished, this, [this](int absent) {
        showMessage(
            tr("Session finished with the camera; %n student(s) marked absent.", nullptr, absent),
            false);
        loadRoster();
    });
    return dialog;
}

void AttendancePage::setSession(const std::optional<AttendanceSession> &session)
{
    const bool sameSession = session && m_session && session->id == m_session->id;
    m_session = session;
    if (!sameSession) {
        m_pending.clear();
        m_model->clear();
    }
    m_model->setReadOnly(!m_session || m_session->isClosed() || !m_canTake);
    updateState();
}

void AttendancePage::loadRoster()
{
    if (!m_session)
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id sessionId = m_session->id;
    beginWork();
    runInBackground(
        this,
        [db, actor, sessionId]() -> Result<std::pair<AttendanceSession, QList<RosterEntry>>> {
            AttendanceRepository repo(*db);
            auto session = repo.findSession(sessionId, actor);
            if (!session)
                return session.error();
            auto roster = repo.roster(sessionId, actor);
            if (!roster)
                return roster.error();
            return std::pair{*session, *roster};
        },
        [this, sessionId](Result<std::pair<AttendanceSession, QList<RosterEntry>>> loaded) {
            endWork();
            if (!m_session || m_session->id != sessionId)
                return;
            if (!loaded) {
                showMessage(loaded.error().message, true);
                return;
            }
            const int row = std::max(currentRow(), 0);
            setSession(loaded->first);
            m_model->setRoster(loaded->second);
            moveToRow(std::min(row, m_model->rowCount() - 1));
            m_table->setFocus();
            emit rosterLoaded();
        });
}

int AttendancePage::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void AttendancePage::moveToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column()
                                                         : int(AttendanceRosterModel::StatusColumn);
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->scrollTo(m_table->currentIndex());
}

void AttendancePage::markCurrent(AttendanceStatus status)
{
    const int row = currentRow();
    if (!m_session || row < 0)
        return;
    if (m_session->isClosed()) {
        correctMark(status); // a finished session takes only explained corrections
        return;
    }
    if (!m_canTake) {
        showMessage(Permissions::deniedMessage(Action::TakeAttendance), true);
        return;
    }
    const RosterEntry &e = m_model->entry(row);
    saveMark(row, status, e.mark ? e.mark->note : QString());
    moveToRow(row + 1);
}

void AttendancePage::cycleCurrent()
{
    const int row = currentRow();
    if (!m_session || row < 0)
        return;
    const RosterEntry &e = m_model->entry(row);
    // Unmarked -> present -> late -> absent -> excused -> present ...
    AttendanceStatus next = AttendanceStatus::Present;
    if (e.mark) {
        switch (e.mark->status) {
        case AttendanceStatus::Present: next = AttendanceStatus::Late; break;
        case AttendanceStatus::Late: next = AttendanceStatus::Absent; break;
        case AttendanceStatus::Absent: next = AttendanceStatus::Excused; break;
        case AttendanceStatus::Excused: next = AttendanceStatus::Present; break;
        }
    }
    if (m_session->isClosed()) {
        correctMark(next);
        return;
    }
    if (!m_canTake)
        return;
    saveMark(row, next, e.mark ? e.mark->note : QString());
}

void AttendancePage::editNote()
{
    const int row = currentRow();
    if (!m_session || row < 0)
        return;
    if (m_session->isClosed()) {
        correctMark();
        return;
    }
    const QModelIndex note = m_model->index(row, AttendanceRosterModel::NoteColumn);
    if (!(m_model->flags(note) & Qt::ItemIsEditable)) {
        showMessage(tr("Mark the student first, then add a note."), false);
        return;
    }
    m_table->setCurrentIndex(note);
    m_table->edit(note);
}

void AttendancePage::saveMark(int row, AttendanceStatus status, const QString &note)
{
    const RosterEntry before = m_model->entry(row);
    AttendanceMark mark;
    // Made here, in the order the user typed: two quick marks of one student may be saved by
    // different threads in either order, and the id breaks a tie of their times.
    mark.id = newId();
    mark.sessionId = m_session->id;
    mark.studentId = before.student.id;
    mark.status = status;
    mark.note = note;
    mark.markedBy = m_actor.userId;
    mark.markedAt = QDateTime::currentDateTimeUtc();
    // Shown at once; put back if the store refuses.
    RosterEntry shown = before;
    shown.mark = mark;
    shown.markedByName = m_actor.name;
    shown.markCount = before.markCount + 1;
    m_model->setEntry(row, shown);

    const int generation = ++m_generation;
    m_pending.insert(mark.studentId, generation);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const LateRule rule = m_applyLate->isChecked() ? LateRule::ApplyThreshold : LateRule::AsMarked;
    const Id sessionId = m_session->id;
    beginWork();
    runInBackground(
        this,
        [db, actor, mark, rule] { return AttendanceRepository(*db).recordMark(mark, actor, rule); },
        [this, before, generation, sessionId, requested = status](Result<AttendanceMark> saved) {
            endWork();
            const Id studentId = before.student.id;
            const bool newest = m_pending.value(studentId) == generation;
            if (newest)
                m_pending.remove(studentId);
            if (!m_session || m_session->id != sessionId || !newest)
                return; // a newer mark of the same student decides what is shown
            const int at = m_model->rowOf(studentId);
            if (at < 0)
                return;
            const QString name = tr("%1 %2").arg(before.student.firstName, before.student.lastName);
            if (!saved) {
                m_model->setEntry(at, before);
                showMessage(
                    tr("The mark for %1 was not saved: %2").arg(name, saved.error().message), true);
                return;
            }
            RosterEntry entry = m_model->entry(at);
            entry.mark = *saved;
            m_model->setEntry(at, entry);
            if (saved->status != requested)
                showMessage(tr("%1 was marked late: the mark was made after the late threshold "
                               "(more than %n minute(s) after the start).",
                               nullptr, m_session->lateAfterMinutes)
                                .arg(name),
                            false);
            emit markSaved(studentId);
        });
}

void AttendancePage::markAllPresent()
{
    if (!m_session || m_session->isClosed() || !m_canTake)
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id sessionId = m_session->id;
    const LateRule rule = m_applyLate->isChecked() ? LateRule::ApplyThreshold : LateRule::AsMarked;
    beginWork();
    runInBackground(
        this,
        [db, actor, sessionId, rule] {
            return AttendanceRepository(*db).markAllPresent(sessionId, actor, rule);
        },
        [this](Result<QList<AttendanceMark>> marks) {
            endWork();
            if (!marks)
                showMessage(marks.error().message, true);
            else
                showMessage(tr("%n student(s) marked present.", nullptr, int(marks->size())),
                            false);
            loadRoster();
        });
}

QMessageBox *AttendancePage::finishSession()
{
    if (!m_session || m_session->isClosed() || !m_canTake)
        return nullptr;
    const int unmarked = m_model->unmarked();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Finish session"),
        unmarked > 0 ? tr("%n student(s) without a mark will be marked absent.", nullptr, unmarked)
                     : tr("Every student has a mark."),
        QMessageBox::Cancel, this);
    box->setObjectName(u"finishSessionBox"_s);
    box->setInformativeText(tr("After finishing, a mark can only be changed by a correction "
                               "with a reason."));
    QPushButton *finish = box->addButton(tr("Finish session"), QMessageBox::AcceptRole);
    finish->setObjectName(u"confirmFinishButton"_s);
    box->setDefaultButton(finish);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Id sessionId = m_session->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, finish, sessionId](QAbstractButton *b) {
        if (b != finish)
            return;
        m_table->setFocus(); // the finish button is about to be disabled
        const Database *db = &m_db;
        const Actor actor = m_actor;
        beginWork();
        runInBackground(
            this,
            [db, actor, sessionId] {
                return AttendanceRepository(*db).finishSession(sessionId, actor);
            },
            [this](Result<int> absent) {
                endWork();
                if (!absent)
                    showMessage(absent.error().message, true);
                else
                    showMessage(
                        tr("Session finished; %n student(s) marked absent.", nullptr, *absent),
                        false);
                loadRoster();
            });
    });
    box->open();
    return box;
}

CorrectMarkDialog *AttendancePage::correctMark(std::optional<AttendanceStatus> status)
{
    const int row = currentRow();
    if (!m_session || !m_session->isClosed() || row < 0)
        return nullptr;
    if (!m_canCorrect) {
        showMessage(Permissions::deniedMessage(Action::CorrectAttendance), true);
        return nullptr;
    }
    const RosterEntry e = m_model->entry(row);
    auto *dialog
        = new CorrectMarkDialog(tr("%1 %2").arg(e.student.firstName, e.student.lastName),
                                e.mark ? std::optional(e.mark->status) : std::nullopt, this);
    if (status)
        dialog->setStatus(*status);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id sessionId = m_session->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, e, sessionId] {
        AttendanceMark mark;
        mark.sessionId = sessionId;
        mark.studentId = e.student.id;
        mark.status = dialog->status();
        mark.note = e.mark ? e.mark->note : QString();
        mark.reason = dialog->reason();
        const Database *db = &m_db;
        const Actor actor = m_actor;
        beginWork();
        runInBackground(
            this, [db, actor, mark] { return AttendanceRepository(*db).recordMark(mark, actor); },
            [this, e](Result<AttendanceMark> saved) {
                endWork();
                if (!saved)
                    showMessage(saved.error().message, true);
                else
                    showMessage(tr("The mark for %1 %2 was corrected.")
                                    .arg(e.student.firstName, e.student.lastName),
                                false);
                loadRoster();
            });
    });
    dialog->open();
    return dialog;
}

bool AttendancePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && m_table->hasFocus()) { // not while a note is being edited
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers extra
            = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (extra.toInt() != 0)
            return QWidget::eventFilter(watched, event); // leave Ctrl/Alt combinations alone
        switch (key->key()) {
        case Qt::Key_P: markCurrent(AttendanceStatus::Present); return true;
        case Qt::Key_L: markCurrent(AttendanceStatus::Late); return true;
        case Qt::Key_A: markCurrent(AttendanceStatus::Absent); return true;
        case Qt::Key_E: markCurrent(AttendanceStatus::Excused); return true;
        case Qt::Key_Space: cycleCurrent(); return true;
        case Qt::Key_N:
        case Qt::Key_F2:
        case Qt::Key_Return:
        case Qt::Key_Enter: editNote(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttendancePage::updateState()
{
    const bool open = m_session && !m_session->isClosed();
    const bool idle = m_busy == 0;
    m_open->setEnabled(!currentCourseId().isEmpty());
    m_markAll->setEnabled(open && m_canTake && m_model->unmarked() > 0);
    m_finish->setEnabled(open && m_canTake && idle);
    m_camera->setEnabled(open && m_canTake && idle);
    m_correct->setEnabled(m_session && m_session->isClosed() && m_canCorrect && currentRow() >= 0);
    m_applyLate->setEnabled(open && m_canTake);
    if (m_session)
        m_applyLate->setText(
            tr("Apply &late threshold (%n min)", nullptr, m_session->lateAfterMinutes));
    const QLocale locale;
    if (!m_session)
        m_state->setText(tr("No session open. Choose a course, date and start time, then open "
                            "the session."));
    else if (m_session->isClosed())
        m_state->setText(
            tr("Finished at %1")
                .arg(locale.toString(m_session->closedAt.toLocalTime().time(), minutesFormat())));
    else
        m_state->setText(
            tr("Open: started %1, late after %n minute(s)", nullptr, m_session->lateAfterMinutes)
                .arg(locale.toString(m_session->startsAt, minutesFormat())));
}

void AttendancePage::updateSummary()
{
    const AttendanceTally t = m_model->tally();
    m_summary->setText(tr("Present %1 · Late %2 · Absent %3 · Excused %4 · Unmarked %5")
                           .arg(t.present)
                           .arg(t.late)
                           .arg(t.absent)
                           .arg(t.excused)
                           .arg(m_model->unmarked()));
    updateState();
}

void AttendancePage::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
    m_message->setAccessibleName(error ? tr("Error") : tr("Message"));
    emit messageShown(text, error);
}

} // namespace cd
