#pragma once

#include "app/core/Actor.h"
#include "app/core/Attendance.h"
#include "app/core/Course.h"
#include "app/core/Result.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace cd {

class AttendanceRosterModel;
class ClientSettings;
class FaceKeyring;
class LiveAttendanceDialog;
class CorrectMarkDialog;
class Database;
struct RosterEntry;

// The teacher's daily register. Pick a course (the teacher's own in the semester of the chosen
// date; every course for staff and administrators), a date and a start time, open the session
// (created if needed), then mark each student. Keyboard first: in the table P, L, A and E mark
// present, late, absent and excused and move to the next row, Space cycles the status, N, F2 or
// Enter edits the note. Every mark is saved at once on the thread pool (no save button); a
// failed save puts the row back and says why. "Mark all present" marks only the students without
// a mark. Finishing marks the rest absent and freezes the session; after that a change is a
// correction with a reason ("Correct mark…", or P/L/A/E/Enter on a row), which the store audits.
class AttendancePage : public QWidget
{
    Q_OBJECT
public:
    AttendancePage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    QComboBox *courseBox() const { return m_course; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QTableView *rosterTable() const { return m_table; }
    AttendanceRosterModel *rosterModel() const { return m_model; }
    QCheckBox *lateThresholdBox() const { return m_applyLate; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *markAllButton() const { return m_markAll; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *cameraButton() const { return m_camera; }

    // Turns on "Take with camera…" (for those who take attendance): where the camera and
    // recognition settings and the face template key come from. Both must outlive the page.
    void setFaceSupport(ClientSettings *settings, FaceKeyring *keyring);
    // The live panel for the open session (shown with open()); null when there is none. The
    // register reloads when the panel finishes the session.
    LiveAttendanceDialog *takeWithCamera();
    QLabel *stateLabel() const { return m_state; }
    QLabel *summaryLabel() const { return m_summary; }
    QString message() const;

    Id currentCourseId() const;
    const std::optional<AttendanceSession> &session() const { return m_session; }
    // Whether a store call is running (tests wait for it to end).
    bool isBusy() const { return m_busy > 0; }

    // The actions. Each works on the thread pool and reports through the signals below.
    void openSession();
    void markCurrent(AttendanceStatus status);
    void cycleCurrent();
    void editNote();
    void markAllPresent();
    // The confirmation (shown with open()); finishing happens once accepted. Null when there is
    // nothing to finish.
    QMessageBox *finishSession();
    // The correction dialog for the current row (shown with open()); null when not possible.
    CorrectMarkDialog *correctMark(std::optional<AttendanceStatus> status = {});

signals:
    void coursesLoaded();
    void sessionOpened();
    void rosterLoaded();
    void markSaved(const Id &studentId);
    void messageShown(const QString &message, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void loadCourses();
    void loadRoster();
    void setSession(const std::optional<AttendanceSession> &session);
    void saveMark(int row, AttendanceStatus status, const QString &note);
    void updateState();
    void updateSummary();
    void showMessage(const QString &text, bool error);
    void moveToRow(int row);
    int currentRow() const;
    void beginWork();
    void endWork();

    const Database &m_db;
    Actor m_actor;
    bool m_canTake = false;
    bool m_canCorrect = false;
    std::optional<AttendanceSession> m_session;
    QHash<Id, int> m_pending; // student -> generation of their newest unsaved mark
    int m_generation = 0;
    int m_busy = 0;
    int m_courseLoad = 0;

    QComboBox *m_course = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_state = nullptr;
    QCheckBox *m_applyLate = nullptr;
    QTableView *m_table = nullptr;
    AttendanceRosterModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_markAll = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_camera = nullptr;
    ClientSettings *m_clientSettings = nullptr;
    FaceKeyring *m_keyring = nullptr;
};

} // namespace cd
