#include "ui/RecognitionSettingsTab.h"

#include "app/core/ClientSettings.h"
#include "app/vision/CameraFrameSource.h"
#include "app/vision/ModelCatalogue.h"
#include "app/vision/ModelManager.h"
#include "app/vision/RecognitionDefaults.h"
#include "ui/ModelStatusModel.h"
#include "ui/ShippedDefaultSpinBox.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QString sizeText(const QSize &size)
{
    return RecognitionSettingsTab::tr("%1 × %2").arg(size.width()).arg(size.height());
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

RecognitionSettingsTab::RecognitionSettingsTab(ClientSettings &settings, ModelManager *models,
                                               QWidget *parent)
    : QWidget(parent), m_settings(settings), m_models(models ? models : new ModelManager(this)),
      m_keptThreshold(settings.recognitionThreshold()), m_keptMargin(settings.recognitionMargin())
{
    setObjectName(u"recognitionSettings"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createRecognitionGroup());
    layout->addWidget(createCameraGroup());
    layout->addWidget(createModelsGroup());
    m_lateLink = noteLabel(QString(), this);
    m_lateLink->setObjectName(u"lateThresholdLink"_s);
    connect(m_lateLink, &QLabel::linkActivated, this, &RecognitionSettingsTab::schoolTabRequested);
    layout->addWidget(m_lateLink);
    layout->addStretch();
    setSchoolTabShown(true);

    connect(m_status, &ModelStatusModel::refreshed, this,
            &RecognitionSettingsTab::onModelsRefreshed);
    connect(m_status, &QAbstractItemModel::dataChanged, this,
            &RecognitionSettingsTab::updateButtons);
}

RecognitionSettingsTab::~RecognitionSettingsTab() = default;

QWidget *RecognitionSettingsTab::createRecognitionGroup()
{
    auto *group = new QGroupBox(tr("Recognition"), this);
    auto *form = new QFormLayout(group);

    m_inUse = noteLabel(tr("Checking the face models…"), group);
    m_inUse->setObjectName(u"recogniserInUse"_s);
    form->addRow(tr("In use:"), m_inUse);

    // The boxes get their scale once the models are checked (onModelsRefreshed).
    m_threshold = new ShippedDefaultSpinBox(group);
    m_threshold->setObjectName(u"recognitionThreshold"_s);
    m_threshold->setAccessibleName(tr("Recognition threshold"));
    m_threshold->setEnabled(false);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_threshold->isEnabled())
            m_keptThreshold = 0; // the user chose
    });
    form->addRow(tr("&Threshold:"), m_threshold);

    m_margin = new ShippedDefaultSpinBox(group);
    m_margin->setObjectName(u"recognitionMargin"_s);
    m_margin->setAccessibleName(tr("Recognition margin"));
    m_margin->setEnabled(false);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_margin->isEnabled())
            m_keptMargin = 0;
    });
    form->addRow(tr("&Margin:"), m_margin);

    m_frames = new QSpinBox(group);
    m_frames->setObjectName(u"framesToAgree"_s);
    m_frames->setAccessibleName(tr("Frames to agree"));
    m_frames->setRange(1, 10); // as ClientSettings keeps it
    m_frames->setValue(m_settings.framesToAgree());
    m_frames->setToolTip(tr("How many camera frames in a row must name the same student before "
                            "the student is marked. More frames: steadier, a little slower."));
    form->addRow(tr("&Frames to agree:"), m_frames);

    auto *help = noteLabel(tr("Raising the threshold gives fewer wrong names but leaves more faces "
                              "unknown, for you to name. The margin is how far the best student "
                              "must score above the next one."),
                           group);
    help->setObjectName(u"thresholdHelp"_s);
    help->setEnabled(false); // greyed, like the other notes in Settings
    form->addRow(help);

    m_keptNote = noteLabel(QString(), group);
    m_keptNote->setObjectName(u"keptValuesNote"_s);
    m_keptNote->hide();
    form->addRow(m_keptNote);
    return group;
}

