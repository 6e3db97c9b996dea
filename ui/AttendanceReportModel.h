#pragma once

#include "app/core/Actor.h"
#include "app/store/AttendanceReport.h"

#include <QAbstractTableModel>

namespace cd {

class Database;

// Attendance per student and course over a semester (or a range of days), read by
// AttendanceReport on the thread pool, never on the GUI thread; a generation number drops the
// answer to a query that has since been replaced. The threshold, "below threshold only" and the
// sort order are applied here, without reading again. Empty until setQuery().
class AttendanceReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        CourseColumn,
        PresentColumn,
        LateColumn,
        AbsentColumn,
        ExcusedColumn,
        PercentColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        // What sort() compares: numbers for counts, percent (-1 without data) and status (no
        // data, satisfactory, below), text elsewhere.
        SortRole = Qt::UserRole,
        StudentIdRole,
        CourseIdRole,
        StandingRole, // AttendanceStanding as int
    };

    AttendanceReportModel(const Database &db, const Actor &actor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts here rather than in a proxy: comparing the fields directly keeps a 50,000-row
    // re-sort to milliseconds. Ties keep the report's order (student number, course code).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reads the report `query` describes (its policy's minimum is replaced by threshold()).
    void setQuery(const AttendanceReportQuery &query);
    void refresh();
    const AttendanceReportQuery &query() const { return m_query; }
    // Shows rows as if the report had been read already (tests, and callers that have one).
    void setReport(const AttendanceReportData &report);

    // The minimum percentage the status compares against (SchoolSettings' by default).
    void setThreshold(double percent);
    double threshold() const { return m_threshold; }
    // Shows only the rows below the threshold.
    void setBelowThresholdOnly(bool only);
    bool belowThresholdOnly() const { return m_belowOnly; }

    const AttendanceReportRow &rowAt(int row) const { return m_report.rows.at(m_shown.at(row)); }
    const AttendanceReportData &report() const { return m_report; }
    bool isLoading() const { return m_pending > 0; }
    // The message of the last failed load, empty when it succeeded or is still running.
    const QString &errorMessage() const { return m_error; }

    static QString standingText(AttendanceStanding standing);
    // "74.50 %" in the user's locale, "–" without counted sessions.
    static QString percentText(const std::optional<double> &percent);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void loaded(); // rows arrived (also when there are none)

private:
    void arrived(quint64 generation, const AttendanceReportData &report);
    void failed(quint64 generation, const QString &message);
    void adjustPending(int delta);
    void rebuild(); // re-applies the threshold, the filter and the order, resetting the model
    void applyOrder(); // fills m_shown from the report in the current order

    int m_sortColumn = -1; // -1: the report's order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    const Database &m_db;
    const Actor m_actor;
    AttendanceReportQuery m_query;
    AttendanceReportData m_report;
    QList<int> m_shown; // indexes into m_report.rows
    double m_threshold = 75.0;
    bool m_belowOnly = false;
    QString m_error;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace cd
