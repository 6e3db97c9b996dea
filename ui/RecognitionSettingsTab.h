#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cd {

struct CameraInfo;
class ClientSettings;
class ModelManager;
class ModelStatusModel;
class ShippedDefaultSpinBox;

// The "Face recognition" tab of Settings: recognition threshold, margin and frames to agree,
// the camera and its resolution, which recogniser is in use, and the face models (status table,
// Download with progress and Cancel, Import files…, the model folder). Values are written to
// ClientSettings by save(), which SettingsDialog calls on OK; model installs happen at once.
//
// Threshold and margin are shown in the units of the recogniser in use (the descriptor's cosine
// or LBPH's minus distance), known once the models are checked in the background. A stored value
// on the other recogniser's scale is shown as the default and kept unless the user changes it.
class RecognitionSettingsTab : public QWidget
{
    Q_OBJECT
public:
    enum class Recogniser { Checking, Descriptor, Lbph };
    Q_ENUM(Recogniser)

    // `models` (default: one of its own) does the downloads and imports; tests pass one that
    // fetches from a loopback server.
    explicit RecognitionSettingsTab(ClientSettings &settings, ModelManager *models = nullptr,
                                    QWidget *parent = nullptr);
    ~RecognitionSettingsTab() override;

    // Writes the values to ClientSettings (without sync()).
    void save();

    Recogniser recogniser() const { return m_recogniser; }
    // Says whether SettingsDialog shows its School tab, where the late threshold is set.
    void setSchoolTabShown(bool shown);

    ShippedDefaultSpinBox *thresholdBox() const { return m_threshold; }
    ShippedDefaultSpinBox *marginBox() const { return m_margin; }
    QSpinBox *framesBox() const { return m_frames; }
    QComboBox *cameraBox() const { return m_camera; }
    QComboBox *resolutionBox() const { return m_resolution; }
    QLineEdit *modelFolderField() const { return m_folder; }
    ModelStatusModel *modelStatus() const { return m_status; }
    QString modelMessage() const; // the last download or import outcome shown under the table

public slots:
    void downloadModel(const QString &modelId);
    void cancelDownload(const QString &modelId);
    void importModelFiles(const QString &modelId, const QStringList &paths);

signals:
    void schoolTabRequested();
    void recogniserChanged(cd::RecognitionSettingsTab::Recogniser recogniser);

private:
    QWidget *createRecognitionGroup();
    QWidget *createCameraGroup();
    QWidget *createModelsGroup();
    void fillResolutions();
    void applyFolder();
    void onModelsRefreshed();
    void configureTuning(Recogniser recogniser);
    void updateButtons();
    QString selectedModel() const;
    QString targetDirectory() const;

    ClientSettings &m_settings;
    ModelManager *m_models;
    ModelStatusModel *m_status = nullptr;
    Recogniser m_recogniser = Recogniser::Checking;
    // Stored values on the other recogniser's scale, kept while the boxes show the default.
    double m_keptThreshold = 0;
    double m_keptMargin = 0;

    ShippedDefaultSpinBox *m_threshold = nullptr;
    ShippedDefaultSpinBox *m_margin = nullptr;
    QSpinBox *m_frames = nullptr;
    QLabel *m_inUse = nullptr;
    QLabel *m_keptNote = nullptr;
    QList<CameraInfo> m_cameras; // listed once: asking the system takes a while
    QComboBox *m_camera = nullptr;
    QComboBox *m_resolution = nullptr;
    QLineEdit *m_folder = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_lateLink = nullptr;
};

} // namespace cd