QWidget *RecognitionSettingsTab::createCameraGroup()
{
    auto *group = new QGroupBox(tr("Camera"), this);
    auto *form = new QFormLayout(group);
    m_camera = new QComboBox(group);
    m_camera->setObjectName(u"camera"_s);
    m_camera->setAccessibleName(tr("Camera"));
    m_camera->addItem(tr("The system's default camera"), QString());
    m_cameras = CameraFrameSource::availableCameras();
    for (const CameraInfo &camera : std::as_const(m_cameras))
        m_camera->addItem(camera.description, QString::fromUtf8(camera.id));
    const QString saved = m_settings.cameraId();
    if (!saved.isEmpty() && m_camera->findData(saved) < 0) {
        // Kept, so that saving elsewhere in Settings does not forget it.
        m_camera->addItem(tr("A camera that is not connected now"), saved);
    }
    m_camera->setCurrentIndex(std::max(0, m_camera->findData(saved)));
    form->addRow(tr("C&amera:"), m_camera);
    if (m_cameras.isEmpty()) {
        auto *none = noteLabel(tr("No camera is connected to this computer."), group);
        none->setObjectName(u"noCamera"_s);
        none->setEnabled(false);
        form->addRow(QString(), none);
    }

    m_resolution = new QComboBox(group);
    m_resolution->setObjectName(u"cameraResolution"_s);
    m_resolution->setAccessibleName(tr("Camera resolution"));
    m_resolution->setToolTip(tr("A larger picture finds faces further away, but takes longer "
                                "to process."));
    form->addRow(tr("Re&solution:"), m_resolution);
    fillResolutions();
    connect(m_camera, &QComboBox::currentIndexChanged, this,
            &RecognitionSettingsTab::fillResolutions);
    return group;
}

void RecognitionSettingsTab::fillResolutions()
{
    const QSize wanted = m_resolution->count() > 0 ? m_resolution->currentData().toSize()
                                                   : m_settings.cameraResolution();
    const QString id = m_camera->currentData().toString();
    QList<QSize> sizes;
    for (const CameraInfo &camera : std::as_const(m_cameras)) {
        if (id.isEmpty() ? camera.isDefault : QString::fromUtf8(camera.id) == id)
            sizes = camera.resolutions;
    }
    if (id.isEmpty() && sizes.isEmpty() && !m_cameras.isEmpty())
        sizes = m_cameras.first().resolutions; // no camera says it is the default
    m_resolution->clear();
    m_resolution->addItem(tr("Camera default"), QSize());
    for (const QSize &size : std::as_const(sizes))
        m_resolution->addItem(sizeText(size), size);
    if (wanted.isValid() && !sizes.contains(wanted)) {
        // The camera will use the nearest it has (CameraFrameSource::nearestResolution).
        m_resolution->addItem(tr("%1 (not offered by this camera)").arg(sizeText(wanted)), wanted);
    }
    m_resolution->setCurrentIndex(wanted.isValid() ? m_resolution->findData(wanted) : 0);
}

