#include "ui/AttendanceRosterModel.h"

#include <QLocale>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

AttendanceRosterModel::AttendanceRosterModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &AttendanceRosterModel::summaryChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &AttendanceRosterModel::summaryChanged);
}

void AttendanceRosterModel::setRoster(const QList<RosterEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AttendanceRosterModel::setEntry(int row, const RosterEntry &entry)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AttendanceRosterModel::rowOf(const Id &studentId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).student.id == studentId)
            return row;
    return -1;
}

void AttendanceRosterModel::clear()
{
    setRoster({});
}

void AttendanceRosterModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, NoteColumn), index(rowCount() - 1, NoteColumn));
}

AttendanceTally AttendanceRosterModel::tally() const
{
    AttendanceTally tally;
    for (const RosterEntry &e : m_entries)
        if (e.mark)
            tally.add(e.mark->status);
    return tally;
}

int AttendanceRosterModel::unmarked() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const RosterEntry &e) { return !e.mark; }));
}

int AttendanceRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AttendanceRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceRosterModel::display(const RosterEntry &e, int column) const
{
    switch (column) {
    case NumberColumn: return e.student.studentNumber;
    case NameColumn: return tr("%1, %2").arg(e.student.lastName, e.student.firstName);
    case StatusColumn:
        if (!e.mark)
            return tr("Unmarked");
        return e.mark->isCorrection()
            ? tr("%1 (corrected)").arg(AttendanceRules::statusName(e.mark->status))
            : AttendanceRules::statusName(e.mark->status);
    case NoteColumn: return e.mark ? e.mark->note : QString();
    case ChangedColumn:
        if (!e.mark)
            return QString();
        {
            // The time alone for today's marks; with the date for older ones (late corrections).
            const QDateTime at = e.mark->markedAt.toLocalTime();
            const QString when = at.date() == QDate::currentDate()
                ? QLocale().toString(at.time(), QLocale::ShortFormat)
                : QLocale().toString(at, QLocale::ShortFormat);
            //: "Mary Okoro, 09:04" - who made the mark in force and when (local time)
            return tr("%1, %2").arg(
                e.markedByName.isEmpty() ? tr("unknown account") : e.markedByName, when);
        }
    }
    return {};
}

QVariant AttendanceRosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(e, index.column());
    case Qt::EditRole:
        return index.column() == NoteColumn ? QVariant(e.mark ? e.mark->note : QString())
                                            : display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && e.mark && e.mark->isCorrection())
            return tr("Corrected: %1").arg(e.mark->reason);
        if (index.column() == ChangedColumn && e.mark)
            return QLocale().toString(e.mark->markedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == NoteColumn && e.mark)
            return e.mark->note.isEmpty() ? QVariant() : QVariant(e.mark->note);
        return {};
    case StudentIdRole: return e.student.id;
    case StatusRole: return e.mark ? int(e.mark->status) : -1;
    case CorrectedRole: return e.mark && e.mark->isCorrection();
    case SortRole:
        if (index.column() == NameColumn)
            return QString(e.student.lastName + u'\x1f' + e.student.firstName);
        if (index.column() == ChangedColumn)
            return e.mark ? e.mark->markedAt.toMSecsSinceEpoch() : qint64(0);
        if (index.column() == StatusColumn)
            return e.mark ? int(e.mark->status) : -1;
        return display(e, index.column());
    }
    return {};
}

bool AttendanceRosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    RosterEntry &e = m_entries[index.row()];
    const QString note = value.toString().trimmed();
    if (note == e.mark->note)
        return true;
    e.mark->note = note;
    emit dataChanged(index, index);
    emit noteEdited(index.row(), note);
    return true;
}

Qt::ItemFlags AttendanceRosterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // A note belongs to a mark, so only marked rows of an open register take one.
    if (index.column() == NoteColumn && !m_readOnly && m_entries.at(index.row()).mark)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AttendanceRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case NoteColumn: return tr("Note");
    case ChangedColumn: return tr("Last changed");
    }
    return {};
}

} // namespace cd
