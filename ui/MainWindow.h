#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cd {

class Database;
class StudentTableModel;

// The first window: the school's students in a searchable, sortable table. Issue-by-issue it
// grows into the role-based shell (navigation, pages, docks).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Database &db, QWidget *parent = nullptr);

    StudentTableModel *studentModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *studentTable() const { return m_table; }

private:
    void updateStatus();
    QString schoolName() const;

    const Database &m_db;
    StudentTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace cd
