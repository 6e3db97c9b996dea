#include "ui/UserTableModel.h"

#include "app/store/Database.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "ui/Background.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace cd {

using namespace Qt::Literals::StringLiterals;

Result<AccountEntry> loadAccountEntry(const Database &db, const User &user, const Actor &viewer)
{
    AccountEntry entry;
    entry.user = user;
    auto lock = Authenticator(db).lockOf(user.username);
    if (!lock)
        return lock.error();
    entry.lock = *lock;
    if (!user.studentId.isEmpty()) {
        const auto student = StudentRepository(db).find(user.studentId, viewer);
        if (student) {
            entry.studentNumber = student->studentNumber;
            entry.studentName = student->fullName();
        } else if (student.error().code == Error::Code::NotFound) {
            entry.studentMissing = true;
        } else {
            return student.error();
        }
    }
    return entry;
}

UserTableModel::UserTableModel(const Database &db, const Actor &viewer, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_viewer(viewer)
{
    reload();
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::statusText(const AccountEntry &entry, const QDateTime &now)
{
    if (entry.user.disabled)
        return tr("Disabled");
    if (entry.lock.isLocked(now))
        return tr("Locked until %1")
            .arg(QLocale().toString(entry.lock.lockedUntil.toLocalTime().time(),
                                    QLocale::ShortFormat));
    if (entry.user.mustChangePassword)
        return tr("Must change password");
    return tr("Active");
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.user.id;
    if (role == Qt::ToolTipRole && index.column() == UsernameColumn && !e.user.email.isEmpty())
        return e.user.email;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && e.lock.failures > 0)
        return tr("%n failed sign-in(s) since the last success or unlock.", nullptr,
                  e.lock.failures);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UsernameColumn: return e.user.username;
    case FullNameColumn: return e.user.fullName;
    case RoleColumn: return RoleNames::displayName(e.user.role);
    case StudentColumn:
        if (e.studentMissing)
            return tr("Student record not found");
        if (e.studentNumber.isEmpty())
            return QString();
        return tr("%1 %2", "student number, then name").arg(e.studentNumber, e.studentName);
    case StatusColumn: return statusText(e, QDateTime::currentDateTimeUtc());
    default: return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn: return tr("User name");
    case FullNameColumn: return tr("Full name");
    case RoleColumn: return tr("Role");
    case StudentColumn: return tr("Student record");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

void UserTableModel::reload()
{
    const quint64 stamp = ++m_requests;
    const Database *db = &m_db;
    adjustPending(+1);
    runInBackground(
        this,
        [db, viewer = m_viewer]() -> Result<QList<AccountEntry>> {
            const auto users = UserRepository(*db).list();
            if (!users)
                return users.error();
            QList<AccountEntry> entries;
            entries.reserve(users->size());
            for (const User &user : *users) {
                auto entry = loadAccountEntry(*db, user, viewer);
                if (!entry)
                    return entry.error();
                entries.append(std::move(*entry));
            }
            return entries;
        },
        [this, stamp](Result<QList<AccountEntry>> entries) {
            adjustPending(-1);
            if (entries)
                allArrived(stamp, *entries);
            else if (stamp > m_lastFull)
                emit loadFailed(entries.error().message);
        });
}

void UserTableModel::reloadAccount(const Id &id)
{
    const quint64 stamp = ++m_requests;
    const Database *db = &m_db;
    adjustPending(+1);
    runInBackground(
        this,
        [db, id, viewer = m_viewer]() -> Result<AccountEntry> {
            const auto user = UserRepository(*db).find(id);
            if (!user)
                return user.error();
            return loadAccountEntry(*db, *user, viewer);
        },
        [this, stamp, id](Result<AccountEntry> entry) {
            adjustPending(-1);
            if (entry)
                oneArrived(stamp, id, *entry);
            else
                emit loadFailed(entry.error().message);
        });
}

void UserTableModel::allArrived(quint64 stamp, const QList<AccountEntry> &entries)
{
    if (stamp < m_lastFull)
        return;
    m_lastFull = stamp;
    QList<AccountEntry> rows;
    QList<quint64> stamps;
    rows.reserve(entries.size());
    stamps.reserve(entries.size());
    QHash<Id, int> oldRows;
    for (int row = 0; row < m_entries.size(); ++row)
        oldRows.insert(m_entries.at(row).user.id, row);
    QSet<Id> seen;
    for (const AccountEntry &fresh : entries) {
        const int old = oldRows.value(fresh.user.id, -1);
        // A row read for a later request is newer than this answer: keep it.
        const bool keep = old >= 0 && m_stamps.at(old) > stamp;
        rows.append(keep ? m_entries.at(old) : fresh);
        stamps.append(keep ? m_stamps.at(old) : stamp);
        seen.insert(fresh.user.id);
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_stamps.at(row) > stamp && !seen.contains(m_entries.at(row).user.id)) {
            rows.append(m_entries.at(row)); // created after this read began
            stamps.append(m_stamps.at(row));
        }
    }
    beginResetModel();
    m_entries = std::move(rows);
    m_stamps = std::move(stamps);
    endResetModel();
    emit accountLoaded(Id());
}

void UserTableModel::oneArrived(quint64 stamp, const Id &id, const AccountEntry &entry)
{
    const int row = rowOf(id);
    if (row >= 0) {
        if (m_stamps.at(row) > stamp)
            return;
        m_entries[row] = entry;
        m_stamps[row] = stamp;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (stamp > m_lastFull) {
        const int last = int(m_entries.size());
        beginInsertRows({}, last, last);
        m_entries.append(entry);
        m_stamps.append(stamp);
        endInsertRows();
    }
    emit accountLoaded(id);
}

int UserTableModel::rowOf(const Id &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).user.id == id)
            return row;
    }
    return -1;
}

const AccountEntry *UserTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void UserTableModel::adjustPending(int delta)
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        emit loadingChanged(m_pending > 0);
}

} // namespace cd
