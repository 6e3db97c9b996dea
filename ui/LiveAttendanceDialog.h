#pragma once

#include "app/core/Actor.h"
#include "app/core/Attendance.h"
#include "app/core/Result.h"
#include "app/vision/FrameSource.h"
#include "app/vision/LiveRecogniser.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;
class QTableView;

namespace cd {

class ClientSettings;
class Database;
class FaceKeyring;
class FrameSource;
class LivePreview;
class LiveRosterModel;

// Taking attendance with the camera for one open session. The teacher chooses a source (a camera
// the system lists, a video file or a folder of images), students pass in front of it, and the
// register beside the preview fills itself: a recognised student becomes present (late past the
// session's late threshold) with the face, confidence, model and time as evidence. Nothing is
// saved until "Finish session": the teacher can override any row first (P, L, A, E or Delete for
// "not seen", or the buttons), and faces nobody recognised wait in a strip where the teacher can
// assign one to a student (marking them present and, if their consent is recorded, keeping that
// face as a new template). Finishing saves the marks as the teacher's confirmed attendance and
// marks the students not seen absent, in one transaction.
//
// The models and templates load in the background when the dialog opens; recognition runs on
// LiveRecogniser's thread, fed the newest frame only, so the preview and the table never wait
// for it. No frame is written anywhere. Closing the dialog (or finishing) stops the camera.
class LiveAttendanceDialog : public QDialog
{
    Q_OBJECT
public:
    LiveAttendanceDialog(const Database &db, const Actor &actor, const AttendanceSession &session,
                         const QString &courseTitle, ClientSettings &settings, FaceKeyring &keyring,
                         QWidget *parent = nullptr);
    ~LiveAttendanceDialog() override;

    // Whether the roster, the models and the templates have loaded (successfully or not).
    bool isReady() const { return m_ready; }
    bool canRecognise() const { return m_live != nullptr; }
    LiveRecogniser *recogniser() const { return m_live.get(); }
    int templatesLoaded() const { return m_templates; }

    // Starts `source` (the dialog takes it) in place of the current one; the chooser and the
    // Start button end up here too.
    void useSource(FrameSource *source);
    void stopSource();
    FrameSource *source() const { return m_source; }

    // The teacher's override for the current row (nothing: back to "not seen").
    void markCurrent(std::optional<AttendanceStatus> status);
    // Marks the student present and, if their consent allows, enrols the face (the strip's
    // `row`); the face leaves the strip. Returns false for a bad row or student.
    bool assignUnknown(int row, const Id &studentId);
    // The confirmation (shown with open()); finishing happens once accepted.
    QMessageBox *finishSession();

    LiveRosterModel *rosterModel() const { return m_model; }
    QTableView *rosterTable() const { return m_table; }
    QListWidget *unknownFaces() const { return m_unknown; }
    LivePreview *preview() const { return m_preview; }
    QComboBox *sourceBox() const { return m_sourceBox; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *finishButton() const { return m_finish; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *liveIndicator() const { return m_indicator; }
    QString message() const;

public slots:
    void reject() override; // asks before dropping marks not yet saved

signals:
    void ready();
    // A recognition put a student on the register (row changed by the camera).
    void studentRecognised(const QString &studentId, qint64 frameIndex);
    void sessionFinished(int absentMarked);
    void messageShown(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Loaded;
    void buildLayout();
    void fillSourceBox();
    void load();
    void loaded(const std::shared_ptr<Loaded> &result);
    void startChosenSource();
    void onFaceEvent(const LiveEvent &event);
    void onFrameProcessed(const LiveFrame &frame);
    void addUnknown(const LiveEvent &event);
    void enrolChip(const Id &studentId, const QImage &chip);
    void updateSummary();
    void updateState();
    void showMessage(const QString &text, bool error);
    int currentRow() const;

    const Database &m_db;
    Actor m_actor;
    AttendanceSession m_session;
    ClientSettings &m_settings;
    QPointer<FaceKeyring> m_keyring;
    std::unique_ptr<LiveRecogniser> m_live;
    QPointer<FrameSource> m_source;
    bool m_sourceIsCamera = false;
    bool m_ready = false;
    bool m_finishing = false;
    int m_templates = 0;
    QHash<QString, QString> m_names;

    LivePreview *m_preview = nullptr;
    QComboBox *m_sourceBox = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_indicator = nullptr;
    QLabel *m_engine = nullptr;
    QTableView *m_table = nullptr;
    LiveRosterModel *m_model = nullptr;
    QListWidget *m_unknown = nullptr;
    QPushButton *m_assign = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_finish = nullptr;
    QList<QPushButton *> m_markButtons;
};

} // namespace cd
