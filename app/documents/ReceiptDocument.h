#pragma once

#include "app/core/Result.h"
#include "app/documents/DocumentData.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace cd {

// The slip for one ledger row: a receipt for a payment, a voucher for a refund, a notice for
// a waiver or late fee. Receipt number, date, payer, invoice, amount, method, who recorded
// it, the reason and what is left on the invoice, with a signature line.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)
public:
    static std::unique_ptr<QTextDocument> build(const Receipt &receipt,
                                                const DocumentOptions &options);
    // "Payment receipt R-2026-00042" (or "Waiver notice" and so on): the title by kind.
    static QString title(LedgerKind kind);
    static QString caption(const Receipt &receipt);

    static Result<void> writePdf(const Receipt &receipt, const QString &path,
                                 const DocumentOptions &options);
    static void print(const Receipt &receipt, QPagedPaintDevice *device,
                      const DocumentOptions &options);
    static QImage renderPage(const Receipt &receipt, const DocumentOptions &options, int dpi = 110);

    static QString failedMessage();
};

} // namespace cd
