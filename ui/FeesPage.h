#pragma once

#include "app/core/Actor.h"
#include "app/store/OutstandingBalances.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cd {

class BalanceTableModel;
class Database;
class GenerateInvoicesDialog;
class StudentAccountDialog;

// The office's fees page: outstanding balances per student and semester (what the original
// system showed: total paid, amount due, payment status, last payment date), filtered by
// semester, program, batch, status, overdue only and a name or number; a CSV export of the
// rows shown; opening a student's account (Enter or double-click) to record payments; and,
// for EditFees, applying late fees and asking for invoice generation. Every read and write
// runs on the thread pool. The store decides what the rows include (a student sees only their
// own, a teacher is refused).
class FeesPage : public QWidget
{
    Q_OBJECT
public:
    FeesPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    BalanceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *semesterFilter() const { return m_semester; }
    QComboBox *programFilter() const { return m_program; }
    QComboBox *batchFilter() const { return m_batch; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *overdueOnlyBox() const { return m_overdueOnly; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *lateFeesButton() const { return m_lateFees; }

    // The query the filters describe.
    BalanceQuery query() const;
    bool isLoading() const { return m_loading; }
    // Reads the filter choices and the rows again (F5).
    void refresh();
    // Reads the rows again with the current filters.
    void reload();
    // Writes the rows shown as CSV to `path` on the thread pool; exportFinished reports.
    void exportTo(const QString &path);
    // Opens the selected row's account (non-modal; returned for tests).
    StudentAccountDialog *openAccount();
    // "Generate invoices…" (EditFees): the dialog, non-modal; the rows are read again after.
    GenerateInvoicesDialog *openInvoiceGeneration();
    // Charges the late fees due today (EditFees); lateFeesApplied reports how many.
    void applyLateFees();

signals:
    void choicesLoaded();
    void loaded(); // rows arrived (or failed: see statusLabel)
    void exportFinished(bool ok, const QString &message);
    void lateFeesApplied(bool ok, const QString &message);
    // A student's account dialog opened.
    void accountOpened(cd::StudentAccountDialog *dialog);

private:
    void loadChoices();
    void updateStatus();
    void chooseExportFile();

    const Database &m_db;
    const Actor m_actor;
    BalanceTableModel *m_model = nullptr;
    QComboBox *m_semester = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_batch = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_lateFees = nullptr;
    QPushButton *m_structures = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_error;
    QString m_message;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace cd
