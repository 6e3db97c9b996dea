#pragma once

#include "app/core/AttendanceStats.h"
#include "app/store/AttendanceRepository.h"

#include <QAbstractTableModel>

namespace cd {

// The register of one session: a row per enrolled student with the mark in force. It holds what
// the page gives it and never reads or writes the store itself; a note typed into the Note column
// is announced with noteEdited() and the page saves it. While `readOnly` (a finished session,
// or a viewer who may not mark) nothing is editable.
class AttendanceRosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, StatusColumn, NoteColumn, ChangedColumn, ColumnCount };
    enum Role {
        StudentIdRole = Qt::UserRole + 1, // the student's id
        StatusRole, // the AttendanceStatus in force as int, or -1 while unmarked
        CorrectedRole, // whether the mark in force is a correction (it carries a reason)
        SortRole,
    };

    explicit AttendanceRosterModel(QObject *parent = nullptr);

    void setRoster(const QList<RosterEntry> &entries);
    const QList<RosterEntry> &entries() const { return m_entries; }
    const RosterEntry &entry(int row) const { return m_entries.at(row); }
    void setEntry(int row, const RosterEntry &entry);
    int rowOf(const Id &studentId) const;
    void clear();

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Counts of the marks in force, and how many students have none yet.
    AttendanceTally tally() const;
    int unmarked() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The user typed a new note for the student in `row` (the model already shows it).
    void noteEdited(int row, const QString &note);
    // Any row changed: counts may differ.
    void summaryChanged();

private:
    QVariant display(const RosterEntry &entry, int column) const;

    QList<RosterEntry> m_entries;
    bool m_readOnly = true;
};

} // namespace cd
