#include "ui/FaceEnrolmentDialog.h"

#include "app/core/Permissions.h"
#include "app/store/FaceTemplateRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "app/vision/EnrolmentFrameWorker.h"
#include "app/vision/FrameSource.h"
#include "ui/Background.h"
#include "ui/EnrolmentPreview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

struct EnrolmentData
{
    Student student;
    QString recorder;
    int templates = 0;
};

// What a student's consent row says, with the recorder's name.
Result<EnrolmentData> readStudent(const Database &db, const Id &studentId, const Actor &viewer)
{
    EnrolmentData data;
    auto student = StudentRepository(db).find(studentId, viewer);
    if (!student)
        return student.error();
    data.student = *student;
    const Id &recorder = student->consent.recordedBy;
    if (recorder == viewer.userId)
        data.recorder = viewer.name;
    else if (!recorder.isEmpty()) {
        const auto user = UserRepository(db).find(recorder);
        data.recorder = user ? user->fullName : QString();
    }
    // Counting and deleting never touch the key: a cipher without one is enough.
    const TemplateCipher noKey;
    auto count = FaceTemplateRepository(db, noKey).countFor(studentId, viewer);
    if (!count)
        return count.error();
    data.templates = *count;
    return data;
}

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

struct ImportOutcome
{
    int enrolled = 0;
    QStringList rejected;
};

} // namespace

