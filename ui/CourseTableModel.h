#pragma once

#include "app/store/CourseRepository.h"

#include <QAbstractTableModel>

namespace cd {

class Database;

// The courses of one semester that the viewer may see, with their teachers and enrolled counts.
// Read on the thread pool; an answer to a semester that has since been replaced is dropped.
class CourseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        CreditsColumn,
        ProgramColumn,
        TeachersColumn,
        EnrolledColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1; // numbers as numbers

    CourseTableModel(const Database &db, const Actor &viewer, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows the courses of `semesterId` (none while it is empty) and reads them.
    void setSemester(const Id &semesterId);
    const Id &semesterId() const { return m_semesterId; }
    void reload();

    // Null when `row` is out of range.
    const CourseListItem *itemAt(int row) const;
    int rowOf(const Id &courseId) const;
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void arrived(const QList<CourseListItem> &items);

    const Database &m_db;
    const Actor m_viewer;
    Id m_semesterId;
    QList<CourseListItem> m_items;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace cd
