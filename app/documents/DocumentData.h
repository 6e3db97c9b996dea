#pragma once

#include "app/core/FeeBalance.h"
#include "app/core/Fees.h"
#include "app/core/Money.h"

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// Plain data for the printed documents. The lead maps store rows into these; the renderers
// in app/documents never touch the database.
namespace cd {

// How a document is written: numbers and dates follow `locale`; Arabic is right to left.
struct DocumentOptions
{
    QLocale locale;
    Qt::LayoutDirection direction = Qt::LeftToRight;

    // The locale's own direction (right to left for Arabic, Hebrew, Persian, Urdu).
    static DocumentOptions forLocale(const QLocale &locale)
    {
        DocumentOptions options;
        options.locale = locale;
        options.direction = locale.textDirection();
        return options;
    }
};

// The letterhead printed at the top of every document.
struct SchoolHeader
{
    QString name;
    QStringList addressLines; // optional: street, town, phone, web
    QImage logo; // optional; printed about 2 cm high
};

// One course on a report card.
struct ReportCardLine
{
    QString courseCode; // "CS201-01"
    QString subject; // "Data Structures"
    double credits = 0;
    QString totalMarks; // "412.5 / 500", already formatted by the caller
    std::optional<double> percent; // 82.5
    QString letter; // "A-"; empty until graded
    std::optional<double> gradePoints; // 3.7
    std::optional<bool> passed;
    std::optional<QDate> examDate;
};

struct ReportCard
{
    SchoolHeader school;
    QString studentName;
    QString studentNumber;
    QString program;
    QString batch;
    QString semester; // "Autumn 2026"
    QDate issuedOn;
    QList<ReportCardLine> lines;
    std::optional<double> semesterGpa;
    std::optional<double> cumulativeGpa;
    std::optional<double> attendancePercent;
    QString remark; // the class teacher's remark; may be several lines
};

// One ledger row (payment, refund, waiver or late fee) as the payer's receipt.
struct Receipt
{
    SchoolHeader school;
    QString receiptNumber; // empty for rows that have none (waivers, late fees)
    QDate date; // the day the money moved
    QString studentName;
    QString studentNumber;
    QString invoiceDescription; // "Tuition, Autumn 2026"
    LedgerKind kind = LedgerKind::Payment;
    Money amount; // positive; `kind` says which way it moved
    std::optional<PaymentMethod> method;
    QString receivedBy; // the staff member who recorded it
    QString reason; // refunds, waivers and late fees
    Money balanceAfter; // what is left on the invoice after this row
    QDateTime printedAt;
};

struct StatementInvoice
{
    QString description;
    QDate issuedOn;
    QDate dueOn;
    Money amount;
    PaymentStatus status = PaymentStatus::Unpaid;
};

struct StatementLedgerRow
{
    QDate date;
    LedgerKind kind = LedgerKind::Payment;
    QString invoiceDescription; // which invoice the row belongs to (optional)
    QString receiptNumber;
    Money amount; // positive, as in the ledger
    Money runningBalance; // what the student owes after this row
};

// A student's statement of account: invoices, every ledger row and the totals.
struct Statement
{
    SchoolHeader school;
    QString studentName;
    QString studentNumber;
    QString program;
    QDate asOf;
    QList<StatementInvoice> invoices;
    QList<StatementLedgerRow> ledger; // oldest first
    Money totalCharged; // invoices + late fees
    Money totalPaid; // payments - refunds
    Money totalWaived;
    Money totalDue; // negative: the school owes a credit
};

} // namespace cd