FaceEnrolmentDialog::FaceEnrolmentDialog(const Database &db, const Actor &actor,
                                         const Id &studentId, FaceEnrolmentSetup setup,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_studentId(studentId), m_setup(std::move(setup)),
      m_mayEnrol(Permissions::allows(actor, Action::EnrolFaces))
{
    setWindowTitle(tr("Face enrolment"));
    build();
    load();
    if (m_mayEnrol) {
        loadEnroller();
        loadKey();
    }
}

FaceEnrolmentDialog::~FaceEnrolmentDialog()
{
    stopCamera();
}

void FaceEnrolmentDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(tr("Loading…"), this);
    m_heading->setObjectName(u"heading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    layout->addWidget(buildConsent());

    m_blocked = new QLabel(this);
    m_blocked->setObjectName(u"blockedReason"_s);
    m_blocked->setWordWrap(true);
    m_blocked->setTextFormat(Qt::PlainText);
    layout->addWidget(m_blocked);

    m_enrolArea = new QWidget(this);
    m_enrolArea->setObjectName(u"enrolArea"_s);
    auto *area = new QHBoxLayout(m_enrolArea);
    area->setContentsMargins(0, 0, 0, 0);
    area->addWidget(buildCamera(), 3);
    area->addWidget(buildTemplates(), 2);
    layout->addWidget(m_enrolArea, 1);

    m_engine = new QLabel(this);
    m_engine->setObjectName(u"engine"_s);
    m_engine->setWordWrap(true);
    m_engine->setEnabled(false); // a quiet note
    layout->addWidget(m_engine);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"message"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(880, 620);
    updateControls();
}

QWidget *FaceEnrolmentDialog::buildConsent()
{
    auto *box = new QGroupBox(tr("Consent"), this);
    auto *row = new QHBoxLayout(box);
    m_consentState = new QLabel(box);
    m_consentState->setObjectName(u"consentState"_s);
    m_consentState->setWordWrap(true);
    m_consentState->setTextFormat(Qt::PlainText);
    row->addWidget(m_consentState, 1);
    m_recordConsent = makeButton(tr("&Record consent…"), u"recordConsent"_s, box);
    m_recordConsent->setVisible(m_mayEnrol);
    row->addWidget(m_recordConsent, 0, Qt::AlignTop);
    connect(m_recordConsent, &QPushButton::clicked, this, [this] { recordConsent(); });
    return box;
}

QWidget *FaceEnrolmentDialog::buildCamera()
{
    auto *box = new QGroupBox(tr("Camera"), this);
    auto *layout = new QVBoxLayout(box);
    m_preview = new EnrolmentPreview(box);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAccessibleName(tr("Camera preview"));
    m_preview->clear(tr("The camera is off. Start it to take pictures of the student's face."));
    layout->addWidget(m_preview, 1);
    m_feedback = new QLabel(box);
    m_feedback->setObjectName(u"feedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    layout->addWidget(m_feedback);
    auto *row = new QHBoxLayout;
    m_cameraOn = new QLabel(u"● "_s + tr("Camera on"), box);
    m_cameraOn->setObjectName(u"cameraOn"_s);
    m_cameraOn->setStyleSheet(u"color: #d03030; font-weight: bold;"_s);
    m_cameraOn->setVisible(false);
    row->addWidget(m_cameraOn);
    row->addStretch();
    m_start = makeButton(tr("&Start camera"), u"startCamera"_s, box);
    m_stop = makeButton(tr("S&top camera"), u"stopCamera"_s, box);
    m_capture = makeButton(tr("&Capture"), u"capture"_s, box);
    m_capture->setToolTip(tr("Stores the face in the current picture as a template. Enabled "
                             "when the picture is good enough."));
    for (QPushButton *button : {m_start, m_stop, m_capture})
        row->addWidget(button);
    layout->addLayout(row);
    connect(m_start, &QPushButton::clicked, this, &FaceEnrolmentDialog::startCamera);
    connect(m_stop, &QPushButton::clicked, this, &FaceEnrolmentDialog::stopCamera);
    connect(m_capture, &QPushButton::clicked, this, &FaceEnrolmentDialog::capture);
    return box;
}

QWidget *FaceEnrolmentDialog::buildTemplates()
{
    auto *box = new QGroupBox(tr("Templates"), this);
    auto *layout = new QVBoxLayout(box);
    m_count = new QLabel(box);
    m_count->setObjectName(u"templateCount"_s);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    m_import = makeButton(tr("&Import photos…"), u"importPhotos"_s, box);
    layout->addWidget(m_import);
    auto *rejectedLabel = new QLabel(tr("Photos not used:"), box);
    layout->addWidget(rejectedLabel);
    m_rejectedList = new QListWidget(box);
    m_rejectedList->setObjectName(u"rejectedPhotos"_s);
    m_rejectedList->setAccessibleName(tr("Photos not used"));
    m_rejectedList->setWordWrap(true);
    rejectedLabel->setBuddy(m_rejectedList);
    layout->addWidget(m_rejectedList, 1);
    m_deleteAll = makeButton(tr("&Delete all biometric data…"), u"deleteAll"_s, box);
    layout->addWidget(m_deleteAll);
    connect(m_import, &QPushButton::clicked, this, &FaceEnrolmentDialog::chooseAndImport);
    connect(m_deleteAll, &QPushButton::clicked, this, [this] { confirmDeleteAll(); });
    return box;
}

bool FaceEnrolmentDialog::isCameraOn() const
{
    return m_camera && m_camera->isActive();
}

QString FaceEnrolmentDialog::message() const
{
    return m_message;
}

QString FaceEnrolmentDialog::problem() const
{
    return m_problem->text();
}

QStringList FaceEnrolmentDialog::rejectedPhotos() const
{
    return m_rejected;
}

void FaceEnrolmentDialog::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    updateControls();
    if (!busy)
        emit idle();
}

void FaceEnrolmentDialog::showMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_messageLabel->setVisible(!text.isEmpty());
}

void FaceEnrolmentDialog::load()
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, studentId = m_studentId, viewer = m_actor] {
            return readStudent(*db, studentId, viewer);
        },
        [this](Result<EnrolmentData> read) {
            if (read) {
                m_student = read->student;
                m_consentRecorder = read->recorder;
                m_templateCount = read->templates;
                m_loaded = true;
                m_heading->setText(
                    tr("%1 %2 (%3)")
                        .arg(m_student.firstName, m_student.lastName, m_student.studentNumber));
                showConsent();
            } else {
                m_heading->setText(tr("This student cannot be shown."));
                showMessage(read.error().message, true);
            }
            setBusy(false);
            if (read)
                emit loaded();
        });
}

