#pragma once

#include "app/core/AttendanceStats.h"
#include "app/store/AttendanceRepository.h"

#include <QAbstractTableModel>

namespace cd {

// The register of a live (camera) session: a row per enrolled student with the mark the camera
// proposed or the teacher set. Nothing here is saved: marksToConfirm() is what "Finish session"
// hands to AttendanceRepository::finishSession, and students still not seen then become absent.
// The teacher has the last word: once they set a row (even back to "not seen"), the camera no
// longer changes it. Marks already saved (a session resumed after a restart) are shown as they
// are; the camera leaves them alone, the teacher may still replace them.
class LiveRosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        StatusColumn,
        SeenColumn,
        ConfidenceColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        StudentIdRole = Qt::UserRole + 1,
        StatusRole, // AttendanceStatus as int, or -1 while not seen
        SortRole,
    };

    struct Entry
    {
        StudentListItem student;
        std::optional<AttendanceMark> mark; // none while not seen
        bool saved = false; // the mark is in the store already
        bool teacherSet = false; // the teacher decided this row; the camera keeps off
    };

    explicit LiveRosterModel(QObject *parent = nullptr);

    // A new register: the session (for its late threshold) and its roster from the store.
    void setRoster(const AttendanceSession &session, const QList<RosterEntry> &roster);
    const AttendanceSession &session() const { return m_session; }
    const Entry &entry(int row) const { return m_entries.at(row); }
    int rowOf(const Id &studentId) const;

    // The camera recognised a student: a provisional present (or late, past the session's late
    // threshold) mark with its evidence. Returns the row, or -1 when the student is not on the
    // register or the row already has a mark or the teacher's decision.
    int recognise(const Id &studentId, double confidence, const QString &model,
                  const QDateTime &seenAt);
    // The teacher's override: a status, or nothing for "not seen". Returns false for a bad row.
    bool setStatus(int row, std::optional<AttendanceStatus> status,
                   const QDateTime &at = QDateTime::currentDateTimeUtc());

    // The marks made here and not yet saved, for finishSession.
    QList<AttendanceMark> marksToConfirm() const;
    // The marks in force, saved or not; `notSeen` counts the rows without one.
    AttendanceTally tally() const;
    int notSeen() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // StatusColumn takes an AttendanceStatus as int, or -1 for "not seen" (setStatus()).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Any mark changed: the counts may differ.
    void summaryChanged();

private:
    QVariant display(const Entry &entry, int column) const;
    void rowChanged(int row);

    AttendanceSession m_session;
    QList<Entry> m_entries;
};

} // namespace cd
