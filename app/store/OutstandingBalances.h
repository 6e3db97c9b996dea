#pragma once

#include "app/core/Actor.h"
#include "app/core/FeeBalance.h"
#include "app/core/Result.h"

#include <QCoreApplication>

#include <optional>

namespace cd {

class Database;

struct BalanceQuery
{
    Id semesterId; // empty: every semester
    QString program;
    QString batch;
    std::optional<PaymentStatus> status;
    bool overdueOnly = false; // rows with at least one overdue invoice
    QString search; // every word starts the first name, last name or student number
    QDate today = QDate::currentDate();
};

// One student's fees in one semester: what the original system showed per student and
// semester (total paid, amount due, payment status, last payment date) and a little more.
struct BalanceRow
{
    Id studentId;
    QString studentNumber;
    QString firstName;
    QString lastName;
    QString program;
    QString batch;
    Id semesterId;
    QString semesterName;
    Money charged; // invoices + late fees
    Money paid; // payments - refunds
    Money waived;
    Money due;
    PaymentStatus status = PaymentStatus::Unpaid;
    std::optional<QDate> lastPaymentDate;
    int invoices = 0;
    int overdueInvoices = 0;
};

// The outstanding-balances view: one row per student and semester (and currency, should a
// school ever bill in two), by name. Sums are made in SQL, per invoice and then per student
// and semester, so 100,000 students read in one pass; the status comes from core's rules
// (statusOf). An invoice counts as overdue in SQL exactly as balanceOf() says: something is
// still due and today is after its due date (tst_outstandingbalances holds the two together).
// Needs ViewFees; a student sees only their own rows, a teacher none.
class OutstandingBalances
{
    Q_DECLARE_TR_FUNCTIONS(OutstandingBalances)
public:
    explicit OutstandingBalances(const Database &db) : m_db(db) { }

    Result<QList<BalanceRow>> load(const BalanceQuery &query, const Actor &viewer) const;

private:
    const Database &m_db;
};

} // namespace cd
