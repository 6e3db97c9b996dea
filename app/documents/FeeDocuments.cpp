#include "app/documents/FeeDocuments.h"

#include "app/core/FeeBalance.h"
#include "app/store/FeeRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"

#include <QHash>

namespace cd {

namespace {

QString nameOf(const Student &student)
{
    return FeeDocuments::tr("%1 %2", "first and last name")
        .arg(student.firstName, student.lastName);
}

} // namespace

Result<Receipt> FeeDocuments::receipt(const Database &db, const LedgerEntry &entry,
                                      const Actor &viewer, const SchoolHeader &school,
                                      const QDateTime &printedAt)
{
    FeeRepository fees(db);
    auto invoice = fees.findInvoice(entry.invoiceId, viewer);
    if (!invoice)
        return invoice.error();
    auto ledger = fees.ledgerOfInvoice(entry.invoiceId, viewer);
    if (!ledger)
        return ledger.error();
    auto student = StudentRepository(db).find(invoice->studentId, viewer);
    if (!student)
        return student.error();

    // The ledger is in the order the money moved; the balance after this entry counts it and
    // everything before it.
    QList<LedgerEntry> upToEntry;
    for (const LedgerEntry &row : std::as_const(*ledger)) {
        upToEntry.append(row);
        if (row.id == entry.id)
            break;
    }
    Receipt receipt;
    receipt.school = school;
    receipt.receiptNumber = entry.receiptNumber;
    receipt.date = entry.entryDate;
    receipt.studentName = nameOf(*student);
    receipt.studentNumber = student->studentNumber;
    receipt.invoiceDescription = invoice->description;
    receipt.kind = entry.kind;
    receipt.amount = entry.amount;
    receipt.method = entry.method;
    if (auto user = UserRepository(db).find(entry.recordedBy))
        receipt.receivedBy = user->fullName;
    receipt.reason = entry.reason;
    receipt.balanceAfter = balanceOf(*invoice, upToEntry, entry.entryDate).due;
    receipt.printedAt = printedAt;
    return receipt;
}

Result<Statement> FeeDocuments::statement(const Database &db, const Id &studentId,
                                          const QDate &asOf, const Actor &viewer,
                                          const SchoolHeader &school)
{
    auto account = FeeRepository(db).accountOfStudent(studentId, asOf, viewer);
    if (!account)
        return account.error();
    auto student = StudentRepository(db).find(studentId, viewer);
    if (!student)
        return student.error();

    Statement statement;
    statement.school = school;
    statement.studentName = nameOf(*student);
    statement.studentNumber = student->studentNumber;
    statement.program = student->program;
    statement.asOf = asOf;
    QHash<Id, QString> descriptions;
    for (const InvoiceAccount &invoice : std::as_const(account->invoices)) {
        descriptions.insert(invoice.invoice.id, invoice.invoice.description);
        statement.invoices.append(StatementInvoice{invoice.invoice.description,
                                                   invoice.invoice.issuedOn, invoice.invoice.dueOn,
                                                   invoice.invoice.amount, invoice.balance.status});
    }
    for (const StatementLine &line : std::as_const(account->statement.lines)) {
        if (!line.kind)
            continue; // the invoices are listed above; the ledger shows what happened to them
        StatementLedgerRow row;
        row.date = line.date;
        row.kind = *line.kind;
        row.invoiceDescription = descriptions.value(line.invoiceId);
        row.receiptNumber = line.receiptNumber;
        row.amount = line.debit.isZero() ? line.credit : line.debit;
        row.runningBalance = line.balance;
        statement.ledger.append(row);
    }
    statement.totalCharged = account->totals.charged;
    statement.totalPaid = account->totals.paid;
    statement.totalWaived = account->totals.waived;
    statement.totalDue = account->totals.due;
    return statement;
}

} // namespace cd
