#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cd {

class Database;
class StudentTableModel;

// Enrols students in one course: search and filter the students (the lazy students table), then
// enrol the selected rows or every student the filters match. Stays open for more; says how many
// were enrolled and how many already were. Reads and writes run on the thread pool.
class EnrolStudentsDialog : public QDialog
{
    Q_OBJECT
public:
    // `courseLabel` names the course in the title ("CS201-A Data Structures").
    EnrolStudentsDialog(const Database &db, const Actor &actor, const Id &courseId,
                        const QString &courseLabel, QWidget *parent = nullptr);

    StudentTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isWorking() const { return m_working; }
    QString message() const;

    // Filters (an empty text shows all).
    void setBatchFilter(const QString &batch);
    void setProgramFilter(const QString &program);

    void enrolSelected();
    void enrolAllMatching();
    void reject() override;

signals:
    // A write finished: `enrolled` students were added (maybe zero).
    void enrolled(int enrolled);
    void filtersLoaded();

private:
    void loadFilters();
    void applyFilters();
    void updateButtons();
    void enrol(const QList<int> &rows, bool all);
    void finished(const Result<std::pair<int, int>> &result);
    void showMessage(const QString &text, bool error);

    const Database &m_db;
    Actor m_actor;
    Id m_courseId;
    bool m_working = false;
    StudentTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_batch = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_enrolSelected = nullptr;
    QPushButton *m_enrolAll = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace cd
