#pragma once

#include "app/store/StudentRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>

#include <atomic>
#include <memory>

namespace cd {

class Database;

// The students table, read lazily: it knows how many rows the query has and keeps only the
// pages of rows that were shown recently. Pages and counts are read on the thread pool, never
// on the GUI thread; rows not read yet show as empty until their page arrives.
class StudentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        LastNameColumn,
        FirstNameColumn,
        ProgramColumn,
        BatchColumn,
        StatusColumn,
        EmailColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 64;

    StudentTableModel(const Database &db, const Actor &viewer, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString &text);
    // Filters; an empty text (or no status) shows all.
    void setBatch(const QString &batch);
    void setProgram(const QString &program);
    void setStatus(std::optional<StudentStatus> status);
    void setCourse(const Id &courseId); // students actively enrolled in it
    void setShowArchived(bool archived); // archived students instead of current ones
    // Search and every filter at once (sort, order, offset and limit are kept): one reload.
    void setFilters(const StudentQuery &filters);
    const StudentQuery &query() const { return m_query; }
    // Reads the query again from the start (after a write), as a new query would.
    void reload();
    // The row of a student whose page has arrived, or -1 (pages are never requested for this).
    int rowOf(const Id &studentId) const;
    // The row's student id, or empty if its page has not arrived yet.
    Id idAt(int row) const;
    bool isLoading() const { return m_pending > 0; }

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void requestPage(int page) const;
    void pageArrived(quint64 generation, int page, const QList<StudentListItem> &rows);
    // The query's first page; totalArrived() then adds the rows after it, if there are more.
    void firstRowsArrived(quint64 generation, const QList<StudentListItem> &rows);
    void totalArrived(quint64 generation, int total);
    void failed(quint64 generation, const QString &message);
    void adjustPending(int delta) const;

    const Database &m_db;
    const Actor m_viewer;
    StudentQuery m_query;
    int m_count = 0;
    quint64 m_generation = 0; // bumped on every new query; late answers to old ones are dropped
    // The same number where the thread pool sees it: work for a replaced query that has not
    // started yet is skipped instead of read, so typing never queues reads nobody will see.
    std::shared_ptr<std::atomic<quint64>> m_current = std::make_shared<std::atomic<quint64>>(0);
    mutable QCache<int, QList<StudentListItem>> m_pages;
    mutable QSet<int> m_requested;
    mutable int m_pending = 0;
};

} // namespace cd