QWidget *RecognitionSettingsTab::createModelsGroup()
{
    auto *group = new QGroupBox(tr("Face models"), this);
    auto *layout = new QVBoxLayout(group);

    m_folder = new QLineEdit(m_settings.modelDirectory(), group);
    m_folder->setObjectName(u"modelDirectory"_s);
    m_folder->setAccessibleName(tr("Face model folder"));
    m_folder->setPlaceholderText(tr("The default folder"));
    connect(m_folder, &QLineEdit::editingFinished, this, &RecognitionSettingsTab::applyFolder);
    auto *browse = new QPushButton(tr("&Browse…"), group);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Face model folder"), m_folder->text());
        if (dir.isEmpty())
            return;
        m_folder->setText(QDir::toNativeSeparators(dir));
        applyFolder();
    });
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("F&older:"), group);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    layout->addLayout(folderRow);

    m_status = new ModelStatusModel(m_models, ModelLocator(m_folder->text().trimmed()), this);
    m_table = new QTableView(group);
    m_table->setObjectName(u"modelTable"_s);
    m_table->setAccessibleName(tr("Face models"));
    m_table->setModel(m_status);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ModelStatusModel::LocationColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle); // a folder's end says the most
    // Just tall enough for the catalogue's rows.
    m_table->setMaximumHeight(header->sizeHint().height()
                              + m_status->rowCount()
                                  * m_table->verticalHeader()->defaultSectionSize()
                              + 2 * m_table->frameWidth());
    if (m_status->rowCount() > 0)
        m_table->selectRow(0);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecognitionSettingsTab::updateButtons);
    layout->addWidget(m_table);

    m_download = new QPushButton(tr("Do&wnload"), group);
    m_download->setObjectName(u"downloadModel"_s);
    m_download->setToolTip(tr("Downloads the chosen model from its official source and checks it "
                              "before installing it."));
    connect(m_download, &QPushButton::clicked, this, [this] { downloadModel(selectedModel()); });
    m_cancel = new QPushButton(tr("Cancel download"), group);
    m_cancel->setObjectName(u"cancelDownload"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelDownload(selectedModel()); });
    m_import = new QPushButton(tr("&Import files…"), group);
    m_import->setObjectName(u"importModel"_s);
    m_import->setToolTip(tr("Installs the model from files fetched on another computer."));
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString id = selectedModel();
        const auto model = m_models->find(id);
        if (!model)
            return;
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import the files of %1").arg(model->name), QDir::homePath(),
            tr("Model files (*.onnx *.bin *.json);;All files (*)"));
        if (!files.isEmpty())
            importModelFiles(id, files);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_download);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_import);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_message = noteLabel(QString(), group);
    m_message->setObjectName(u"modelMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_models, &ModelManager::finished, this,
            [this](const QString &id, bool ok, const QString &error) {
                const auto model = m_models->find(id);
                const QString name = model ? model->name : id;
                m_message->setText(ok ? tr("%1 is installed.").arg(name) : error);
                m_message->show();
                updateButtons();
            });
    updateButtons();
    return group;
}

void RecognitionSettingsTab::setSchoolTabShown(bool shown)
{
    m_lateLink->setText(
        shown ? tr("When a student counts as late is set on the <a href=\"#school\">School "
                   "tab</a> (\"Late after\").")
              : tr("When a student counts as late is set by the school's staff, on the School "
                   "tab of their Settings."));
}

QString RecognitionSettingsTab::modelMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString RecognitionSettingsTab::selectedModel() const
{
    return m_status->modelId(m_table->currentIndex().row());
}

QString RecognitionSettingsTab::targetDirectory() const
{
    const QString folder = m_folder->text().trimmed();
    return folder.isEmpty() ? ModelManager::defaultDirectory() : QDir::fromNativeSeparators(folder);
}

void RecognitionSettingsTab::downloadModel(const QString &modelId)
{
    if (modelId.isEmpty())
        return;
    m_message->hide();
    m_models->download(modelId, targetDirectory());
}

void RecognitionSettingsTab::cancelDownload(const QString &modelId)
{
    m_models->cancel(modelId);
}

void RecognitionSettingsTab::importModelFiles(const QString &modelId, const QStringList &paths)
{
    if (modelId.isEmpty())
        return;
    m_message->hide();
    m_models->importFiles(modelId, paths, targetDirectory());
}

void RecognitionSettingsTab::applyFolder()
{
    m_status->setLocator(ModelLocator(QDir::fromNativeSeparators(m_folder->text().trimmed())));
}

