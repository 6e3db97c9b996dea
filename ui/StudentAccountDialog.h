#pragma once

#include "app/core/Actor.h"
#include "app/core/Fees.h"

#include <QDialog>

class QPushButton;

namespace cd {

class Database;
class PaymentDialog;
class StudentAccountView;

// The office's view of one student's fees: invoices with their status, the statement of
// account with a running balance, and the actions Record payment, Refund, Waive (EditFees
// only) and, for a selected payment, Save receipt as PDF and Print receipt. The receipt
// actions only emit signals: the documents library renders them (wired by the main window).
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

    // Opens the payment dialog for the selected invoice (non-modal; returned for tests).
    PaymentDialog *openEntryDialog(LedgerKind kind);

signals:
    // A payment, refund or waiver was recorded (the fees page reads its rows again).
    void changed();
    // "Save receipt as PDF…" / "Print receipt…" for the selected payment.
    void saveReceiptRequested(const cd::LedgerEntry &payment, const cd::FeeInvoice &invoice);
    void printReceiptRequested(const cd::LedgerEntry &payment, const cd::FeeInvoice &invoice);

private:
    void updateButtons();
    void requestReceipt(bool print);

    const Database &m_db;
    const Actor m_actor;
    const Id m_studentId;
    StudentAccountView *m_view = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_waive = nullptr;
    QPushButton *m_saveReceipt = nullptr;
    QPushButton *m_printReceipt = nullptr;
};

} // namespace cd
