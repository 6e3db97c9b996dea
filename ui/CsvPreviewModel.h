#pragma once

#include "app/core/CsvReader.h"

#include <QAbstractTableModel>

namespace cd {

// The first rows of a CSV file as read, for the import preview: one column per CSV column (named
// by the header), the spreadsheet's row numbers down the side, and a row with the wrong number
// of fields marked with its problem.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int defaultMaxRows = 50;

    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setTable(const CsvTable &table, int maxRows = defaultMaxRows);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CsvTable m_table;
    int m_rows = 0;
};

} // namespace cd
