#pragma once

#include "ui/BulkFaceEnrolment.h"

#include <QAbstractTableModel>

namespace cd {

// The report of a bulk enrolment: each file, the student it matched and whether it was enrolled
// or why not. Rows are appended as the photos are done.
class BulkEnrolmentReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, StudentColumn, OutcomeColumn, ColumnCount };
    static constexpr int EnrolledRole = Qt::UserRole; // bool

    explicit BulkEnrolmentReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const BulkEnrolmentRow &row);
    void clear();
    const QList<BulkEnrolmentRow> &rows() const { return m_rows; }
    int enrolledCount() const;

private:
    QList<BulkEnrolmentRow> m_rows;
};

} // namespace cd
