#include "ui/EnrolledStudentsModel.h"

#include "ui/Background.h"

#include <QLocale>

namespace cd {

using namespace Qt::Literals::StringLiterals;

EnrolledStudentsModel::EnrolledStudentsModel(const Database &db, const Actor &viewer,
                                             QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
}

int EnrolledStudentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EnrolledStudentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrolledStudentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnrolledStudent &entry = m_entries.at(index.row());
    const StudentListItem &s = entry.student;
    if (role == IdRole)
        return s.id;
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn: return QString(s.lastName + u'\x1f' + s.firstName);
        case EnrolledOnColumn: return entry.enrolledOn;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return s.studentNumber;
    case NameColumn: return tr("%1, %2", "last name, first name").arg(s.lastName, s.firstName);
    case ProgramColumn: return s.program;
    case BatchColumn: return s.batch;
    case EnrolledOnColumn: return QLocale().toString(entry.enrolledOn, QLocale::ShortFormat);
    default: return {};
    }
}

QVariant EnrolledStudentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case ProgramColumn: return tr("Program");
    case BatchColumn: return tr("Batch");
    case EnrolledOnColumn: return tr("Enrolled on");
    default: return {};
    }
}

void EnrolledStudentsModel::setCourse(const Id &courseId)
{
    if (courseId == m_courseId)
        return;
    m_courseId = courseId;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    reload();
}

void EnrolledStudentsModel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_courseId.isEmpty())
        return;
    ++m_pending;
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, courseId = m_courseId, viewer = m_viewer] {
            return CourseRepository(*db).enrolledStudents(courseId, viewer);
        },
        [this, generation](Result<QList<EnrolledStudent>> entries) {
            --m_pending;
            if (generation != m_generation)
                return;
            if (!entries) {
                emit loadFailed(entries.error().message);
                return;
            }
            beginResetModel();
            m_entries = *entries;
            endResetModel();
            emit loaded();
        });
}

const EnrolledStudent *EnrolledStudentsModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

} // namespace cd
