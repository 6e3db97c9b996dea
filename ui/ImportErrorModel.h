#pragma once

#include "app/store/StudentImporter.h"

#include <QAbstractTableModel>

namespace cd {

// The problems an import check found: row, column and message, one per line. Sort through a
// proxy on SortRole (rows compare as numbers).
class ImportErrorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, ColumnColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit ImportErrorModel(QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    const QList<ImportIssue> &issues() const { return m_issues; }

    // The issues as CSV (UTF-8 with a byte-order mark, as CsvWriter writes), headed like the table.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const ImportIssue &issue, int column) const;

    QList<ImportIssue> m_issues;
};

} // namespace cd