void FaceEnrolmentDialog::loadEnroller()
{
    runInBackground(
        this,
        [recognition = m_setup.recognition, models = m_setup.modelDirectory] {
            return FaceEnroller::load(recognition, ModelLocator(models));
        },
        [this](Result<std::shared_ptr<FaceEnroller>> enroller) {
            if (enroller) {
                m_enroller = *enroller;
                m_engine->setText(m_enroller->description());
            } else {
                m_enrollerProblem = tr("Face detection cannot be used on this computer: %1")
                                        .arg(enroller.error().message);
            }
            updateControls();
            emit enrollerReady();
        });
}

void FaceEnrolmentDialog::loadKey()
{
    if (!m_setup.keyring) {
        m_keyProblem = tr("Face templates cannot be stored: no template key is available.");
        updateControls();
        return;
    }
    QPointer<FaceEnrolmentDialog> self(this);
    m_setup.keyring->withCipher([self](Result<FaceKeyring::Cipher> cipher) {
        if (!self)
            return;
        if (cipher)
            self->m_cipher = *cipher;
        else
            self->m_keyProblem
                = tr("Face templates cannot be stored: %1").arg(cipher.error().message);
        self->updateControls();
        emit self->keyReady();
    });
}

void FaceEnrolmentDialog::refreshCount()
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, studentId = m_studentId, viewer = m_actor] {
            return readStudent(*db, studentId, viewer);
        },
        [this](Result<EnrolmentData> read) {
            if (read) {
                m_student = read->student;
                m_consentRecorder = read->recorder;
                m_templateCount = read->templates;
                showConsent();
                emit templatesChanged(m_templateCount);
            } else {
                showMessage(read.error().message, true);
            }
            setBusy(false);
        });
}

void FaceEnrolmentDialog::showConsent()
{
    const BiometricConsent &consent = m_student.consent;
    const QString when = QLocale().toString(consent.recordedAt.toLocalTime(), QLocale::ShortFormat);
    const QString who = m_consentRecorder.isEmpty() ? tr("an unknown user") : m_consentRecorder;
    if (consent.granted)
        m_consentState->setText(
            tr("Consent to face recognition recorded by %1 on %2.").arg(who, when));
    else if (consent.recordedAt.isValid())
        m_consentState->setText(tr("Consent withdrawn: recorded by %1 on %2. No face template "
                                   "may be kept.")
                                    .arg(who, when));
    else
        m_consentState->setText(tr("No consent to face recognition is recorded."));
    m_count->setText(m_templateCount < 0
                         ? QString()
                         : tr("%n face template(s) stored.", nullptr, m_templateCount));
    updateControls();
}

void FaceEnrolmentDialog::updateControls()
{
    const bool consent = m_loaded && m_student.consent.granted;
    const bool idle = m_busy == 0;
    const bool cameraOn = isCameraOn();
    QString blocked;
    if (!m_mayEnrol)
        blocked = Permissions::deniedMessage(Action::EnrolFaces);
    else if (m_loaded && !consent)
        blocked = tr("Enrolment is off until the consent of the student (or their guardian) is "
                     "recorded.");
    m_blocked->setText(blocked);
    m_blocked->setVisible(!blocked.isEmpty());
    m_recordConsent->setEnabled(m_mayEnrol && m_loaded && !consent && idle);
    m_enrolArea->setEnabled(m_mayEnrol && m_loaded);

    const bool enrol = m_mayEnrol && consent;
    m_start->setEnabled(enrol && m_enroller && !cameraOn);
    m_stop->setEnabled(cameraOn);
    m_capture->setEnabled(enrol && cameraOn && m_current.usable() && m_cipher && idle);
    m_import->setEnabled(enrol && m_enroller && m_cipher && idle);
    m_deleteAll->setEnabled(m_mayEnrol && m_loaded && idle
                            && (m_templateCount > 0 || m_student.consent.granted));
    m_cameraOn->setVisible(cameraOn);

    // Problems with the models or the key explain the disabled buttons; the rest still works.
    QStringList problems;
    if (enrol && !m_enrollerProblem.isEmpty())
        problems << m_enrollerProblem;
    if (enrol && !m_keyProblem.isEmpty())
        problems << m_keyProblem;
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
}

