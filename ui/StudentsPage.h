#pragma once

#include "app/core/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cd {

class Database;
class StudentTableModel;

// The school's students in a searchable, sortable table that loads page by page off the GUI
// thread. Ctrl+F goes to the search field.
class StudentsPage : public QWidget
{
    Q_OBJECT
public:
    StudentsPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    StudentTableModel *studentModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *studentTable() const { return m_table; }

private:
    void updateCount();

    StudentTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_problem = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace cd
