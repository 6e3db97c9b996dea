#pragma once

#include "app/store/GradebookSheet.h"
#include "ui/MarkEntry.h"

#include <QAbstractTableModel>

namespace cd {

// The gradebook of one course as a grid: a row per student, a column per assessment (header:
// title, category, weight and maximum), then the computed Total %, Total marks, Grade, Points
// and Status. It holds the sheet the page gives it and never reads or writes the store: text
// typed into a mark cell is checked (MarkEntries::parse) and announced with markEntered(), or
// refused with entryRefused() and nothing changes; the page saves and calls setMark(). Totals
// are recomputed by core whenever a mark changes. Nothing is editable while `readOnly`.
class GradebookGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        StudentIdRole = Qt::UserRole + 1,
        AssessmentIdRole, // empty outside mark columns
        MarkStatusRole, // int(MarkStatus), or -1 when unmarked / not a mark cell
        PercentRole, // the total as a double (Total % column), or null
    };
    enum FixedColumn { NumberColumn, NameColumn, FirstAssessmentColumn };
    // Computed columns, after the assessments.
    enum ResultColumn {
        TotalColumn,
        MarksColumn,
        GradeColumn,
        PointsColumn,
        StatusColumn,
        ResultColumnCount
    };

    explicit GradebookGridModel(QObject *parent = nullptr);

    void setSheet(const GradebookSheet &sheet);
    const GradebookSheet &sheet() const { return m_sheet; }
    void clear();
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Column of the assessment with index `i` in sheet().assessments, and back (-1 if none).
    int columnOfAssessment(int i) const { return FirstAssessmentColumn + i; }
    int assessmentAt(int column) const;
    int resultColumn(ResultColumn c) const
    {
        return FirstAssessmentColumn + int(m_sheet.assessments.size()) + c;
    }
    std::optional<Mark> mark(int row, int assessment) const;
    // Shows `mark` (nothing: no mark) for the student and assessment and recomputes the row.
    void setMark(const Id &studentId, const Id &assessmentId, const std::optional<Mark> &mark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(ResultStatus status);

signals:
    // Valid text was typed for (row, assessment index); the model shows nothing new until the
    // page calls setMark().
    void markEntered(int row, int assessment, const cd::MarkEntry &entry);
    // Text that is not a mark was typed; the message says why. Nothing changed.
    void entryRefused(int row, int assessment, const QString &message);

private:
    QVariant markData(const SheetRow &row, const Assessment &a, int role) const;
    QVariant resultData(const SheetRow &row, int column, int role) const;

    GradebookSheet m_sheet;
    bool m_readOnly = true;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::MarkEntry)
