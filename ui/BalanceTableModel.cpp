#include "ui/BalanceTableModel.h"

#include "app/core/CsvWriter.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QString nameOf(const BalanceRow &row)
{
    return row.lastName + u", "_s + row.firstName;
}

// Compares two rows on one column; ties fall back to the name, then the semester.
int compare(const BalanceRow &a, const BalanceRow &b, int column)
{
    const auto three = [](auto x, auto y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    const auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive);
    };
    switch (column) {
    case BalanceTableModel::NumberColumn: return text(a.studentNumber, b.studentNumber);
    case BalanceTableModel::NameColumn: return 0; // the tie-break below
    case BalanceTableModel::ProgramColumn: return text(a.program, b.program);
    case BalanceTableModel::BatchColumn: return text(a.batch, b.batch);
    case BalanceTableModel::SemesterColumn: return text(a.semesterName, b.semesterName);
    case BalanceTableModel::ChargedColumn:
        return three(a.charged.minorUnits(), b.charged.minorUnits());
    case BalanceTableModel::PaidColumn: return three(a.paid.minorUnits(), b.paid.minorUnits());
    case BalanceTableModel::WaivedColumn:
        return three(a.waived.minorUnits(), b.waived.minorUnits());
    case BalanceTableModel::DueColumn: return three(a.due.minorUnits(), b.due.minorUnits());
    case BalanceTableModel::StatusColumn: return three(int(a.status), int(b.status));
    case BalanceTableModel::LastPaymentColumn:
        return three(a.lastPaymentDate.value_or(QDate()), b.lastPaymentDate.value_or(QDate()));
    case BalanceTableModel::OverdueColumn: return three(a.overdueInvoices, b.overdueInvoices);
    default: return 0;
    }
}

} // namespace

BalanceTableModel::BalanceTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int BalanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BalanceTableModel::statusText(PaymentStatus status)
{
    return PaymentStatusNames::displayName(status);
}

QVariant BalanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalanceRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return row.studentNumber;
        case NameColumn: return nameOf(row);
        case ProgramColumn: return row.program;
        case BatchColumn: return row.batch;
        case SemesterColumn: return row.semesterName;
        case ChargedColumn: return row.charged.toDisplayString();
        case PaidColumn: return row.paid.toDisplayString();
        case WaivedColumn: return row.waived.toDisplayString();
        case DueColumn: return row.due.toDisplayString();
        case StatusColumn: return statusText(row.status);
        case LastPaymentColumn:
            return row.lastPaymentDate
                ? QLocale().toString(*row.lastPaymentDate, QLocale::ShortFormat)
                : QString();
        case OverdueColumn: return QLocale().toString(row.overdueInvoices);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= ChargedColumn && index.column() <= DueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == OverdueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row.status == PaymentStatus::Overdue
            && (index.column() == StatusColumn || index.column() == DueColumn))
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case StudentIdRole: return row.studentId;
    case SemesterIdRole: return row.semesterId;
    case StatusRole: return int(row.status);
    case DueMinorRole: return row.due.minorUnits();
    default: return {};
    }
}

QVariant BalanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case ProgramColumn: return tr("Program");
    case BatchColumn: return tr("Batch");
    case SemesterColumn: return tr("Semester");
    case ChargedColumn: return tr("Charged");
    case PaidColumn: return tr("Total paid");
    case WaivedColumn: return tr("Waived");
    case DueColumn: return tr("Amount due");
    case StatusColumn: return tr("Payment status");
    case LastPaymentColumn: return tr("Last payment");
    case OverdueColumn: return tr("Overdue");
    default: return {};
    }
}

void BalanceTableModel::applyOrder()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [column, descending](const BalanceRow &a, const BalanceRow &b) {
                         int c = compare(a, b, column);
                         if (c == 0)
                             c = QString::compare(nameOf(a), nameOf(b), Qt::CaseInsensitive);
                         if (c == 0)
                             c = QString::compare(a.studentId, b.studentId);
                         if (c == 0)
                             c = QString::compare(a.semesterName, b.semesterName);
                         return descending ? c > 0 : c < 0;
                     });
}

void BalanceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<Id, Id>> keys;
    for (const auto &index : before)
        keys.append({m_rows.at(index.row()).studentId, m_rows.at(index.row()).semesterId});
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder();
    QHash<std::pair<Id, Id>, int> rowOf;
    for (int r = 0; r < int(m_rows.size()); ++r)
        rowOf.insert({m_rows.at(r).studentId, m_rows.at(r).semesterId}, r);
    QModelIndexList after;
    for (int i = 0; i < int(before.size()); ++i)
        after.append(index(rowOf.value(keys.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BalanceTableModel::setRows(QList<BalanceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    applyOrder();
    endResetModel();
}

QByteArray BalanceTableModel::csv() const
{
    QByteArray bytes = CsvWriter::byteOrderMark();
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    header.insert(ChargedColumn, tr("Currency"));
    bytes += CsvWriter::line(header);
    for (const auto &row : m_rows) {
        bytes += CsvWriter::line(
            {row.studentNumber, nameOf(row), row.program, row.batch, row.semesterName,
             row.charged.currency(), row.charged.toPlainString(), row.paid.toPlainString(),
             row.waived.toPlainString(), row.due.toPlainString(), statusText(row.status),
             row.lastPaymentDate ? row.lastPaymentDate->toString(Qt::ISODate) : QString(),
             QString::number(row.overdueInvoices)});
    }
    return bytes;
}

} // namespace cd
