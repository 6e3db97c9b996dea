#pragma once

#include "app/core/Actor.h"
#include "app/vision/FaceEnroller.h"
#include "ui/FaceEnrolmentSetup.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace cd {

class BulkEnrolmentReportModel;
struct BulkEnrolmentRow;
class BulkFaceEnrolment;
class Database;

// Enrols the faces of a class from a folder of photos named by student number (2026-0001.jpg,
// 2026-0001_2.png, 2026-0001 (3).jpeg), for roles with Action::EnrolFaces. Runs in the
// background with a progress bar and Cancel, and reports every file: enrolled, or why not (no
// such student in this class, no consent recorded, no face, several faces, not an image...).
class BulkFaceEnrolmentDialog : public QDialog
{
    Q_OBJECT
public:
    BulkFaceEnrolmentDialog(const Database &db, const Actor &actor, const Id &courseId,
                            const QString &courseName, FaceEnrolmentSetup setup,
                            QWidget *parent = nullptr);
    ~BulkFaceEnrolmentDialog() override;

    BulkEnrolmentReportModel *report() const { return m_report; }
    QTableView *reportTable() const { return m_table; }
    bool isReady() const { return m_enroller && m_cipher; } // models and key loaded
    bool isRunning() const { return m_running; }
    QString message() const { return m_message; }
    QString folder() const;

    void setFolder(const QString &folder);
    void start(); // enrols from the folder chosen
    void cancel();

    void reject() override; // Close while running cancels first

signals:
    void ready(); // the models and the key are loaded (or one failed: message() says why)
    void runFinished(bool cancelled);

private:
    void build();
    void loadEnroller();
    void loadKey();
    void chooseFolder();
    void updateControls();
    void showMessage(const QString &text, bool error);
    void runStarted(int files);
    void photoDone(const BulkEnrolmentRow &row);
    void runDone(bool cancelled, const QString &error);
    void checkReady();

    const Database &m_db;
    Actor m_actor;
    Id m_courseId;
    FaceEnrolmentSetup m_setup;
    std::shared_ptr<FaceEnroller> m_enroller;
    FaceKeyring::Cipher m_cipher;
    bool m_enrollerLoaded = false;
    bool m_keyLoaded = false;
    QStringList m_problems;
    bool m_running = false;
    bool m_cancelling = false;
    QString m_message;

    BulkFaceEnrolment *m_run = nullptr;
    BulkEnrolmentReportModel *m_report = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace cd
