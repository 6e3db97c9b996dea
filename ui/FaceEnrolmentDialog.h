#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/Student.h"
#include "app/vision/FaceEnroller.h"
#include "ui/FaceEnrolmentSetup.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;
class QWidget;

namespace cd {

class Database;
class EnrolmentFrameWorker;
class EnrolmentPreview;
class FrameSource;
struct Frame;

// Face enrolment of one student. The consent comes first: who recorded it and when, or that none
// is recorded, with "Record consent…" for those allowed (Action::EnrolFaces). Without consent
// every enrolment control is disabled and the reason shown. With it: a camera preview with the
// quality feedback drawn over the face (frames are examined on a worker thread, the newest only,
// and never written to disk), Capture when the current frame is usable, Import photos…, the
// number of stored templates and "Delete all biometric data". Every store call runs on the
// thread pool; the store checks consent and roles again. A missing key, camera or model is
// shown as a message and the rest of the dialog keeps working (import needs no camera, deleting
// needs neither key nor models). The camera stops when the dialog closes.
class FaceEnrolmentDialog : public QDialog
{
    Q_OBJECT
public:
    FaceEnrolmentDialog(const Database &db, const Actor &actor, const Id &studentId,
                        FaceEnrolmentSetup setup, QWidget *parent = nullptr);
    ~FaceEnrolmentDialog() override;

    const Student &student() const { return m_student; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy > 0; }
    bool hasEnroller() const { return m_enroller != nullptr; }
    bool hasKey() const { return m_cipher != nullptr; }
    bool isCameraOn() const;
    int templateCount() const { return m_templateCount; } // -1 until read
    QString message() const; // the last message shown (done, or what went wrong)
    // Why part of the enrolment cannot be used now (no models, no key); empty when all works.
    QString problem() const;
    QStringList rejectedPhotos() const; // "file: reason", of the last import

    // The actions. recordConsent() and confirmDeleteAll() ask first (the returned box, shown with
    // open()); grantConsent() and deleteAll() do it at once.
    QMessageBox *recordConsent();
    void grantConsent();
    void startCamera();
    void stopCamera();
    void capture(); // stores the current frame's template when it is usable
    void importPhotos(const QStringList &paths);
    QMessageBox *confirmDeleteAll();
    void deleteAll(bool withdrawConsent);

    void done(int result) override; // stops the camera first

signals:
    void loaded();
    void enrollerReady(); // the models loaded (or failed: message() says why)
    void keyReady(); // the template key arrived (or failed)
    void consentChanged(const cd::Student &student);
    void templatesChanged(int count);
    void photosImported(int enrolled, int rejected);
    void sampleExamined(const cd::EnrolmentSample &sample); // a camera frame's feedback
    void cameraChanged(bool on);
    void idle(); // a background store call finished (either way)

private:
    void build();
    QWidget *buildConsent();
    QWidget *buildCamera();
    QWidget *buildTemplates();
    void load();
    void loadEnroller();
    void loadKey();
    void refreshCount();
    void showConsent();
    void updateControls();
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void frameArrived(const Frame &frame);
    void examined(const Frame &frame, const EnrolmentSample &sample);
    void cameraFailed(const QString &message);
    void chooseAndImport();
    void storeSamples(const QList<EnrolmentSample> &samples);

    const Database &m_db;
    Actor m_actor;
    Id m_studentId;
    FaceEnrolmentSetup m_setup;
    bool m_mayEnrol = false;
    bool m_loaded = false;
    int m_busy = 0;
    Student m_student;
    QString m_consentRecorder;
    int m_templateCount = -1;
    std::shared_ptr<FaceEnroller> m_enroller;
    FaceKeyring::Cipher m_cipher;
    QString m_enrollerProblem;
    QString m_keyProblem;
    EnrolmentSample m_current; // of the newest examined camera frame
    QStringList m_rejected;
    QString m_message;

    FrameSource *m_camera = nullptr;
    EnrolmentFrameWorker *m_worker = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_consentState = nullptr;
    QPushButton *m_recordConsent = nullptr;
    QLabel *m_blocked = nullptr;
    QWidget *m_enrolArea = nullptr;
    EnrolmentPreview *m_preview = nullptr;
    QLabel *m_cameraOn = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_capture = nullptr;
    QPushButton *m_import = nullptr;
    QListWidget *m_rejectedList = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_deleteAll = nullptr;
    QLabel *m_engine = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace cd
