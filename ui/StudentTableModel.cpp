#include "ui/StudentTableModel.h"

#include "app/store/Database.h"

#include <QPointer>
#include <QThreadPool>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

StudentSort sortFor(int column)
{
    switch (column) {
    case StudentTableModel::NumberColumn: return StudentSort::Number;
    case StudentTableModel::FirstNameColumn: return StudentSort::FirstName;
    case StudentTableModel::ProgramColumn: return StudentSort::Program;
    case StudentTableModel::BatchColumn: return StudentSort::Batch;
    case StudentTableModel::StatusColumn: return StudentSort::Status;
    case StudentTableModel::EmailColumn: return StudentSort::Email;
    default: return StudentSort::Name;
    }
}

} // namespace

StudentTableModel::StudentTableModel(const Database &db, const Actor &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer), m_pages(cachedPages)
{
    reload();
}

int StudentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int StudentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const int page = index.row() / pageSize;
    const QList<StudentListItem> *rows = m_pages.object(page);
    if (!rows) {
        requestPage(page);
        return {};
    }
    const int offset = index.row() % pageSize;
    if (offset >= rows->size())
        return {};
    const StudentListItem &s = rows->at(offset);
    if (role == Qt::UserRole)
        return s.id;
    switch (index.column()) {
    case NumberColumn: return s.studentNumber;
    case LastNameColumn: return s.lastName;
    case FirstNameColumn: return s.firstName;
    case ProgramColumn: return s.program;
    case BatchColumn: return s.batch;
    case StatusColumn: return StudentRules::statusName(s.status);
    case EmailColumn: return s.email;
    default: return {};
    }
}

QVariant StudentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case LastNameColumn: return tr("Last name");
    case FirstNameColumn: return tr("First name");
    case ProgramColumn: return tr("Program");
    case BatchColumn: return tr("Batch");
    case StatusColumn: return tr("Status");
    case EmailColumn: return tr("Email");
    default: return {};
    }
}

void StudentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // Views call this when they are set up with the order the model already has.
    if (sortFor(column) == m_query.sort && order == m_query.order)
        return;
    m_query.sort = sortFor(column);
    m_query.order = order;
    reload();
}

void StudentTableModel::setSearch(const QString &text)
{
    if (text.simplified() == m_query.search.simplified())
        return;
    m_query.search = text;
    reload();
}

void StudentTableModel::setBatch(const QString &batch)
{
    if (batch == m_query.batch)
        return;
    m_query.batch = batch;
    reload();
}

void StudentTableModel::setProgram(const QString &program)
{
    if (program == m_query.program)
        return;
    m_query.program = program;
    reload();
}

void StudentTableModel::setStatus(std::optional<StudentStatus> status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    reload();
}

void StudentTableModel::setCourse(const Id &courseId)
{
    if (courseId == m_query.courseId)
        return;
    m_query.courseId = courseId;
    reload();
}

void StudentTableModel::setShowArchived(bool archived)
{
    if (archived == m_query.archived)
        return;
    m_query.archived = archived;
    reload();
}

void StudentTableModel::setFilters(const StudentQuery &filters)
{
    StudentQuery next = m_query;
    next.search = filters.search;
    next.batch = filters.batch;
    next.program = filters.program;
    next.status = filters.status;
    next.courseId = filters.courseId;
    next.archived = filters.archived;
    if (next.search.simplified() == m_query.search.simplified() && next.batch == m_query.batch
        && next.program == m_query.program && next.status == m_query.status
        && next.courseId == m_query.courseId && next.archived == m_query.archived)
        return;
    m_query = next;
    reload();
}

int StudentTableModel::rowOf(const Id &studentId) const
{
    if (studentId.isEmpty())
        return -1;
    const QList<int> pages = m_pages.keys();
    for (int page : pages) {
        const QList<StudentListItem> *rows = m_pages.object(page);
        for (int i = 0; i < rows->size(); ++i) {
            if (rows->at(i).id == studentId)
                return page * pageSize + i;
        }
    }
    return -1;
}

Id StudentTableModel::idAt(int row) const
{
    return data(index(row, 0), Qt::UserRole).toString();
}

