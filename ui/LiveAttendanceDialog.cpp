#include "ui/LiveAttendanceDialog.h"

#include "app/core/ClientSettings.h"
#include "app/store/AttendanceRepository.h"
#include "app/store/FaceTemplateRepository.h"
#include "app/vision/CameraFrameSource.h"
#include "app/vision/ImageSequenceFrameSource.h"
#include "app/vision/VideoFileFrameSource.h"
#include "ui/Background.h"
#include "ui/FaceKeyring.h"
#include "ui/LivePreview.h"
#include "ui/LiveRosterModel.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

enum SourceKind { CameraSource, VideoSource, FolderSource };
constexpr int kindRole = Qt::UserRole;
constexpr int cameraRole = Qt::UserRole + 1;
constexpr int templateRole = Qt::UserRole + 2;
constexpr int maxUnknownFaces = 60; // the oldest leave the strip first

} // namespace

// What the background load hands back to the GUI thread.
struct LiveAttendanceDialog::Loaded
{
    std::optional<Result<QList<RosterEntry>>> roster;
    std::unique_ptr<LiveRecogniser> live;
    QString liveError;
    int templates = 0;
    int unreadable = 0;
    QString templateError;
};

LiveAttendanceDialog::LiveAttendanceDialog(const Database &db, const Actor &actor,
                                           const AttendanceSession &session,
                                           const QString &courseTitle, ClientSettings &settings,
                                           FaceKeyring &keyring, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_session(session), m_settings(settings),
      m_keyring(&keyring)
{
    setWindowTitle(tr("Take attendance with the camera — %1, %2")
                       .arg(courseTitle, QLocale().toString(session.date, QLocale::LongFormat)));
    buildLayout();
    fillSourceBox();
    updateState();
    load();
}

LiveAttendanceDialog::~LiveAttendanceDialog()
{
    stopSource(); // the camera goes off with the dialog
}

void LiveAttendanceDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);

    auto *sourceRow = new QHBoxLayout;
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    m_sourceBox = new QComboBox(this);
    m_sourceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    sourceLabel->setBuddy(m_sourceBox);
    m_start = new QPushButton(tr("S&tart"), this);
    m_stop = new QPushButton(tr("St&op"), this);
    m_indicator = new QLabel(this);
    m_indicator->setTextFormat(Qt::PlainText);
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_sourceBox);
    sourceRow->addWidget(m_start);
    sourceRow->addWidget(m_stop);
    sourceRow->addSpacing(12);
    sourceRow->addWidget(m_indicator);
    sourceRow->addStretch();
    layout->addLayout(sourceRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new LivePreview(left);
    m_engine = new QLabel(tr("Loading the face models and enrolled faces…"), left);
    m_engine->setWordWrap(true);
    leftLayout->addWidget(m_preview, 1);
    leftLayout->addWidget(m_engine);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *rosterLabel = new QLabel(tr("&Register (P present, L late, A absent, E excused, "
                                      "Delete not seen)"),
                                   right);
    rosterLabel->setWordWrap(true);
    m_model = new LiveRosterModel(this);
    m_table = new QTableView(right);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Every column as wide as its contents (times and percentages appear as students are
    // recognised), the name taking the room that is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LiveRosterModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Register"));
    m_table->installEventFilter(this);
    rosterLabel->setBuddy(m_table);
    rightLayout->addWidget(rosterLabel);
    rightLayout->addWidget(m_table, 3);

    auto *markRow = new QHBoxLayout;
    const QList<std::pair<QString, std::optional<AttendanceStatus>>> marks{
        {tr("Present"), AttendanceStatus::Present},
        {tr("Late"), AttendanceStatus::Late},
        {tr("Absent"), AttendanceStatus::Absent},
        {tr("Excused"), AttendanceStatus::Excused},
        {tr("Not seen"), std::nullopt}};
    for (const auto &[text, status] : marks) {
        auto *button = new QPushButton(text, right);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, s = status] { markCurrent(s); });
        markRow->addWidget(button);
        m_markButtons.append(button);
    }
    markRow->addStretch();
    rightLayout->addLayout(markRow);

    auto *unknownLabel = new QLabel(tr("&Unrecognised faces"), right);
    m_unknown = new QListWidget(right);
    m_unknown->setViewMode(QListView::IconMode);
    m_unknown->setFlow(QListView::LeftToRight);
    m_unknown->setWrapping(false);
    m_unknown->setIconSize(QSize(72, 72));
    m_unknown->setFixedHeight(120);
    m_unknown->setMovement(QListView::Static);
    m_unknown->setAccessibleName(tr("Unrecognised faces"));
    unknownLabel->setBuddy(m_unknown);
    m_assign = new QPushButton(tr("Assign to &student…"), right);
    m_assign->setAutoDefault(false);
    rightLayout->addWidget(unknownLabel);
    rightLayout->addWidget(m_unknown);
    rightLayout->addWidget(m_assign, 0, Qt::AlignLeading);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_finish = buttons->addButton(tr("&Finish session…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &LiveAttendanceDialog::startChosenSource);
    connect(m_stop, &QPushButton::clicked, this, &LiveAttendanceDialog::stopSource);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        if (QMessageBox *box = finishSession())
            box->open();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &LiveAttendanceDialog::reject);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        const int row = m_unknown->currentRow();
        if (row < 0)
            return;
        // The students still without a mark, by name.
        QStringList names;
        QList<Id> ids;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const auto &entry = m_model->entry(r);
            if (entry.mark)
                continue;
            names << m_names.value(entry.student.id);
            ids << entry.student.id;
        }
        if (ids.isEmpty()) {
            showMessage(tr("Every student on the register has a mark already."), false);
            return;
        }
        auto *chooser = new QDialog(this);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setWindowTitle(tr("Assign the face to a student"));
        auto *form = new QVBoxLayout(chooser);
        auto *label = new QLabel(tr("Who is this? They are marked present; if their consent is "
                                    "recorded, the face is also kept to recognise them next time."),
                                 chooser);
        label->setWordWrap(true);
        auto *box = new QComboBox(chooser);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(names);
        auto *okCancel
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, chooser);
        form->addWidget(label);
        form->addWidget(box);
        form->addWidget(okCancel);
        connect(okCancel, &QDialogButtonBox::accepted, chooser, &QDialog::accept);
        connect(okCancel, &QDialogButtonBox::rejected, chooser, &QDialog::reject);
        connect(chooser, &QDialog::accepted, this, [this, box, ids, row] {
            const int chosen = box->currentIndex();
            if (chosen >= 0 && chosen < ids.size())
                assignUnknown(row, ids.at(chosen));
        });
        chooser->open();
    });
    connect(m_unknown, &QListWidget::currentRowChanged, this, &LiveAttendanceDialog::updateState);
    connect(m_model, &LiveRosterModel::summaryChanged, this, &LiveAttendanceDialog::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LiveAttendanceDialog::updateState);
    resize(1100, 700);
}

