#include "ui/BulkFaceEnrolmentDialog.h"

#include "app/core/Permissions.h"
#include "ui/Background.h"
#include "ui/BulkEnrolmentReportModel.h"
#include "ui/BulkFaceEnrolment.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

BulkFaceEnrolmentDialog::BulkFaceEnrolmentDialog(const Database &db, const Actor &actor,
                                                 const Id &courseId, const QString &courseName,
                                                 FaceEnrolmentSetup setup, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_courseId(courseId), m_setup(std::move(setup))
{
    setWindowTitle(tr("Enrol faces from photos: %1").arg(courseName));
    m_run = new BulkFaceEnrolment(m_db, m_actor, this);
    m_report = new BulkEnrolmentReportModel(this);
    connect(m_run, &BulkFaceEnrolment::started, this, &BulkFaceEnrolmentDialog::runStarted);
    connect(m_run, &BulkFaceEnrolment::photoDone, this, &BulkFaceEnrolmentDialog::photoDone);
    connect(m_run, &BulkFaceEnrolment::finished, this, &BulkFaceEnrolmentDialog::runDone);
    build();
    if (!Permissions::allows(m_actor, Action::EnrolFaces)) {
        m_enrollerLoaded = m_keyLoaded = true;
        m_problems << Permissions::deniedMessage(Action::EnrolFaces);
        checkReady();
        return;
    }
    loadEnroller();
    loadKey();
}

BulkFaceEnrolmentDialog::~BulkFaceEnrolmentDialog()
{
    // Stop the run while this dialog is whole: no report may arrive during its destruction.
    disconnect(m_run, nullptr, this, nullptr);
    delete m_run; // cancels and waits for the photo in progress
}

void BulkFaceEnrolmentDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Choose a folder of photos named by student number, for example 2026-0001.jpg, "
           "2026-0001_2.png or 2026-0001 (3).jpeg. Each photo must show only that student's "
           "face. Only students of this class whose consent is recorded are enrolled."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Folder:"), this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"folder"_s);
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("No folder chosen"));
    label->setBuddy(m_folder);
    m_choose = new QPushButton(tr("&Choose…"), this);
    m_choose->setObjectName(u"chooseFolder"_s);
    row->addWidget(label);
    row->addWidget(m_folder, 1);
    row->addWidget(m_choose);
    layout->addLayout(row);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m photos"));
    m_start = new QPushButton(tr("&Enrol"), this);
    m_start->setObjectName(u"start"_s);
    m_cancel = new QPushButton(tr("C&ancel"), this);
    m_cancel->setObjectName(u"cancel"_s);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_start);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_table = new QTableView(this);
    m_table->setObjectName(u"report"_s);
    m_table->setAccessibleName(tr("Enrolment report"));
    m_table->setModel(m_report);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Wide enough for "2026-0001 (3).jpeg" and a name before any row arrives; fitted to the
    // rows when the run ends.
    m_table->setColumnWidth(BulkEnrolmentReportModel::FileColumn, 170);
    m_table->setColumnWidth(BulkEnrolmentReportModel::StudentColumn, 200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"message"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &BulkFaceEnrolmentDialog::chooseFolder);
    connect(m_start, &QPushButton::clicked, this, &BulkFaceEnrolmentDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &BulkFaceEnrolmentDialog::cancel);
    showMessage(tr("Loading face detection…"), false);
    resize(760, 520);
    updateControls();
}

void BulkFaceEnrolmentDialog::loadEnroller()
{
    runInBackground(
        this,
        [recognition = m_setup.recognition, models = m_setup.modelDirectory] {
            return FaceEnroller::load(recognition, ModelLocator(models));
        },
        [this](Result<std::shared_ptr<FaceEnroller>> enroller) {
            if (enroller)
                m_enroller = *enroller;
            else
                m_problems << tr("Face detection cannot be used on this computer: %1")
                                  .arg(enroller.error().message);
            m_enrollerLoaded = true;
            checkReady();
        });
}

