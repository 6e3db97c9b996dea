#include "ui/AttendanceReportModel.h"

#include "app/store/Database.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

AttendanceReportModel::AttendanceReportModel(const Database &db, const Actor &actor,
                                             QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(actor)
{
}

int AttendanceReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AttendanceReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendanceReportModel::standingText(AttendanceStanding standing)
{
    return AttendanceStandingNames::displayName(standing);
}

QString AttendanceReportModel::percentText(const std::optional<double> &percent)
{
    return percent ? tr("%1 %").arg(QLocale().toString(*percent, 'f', 2)) : u"–"_s;
}

QVariant AttendanceReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttendanceReportRow &r = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case StudentIdRole: return r.studentId;
    case CourseIdRole: return r.courseId;
    case StandingRole: return int(r.standing);
    case Qt::TextAlignmentRole:
        if (column >= PresentColumn && column <= PercentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Colour repeats what the text says; it is never the only sign.
        if (column != StatusColumn && column != PercentColumn)
            return {};
        switch (r.standing) {
        case AttendanceStanding::Short: return QBrush(QColor(0xb0, 0x1c, 0x1c));
        case AttendanceStanding::Satisfactory: return QBrush(QColor(0x1b, 0x6e, 0x2a));
        case AttendanceStanding::NoData: return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (column == CourseColumn)
            return QString(r.courseCode + u" – "_s + r.courseTitle);
        if (column == PercentColumn || column == StatusColumn)
            return tr("%1 of %2 counted sessions attended; minimum %3")
                .arg(QLocale().toString(r.tally.present + r.tally.late))
                .arg(QLocale().toString(r.tally.counted()))
                .arg(percentText(m_threshold));
        return {};
    case SortRole:
        switch (column) {
        case PresentColumn: return r.tally.present;
        case LateColumn: return r.tally.late;
        case AbsentColumn: return r.tally.absent;
        case ExcusedColumn: return r.tally.excused;
        case PercentColumn: return r.percent.value_or(-1.0);
        case StatusColumn: return int(r.standing);
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn: return r.studentNumber;
        case NameColumn: return r.studentName;
        case CourseColumn: return r.courseCode;
        case PresentColumn: return QLocale().toString(r.tally.present);
        case LateColumn: return QLocale().toString(r.tally.late);
        case AbsentColumn: return QLocale().toString(r.tally.absent);
        case ExcusedColumn: return QLocale().toString(r.tally.excused);
        case PercentColumn: return percentText(r.percent);
        case StatusColumn: return standingText(r.standing);
        default: return {};
        }
    default: return {};
    }
}

QVariant AttendanceReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case CourseColumn: return tr("Course");
    case PresentColumn: return tr("Present");
    case LateColumn: return tr("Late");
    case AbsentColumn: return tr("Absent");
    case ExcusedColumn: return tr("Excused");
    case PercentColumn: return tr("Attendance");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

void AttendanceReportModel::setQuery(const AttendanceReportQuery &query)
{
    m_query = query;
    refresh();
}

void AttendanceReportModel::refresh()
{
    const quint64 generation = ++m_generation;
    m_error.clear();
    const Database *db = &m_db;
    const AttendanceReportQuery query = m_query;
    const Actor actor = m_actor;
    QPointer<AttendanceReportModel> self(this);
    adjustPending(+1);
    QThreadPool::globalInstance()->start([db, query, actor, generation, self] {
        const auto report = AttendanceReport(*db).load(query, actor);
        QMetaObject::invokeMethod(qApp, [self, generation, report] {
            if (!self)
                return;
            self->adjustPending(-1);
            if (report)
                self->arrived(generation, *report);
            else
                self->failed(generation, report.error().message);
        });
    });
}

void AttendanceReportModel::setReport(const AttendanceReportData &report)
{
    ++m_generation; // an answer still on its way is older than this
    m_error.clear();
    m_report = report;
    rebuild();
}

void AttendanceReportModel::arrived(quint64 generation, const AttendanceReportData &report)
{
    if (generation != m_generation)
        return;
    m_report = report;
    rebuild();
    emit loaded();
}

void AttendanceReportModel::failed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_error = message;
    m_report = {};
    rebuild();
    emit loadFailed(message);
}

void AttendanceReportModel::setThreshold(double percent)
{
    if (percent == m_threshold)
        return;
    m_threshold = percent;
    if (m_belowOnly) {
        rebuild(); // other rows qualify
        return;
    }
    // Same rows, other standings: no reset, so the selection and scroll position stay.
    AttendancePolicy policy = m_report.policy;
    policy.minimumPercent = m_threshold;
    AttendanceReport::applyPolicy(m_report, policy);
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, PercentColumn), index(rowCount() - 1, StatusColumn));
}

void AttendanceReportModel::setBelowThresholdOnly(bool only)
{
    if (only == m_belowOnly)
        return;
    m_belowOnly = only;
    rebuild();
}

void AttendanceReportModel::rebuild()
{
    beginResetModel();
    AttendancePolicy policy = m_report.policy;
    policy.minimumPercent = m_threshold;
    AttendanceReport::applyPolicy(m_report, policy);
    applyOrder();
    endResetModel();
}

void AttendanceReportModel::applyOrder()
{
    m_shown.clear();
    for (int i = 0; i < int(m_report.rows.size()); ++i)
        if (!m_belowOnly || m_report.rows.at(i).standing == AttendanceStanding::Short)
            m_shown.append(i);
    if (m_sortColumn < 0)
        return;
    // -1, 0, 1 for a before, equal, after b in ascending order.
    const auto compare = [this](const AttendanceReportRow &a, const AttendanceReportRow &b) {
        const auto cmp = [](auto x, auto y) {
            return x < y ? -1 : (y < x ? 1 : 0);
        };
        switch (m_sortColumn) {
        case NumberColumn: return a.studentNumber.compare(b.studentNumber, Qt::CaseInsensitive);
        case NameColumn: return a.studentName.compare(b.studentName, Qt::CaseInsensitive);
        case CourseColumn: return a.courseCode.compare(b.courseCode, Qt::CaseInsensitive);
        case PresentColumn: return cmp(a.tally.present, b.tally.present);
        case LateColumn: return cmp(a.tally.late, b.tally.late);
        case AbsentColumn: return cmp(a.tally.absent, b.tally.absent);
        case ExcusedColumn: return cmp(a.tally.excused, b.tally.excused);
        case PercentColumn: return cmp(a.percent.value_or(-1.0), b.percent.value_or(-1.0));
        case StatusColumn: return cmp(int(a.standing), int(b.standing));
        default: return 0;
        }
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](int a, int b) {
        const int c = compare(m_report.rows.at(a), m_report.rows.at(b));
        return ascending ? c < 0 : c > 0;
    });
}

void AttendanceReportModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> reportRows; // what each persistent index points at
    for (const auto &index : before)
        reportRows.append(m_shown.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder();
    QHash<int, int> rowOf;
    for (int r = 0; r < int(m_shown.size()); ++r)
        rowOf.insert(m_shown.at(r), r);
    QModelIndexList after;
    for (int i = 0; i < int(before.size()); ++i)
        after.append(index(rowOf.value(reportRows.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AttendanceReportModel::adjustPending(int delta)
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        emit loadingChanged(m_pending > 0);
}

} // namespace cd