void LiveAttendanceDialog::fillSourceBox()
{
    m_sourceBox->clear();
    const QByteArray chosen = m_settings.cameraId().toUtf8();
    int selected = -1;
    for (const CameraInfo &camera : CameraFrameSource::availableCameras()) {
        m_sourceBox->addItem(tr("Camera: %1").arg(camera.description));
        const int index = m_sourceBox->count() - 1;
        m_sourceBox->setItemData(index, CameraSource, kindRole);
        m_sourceBox->setItemData(index, camera.id, cameraRole);
        if (camera.id == chosen || (selected < 0 && camera.isDefault))
            selected = index;
    }
    m_sourceBox->addItem(tr("Video file…"), VideoSource);
    m_sourceBox->addItem(tr("Folder of images…"), FolderSource);
    m_sourceBox->setCurrentIndex(std::max(0, selected));
}

void LiveAttendanceDialog::load()
{
    auto begin = [this](FaceKeyring::Cipher cipher, QString cipherError) {
        const Database *db = &m_db;
        const Actor actor = m_actor;
        const Id sessionId = m_session.id;
        LiveSettings settings;
        settings.threshold = float(m_settings.recognitionThreshold());
        settings.margin = float(m_settings.recognitionMargin());
        settings.framesToAgree = m_settings.framesToAgree();
        const QString modelDirectory = m_settings.modelDirectory();
        runInBackground(
            this,
            [=] {
                auto out = std::make_shared<Loaded>();
                out->roster = AttendanceRepository(*db).roster(sessionId, actor);
                auto pipeline
                    = LiveRecogniser::loadPipeline(settings, ModelLocator(modelDirectory));
                if (!pipeline) {
                    out->liveError = pipeline.error().message;
                    return out;
                }
                out->live = std::make_unique<LiveRecogniser>(*pipeline);
                if (!cipher) {
                    out->templateError = cipherError;
                } else if (*out->roster) {
                    QList<Id> ids;
                    for (const RosterEntry &entry : out->roster->value())
                        ids << entry.student.id;
                    auto gallery = FaceTemplateRepository(*db, *cipher)
                                       .templatesFor(out->live->model(), actor, ids);
                    if (!gallery) {
                        out->templateError = gallery.error().message;
                    } else {
                        out->unreadable = int(gallery->unreadable.size());
                        for (const FaceTemplate &t : gallery->templates) {
                            if (out->live->enrolTemplate(t.studentId, t.bytes))
                                ++out->templates;
                            else
                                ++out->unreadable;
                        }
                    }
                }
                // Made here, used by the dialog in the GUI thread.
                out->live->moveToThread(QCoreApplication::instance()->thread());
                return out;
            },
            [this](std::shared_ptr<Loaded> result) { loaded(result); });
    };
    if (!m_keyring) {
        begin(nullptr, tr("No face template key is available."));
        return;
    }
    m_keyring->withCipher([this, begin](Result<FaceKeyring::Cipher> cipher) {
        if (cipher)
            begin(*cipher, {});
        else
            begin(nullptr, cipher.error().message);
    });
}

