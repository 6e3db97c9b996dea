#include "ui/CourseTableModel.h"

#include "ui/Background.h"

#include <QLocale>

namespace cd {

using namespace Qt::Literals::StringLiterals;

CourseTableModel::CourseTableModel(const Database &db, const Actor &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
}

int CourseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CourseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourseListItem &item = m_items.at(index.row());
    const Course &c = item.course;
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == CreditsColumn || index.column() == EnrolledColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case CreditsColumn: return c.credits;
        case EnrolledColumn: return item.enrolled;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return c.code;
    case TitleColumn: return c.title;
    case CreditsColumn: return QLocale().toString(c.credits, 'g', 3);
    case ProgramColumn:
        if (c.program.isEmpty() && role == Qt::DisplayRole)
            return tr("All programs");
        return c.program;
    case TeachersColumn:
        if (item.teacherNames.isEmpty() && role == Qt::DisplayRole)
            return tr("No teacher yet");
        return QLocale().createSeparatedList(item.teacherNames);
    case EnrolledColumn: return QLocale().toString(item.enrolled);
    default: return {};
    }
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case TitleColumn: return tr("Title");
    case CreditsColumn: return tr("Credits");
    case ProgramColumn: return tr("Program");
    case TeachersColumn: return tr("Teachers");
    case EnrolledColumn: return tr("Enrolled");
    default: return {};
    }
}

void CourseTableModel::setSemester(const Id &semesterId)
{
    m_semesterId = semesterId;
    beginResetModel();
    m_items.clear();
    endResetModel();
    reload();
}

void CourseTableModel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_semesterId.isEmpty())
        return;
    ++m_pending;
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, semesterId = m_semesterId, viewer = m_viewer] {
            return CourseRepository(*db).courseList(semesterId, viewer);
        },
        [this, generation](Result<QList<CourseListItem>> items) {
            --m_pending;
            if (generation != m_generation)
                return;
            if (items)
                arrived(*items);
            else
                emit loadFailed(items.error().message);
        });
}

void CourseTableModel::arrived(const QList<CourseListItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    emit loaded();
}

const CourseListItem *CourseTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int CourseTableModel::rowOf(const Id &courseId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).course.id == courseId)
            return row;
    }
    return -1;
}

} // namespace cd
