#include "ui/ImportErrorModel.h"

#include "app/core/CsvWriter.h"

namespace cd {

ImportErrorModel::ImportErrorModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ImportErrorModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportErrorModel::text(const ImportIssue &issue, int column) const
{
    switch (column) {
    case RowColumn: return issue.row > 0 ? QString::number(issue.row) : tr("File");
    case ColumnColumn: return issue.column;
    case MessageColumn: return issue.message;
    default: return {};
    }
}

QVariant ImportErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return text(issue, index.column());
    case Qt::ToolTipRole: return index.column() == MessageColumn ? issue.message : QVariant();
    case SortRole:
        return index.column() == RowColumn ? QVariant(qlonglong(issue.row))
                                           : QVariant(text(issue, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    default: return {};
    }
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case ColumnColumn: return tr("Column");
    case MessageColumn: return tr("Problem");
    default: return {};
    }
}

QByteArray ImportErrorModel::toCsv() const
{
    QByteArray csv = CsvWriter::byteOrderMark();
    csv += CsvWriter::line({tr("Row"), tr("Column"), tr("Problem")});
    for (const ImportIssue &issue : m_issues)
        csv += CsvWriter::line({text(issue, RowColumn), issue.column, issue.message});
    return csv;
}

} // namespace cd
