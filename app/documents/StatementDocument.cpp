#include "app/documents/StatementDocument.h"

#include "app/documents/DocumentHtml.h"
#include "app/documents/PageLayout.h"

#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace cd {

QString StatementDocument::caption(const Statement &statement)
{
    return tr("Statement of account: %1").arg(statement.studentName);
}

QString StatementDocument::failedMessage()
{
    return tr("The statement could not be saved to %1: %2");
}

std::unique_ptr<QTextDocument> StatementDocument::build(const Statement &statement,
                                                        const DocumentOptions &options)
{
    DocumentHtml html(options);
    const QLocale &locale = options.locale;
    const auto money = [&locale](const Money &amount) {
        return amount.currency().isEmpty() ? QString() : amount.toDisplayString(locale);
    };
    html.letterhead(statement.school);
    html.title(tr("Statement of account"), tr("As of %1").arg(html.date(statement.asOf)));
    html.fields({
        {tr("Student"), statement.studentName},
        {tr("Student number"), statement.studentNumber},
        {tr("Program"), statement.program},
        {tr("Statement date"), html.date(statement.asOf)},
    });
    const QString dueLabel
        = statement.totalDue.isNegative() ? tr("Credit in your favour") : tr("Amount due");
    html.fields({{tr("Total charged"), money(statement.totalCharged)},
                 {tr("Total paid"), money(statement.totalPaid)},
                 {tr("Total waived"), money(statement.totalWaived)},
                 {dueLabel, money(statement.totalDue.abs())}},
                4);

    html.heading(tr("Invoices"));
    if (statement.invoices.isEmpty()) {
        html.paragraph(PageLayout::escape(tr("No invoices.")));
    } else {
        QList<QStringList> rows;
        for (const StatementInvoice &invoice : statement.invoices)
            rows << QStringList{invoice.description, html.shortDate(invoice.issuedOn),
                                html.shortDate(invoice.dueOn), money(invoice.amount),
                                PaymentStatusNames::displayName(invoice.status)};
        html.table({tr("Invoice"), tr("Issued"), tr("Due"), tr("Amount"), tr("Status")},
                   {false, false, false, true, false}, rows);
    }

    html.heading(tr("Account activity"));
    if (statement.ledger.isEmpty()) {
        html.paragraph(PageLayout::escape(tr("No payments or other entries yet.")));
    } else {
        // Accounting columns: what adds to the amount owed, what takes from it, what is left.
        QList<QStringList> rows;
        for (const StatementLedgerRow &row : statement.ledger) {
            const bool charge = row.kind == LedgerKind::LateFee || row.kind == LedgerKind::Refund;
            QString entry = FeeRules::kindName(row.kind);
            if (!row.invoiceDescription.isEmpty())
                entry = tr("%1, %2").arg(entry, row.invoiceDescription);
            rows << QStringList{html.shortDate(row.date),
                                entry,
                                row.receiptNumber,
                                charge ? money(row.amount) : QString(),
                                charge ? QString() : money(row.amount),
                                money(row.runningBalance)};
        }
        html.table(
            {tr("Date"), tr("Entry"), tr("Receipt"), tr("Charge"), tr("Credit"), tr("Balance")},
            {false, false, false, true, true, true}, rows);
    }
    html.table({tr("Summary"), tr("Amount")}, {false, true},
               {{tr("Total charged"), money(statement.totalCharged)},
                {tr("Total paid"), money(statement.totalPaid)},
                {tr("Total waived"), money(statement.totalWaived)},
                {dueLabel, money(statement.totalDue.abs())}},
               {false, false, false, true});
    html.paragraph(PageLayout::escape(tr("Please quote the student number with every payment. "
                                         "Questions about this statement go to the school "
                                         "office.")),
                   u"small"_s);
    return html.finish(statement.school);
}

Result<void> StatementDocument::writePdf(const Statement &statement, const QString &path,
                                         const DocumentOptions &options)
{
    const auto doc = build(statement, options);
    return PageLayout::writePdf(*doc, path, caption(statement), options, failedMessage());
}

void StatementDocument::print(const Statement &statement, QPagedPaintDevice *device,
                              const DocumentOptions &options)
{
    const auto doc = build(statement, options);
    PageLayout::print(*doc, device, caption(statement), options);
}

QImage StatementDocument::renderPage(const Statement &statement, const DocumentOptions &options,
                                     int page, int dpi)
{
    const auto doc = build(statement, options);
    return PageLayout::renderPage(*doc, page, caption(statement), options, dpi);
}

} // namespace cd
