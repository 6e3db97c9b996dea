#include "ui/ModelStatusModel.h"

#include "ui/Background.h"

#include <QDir>
#include <QLocale>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 totalSize(const ModelInfo &model)
{
    qint64 total = 0;
    for (const ModelFile &file : model.files)
        total += file.size;
    return total;
}

// Bidi isolates, so that in a right-to-left layout "6.2 MiB" and "/home/…/models" keep their
// order instead of being reordered around their neutral first characters.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FSI: the text's own direction
}

QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069); // LRI: paths read left to right
}

} // namespace

ModelStatusModel::ModelStatusModel(ModelManager *manager, const ModelLocator &locator,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_manager(manager), m_locator(locator)
{
    connect(m_manager, &ModelManager::statusChanged, this, [this](const QString &id) {
        if (m_manager->isBusy(id))
            m_errors.remove(id); // a new attempt
        rowChanged(id); // busy or not: known at once
        refresh();
    });
    connect(m_manager, &ModelManager::progress, this,
            [this](const QString &id, qint64 done, qint64 total) {
                m_progress.insert(id, Progress{done, total});
                m_errors.remove(id);
                rowChanged(id);
            });
    connect(m_manager, &ModelManager::finished, this,
            [this](const QString &id, bool ok, const QString &error) {
                m_progress.remove(id);
                if (ok)
                    m_errors.remove(id);
                else
                    m_errors.insert(id, error);
                rowChanged(id);
            });
    refresh();
}

void ModelStatusModel::setLocator(const ModelLocator &locator)
{
    m_locator = locator;
    refresh();
}

void ModelStatusModel::refresh()
{
    const int generation = ++m_generation;
    const QList<ModelInfo> catalogue = m_manager->catalogue();
    const ModelLocator locator = m_locator;
    runInBackground(
        this,
        [catalogue, locator] {
            QList<ModelManager::Status> statuses;
            for (const ModelInfo &model : catalogue)
                statuses << ModelManager::inspect(model, locator);
            return statuses;
        },
        [this, generation](QList<ModelManager::Status> statuses) {
            if (generation != m_generation || statuses.size() != rowCount())
                return; // a newer refresh is under way
            m_statuses = std::move(statuses);
            m_checked = true;
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            emit refreshed();
        });
}

int ModelStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_manager->catalogue().size());
}

int ModelStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelStatusModel::modelId(int row) const
{
    return row >= 0 && row < rowCount() ? m_manager->catalogue().at(row).id : QString();
}

int ModelStatusModel::rowOf(const QString &modelId) const
{
    const QList<ModelInfo> &catalogue = m_manager->catalogue();
    for (int row = 0; row < catalogue.size(); ++row) {
        if (catalogue.at(row).id == modelId)
            return row;
    }
    return -1;
}

ModelManager::Status ModelStatusModel::status(const QString &modelId) const
{
    const int row = rowOf(modelId);
    if (row < 0)
        return {};
    if (m_manager->isBusy(modelId))
        return ModelManager::Status{ModelManager::State::Downloading, {}, {}, {}};
    return m_checked ? m_statuses.at(row) : ModelManager::Status{};
}

ModelManager::State ModelStatusModel::state(const QString &modelId) const
{
    return status(modelId).state;
}

QString ModelStatusModel::statusText(int row) const
{
    const QString id = modelId(row);
    if (m_manager->isBusy(id)) {
        const Progress progress = m_progress.value(id);
        if (!m_progress.contains(id) || progress.total <= 0)
            return tr("Installing…");
        return tr("Downloading %1 %").arg(int(100 * progress.done / progress.total));
    }
    if (!m_checked)
        return tr("Checking…");
    const bool failed = m_errors.contains(id);
    switch (m_statuses.at(row).state) {
    case ModelManager::State::Present: return tr("Present");
    case ModelManager::State::Corrupt:
        return failed ? tr("Corrupt; the last attempt failed") : tr("Corrupt");
    case ModelManager::State::Missing:
    case ModelManager::State::Downloading: break;
    }
    return failed ? tr("Missing; the last attempt failed") : tr("Missing");
}

QVariant ModelStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &model = m_manager->catalogue().at(index.row());
    const ModelManager::Status current = status(model.id);
    switch (role) {
    case ModelIdRole: return model.id;
    case StateRole: return m_checked || m_manager->isBusy(model.id) ? int(current.state) : -1;
    case ErrorRole: return m_errors.value(model.id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return model.name;
        case StatusColumn: return statusText(index.row());
        case SizeColumn: return isolated(QLocale().formattedDataSize(totalSize(model)));
        case LocationColumn:
            if (current.directory.isEmpty())
                return m_checked && current.state == ModelManager::State::Missing
                    ? tr("Not installed")
                    : QString();
            return leftToRight(QDir::toNativeSeparators(current.directory));
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return tr("%1, version %2 (%3), from %4")
                .arg(model.name, model.version, model.licence, model.source);
        case StatusColumn:
            // The failure first: it is what the user just tried.
            if (const QString error = m_errors.value(model.id); !error.isEmpty())
                return error;
            return current.message.isEmpty() ? QVariant() : current.message;
        case LocationColumn:
            return current.directory.isEmpty() ? QVariant()
                                               : QDir::toNativeSeparators(current.directory);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ModelStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Model");
    case StatusColumn: return tr("Status");
    case SizeColumn: return tr("Size");
    case LocationColumn: return tr("Folder");
    default: return {};
    }
}

void ModelStatusModel::rowChanged(const QString &modelId)
{
    if (const int row = rowOf(modelId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace cd