void LiveAttendanceDialog::loaded(const std::shared_ptr<Loaded> &result)
{
    m_ready = true;
    if (result->roster && *result->roster) {
        m_model->setRoster(m_session, result->roster->value());
        for (const RosterEntry &entry : result->roster->value())
            m_names.insert(entry.student.id,
                           entry.student.firstName + u' ' + entry.student.lastName);
        m_preview->setNames(m_names);
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    } else if (result->roster) {
        showMessage(result->roster->error().message, true);
    }

    QStringList engine;
    m_templates = result->templates;
    if (result->live) {
        m_live = std::move(result->live);
        connect(m_live.get(), &LiveRecogniser::faceEvent, this, &LiveAttendanceDialog::onFaceEvent);
        connect(m_live.get(), &LiveRecogniser::frameProcessed, this,
                &LiveAttendanceDialog::onFrameProcessed);
        engine << m_live->description();
        engine << tr("%n enrolled face(s) loaded for this class.", nullptr, result->templates);
        if (result->unreadable > 0)
            engine << tr("%n face template(s) could not be read; enrol those students again.",
                         nullptr, result->unreadable);
        if (!result->templateError.isEmpty())
            engine << tr("Enrolled faces are not available: %1").arg(result->templateError);
        else if (result->templates == 0)
            engine << tr("Nobody in this class has an enrolled face yet, so the camera will "
                         "recognise no one. Enrol faces from the student records.");
    } else {
        engine << tr("Face recognition is not available: %1").arg(result->liveError)
               << tr("You can still mark the register by hand here.");
    }
    m_engine->setText(engine.join(u' '));
    updateSummary();
    updateState();
    emit ready();
}

void LiveAttendanceDialog::startChosenSource()
{
    const int index = m_sourceBox->currentIndex();
    if (index < 0)
        return;
    switch (m_sourceBox->itemData(index, kindRole).toInt()) {
    case CameraSource: {
        auto *camera = new CameraFrameSource;
        camera->setDeviceId(m_sourceBox->itemData(index, cameraRole).toByteArray());
        camera->setResolution(m_settings.cameraResolution());
        useSource(camera);
        return;
    }
    case VideoSource: {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a video"), {},
            tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)"));
        if (!path.isEmpty())
            useSource(new VideoFileFrameSource(path));
        return;
    }
    case FolderSource: {
        const QString folder = QFileDialog::getExistingDirectory(this,
                                                                 tr("Choose a folder of "
                                                                    "images"));
        if (!folder.isEmpty())
            useSource(ImageSequenceFrameSource::forFolder(folder));
        return;
    }
    default: return;
    }
}

