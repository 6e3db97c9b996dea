#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/Result.h"
#include "app/core/Student.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cd {

class Database;
class FaceEnrolmentDialog;
class FieldMessage;
struct FaceEnrolmentSetup;
class StudentHistory;

// Everything the form reads when it opens, in one trip to the thread pool.
struct StudentFormData
{
    Student student;
    QByteArray photo;
    QString consentRecorder; // name of who recorded the consent decision
    QStringList batches;
    QStringList programs;
    Semester semester; // the current one; empty id when none is set up
    QList<Course> enrolled; // the student's courses in that semester
    QList<Course> offered; // all courses of that semester
};

// Creates or edits one student: details, guardians, this semester's enrolments, photo and
// biometric consent. Each problem is shown under its field (and as its accessible description)
// and nothing is saved until all are fixed. Reads and writes run on the thread pool.
//
// Saving an edit that clashes with someone else's (same fields changed since this dialog read
// the record) never overwrites theirs silently: the dialog lists their values against the ones
// typed here and lets the user take theirs or keep their own. Enrolments and archiving are
// written at once (they are separate records); details, guardians, photo and consent on Save.
class StudentDialog : public QDialog
{
    Q_OBJECT
public:
    // A new student.
    StudentDialog(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    // The student `studentId`, read in the background (loaded() tells when).
    StudentDialog(const Database &db, const Actor &actor, const Id &studentId,
                  QWidget *parent = nullptr);
    ~StudentDialog() override;

    // Saved edits, archiving and restoring are pushed here for undo (optional).
    void setHistory(StudentHistory *history);

    bool isCreating() const { return m_original.id.isEmpty(); }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy > 0; }
    // The record as last read or saved.
    const Student &original() const { return m_original; }
    // The record as the form holds it now (not saved).
    Student edited() const;
    QByteArray photo() const { return m_photo; }

    // What "Choose…" does with the file picked: reads, scales and converts it in the background.
    void loadPhotoFile(const QString &path);

    // Enables "Face enrolment…" (Consent tab) with what the enrolment dialog needs; without it
    // the button stays disabled. Enabled only for a saved student and Action::EnrolFaces.
    void setFaceEnrolment(const FaceEnrolmentSetup &setup);
    QPushButton *faceEnrolmentButton() const { return m_faceEnrolment; }
    // Opens the enrolment dialog (with open()); null when the button is disabled.
    FaceEnrolmentDialog *openFaceEnrolment();

    void accept() override;
    void reject() override;

signals:
    void loaded();
    void saved(const cd::Student &before, const cd::Student &after, bool created);
    void archivedChanged(const cd::Id &studentId, bool archived);
    void enrolmentsChanged(const cd::Id &studentId);
    // Somebody else changed the record first; the dialog shows what and waits for a choice.
    void conflicted(const cd::Id &studentId);
    // A background read or write finished (either way).
    void idle();

private:
    void build();
    QWidget *buildDetails();
    QWidget *buildGuardians();
    QWidget *buildEnrolments();
    QWidget *buildPhoto();
    QWidget *buildConsent();
    void addRow(QFormLayout *form, const QString &label, QWidget *input, QWidget *focus,
                const QString &field);
    void load(const Id &studentId);
    void dataLoaded(const Result<StudentFormData> &loaded);
    void fill(const Student &student);
    void applyPermissions();

    void addGuardian();
    void removeGuardian();
    void moveGuardian(int delta);
    void appendGuardianRow(const Guardian &guardian);
    void updateGuardianButtons();

    void showEnrolments();
    void chooseCourse();
    void enrol(const Id &courseId);
    void dropSelected();
    void reloadEnrolments();

    void choosePhoto();
    void showPhoto();

    void consentToggled(bool granted);
    void showConsent();
    void updateFaceEnrolment();
    void consentRecordedElsewhere(const Student &after);

    void confirmArchive();
    void setArchived(bool archived);

    ValidationResult check(const Student &student) const;
    void showErrors(const Error &error);
    void clearErrors();
    void showMessage(const QString &text);
    void setBusy(bool busy);
    void saveFinished(const Student &before, const Result<Student> &result,
                      const Error &photoError);
    void reloadAfterConflict();
    void conflictReloaded(const Result<Student> &fresh);
    void resolveConflict(bool theirs);

    const Database &m_db;
    Actor m_actor;
    Student m_original;
    QPointer<StudentHistory> m_history;
    bool m_loaded = false;
    int m_busy = 0;
    BiometricConsent m_consent; // as the form holds it
    QString m_consentRecorder; // the name for m_original's consent
    QByteArray m_photo; // as the form holds it
    QByteArray m_storedPhoto; // as read
    Semester m_semester;
    QList<Course> m_enrolled;
    QList<Course> m_offered;
    Student m_theirs; // during a conflict: their version
    QStringList m_clashes; // during a conflict: fields both changed

    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QFrame *m_conflictPanel = nullptr;
    QLabel *m_conflictText = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_birthKnown = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QComboBox *m_batch = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_status = nullptr;
    QTableWidget *m_guardians = nullptr;
    QPushButton *m_addGuardian = nullptr;
    QPushButton *m_removeGuardian = nullptr;
    QPushButton *m_guardianUp = nullptr;
    QPushButton *m_guardianDown = nullptr;
    QLabel *m_semesterLabel = nullptr;
    QListWidget *m_courses = nullptr;
    QPushButton *m_enrol = nullptr;
    QPushButton *m_drop = nullptr;
    QLabel *m_photoPreview = nullptr;
    QPushButton *m_choosePhoto = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QCheckBox *m_consentBox = nullptr;
    QLabel *m_consentRecorded = nullptr;
    QLabel *m_consentWarning = nullptr;
    QPushButton *m_faceEnrolment = nullptr;
    std::unique_ptr<FaceEnrolmentSetup> m_faceSetup;
    QPushButton *m_archive = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, FieldMessage *> m_fieldMessages; // by domain field name
};

} // namespace cd
