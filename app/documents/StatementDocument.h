#pragma once

#include "app/core/Result.h"
#include "app/documents/DocumentData.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace cd {

// A student's statement of account as of a date: totals first (charged, paid, waived, due),
// then the invoices with their status and every ledger row with a running balance.
class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)
public:
    static std::unique_ptr<QTextDocument> build(const Statement &statement,
                                                const DocumentOptions &options);
    static QString caption(const Statement &statement);

    static Result<void> writePdf(const Statement &statement, const QString &path,
                                 const DocumentOptions &options);
    static void print(const Statement &statement, QPagedPaintDevice *device,
                      const DocumentOptions &options);
    static QImage renderPage(const Statement &statement, const DocumentOptions &options,
                             int page = 0, int dpi = 110);

    static QString failedMessage();
};

} // namespace cd
