#include "ui/BulkEnrolmentReportModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace cd {

BulkEnrolmentReportModel::BulkEnrolmentReportModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int BulkEnrolmentReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkEnrolmentReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkEnrolmentReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkEnrolmentRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn: return row.fileName;
        case StudentColumn: return row.student;
        case OutcomeColumn: return row.outcome;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn)
            return QBrush(row.enrolled ? QColor(0x1b, 0x7a, 0x3a) : QColor(0xb0, 0x00, 0x20));
        return {};
    case EnrolledRole: return row.enrolled;
    }
    return {};
}

QVariant BulkEnrolmentReportModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case StudentColumn: return tr("Student");
    case OutcomeColumn: return tr("Result");
    }
    return {};
}

void BulkEnrolmentReportModel::append(const BulkEnrolmentRow &row)
{
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
}

void BulkEnrolmentReportModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BulkEnrolmentReportModel::enrolledCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const BulkEnrolmentRow &row) { return row.enrolled; }));
}

} // namespace cd
