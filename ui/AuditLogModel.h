#pragma once

#include "app/core/Actor.h"
#include "app/store/JournalReader.h"

#include <QAbstractTableModel>

namespace cd {

class Database;

// The audit log, newest first: the entries an AuditQuery selects, at most query.limit of them.
// Entries are read on the thread pool, never on the GUI thread; a generation number drops the
// answer to a query that has since been replaced. Empty until setQuery() or refresh().
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        RecordColumn,
        ChangesColumn,
        ColumnCount
    };
    enum Role {
        // What a sorting proxy compares: the instant (UTC ms) for When, the text elsewhere.
        SortRole = Qt::UserRole,
        EntryIdRole, // the audit entry's id
    };
    static constexpr int defaultLimit = 1000;

    AuditLogModel(const Database &db, const Actor &actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the entries `query` selects (query.limit of them at most), replacing the rows.
    void setQuery(const AuditQuery &query);
    // Reads the current query again.
    void refresh();
    const AuditQuery &query() const { return m_query; }

    // The row's entry; row must be in range.
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    bool isLoading() const { return m_pending > 0; }
    // True when more entries match than the limit: only the newest query().limit are shown.
    bool limitReached() const { return m_limitReached; }
    // The message of the last failed load, empty when it succeeded or is still running.
    const QString &errorMessage() const { return m_error; }

    // "full_name: Ann → Anna; email: (empty) → ann@example.edu" for an update, the field names
    // for a new row, "key: value" pairs otherwise; at most about maxSummaryLength characters.
    static QString changeSummary(const QJsonObject &details);
    static constexpr int maxSummaryLength = 160;
    // The action in words ("Created") where it is a known code, else the code itself.
    static QString actionName(const QString &action);
    // "Account" for user_account: the entity as people call it (the table name otherwise).
    static QString entityName(const QString &entity);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // A load finished and its rows are in the model (also when there are none).
    void loaded();

private:
    void arrived(quint64 generation, const QList<AuditEntry> &entries);
    void failed(quint64 generation, const QString &message);
    void adjustPending(int delta);

    const Database &m_db;
    const Actor m_actor;
    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    QString m_error;
    bool m_limitReached = false;
    quint64 m_generation = 0; // bumped on every load; late answers to old ones are dropped
    int m_pending = 0;
};

} // namespace cd
