#include "app/documents/ReceiptDocument.h"

#include "app/documents/DocumentHtml.h"
#include "app/documents/PageLayout.h"

#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace cd {

QString ReceiptDocument::title(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Payment: return tr("Payment receipt");
    case LedgerKind::Refund: return tr("Refund voucher");
    case LedgerKind::Waiver: return tr("Waiver notice");
    case LedgerKind::LateFee: return tr("Late fee notice");
    }
    Q_UNREACHABLE();
    return {};
}

QString ReceiptDocument::caption(const Receipt &receipt)
{
    if (receipt.receiptNumber.isEmpty())
        return tr("%1: %2").arg(title(receipt.kind), receipt.studentName);
    return tr("%1 %2: %3").arg(title(receipt.kind), receipt.receiptNumber, receipt.studentName);
}

QString ReceiptDocument::failedMessage()
{
    return tr("The receipt could not be saved to %1: %2");
}

std::unique_ptr<QTextDocument> ReceiptDocument::build(const Receipt &receipt,
                                                      const DocumentOptions &options)
{
    DocumentHtml html(options);
    const QLocale &locale = options.locale;
    html.letterhead(receipt.school);
    html.title(title(receipt.kind));
    html.fields({
        {tr("Receipt number"), receipt.receiptNumber},
        {tr("Date"), html.date(receipt.date)},
        {receipt.kind == LedgerKind::Refund ? tr("Paid to") : tr("Received from"),
         receipt.studentName},
        {tr("Student number"), receipt.studentNumber},
    });

    // The amount stands out: it is what the parent checks first.
    QString amountLabel;
    switch (receipt.kind) {
    case LedgerKind::Payment: amountLabel = tr("Amount received"); break;
    case LedgerKind::Refund: amountLabel = tr("Amount refunded"); break;
    case LedgerKind::Waiver: amountLabel = tr("Amount waived"); break;
    case LedgerKind::LateFee: amountLabel = tr("Late fee charged"); break;
    }
    html.raw(u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" dir=\"%1\"><tr>"
             "<td class=\"box\" align=\"center\"><span class=\"label\">%2</span><br>"
             "<span class=\"big\">%3</span></td></tr></table><p></p>"_s.arg(
                 html.dir(), PageLayout::escape(amountLabel),
                 DocumentHtml::value(receipt.amount.toDisplayString(locale))));

    QList<QStringList> details{
        {tr("For"), receipt.invoiceDescription},
        {tr("Entry"), FeeRules::kindName(receipt.kind)},
        {tr("Payment method"), receipt.method ? FeeRules::methodName(*receipt.method) : QString()},
        {tr("Reason"), receipt.reason},
        {tr("Recorded by"), receipt.receivedBy},
        {tr("Balance on this invoice after this entry"),
         receipt.balanceAfter.toDisplayString(locale)},
    };
    details.removeIf([](const QStringList &row) { return row.value(1).isEmpty(); });
    html.table({tr("Description"), tr("Details")}, {false, false}, details);
    if (receipt.balanceAfter.isNegative())
        html.paragraph(PageLayout::escape(tr("A negative balance is a credit in the student's "
                                             "favour.")),
                       u"small"_s);
    html.signatures({tr("Received by"), tr("Stamp")});
    if (receipt.printedAt.isValid())
        html.paragraph(PageLayout::escape(tr("Printed on %1")
                                              .arg(locale.toString(receipt.printedAt.toLocalTime(),
                                                                   QLocale::ShortFormat))),
                       u"small"_s);
    html.paragraph(PageLayout::escape(tr("Please keep this receipt for your records.")),
                   u"small"_s);
    return html.finish(receipt.school);
}

Result<void> ReceiptDocument::writePdf(const Receipt &receipt, const QString &path,
                                       const DocumentOptions &options)
{
    const auto doc = build(receipt, options);
    return PageLayout::writePdf(*doc, path, caption(receipt), options, failedMessage());
}

void ReceiptDocument::print(const Receipt &receipt, QPagedPaintDevice *device,
                            const DocumentOptions &options)
{
    const auto doc = build(receipt, options);
    PageLayout::print(*doc, device, caption(receipt), options);
}

QImage ReceiptDocument::renderPage(const Receipt &receipt, const DocumentOptions &options, int dpi)
{
    const auto doc = build(receipt, options);
    return PageLayout::renderPage(*doc, 0, caption(receipt), options, dpi);
}

} // namespace cd