void BulkFaceEnrolmentDialog::loadKey()
{
    if (!m_setup.keyring) {
        m_problems << tr("Face templates cannot be stored: no template key is available.");
        m_keyLoaded = true;
        checkReady();
        return;
    }
    QPointer<BulkFaceEnrolmentDialog> self(this);
    m_setup.keyring->withCipher([self](Result<FaceKeyring::Cipher> cipher) {
        if (!self)
            return;
        if (cipher)
            self->m_cipher = *cipher;
        else
            self->m_problems
                << tr("Face templates cannot be stored: %1").arg(cipher.error().message);
        self->m_keyLoaded = true;
        self->checkReady();
    });
}

void BulkFaceEnrolmentDialog::checkReady()
{
    if (!m_enrollerLoaded || !m_keyLoaded)
        return;
    if (m_problems.isEmpty())
        showMessage(m_enroller->description(), false);
    else
        showMessage(m_problems.join(u'\n'), true);
    updateControls();
    emit ready();
}

QString BulkFaceEnrolmentDialog::folder() const
{
    return m_folder->text();
}

void BulkFaceEnrolmentDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    updateControls();
}

void BulkFaceEnrolmentDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Folder of photos named by student number"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BulkFaceEnrolmentDialog::setFolder);
    dialog->open();
}

void BulkFaceEnrolmentDialog::start()
{
    if (m_running || !isReady() || folder().isEmpty())
        return;
    m_report->clear();
    m_running = true;
    m_cancelling = false;
    m_progress->setRange(0, 0); // busy until the folder is listed
    showMessage(tr("Reading the folder…"), false);
    m_run->start(QDir::fromNativeSeparators(folder()), m_courseId, m_enroller, m_cipher);
    updateControls();
}

void BulkFaceEnrolmentDialog::cancel()
{
    if (!m_running)
        return;
    m_cancelling = true;
    m_run->cancel();
    showMessage(tr("Cancelling after the photo in progress…"), false);
    updateControls();
}

void BulkFaceEnrolmentDialog::reject()
{
    if (m_running) {
        cancel(); // closes once the run has stopped
        connect(this, &BulkFaceEnrolmentDialog::runFinished, this, &QDialog::reject,
                Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void BulkFaceEnrolmentDialog::runStarted(int files)
{
    m_progress->setRange(0, std::max(1, files));
    m_progress->setValue(0);
    showMessage(tr("Enrolling from %n photo(s)…", nullptr, files), false);
}

void BulkFaceEnrolmentDialog::photoDone(const BulkEnrolmentRow &row)
{
    m_report->append(row);
    m_progress->setValue(m_report->rowCount());
}

void BulkFaceEnrolmentDialog::runDone(bool cancelled, const QString &error)
{
    m_running = false;
    m_cancelling = false;
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    m_table->resizeColumnToContents(BulkEnrolmentReportModel::FileColumn);
    m_table->resizeColumnToContents(BulkEnrolmentReportModel::StudentColumn);
    const int enrolled = m_report->enrolledCount();
    const int skipped = m_report->rowCount() - enrolled;
    if (!error.isEmpty())
        showMessage(error, true);
    else if (cancelled)
        showMessage(tr("Cancelled: %n photo(s) enrolled before that; ", nullptr, enrolled)
                        + tr("%n not used.", nullptr, skipped),
                    false);
    else if (m_report->rowCount() == 0)
        showMessage(tr("The folder holds no files."), true);
    else
        showMessage(tr("Done: %n photo(s) enrolled, ", nullptr, enrolled)
                        + tr("%n not used.", nullptr, skipped),
                    enrolled == 0);
    updateControls();
    emit runFinished(cancelled);
}

void BulkFaceEnrolmentDialog::updateControls()
{
    m_choose->setEnabled(!m_running);
    m_start->setEnabled(!m_running && isReady() && !folder().isEmpty());
    m_cancel->setEnabled(m_running && !m_cancelling);
}

void BulkFaceEnrolmentDialog::showMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

} // namespace cd