QMessageBox *FaceEnrolmentDialog::recordConsent()
{
    if (!m_mayEnrol || !m_loaded || m_student.consent.granted)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Record consent"),
                                tr("Confirm that %1 %2, or their guardian, has agreed that their "
                                   "face may be used to record attendance. Your name and the time "
                                   "are recorded with the consent.")
                                    .arg(m_student.firstName, m_student.lastName),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"consentQuestion"_s);
    QPushButton *yes = box->addButton(tr("They have agreed"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            grantConsent();
    });
    box->open();
    return box;
}

void FaceEnrolmentDialog::grantConsent()
{
    if (!m_loaded)
        return;
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, original = m_student, actor = m_actor] {
            return StudentRepository(*db).setConsent(original, true, actor);
        },
        [this](Result<Student> student) {
            if (student) {
                m_student = *student;
                m_consentRecorder = m_actor.name;
                showMessage(tr("Consent recorded."), false);
                showConsent();
                emit consentChanged(m_student);
            } else {
                showMessage(student.error().message, true);
            }
            setBusy(false);
        });
}

void FaceEnrolmentDialog::startCamera()
{
    if (!m_enroller || isCameraOn() || !m_student.consent.granted)
        return;
    if (!m_camera) {
        m_camera = m_setup.createCamera(this);
        m_worker = new EnrolmentFrameWorker(m_enroller, this);
        connect(m_camera, &FrameSource::frameReady, this, &FaceEnrolmentDialog::frameArrived);
        connect(m_camera, &FrameSource::errorOccurred, this, &FaceEnrolmentDialog::cameraFailed);
        connect(m_camera, &FrameSource::activeChanged, this, [this](bool on) {
            updateControls();
            emit cameraChanged(on);
        });
        connect(m_worker, &EnrolmentFrameWorker::examined, this, &FaceEnrolmentDialog::examined);
    }
    m_current = EnrolmentSample();
    m_feedback->clear();
    m_worker->start();
    m_preview->clear(tr("Starting the camera…"));
    m_camera->start();
    updateControls();
}

void FaceEnrolmentDialog::stopCamera()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_worker->stop();
    m_current = EnrolmentSample();
    m_preview->clear(tr("The camera is off."));
    m_feedback->clear();
    updateControls();
}

void FaceEnrolmentDialog::frameArrived(const Frame &frame)
{
    m_preview->setFrame(frame.image); // shown at once; examined when the worker is free
    m_worker->submit(frame);
}

void FaceEnrolmentDialog::examined(const Frame &, const EnrolmentSample &sample)
{
    if (!isCameraOn())
        return; // a late answer after stop()
    m_current = sample;
    m_preview->setSample(sample);
    m_feedback->setText(FaceEnroller::advice(sample.issue));
    updateControls();
    emit sampleExamined(sample);
}

void FaceEnrolmentDialog::cameraFailed(const QString &message)
{
    stopCamera();
    m_preview->clear(message);
    showMessage(tr("The camera cannot be used: %1 Photos can still be imported.").arg(message),
                true);
}

void FaceEnrolmentDialog::capture()
{
    if (!m_current.usable() || !m_cipher)
        return;
    storeSamples({m_current});
    m_current = EnrolmentSample(); // the next examined frame enables Capture again
    updateControls();
}

void FaceEnrolmentDialog::storeSamples(const QList<EnrolmentSample> &samples)
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, cipher = m_cipher, samples, studentId = m_studentId,
         actor = m_actor]() -> Result<int> {
            FaceTemplateRepository templates(*db, *cipher);
            for (const EnrolmentSample &sample : samples) {
                auto added = templates.add(studentId, sample.model, sample.templateBytes,
                                           sample.quality, actor);
                if (!added)
                    return added.error();
            }
            return int(samples.size());
        },
        [this](Result<int> stored) {
            if (stored)
                showMessage(tr("Face captured and stored."), false);
            else
                showMessage(stored.error().message, true);
            setBusy(false);
            refreshCount();
        });
}

