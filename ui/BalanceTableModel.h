#pragma once

#include "app/store/OutstandingBalances.h"

#include <QAbstractTableModel>

namespace cd {

// The outstanding-balances table: one row per student and semester as OutstandingBalances
// reads it (the page reads on the thread pool and hands the rows over with setRows()). Sorts
// itself, comparing fields directly: a proxy would compare display text and be slow at
// 100,000 rows.
class BalanceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        ProgramColumn,
        BatchColumn,
        SemesterColumn,
        ChargedColumn,
        PaidColumn,
        WaivedColumn,
        DueColumn,
        StatusColumn,
        LastPaymentColumn,
        OverdueColumn,
        ColumnCount
    };
    enum Role {
        StudentIdRole = Qt::UserRole,
        SemesterIdRole,
        StatusRole, // PaymentStatus as int
        DueMinorRole, // the amount due in minor units
    };

    explicit BalanceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setRows(QList<BalanceRow> rows);
    const BalanceRow &rowAt(int row) const { return m_rows.at(row); }
    const QList<BalanceRow> &rows() const { return m_rows; }

    // The rows in the order shown, as CSV (header line, byte-order mark; amounts as plain
    // numbers with the currency's decimals, so spreadsheets read them as numbers).
    QByteArray csv() const;

    // A status in words (PaymentStatusNames).
    static QString statusText(PaymentStatus status);

private:
    void applyOrder();

    QList<BalanceRow> m_rows;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd
