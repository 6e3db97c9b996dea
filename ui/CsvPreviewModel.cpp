#include "ui/CsvPreviewModel.h"

#include <QBrush>
#include <QPalette>

namespace cd {

CsvPreviewModel::CsvPreviewModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::setTable(const CsvTable &table, int maxRows)
{
    beginResetModel();
    m_table = table; // implicitly shared: no copy of the file's text
    m_rows = int(std::min<qsizetype>(table.rowCount(), maxRows));
    endResetModel();
}

void CsvPreviewModel::clear()
{
    setTable(CsvTable(), 0);
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        // Line breaks inside a value would make the row tall; show them as a symbol.
        QString text = m_table.field(index.row(), index.column()).toString();
        text.replace(u'\n', u'↵');
        text.remove(u'\r');
        return text;
    }
    case Qt::ToolTipRole:
        return m_table.problem(index.row()).isEmpty() ? QVariant() : m_table.problem(index.row());
    case Qt::BackgroundRole:
        if (!m_table.problem(index.row()).isEmpty())
            return QBrush(QColor(255, 0, 0, 40)); // translucent: readable in light and dark
        return {};
    default: return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_table.header.size() ? m_table.header.at(section)
                                                               : QVariant();
    return section >= 0 && section < m_rows ? QVariant(qlonglong(m_table.sheetRow(section)))
                                            : QVariant();
}

} // namespace cd
