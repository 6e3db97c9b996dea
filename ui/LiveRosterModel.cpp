#include "ui/LiveRosterModel.h"

#include <QLocale>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

LiveRosterModel::LiveRosterModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &LiveRosterModel::summaryChanged);
}

void LiveRosterModel::setRoster(const AttendanceSession &session, const QList<RosterEntry> &roster)
{
    beginResetModel();
    m_session = session;
    m_entries.clear();
    m_entries.reserve(roster.size());
    for (const RosterEntry &r : roster)
        m_entries.append(Entry{r.student, r.mark, r.mark.has_value(), false});
    endResetModel();
}

int LiveRosterModel::rowOf(const Id &studentId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).student.id == studentId)
            return row;
    return -1;
}

int LiveRosterModel::recognise(const Id &studentId, double confidence, const QString &model,
                               const QDateTime &seenAt)
{
    const int row = rowOf(studentId);
    if (row < 0)
        return -1;
    Entry &e = m_entries[row];
    if (e.mark || e.teacherSet)
        return -1;
    AttendanceMark mark;
    mark.sessionId = m_session.id;
    mark.studentId = studentId;
    mark.status = m_session.isLateAt(seenAt) ? AttendanceStatus::Late : AttendanceStatus::Present;
    mark.source = MarkSource::Face;
    mark.confidence = std::clamp(confidence, 0.0, 1.0);
    mark.model = model;
    mark.markedAt = seenAt.toUTC();
    e.mark = mark;
    rowChanged(row);
    return row;
}

bool LiveRosterModel::setStatus(int row, std::optional<AttendanceStatus> status,
                                const QDateTime &at)
{
    if (row < 0 || row >= m_entries.size() || m_session.isClosed())
        return false;
    Entry &e = m_entries[row];
    // A saved mark cannot be taken back here (marks are append-only); a provisional one can.
    if (!status && e.saved)
        return false;
    e.teacherSet = true;
    if (!status) {
        e.mark.reset();
    } else {
        if (e.mark && e.mark->status == *status && !e.saved)
            return true;
        AttendanceMark mark;
        mark.sessionId = m_session.id;
        mark.studentId = e.student.id;
        mark.status = *status;
        mark.source = MarkSource::Manual;
        mark.markedAt = at.toUTC();
        e.mark = mark;
        e.saved = false;
    }
    rowChanged(row);
    return true;
}

QList<AttendanceMark> LiveRosterModel::marksToConfirm() const
{
    QList<AttendanceMark> marks;
    for (const Entry &e : m_entries)
        if (e.mark && !e.saved)
            marks.append(*e.mark);
    return marks;
}

AttendanceTally LiveRosterModel::tally() const
{
    AttendanceTally tally;
    for (const Entry &e : m_entries)
        if (e.mark)
            tally.add(e.mark->status);
    return tally;
}

int LiveRosterModel::notSeen() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return !e.mark; }));
}

void LiveRosterModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit summaryChanged();
}

int LiveRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LiveRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveRosterModel::display(const Entry &e, int column) const
{
    switch (column) {
    case NumberColumn: return e.student.studentNumber;
    case NameColumn: return tr("%1, %2").arg(e.student.lastName, e.student.firstName);
    case StatusColumn:
        return e.mark ? AttendanceRules::statusName(e.mark->status) : tr("Not seen yet");
    case SeenColumn:
        return e.mark
            ? QLocale().toString(e.mark->markedAt.toLocalTime().time(), QLocale::ShortFormat)
            : QString();
    case ConfidenceColumn:
        return e.mark && e.mark->confidence
            ? QLocale().toString(*e.mark->confidence * 100, 'f', 0) + QLocale().percent()
            : QString();
    case SourceColumn:
        if (!e.mark)
            return QString();
        if (e.saved)
            return tr("Saved");
        return e.mark->source == MarkSource::Face ? tr("Camera") : tr("Teacher");
    }
    return {};
}

QVariant LiveRosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(e, index.column());
    case Qt::EditRole:
        return index.column() == StatusColumn ? QVariant(e.mark ? int(e.mark->status) : -1)
                                              : display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ConfidenceColumn && e.mark && !e.mark->model.isEmpty())
            return tr("Recognised by %1").arg(e.mark->model);
        return {};
    case StudentIdRole: return e.student.id;
    case StatusRole: return e.mark ? int(e.mark->status) : -1;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return QString(e.student.lastName + u'\x1f' + e.student.firstName);
        case StatusColumn: return e.mark ? int(e.mark->status) : -1;
        case SeenColumn: return e.mark ? e.mark->markedAt.toMSecsSinceEpoch() : qint64(0);
        case ConfidenceColumn: return e.mark ? e.mark->confidence.value_or(0.0) : -1.0;
        }
        return display(e, index.column());
    }
    return {};
}

bool LiveRosterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int code = value.toInt(&ok);
    if (!ok)
        return false;
    if (code == -1)
        return setStatus(index.row(), std::nullopt);
    if (code < int(AttendanceStatus::Present) || code > int(AttendanceStatus::Excused))
        return false;
    return setStatus(index.row(), AttendanceStatus(code));
}

Qt::ItemFlags LiveRosterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == StatusColumn && !m_session.isClosed())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant LiveRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case SeenColumn: return tr("Seen at");
    case ConfidenceColumn: return tr("Confidence");
    case SourceColumn: return tr("Marked by");
    }
    return {};
}

} // namespace cd
