#pragma once

#include "app/core/Actor.h"
#include "app/store/FeeRepository.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cd {

class Database;

// One student's fees, read-only: their invoices with status and balance, and the statement of
// account (every invoice and ledger entry with a running balance). Reads on the thread pool
// through FeeRepository::accountOfStudent, which checks the viewer. Used by the office's
// StudentAccountDialog and the student's own MyFeesPage.
class StudentAccountView : public QWidget
{
    Q_OBJECT
public:
    StudentAccountView(const Database &db, const Actor &viewer, QWidget *parent = nullptr);

    // Reads the student's account (again).
    void load(const Id &studentId);
    const StudentAccount &account() const { return m_account; }
    bool isLoading() const { return m_loading; }

    QTableWidget *invoicesTable() const { return m_invoices; }
    QTableWidget *statementTable() const { return m_statement; }
    QLabel *totalsLabel() const { return m_totals; }

    // The invoice selected above (or the only one), and the ledger entry selected in the
    // statement (empty when an invoice line or nothing is selected).
    const InvoiceAccount *currentInvoice() const;
    std::optional<LedgerEntry> currentEntry() const;

signals:
    void loaded(bool ok);
    void selectionChanged();

private:
    void show(const StudentAccount &account);

    const Database &m_db;
    const Actor m_viewer;
    StudentAccount m_account;
    QTableWidget *m_invoices = nullptr;
    QTableWidget *m_statement = nullptr;
    QLabel *m_totals = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace cd
