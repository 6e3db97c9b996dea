#pragma once

#include "app/store/CourseRepository.h"

#include <QAbstractTableModel>

namespace cd {

class Database;

// The students actively enrolled in one course, by name, with the day each was enrolled. Read
// on the thread pool; an answer for a course that has since been replaced is dropped.
class EnrolledStudentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        ProgramColumn,
        BatchColumn,
        EnrolledOnColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole; // the student's id
    static constexpr int SortRole = Qt::UserRole + 1;

    EnrolledStudentsModel(const Database &db, const Actor &viewer, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows the students of `courseId` (none while it is empty) and reads them.
    void setCourse(const Id &courseId);
    const Id &courseId() const { return m_courseId; }
    void reload();

    // Null when `row` is out of range.
    const EnrolledStudent *entryAt(int row) const;
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    const Database &m_db;
    const Actor m_viewer;
    Id m_courseId;
    QList<EnrolledStudent> m_entries;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace cd