void FaceEnrolmentDialog::chooseAndImport()
{
    auto *dialog = new QFileDialog(this, tr("Import photos of the student"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(tr("Pictures (*.jpg *.jpeg *.png *.bmp *.webp)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &FaceEnrolmentDialog::importPhotos);
    dialog->open();
}

void FaceEnrolmentDialog::importPhotos(const QStringList &paths)
{
    if (!m_enroller || !m_cipher || paths.isEmpty())
        return;
    setBusy(true);
    showMessage(tr("Examining %n photo(s)…", nullptr, int(paths.size())), false);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, enroller = m_enroller, cipher = m_cipher, paths, studentId = m_studentId,
         actor = m_actor] {
            ImportOutcome outcome;
            FaceTemplateRepository templates(*db, *cipher);
            for (const QString &path : paths) {
                QImageReader reader(path);
                reader.setAutoTransform(true); // phone photos are often stored on their side
                const EnrolmentSample sample = enroller->examine(reader.read());
                const QString name = QFileInfo(path).fileName();
                if (!sample.usable()) {
                    outcome.rejected << tr("%1: %2").arg(name, FaceEnroller::advice(sample.issue));
                    continue;
                }
                auto added = templates.add(studentId, sample.model, sample.templateBytes,
                                           sample.quality, actor);
                if (added)
                    ++outcome.enrolled;
                else
                    outcome.rejected << tr("%1: %2").arg(name, added.error().message);
            }
            return outcome;
        },
        [this](ImportOutcome outcome) {
            m_rejected = outcome.rejected;
            m_rejectedList->clear();
            m_rejectedList->addItems(outcome.rejected);
            showMessage(tr("%n photo(s) enrolled, ", nullptr, outcome.enrolled)
                            + tr("%n not used.", nullptr, int(outcome.rejected.size())),
                        !outcome.rejected.isEmpty() && outcome.enrolled == 0);
            setBusy(false);
            refreshCount();
            emit photosImported(outcome.enrolled, int(outcome.rejected.size()));
        });
}

QMessageBox *FaceEnrolmentDialog::confirmDeleteAll()
{
    if (!m_mayEnrol || !m_loaded)
        return nullptr;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete all biometric data"),
        tr("Delete all %n face template(s) of %1 %2? This cannot be undone; the student would "
           "have to be enrolled again.",
           nullptr, std::max(0, m_templateCount))
            .arg(m_student.firstName, m_student.lastName),
        QMessageBox::Cancel, this);
    box->setObjectName(u"deleteAllQuestion"_s);
    auto *withdraw = new QCheckBox(tr("Also &withdraw the consent"), box);
    withdraw->setObjectName(u"withdrawConsent"_s);
    withdraw->setEnabled(m_student.consent.granted);
    box->setCheckBox(withdraw);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, withdraw] {
        if (box->clickedButton() == remove)
            deleteAll(withdraw->isChecked());
    });
    box->open();
    return box;
}

void FaceEnrolmentDialog::deleteAll(bool withdrawConsent)
{
    if (!m_loaded)
        return;
    stopCamera();
    setBusy(true);
    const Database *db = &m_db;
    const bool withdraw = withdrawConsent && m_student.consent.granted;
    runInBackground(
        this,
        [db, original = m_student, withdraw, actor = m_actor]() -> Result<void> {
            // One store action either way: withdrawing the consent deletes the templates in the
            // same transaction.
            if (withdraw) {
                auto student = StudentRepository(*db).setConsent(original, false, actor);
                if (!student)
                    return student.error();
                return {};
            }
            const TemplateCipher noKey;
            auto removed = FaceTemplateRepository(*db, noKey).removeAllFor(original.id, actor);
            if (!removed)
                return removed.error();
            return {};
        },
        [this, withdraw](Result<void> done) {
            if (done)
                showMessage(withdraw ? tr("All biometric data deleted and the consent withdrawn.")
                                     : tr("All biometric data deleted."),
                            false);
            else
                showMessage(done.error().message, true);
            setBusy(false);
            refreshCount();
            if (done && withdraw)
                connect(
                    this, &FaceEnrolmentDialog::templatesChanged, this,
                    [this] { emit consentChanged(m_student); }, Qt::SingleShotConnection);
        });
}

void FaceEnrolmentDialog::done(int result)
{
    stopCamera();
    QDialog::done(result);
}

} // namespace cd
