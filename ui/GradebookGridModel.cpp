#include "ui/GradebookGridModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cd {

using namespace Qt::Literals::StringLiterals;

GradebookGridModel::GradebookGridModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void GradebookGridModel::setSheet(const GradebookSheet &sheet)
{
    beginResetModel();
    m_sheet = sheet;
    endResetModel();
}

void GradebookGridModel::clear()
{
    setSheet({});
}

void GradebookGridModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int GradebookGridModel::assessmentAt(int column) const
{
    const int i = column - FirstAssessmentColumn;
    return i >= 0 && i < m_sheet.assessments.size() ? i : -1;
}

std::optional<Mark> GradebookGridModel::mark(int row, int assessment) const
{
    if (row < 0 || row >= m_sheet.rows.size() || assessment < 0
        || assessment >= m_sheet.assessments.size())
        return std::nullopt;
    const auto &marks = m_sheet.rows.at(row).marks;
    const auto it = marks.constFind(m_sheet.assessments.at(assessment).id);
    return it == marks.cend() ? std::nullopt : std::optional(*it);
}

void GradebookGridModel::setMark(const Id &studentId, const Id &assessmentId,
                                 const std::optional<Mark> &mark)
{
    const int row = m_sheet.rowOf(studentId);
    if (row < 0)
        return;
    auto &marks = m_sheet.rows[row].marks;
    if (mark)
        marks.insert(assessmentId, *mark);
    else
        marks.remove(assessmentId);
    m_sheet.recompute(row);
    int column = -1;
    for (int i = 0; i < m_sheet.assessments.size(); ++i) {
        if (m_sheet.assessments.at(i).id == assessmentId)
            column = columnOfAssessment(i);
    }
    if (column >= 0)
        emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(row, resultColumn(TotalColumn)), index(row, resultColumn(StatusColumn)));
}

int GradebookGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int GradebookGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid()
        ? 0
        : FirstAssessmentColumn + int(m_sheet.assessments.size()) + ResultColumnCount;
}

QString GradebookGridModel::statusText(ResultStatus status)
{
    switch (status) {
    case ResultStatus::Passed: return tr("Pass");
    case ResultStatus::Failed: return tr("Fail");
    case ResultStatus::NoResult: return tr("No result");
    }
    return {};
}

QVariant GradebookGridModel::markData(const SheetRow &row, const Assessment &a, int role) const
{
    const auto it = row.marks.constFind(a.id);
    const Mark *m = it == row.marks.cend() ? nullptr : &*it;
    switch (role) {
    case Qt::DisplayRole: return m ? MarkEntries::display(*m) : QString();
    case Qt::EditRole: return m ? MarkEntries::editText(*m) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ForegroundRole:
        if (m && m->status != MarkStatus::Scored)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::ToolTipRole:
        if (m && !m->reason.isEmpty())
            return tr("Changed after publishing: %1").arg(m->reason);
        return {};
    case AssessmentIdRole: return a.id;
    case MarkStatusRole: return m ? int(m->status) : -1;
    default: return {};
    }
}

QVariant GradebookGridModel::resultData(const SheetRow &row, int column, int role) const
{
    const CourseResult &r = row.result;
    const int c = column - resultColumn(TotalColumn);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (c == StatusColumn || c == GradeColumn ? Qt::AlignHCenter : Qt::AlignRight)
            | Qt::AlignVCenter));
    if (role == PercentRole && c == TotalColumn)
        return r.total.percent ? QVariant(*r.total.percent) : QVariant();
    if (role == Qt::ForegroundRole && c == StatusColumn && r.status == ResultStatus::Failed)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && c == TotalColumn && r.total.percent && !r.total.complete) {
        QFont italic; // a total so far, not final
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole && c == TotalColumn && r.total.percent && !r.total.complete)
        return tr("Some assessments are not marked yet: this is the total so far.");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (c) {
    case TotalColumn:
        return r.total.percent ? locale.toString(roundPercent(*r.total.percent), 'f', 2)
                               : QString();
    case MarksColumn:
        return r.marks.possible > 0 ? tr("%1 / %2").arg(MarkEntries::number(r.marks.scored),
                                                        MarkEntries::number(r.marks.possible))
                                    : QString();
    case GradeColumn: return r.grade ? r.grade->letter : QString();
    case PointsColumn: return r.grade ? locale.toString(r.grade->gradePoints, 'f', 1) : QString();
    case StatusColumn: return statusText(r.status);
    default: return {};
    }
}

QVariant GradebookGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SheetRow &row = m_sheet.rows.at(index.row());
    if (role == StudentIdRole)
        return row.studentId;
    const int column = index.column();
    if (const int a = assessmentAt(column); a >= 0)
        return markData(row, m_sheet.assessments.at(a), role);
    if (role == AssessmentIdRole)
        return QString();
    if (role == MarkStatusRole)
        return -1;
    if (column == NumberColumn)
        return role == Qt::DisplayRole ? QVariant(row.studentNumber) : QVariant();
    if (column == NameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("%1, %2").arg(row.lastName, row.firstName))
                                       : QVariant();
    return resultData(row, column, role);
}

bool GradebookGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int a = assessmentAt(index.column());
    if (a < 0 || m_readOnly)
        return false;
    const QString text = value.toString();
    const auto current = mark(index.row(), a);
    if (current && text.trimmed() == MarkEntries::editText(*current))
        return false; // unchanged
    if (!current && text.trimmed().isEmpty())
        return false; // nothing typed into an empty cell
    auto entry = MarkEntries::parse(text, m_sheet.assessments.at(a).maxScore);
    if (!entry) {
        emit entryRefused(index.row(), a, entry.error().message);
        return false;
    }
    emit markEntered(index.row(), a, *entry);
    return true;
}

Qt::ItemFlags GradebookGridModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && assessmentAt(index.column()) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GradebookGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QLocale locale;
    if (const int a = assessmentAt(section); a >= 0) {
        const Assessment &as = m_sheet.assessments.at(a);
        if (role == Qt::DisplayRole)
            return tr("%1\n%2 · weight %3\nout of %4")
                .arg(as.title, as.category, MarkEntries::number(as.weight),
                     MarkEntries::number(as.maxScore));
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2), held on %3: weight %4 % within its category, out of %5.")
                .arg(as.title, as.category, locale.toString(as.heldOn, QLocale::ShortFormat),
                     MarkEntries::number(as.weight), MarkEntries::number(as.maxScore));
        if (role == AssessmentIdRole)
            return as.id;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == NumberColumn)
        return tr("Number");
    if (section == NameColumn)
        return tr("Student");
    switch (section - resultColumn(TotalColumn)) {
    case TotalColumn: return tr("Total %");
    case MarksColumn: return tr("Total marks");
    case GradeColumn: return tr("Grade");
    case PointsColumn: return tr("Points");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace cd
