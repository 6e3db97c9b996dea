#pragma once

#include "app/vision/ModelLocator.h"
#include "app/vision/ModelManager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cd {

// The models of a ModelManager's catalogue, one row each: name, status (present, missing,
// corrupt, downloading nn %), size and folder. Statuses are read with ModelManager::inspect()
// in the background (it hashes the files), again whenever the manager reports a change, so the
// GUI never waits; until the first answer a row says "Checking…". A failed download or import
// is kept per model: the status says so and its tooltip gives the reason.
class ModelStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, SizeColumn, LocationColumn, ColumnCount };
    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        StateRole, // ModelManager::State as int; -1 while checking
        ErrorRole, // the last failed download or import, translated; empty otherwise
    };

    // `manager` must outlive the model; its catalogue gives the rows.
    explicit ModelStatusModel(ModelManager *manager, const ModelLocator &locator = ModelLocator(),
                              QObject *parent = nullptr);

    // Where statuses are looked for (the model folder chosen in Settings); refreshes.
    void setLocator(const ModelLocator &locator);
    void refresh();
    bool isChecked() const { return m_checked; } // a first refresh has answered

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString modelId(int row) const;
    int rowOf(const QString &modelId) const; // -1 when not in the catalogue
    // Present, Missing (also while checking and for an unknown id), Corrupt or Downloading.
    ModelManager::State state(const QString &modelId) const;
    ModelManager::Status status(const QString &modelId) const;
    bool isDownloading(const QString &modelId) const { return m_progress.contains(modelId); }
    QString lastError(const QString &modelId) const { return m_errors.value(modelId); }

signals:
    void refreshed(); // new statuses arrived

private:
    struct Progress
    {
        qint64 done = 0;
        qint64 total = 0;
    };

    QString statusText(int row) const;
    void rowChanged(const QString &modelId);

    ModelManager *m_manager;
    ModelLocator m_locator;
    QList<ModelManager::Status> m_statuses; // by row, once checked
    bool m_checked = false;
    int m_generation = 0; // refreshes started; only the newest one's answer is used
    QHash<QString, Progress> m_progress; // running downloads
    QHash<QString, QString> m_errors;
};

} // namespace cd
