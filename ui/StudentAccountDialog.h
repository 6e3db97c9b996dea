#pragma once

#include "app/core/Actor.h"
#include "app/core/Fees.h"
#include "app/core/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace cd {

class Database;
class PaymentDialog;
class StudentAccountView;

// The office's view of one student's fees: invoices with their status, the statement of
// account with a running balance, and the actions Record payment, Refund, Waive (EditFees
// only); for a selected ledger row, Save receipt as PDF and Print receipt; and the whole
// statement of account as a PDF. Documents are built and written on the thread pool.
class StudentAccountDialog : public QDialog
{
    Q_OBJECT
public:
    StudentAccountDialog(const Database &db, const Actor &actor, const Id &studentId,
                         const QString &studentName, QWidget *parent = nullptr);

    StudentAccountView *view() const { return m_view; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *refundButton() const { return m_refund; }
    QPushButton *waiveButton() const { return m_waive; }
    QPushButton *saveReceiptButton() const { return m_saveReceipt; }
    QPushButton *printReceiptButton() const { return m_printReceipt; }
    QPushButton *saveStatementButton() const { return m_saveStatement; }
    QString message() const;

    // The selected ledger row's receipt, or the statement, written to `path`.
    void saveReceipt(const QString &path);
    void printReceipt();
    void saveStatement(const QString &path);

    // Opens the payment dialog for the selected invoice (non-modal; returned for tests).
    PaymentDialog *openEntryDialog(LedgerKind kind);

signals:
    // A payment, refund or waiver was recorded (the fees page reads its rows again).
    void changed();
    // A receipt or statement was written (ok) or could not be (the message says why).
    void documentSaved(bool ok, const QString &pathOrMessage);

private:
    void updateButtons();
    void askForPath(const QString &title, const QString &fileName,
                    void (StudentAccountDialog::*save)(const QString &));
    void writeDocument(std::function<Result<void>()> write, const QString &path);

    const Database &m_db;
    const Actor m_actor;
    const Id m_studentId;
    StudentAccountView *m_view = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_waive = nullptr;
    QPushButton *m_saveReceipt = nullptr;
    QPushButton *m_printReceipt = nullptr;
    QPushButton *m_saveStatement = nullptr;
    QLabel *m_message = nullptr;
    int m_busy = 0;
};

} // namespace cd
