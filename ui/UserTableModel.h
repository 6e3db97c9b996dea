#pragma once

#include "app/core/User.h"
#include "app/store/Authenticator.h"

#include <QAbstractTableModel>

namespace cd {

class Database;

// One row of the accounts table: the account, its linked student and its sign-in lock.
struct AccountEntry
{
    User user;
    QString studentNumber; // empty when no student is linked
    QString studentName;
    bool studentMissing = false; // linked, but the record is gone
    SignInLock lock;

    bool canUnlock(const QDateTime &now) const { return lock.failures > 0 || lock.isLocked(now); }
};

// Everything the accounts table shows about one account, read from the database.
Result<AccountEntry> loadAccountEntry(const Database &db, const User &user, const Actor &viewer);

// The school's accounts. Read on the thread pool, never on the GUI thread: reload() reads them
// all, reloadAccount() one account after a change. When answers cross, the one asked for last
// wins, so an old full read never hides a newer change to one row.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        FullNameColumn,
        RoleColumn,
        StudentColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    UserTableModel(const Database &db, const Actor &viewer, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    void reloadAccount(const Id &id);

    int rowOf(const Id &id) const;
    // Null when `row` is out of range.
    const AccountEntry *entryAt(int row) const;
    bool isLoading() const { return m_pending > 0; }

    // The words of the status column, as of `now`.
    static QString statusText(const AccountEntry &entry, const QDateTime &now);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // A requested account has arrived (or a full reload, with an empty id).
    void accountLoaded(const Id &id);

private:
    void allArrived(quint64 stamp, const QList<AccountEntry> &entries);
    void oneArrived(quint64 stamp, const Id &id, const AccountEntry &entry);
    void adjustPending(int delta);

    const Database &m_db;
    const Actor m_viewer;
    QList<AccountEntry> m_entries;
    QList<quint64> m_stamps; // per row: the request its data came from
    quint64 m_requests = 0; // every read request takes the next number
    quint64 m_lastFull = 0; // the newest full read applied
    int m_pending = 0;
};

} // namespace cd
