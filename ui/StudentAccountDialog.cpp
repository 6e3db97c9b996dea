#include "ui/StudentAccountDialog.h"

#include "app/core/Permissions.h"
#include "ui/PaymentDialog.h"
#include "ui/StudentAccountView.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

StudentAccountDialog::StudentAccountDialog(const Database &db, const Actor &actor,
                                           const Id &studentId, const QString &studentName,
                                           QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_studentId(studentId)
{
    setObjectName(u"studentAccountDialog"_s);
    setWindowTitle(tr("Fees of %1").arg(studentName));
    m_view = new StudentAccountView(db, actor, this);

    m_pay = new QPushButton(tr("Record &payment…"), this);
    m_pay->setObjectName(u"accountPay"_s);
    m_refund = new QPushButton(tr("&Refund…"), this);
    m_refund->setObjectName(u"accountRefund"_s);
    m_waive = new QPushButton(tr("&Waive…"), this);
    m_waive->setObjectName(u"accountWaive"_s);
    m_saveReceipt = new QPushButton(tr("Save receipt as P&DF…"), this);
    m_saveReceipt->setObjectName(u"accountSaveReceipt"_s);
    m_saveReceipt->setToolTip(tr("Select a payment in the statement"));
    m_printReceipt = new QPushButton(tr("Pr&int receipt…"), this);
    m_printReceipt->setObjectName(u"accountPrintReceipt"_s);
    m_printReceipt->setToolTip(tr("Select a payment in the statement"));

    const bool edits = Permissions::allows(actor, Action::EditFees);
    m_pay->setVisible(edits);
    m_refund->setVisible(edits);
    m_waive->setVisible(edits);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pay);
    actions->addWidget(m_refund);
    actions->addWidget(m_waive);
    actions->addStretch();
    actions->addWidget(m_saveReceipt);
    actions->addWidget(m_printReceipt);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_pay, &QPushButton::clicked, this, [this] { openEntryDialog(LedgerKind::Payment); });
    connect(m_refund, &QPushButton::clicked, this, [this] { openEntryDialog(LedgerKind::Refund); });
    connect(m_waive, &QPushButton::clicked, this, [this] { openEntryDialog(LedgerKind::Waiver); });
    connect(m_saveReceipt, &QPushButton::clicked, this, [this] { requestReceipt(false); });
    connect(m_printReceipt, &QPushButton::clicked, this, [this] { requestReceipt(true); });
    connect(m_view, &StudentAccountView::selectionChanged, this,
            &StudentAccountDialog::updateButtons);
    connect(m_view, &StudentAccountView::loaded, this, &StudentAccountDialog::updateButtons);

    resize(fontMetrics().horizontalAdvance(u'M') * 76, fontMetrics().height() * 34);
    updateButtons();
    m_view->load(studentId);
}

void StudentAccountDialog::updateButtons()
{
    const InvoiceAccount *invoice = m_view->currentInvoice();
    m_pay->setEnabled(invoice);
    m_waive->setEnabled(invoice && invoice->balance.due.isPositive());
    m_refund->setEnabled(invoice && refundLimit(invoice->invoice, invoice->ledger).isPositive());
    const auto entry = m_view->currentEntry();
    const bool payment = entry && entry->kind == LedgerKind::Payment;
    m_saveReceipt->setEnabled(payment);
    m_printReceipt->setEnabled(payment);
}

PaymentDialog *StudentAccountDialog::openEntryDialog(LedgerKind kind)
{
    const InvoiceAccount *invoice = m_view->currentInvoice();
    if (!invoice)
        return nullptr;
    std::optional<Money> limit;
    if (kind == LedgerKind::Refund)
        limit = refundLimit(invoice->invoice, invoice->ledger);
    auto *dialog = new PaymentDialog(m_db, m_actor, invoice->invoice, kind, limit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kind == LedgerKind::Payment && invoice->balance.due.isPositive())
        dialog->setAmount(invoice->balance.due);
    connect(dialog, &PaymentDialog::recorded, this, [this] {
        m_view->load(m_studentId);
        emit changed();
    });
    dialog->open();
    return dialog;
}

void StudentAccountDialog::requestReceipt(bool print)
{
    const auto entry = m_view->currentEntry();
    const InvoiceAccount *invoice = m_view->currentInvoice();
    if (!entry || !invoice || entry->kind != LedgerKind::Payment)
        return;
    if (print)
        emit printReceiptRequested(*entry, invoice->invoice);
    else
        emit saveReceiptRequested(*entry, invoice->invoice);
}

} // namespace cd