void RecognitionSettingsTab::onModelsRefreshed()
{
    const ModelManager::State descriptor = m_status->state(ModelCatalogue::faceRecognitionId);
    if (descriptor == ModelManager::State::Downloading)
        return; // decided when the install ends
    const Recogniser recogniser
        = descriptor == ModelManager::State::Present ? Recogniser::Descriptor : Recogniser::Lbph;
    switch (descriptor) {
    case ModelManager::State::Present: m_inUse->setText(tr("Face descriptor (ResNet)")); break;
    case ModelManager::State::Corrupt:
        m_inUse->setText(tr("Fallback: LBPH, because the descriptor model is damaged"));
        break;
    default: m_inUse->setText(tr("Fallback: LBPH, because the descriptor model is missing")); break;
    }
    if (recogniser != m_recogniser) {
        configureTuning(recogniser);
        emit recogniserChanged(recogniser);
    }
    updateButtons();
}

void RecognitionSettingsTab::configureTuning(Recogniser recogniser)
{
    // The values as they stand, on the old scale, before the boxes change theirs.
    const double threshold = m_threshold->isShippedDefault() && m_keptThreshold != 0
        ? m_keptThreshold
        : m_threshold->settingValue();
    const double margin = m_margin->isShippedDefault() && m_keptMargin != 0
        ? m_keptMargin
        : m_margin->settingValue();
    m_recogniser = recogniser;
    m_threshold->setEnabled(false); // so that the changes below do not count as the user's
    m_margin->setEnabled(false);
    const bool descriptor = recogniser == Recogniser::Descriptor;
    const TuningScale &thresholdScale = descriptor ? RecognitionDefaults::descriptorThreshold
                                                   : RecognitionDefaults::lbphThreshold;
    const TuningScale &marginScale
        = descriptor ? RecognitionDefaults::descriptorMargin : RecognitionDefaults::lbphMargin;
    m_threshold->configure(thresholdScale.shipped, thresholdScale.lowest, thresholdScale.highest,
                           thresholdScale.step, thresholdScale.decimals);
    m_margin->configure(marginScale.shipped, marginScale.lowest, marginScale.highest,
                        marginScale.step, marginScale.decimals);
    m_threshold->setToolTip(descriptor
                                ? tr("The cosine similarity a face must reach, from %1 to %2.")
                                      .arg(locale().toString(thresholdScale.lowest, 'f', 3),
                                           locale().toString(thresholdScale.highest, 'f', 3))
                                : tr("LBPH scores are minus a distance: nearer to 0 is stricter."));
    m_keptThreshold = m_threshold->setSettingValue(threshold) ? 0 : threshold;
    m_keptMargin = m_margin->setSettingValue(margin) ? 0 : margin;
    m_threshold->setEnabled(true);
    m_margin->setEnabled(true);
    m_keptNote->setVisible(m_keptThreshold != 0 || m_keptMargin != 0);
    m_keptNote->setText(tr("The saved threshold or margin was set for the other recogniser: it "
                           "is kept for it, and this one uses its shipped default until you "
                           "change the value here."));
}

void RecognitionSettingsTab::updateButtons()
{
    const QString id = selectedModel();
    const bool busy = !id.isEmpty() && m_models->isBusy(id);
    const bool present = m_status->state(id) == ModelManager::State::Present;
    m_download->setEnabled(!id.isEmpty() && !busy && !present);
    m_cancel->setEnabled(busy && m_status->isDownloading(id));
    m_import->setEnabled(!id.isEmpty() && !busy);
}

void RecognitionSettingsTab::save()
{
    if (m_recogniser != Recogniser::Checking) {
        m_settings.setRecognitionThreshold(m_threshold->isShippedDefault() && m_keptThreshold != 0
                                               ? m_keptThreshold
                                               : m_threshold->settingValue());
        m_settings.setRecognitionMargin(m_margin->isShippedDefault() && m_keptMargin != 0
                                            ? m_keptMargin
                                            : m_margin->settingValue());
    }
    m_settings.setFramesToAgree(m_frames->value());
    m_settings.setCameraId(m_camera->currentData().toString());
    m_settings.setCameraResolution(m_resolution->currentData().toSize());
    m_settings.setModelDirectory(m_folder->text().trimmed());
}

} // namespace cd
