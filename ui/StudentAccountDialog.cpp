#include "ui/StudentAccountDialog.h"

#include "app/core/Permissions.h"
#include "app/documents/FeeDocuments.h"
#include "app/documents/ReceiptDocument.h"
#include "app/documents/ReportCards.h"
#include "app/documents/StatementDocument.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/PaymentDialog.h"
#include "ui/StudentAccountView.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
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
    m_saveStatement = new QPushButton(tr("Save s&tatement as PDF…"), this);
    m_saveStatement->setObjectName(u"accountSaveStatement"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"accountMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

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
    actions->addWidget(m_saveStatement);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_pay, &QPushButton::clicked, this, [this] { openEntryDialog(LedgerKind::Payment); });
    connect(m_refund, &QPushButton::clicked, this, [this] { openEntryDialog(LedgerKind::Refund); });
    connect(m_waive, &QPushButton::clicked, this, [this] { openEntryDialog(LedgerKind::Waiver); });
    connect(m_saveReceipt, &QPushButton::clicked, this, [this] {
        const auto entry = m_view->currentEntry();
        if (entry)
            askForPath(tr("Save receipt"),
                       tr("Receipt %1.pdf")
                           .arg(entry->receiptNumber.isEmpty()
                                    ? entry->entryDate.toString(Qt::ISODate)
                                    : entry->receiptNumber),
                       &StudentAccountDialog::saveReceipt);
    });
    connect(m_printReceipt, &QPushButton::clicked, this, &StudentAccountDialog::printReceipt);
    connect(m_saveStatement, &QPushButton::clicked, this, [this, studentName] {
        askForPath(tr("Save statement of account"), tr("Statement %1.pdf").arg(studentName),
                   &StudentAccountDialog::saveStatement);
    });
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
    // Every ledger row has its document: a receipt, a refund voucher, a waiver or late-fee notice.
    const bool entry = m_view->currentEntry().has_value();
    m_saveReceipt->setEnabled(entry);
    m_printReceipt->setEnabled(entry);
}

QString StudentAccountDialog::message() const
{
    return m_message->text();
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

void StudentAccountDialog::askForPath(const QString &title, const QString &fileName,
                                      void (StudentAccountDialog::*save)(const QString &))
{
    auto *dialog = new QFileDialog(this, title, QDir::homePath(), tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"pdf"_s);
    dialog->selectFile(fileName);
    connect(dialog, &QFileDialog::fileSelected, this, save);
    dialog->open();
}

void StudentAccountDialog::writeDocument(std::function<Result<void>()> write, const QString &path)
{
    ++m_busy;
    runInBackground(this, std::move(write), [this, path](Result<void> written) {
        --m_busy;
        if (!written) {
            showLabelMessage(m_message, written.error().message, true);
            emit documentSaved(false, written.error().message);
            return;
        }
        showLabelMessage(m_message, tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
        emit documentSaved(true, path);
    });
}

void StudentAccountDialog::saveReceipt(const QString &path)
{
    const auto entry = m_view->currentEntry();
    if (!entry)
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const LedgerEntry row = *entry;
    const DocumentOptions options = DocumentOptions::forLocale(QLocale());
    writeDocument(
        [db, actor, row, path, options]() -> Result<void> {
            auto receipt = FeeDocuments::receipt(*db, row, actor, ReportCards::schoolHeader(*db),
                                                 QDateTime::currentDateTime());
            if (!receipt)
                return receipt.error();
            return ReceiptDocument::writePdf(*receipt, path, options);
        },
        path);
}

void StudentAccountDialog::printReceipt()
{
    const auto entry = m_view->currentEntry();
    if (!entry)
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const LedgerEntry row = *entry;
    ++m_busy;
    runInBackground(
        this,
        [db, actor, row] {
            return FeeDocuments::receipt(*db, row, actor, ReportCards::schoolHeader(*db),
                                         QDateTime::currentDateTime());
        },
        [this](Result<Receipt> receipt) {
            --m_busy;
            if (!receipt) {
                showLabelMessage(m_message, receipt.error().message, true);
                return;
            }
            auto *printer = new QPrinter(QPrinter::HighResolution);
            auto *dialog = new QPrintDialog(printer, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Print receipt"));
            connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
            const Receipt document = *receipt;
            connect(dialog, &QDialog::accepted, this, [printer, document] {
                ReceiptDocument::print(document, printer, DocumentOptions::forLocale(QLocale()));
            });
            dialog->open();
        });
}

void StudentAccountDialog::saveStatement(const QString &path)
{
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id studentId = m_studentId;
    const DocumentOptions options = DocumentOptions::forLocale(QLocale());
    writeDocument(
        [db, actor, studentId, path, options]() -> Result<void> {
            auto statement = FeeDocuments::statement(*db, studentId, QDate::currentDate(), actor,
                                                     ReportCards::schoolHeader(*db));
            if (!statement)
                return statement.error();
            return StatementDocument::writePdf(*statement, path, options);
        },
        path);
}

} // namespace cd