void LiveAttendanceDialog::useSource(FrameSource *source)
{
    stopSource();
    if (!source)
        return;
    source->setParent(this);
    m_source = source;
    m_sourceIsCamera = qobject_cast<CameraFrameSource *>(source) != nullptr;
    connect(source, &FrameSource::frameReady, this, [this](const Frame &frame) {
        m_preview->setFrame(frame.image);
        if (m_live)
            m_live->submit(frame);
    });
    connect(source, &FrameSource::errorOccurred, this, [this](const QString &message) {
        showMessage(message, true);
        updateState();
    });
    connect(source, &FrameSource::finished, this, [this] {
        showMessage(tr("The source has no more pictures."), false);
        updateState();
    });
    connect(source, &FrameSource::activeChanged, this, &LiveAttendanceDialog::updateState);
    if (m_live) {
        m_live->resetTracks();
        m_live->start();
    }
    m_preview->setPlaceholder(tr("Starting %1…").arg(source->description()));
    source->start();
    updateState();
}

void LiveAttendanceDialog::stopSource()
{
    if (m_source) {
        FrameSource *source = m_source;
        m_source = nullptr;
        source->disconnect(this);
        source->stop();
        source->deleteLater();
    }
    if (m_live)
        m_live->stop();
    m_sourceIsCamera = false;
    if (m_preview) {
        m_preview->clear();
        m_preview->setPlaceholder(tr("Stopped. Choose a source and press Start."));
    }
    if (m_start)
        updateState();
}

void LiveAttendanceDialog::onFrameProcessed(const LiveFrame &frame)
{
    m_preview->setFaces(frame.faces, frame.frame.image.size());
}

void LiveAttendanceDialog::onFaceEvent(const LiveEvent &event)
{
    if (!m_live || m_finishing)
        return;
    switch (event.kind) {
    case FaceEventKind::Recognised: {
        const int row
            = m_model->recognise(event.studentId, event.confidence, m_live->model(), event.at);
        if (row >= 0)
            emit studentRecognised(event.studentId, event.frameIndex);
        return;
    }
    case FaceEventKind::Unknown: addUnknown(event); return;
    case FaceEventKind::Lost: return;
    }
}

void LiveAttendanceDialog::addUnknown(const LiveEvent &event)
{
    if (event.chip.isNull())
        return;
    const QString when = QLocale().toString(event.at.toLocalTime().time(), QLocale::ShortFormat);
    auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(event.chip)), when);
    item->setData(templateRole, event.chipTemplate);
    item->setToolTip(tr("Seen at %1. Select it and choose \"Assign to student…\" if you know "
                        "who it is.")
                         .arg(when));
    m_unknown->insertItem(0, item);
    while (m_unknown->count() > maxUnknownFaces)
        delete m_unknown->takeItem(m_unknown->count() - 1);
    updateState();
}

bool LiveAttendanceDialog::assignUnknown(int row, const Id &studentId)
{
    const int rosterRow = m_model->rowOf(studentId);
    if (row < 0 || row >= m_unknown->count() || rosterRow < 0)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto status
        = m_session.isLateAt(now) ? AttendanceStatus::Late : AttendanceStatus::Present;
    if (!m_model->setStatus(rosterRow, status, now))
        return false;
    std::unique_ptr<QListWidgetItem> item(m_unknown->takeItem(row));
    const QByteArray bytes = item->data(templateRole).toByteArray();
    const QString name = m_names.value(studentId);
    if (bytes.isEmpty() || !m_live || !m_keyring) {
        showMessage(tr("%1 is marked present.").arg(name), false);
        updateState();
        return true;
    }
    const QString model = m_live->model();
    m_keyring->withCipher([this, studentId, bytes, model, name](Result<FaceKeyring::Cipher> c) {
        if (!c) {
            showMessage(
                tr("%1 is marked present. The face was not kept: %2").arg(name, c.error().message),
                false);
            return;
        }
        const Database *db = &m_db;
        const Actor actor = m_actor;
        FaceKeyring::Cipher cipher = *c;
        runInBackground(
            this,
            [=] {
                return FaceTemplateRepository(*db, *cipher).add(studentId, model, bytes, 0, actor);
            },
            [this, studentId, bytes, name](Result<Id> added) {
                if (!added) {
                    showMessage(tr("%1 is marked present. The face was not kept: %2")
                                    .arg(name, added.error().message),
                                false);
                    return;
                }
                // Recognised from now on too (the bytes came from this recogniser).
                if (m_live && !m_live->enrolTemplate(studentId, bytes))
                    qWarning("A face template the recogniser made was refused");
                ++m_templates;
                showMessage(tr("%1 is marked present, and this face is kept to recognise them "
                               "next time.")
                                .arg(name),
                            false);
            });
    });
    updateState();
    return true;
}

