#include "ui/AttendanceReportModel.h"

#include "app/store/Database.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

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
    rebuild();
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
    m_shown.clear();
    for (int i = 0; i < int(m_report.rows.size()); ++i)
        if (!m_belowOnly || m_report.rows.at(i).standing == AttendanceStanding::Short)
            m_shown.append(i);
    endResetModel();
}

void AttendanceReportModel::adjustPending(int delta)
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        emit loadingChanged(m_pending > 0);
}

} // namespace cd