void StudentTableModel::reload()
{
    const quint64 generation = ++m_generation;
    m_current->store(generation);
    beginResetModel();
    m_count = 0;
    m_pages.clear();
    m_requested.clear();
    endResetModel();

    // The first rows go to the view as soon as they are read; the total (which without a search
    // means counting every current student) follows from the same task. A first page that is
    // not full is the whole answer, so then nothing is counted.
    const Database *db = &m_db;
    StudentQuery query = m_query;
    query.offset = 0;
    query.limit = pageSize;
    QPointer<StudentTableModel> self(this);
    adjustPending(+1);
    QThreadPool::globalInstance()->start(
        [db, query, viewer = m_viewer, generation, self, current = m_current] {
            if (current->load() != generation) { // replaced before its turn came
                QMetaObject::invokeMethod(qApp, [self] {
                    if (self)
                        self->adjustPending(-1);
                });
                return;
            }
            const StudentRepository repository(*db);
            const auto rows = repository.list(query, viewer);
            const bool whole = !rows || rows->size() < query.limit;
            QMetaObject::invokeMethod(qApp, [self, generation, rows, whole] {
                if (!self)
                    return;
                if (whole)
                    self->adjustPending(-1);
                if (rows)
                    self->firstRowsArrived(generation, *rows);
                else
                    self->failed(generation, rows.error().message);
            });
            if (whole)
                return;
            std::optional<Result<int>> total;
            if (current->load() == generation)
                total = repository.count(query, viewer);
            QMetaObject::invokeMethod(qApp, [self, generation, total] {
                if (!self)
                    return;
                self->adjustPending(-1);
                if (!total)
                    return; // replaced meanwhile: not counted
                if (*total)
                    self->totalArrived(generation, **total);
                else
                    self->failed(generation, total->error().message);
            });
        });
}

void StudentTableModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    const Database *db = &m_db;
    StudentQuery query = m_query;
    query.offset = page * pageSize;
    query.limit = pageSize;
    query.totalHint = m_count;
    const quint64 generation = m_generation;
    QPointer<StudentTableModel> self(const_cast<StudentTableModel *>(this));
    adjustPending(+1);
    QThreadPool::globalInstance()->start(
        [db, query, viewer = m_viewer, generation, page, self, current = m_current] {
            std::optional<Result<QList<StudentListItem>>> rows;
            if (current->load() == generation)
                rows = StudentRepository(*db).list(query, viewer);
            QMetaObject::invokeMethod(qApp, [self, generation, page, rows] {
                if (!self)
                    return;
                self->adjustPending(-1);
                if (!rows)
                    return; // skipped: the query was replaced before its turn came
                if (*rows)
                    self->pageArrived(generation, page, **rows);
                else
                    self->failed(generation, rows->error().message);
            });
        });
}

void StudentTableModel::firstRowsArrived(quint64 generation, const QList<StudentListItem> &rows)
{
    if (generation != m_generation || rows.isEmpty())
        return;
    // Cached before the rows appear, so views reading them during the insert find them.
    m_pages.insert(0, new QList<StudentListItem>(rows));
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_count = int(rows.size());
    endInsertRows();
}

void StudentTableModel::totalArrived(quint64 generation, int total)
{
    if (generation != m_generation)
        return;
    if (total > m_count) {
        beginInsertRows({}, m_count, total - 1);
        m_count = total;
        endInsertRows();
    } else if (total < m_count) { // rows removed between the page and the count
        beginRemoveRows({}, total, m_count - 1);
        m_count = total;
        endRemoveRows();
    }
}

void StudentTableModel::pageArrived(quint64 generation, int page,
                                    const QList<StudentListItem> &rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    m_pages.insert(page, new QList<StudentListItem>(rows));
    const int first = page * pageSize;
    const int last = std::min(m_count, first + pageSize) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void StudentTableModel::failed(quint64 generation, const QString &message)
{
    if (generation == m_generation)
        emit loadFailed(message);
}

void StudentTableModel::adjustPending(int delta) const
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        emit const_cast<StudentTableModel *>(this)->loadingChanged(m_pending > 0);
}

} // namespace cd
