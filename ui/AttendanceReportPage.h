#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/store/AttendanceReport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace cd {

class AttendanceReportModel;
class Database;

// Attendance statistics (issue 4): per student and course over a semester, with the status
// against a threshold (the school's minimum by default), a "below threshold only" view, each
// student's months, and a CSV export of what is shown. Every read and the export run on the
// thread pool. What the rows include is decided by the store (AttendanceReport): the whole
// school for staff and administrators, their courses for a teacher; a student sees only their
// own figures and no threshold controls.
class AttendanceReportPage : public QWidget
{
    Q_OBJECT
public:
    AttendanceReportPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    AttendanceReportModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *monthsTable() const { return m_months; }
    QComboBox *semesterFilter() const { return m_semester; }
    QComboBox *courseFilter() const { return m_course; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QCheckBox *belowOnlyBox() const { return m_belowOnly; }
    QLabel *statusLabel() const { return m_status; }

    // The query the semester and course filters describe.
    AttendanceReportQuery query() const;
    // The rows shown, in the order shown, as CSV (with a header line and byte-order mark).
    QByteArray csv() const;
    // Writes csv() to `path` on the thread pool; exportFinished reports the outcome.
    void exportTo(const QString &path);
    // Reads the choices and the report again (F5).
    void refresh();

signals:
    // The semesters, courses and settings arrived (or failed).
    void choicesLoaded();
    // The months of the selected student arrived.
    void monthsLoaded();
    void exportFinished(bool ok, const QString &message);

private:
    void loadChoices();
    void loadCourses();
    void applyFilters();
    void showMonths();
    void monthsArrived(const QString &name, const QList<AttendanceMonthRow> &rows);
    void updateStatus();
    void chooseExportFile();

    const Database &m_db;
    const Actor m_actor;
    AttendanceReportModel *m_model = nullptr;
    QComboBox *m_semester = nullptr;
    QComboBox *m_course = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QCheckBox *m_belowOnly = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_monthsTitle = nullptr;
    QTableWidget *m_months = nullptr;
    QLabel *m_status = nullptr;
    QString m_choicesError;
    QString m_exportMessage;
    quint64 m_coursesGeneration = 0;
    quint64 m_monthsGeneration = 0;
};

} // namespace cd
