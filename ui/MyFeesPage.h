#pragma once

#include "app/core/Actor.h"

#include <QWidget>

class QLabel;

namespace cd {

class Database;
class StudentAccountView;

// A student's own fees, read-only: their invoices with status and balance and their statement
// of account. The student record comes from the signed-in account; the store shows a student
// only their own invoices whatever is asked.
class MyFeesPage : public QWidget
{
    Q_OBJECT
public:
    MyFeesPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    StudentAccountView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    void refresh();

signals:
    void loaded(bool ok);

private:
    const Database &m_db;
    const Actor m_actor;
    StudentAccountView *m_view = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cd