void LiveAttendanceDialog::markCurrent(std::optional<AttendanceStatus> status)
{
    const int row = currentRow();
    if (row < 0 || m_finishing)
        return;
    if (!m_model->setStatus(row, status)) {
        showMessage(tr("This mark is saved already and cannot be taken back here; give the "
                       "student another status instead."),
                    true);
        return;
    }
    if (row + 1 < m_model->rowCount())
        m_table->selectRow(row + 1);
}

QMessageBox *LiveAttendanceDialog::finishSession()
{
    if (!m_ready || m_finishing)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Finish the session"),
                                tr("Save the register and finish the session? %n student(s) not "
                                   "seen will be marked absent.",
                                   nullptr, m_model->notSeen()),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("The marks are saved as your confirmed attendance. Later changes "
                               "need a reason."));
    box->addButton(tr("Finish session"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this] {
        m_finishing = true;
        stopSource();
        const Database *db = &m_db;
        const Actor actor = m_actor;
        const Id sessionId = m_session.id;
        const QList<AttendanceMark> marks = m_model->marksToConfirm();
        showMessage(tr("Saving the register…"), false);
        runInBackground(
            this, [=] { return AttendanceRepository(*db).finishSession(sessionId, actor, marks); },
            [this](Result<int> absent) {
                if (!absent) {
                    m_finishing = false; // nothing was saved; the register is still here
                    showMessage(absent.error().message, true);
                    updateState();
                    return;
                }
                emit sessionFinished(*absent);
                QDialog::accept();
            });
        updateState();
    });
    return box;
}

void LiveAttendanceDialog::reject()
{
    if (m_finishing)
        return;
    const int unsaved = int(m_model->marksToConfirm().size());
    if (unsaved == 0) {
        stopSource();
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Close without saving"),
        tr("%n mark(s) are not saved yet. Close and discard them?", nullptr, unsaved),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() == box->button(QMessageBox::Discard)) {
            stopSource();
            QDialog::reject();
        }
    });
    box->open();
}

void LiveAttendanceDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
    reject();
}

bool LiveAttendanceDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers extra
            = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (extra.toInt() == 0) {
            switch (key->key()) {
            case Qt::Key_P: markCurrent(AttendanceStatus::Present); return true;
            case Qt::Key_L: markCurrent(AttendanceStatus::Late); return true;
            case Qt::Key_A: markCurrent(AttendanceStatus::Absent); return true;
            case Qt::Key_E: markCurrent(AttendanceStatus::Excused); return true;
            case Qt::Key_Delete:
            case Qt::Key_Backspace: markCurrent(std::nullopt); return true;
            default: break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LiveAttendanceDialog::updateSummary()
{
    const AttendanceTally tally = m_model->tally();
    m_summary->setText(tr("Present %1 · Late %2 · Absent %3 · Excused %4 · Not seen %5")
                           .arg(tally.present)
                           .arg(tally.late)
                           .arg(tally.absent)
                           .arg(tally.excused)
                           .arg(m_model->notSeen()));
}

void LiveAttendanceDialog::updateState()
{
    const bool active = m_source && m_source->isActive();
    const bool running = m_source != nullptr;
    m_start->setEnabled(m_ready && !m_finishing);
    m_stop->setEnabled(running && !m_finishing);
    m_sourceBox->setEnabled(!m_finishing);
    m_finish->setEnabled(m_ready && !m_finishing && m_model->rowCount() > 0);
    m_assign->setEnabled(m_ready && !m_finishing && m_unknown->currentRow() >= 0);
    for (QPushButton *button : std::as_const(m_markButtons))
        button->setEnabled(m_ready && !m_finishing && currentRow() >= 0);
    QPalette palette = m_indicator->palette();
    if (active && m_sourceIsCamera) {
        m_indicator->setText(tr("● Camera on"));
        palette.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    } else if (active) {
        m_indicator->setText(tr("● Playing: %1").arg(m_source->description()));
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    } else {
        m_indicator->setText(tr("Camera off"));
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    }
    m_indicator->setPalette(palette);
    m_indicator->setAccessibleName(m_indicator->text());
}

void LiveAttendanceDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x00, 0x20)
                           : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    emit messageShown(text, error);
}

QString LiveAttendanceDialog::message() const
{
    return m_message->text();
}

int LiveAttendanceDialog::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

} // namespace cd
