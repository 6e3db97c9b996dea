#include "ui/BalanceTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

BalanceRow row(const QString &number, const QString &last, qint64 due, PaymentStatus status)
{
    BalanceRow r;
    r.studentId = u"id-"_s + number;
    r.studentNumber = number;
    r.firstName = u"Sam"_s;
    r.lastName = last;
    r.program = u"Nursing"_s;
    r.batch = u"2025"_s;
    r.semesterId = u"sem"_s;
    r.semesterName = u"Autumn 2026"_s;
    r.charged = Money(100000, u"USD"_s);
    r.paid = Money(100000 - due, u"USD"_s);
    r.waived = Money(0, u"USD"_s);
    r.due = Money(due, u"USD"_s);
    r.status = status;
    r.invoices = 1;
    r.overdueInvoices = status == PaymentStatus::Overdue ? 1 : 0;
    if (due < 100000)
        r.lastPaymentDate = QDate(2026, 9, 10);
    return r;
}

} // namespace

class TestBalanceTableModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        BalanceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row(u"S2"_s, u"Zed"_s, 0, PaymentStatus::Paid),
                       row(u"S1"_s, u"Abe"_s, 60000, PaymentStatus::Overdue),
                       row(u"S3"_s, u"Kim"_s, 100000, PaymentStatus::Unpaid)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(BalanceTableModel::ColumnCount));
        // By name first.
        QCOMPARE(model.index(0, BalanceTableModel::NameColumn).data().toString(), u"Abe, Sam"_s);
        model.sort(BalanceTableModel::DueColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, BalanceTableModel::NumberColumn).data().toString(), u"S3"_s);
        QCOMPARE(model.index(2, BalanceTableModel::NumberColumn).data().toString(), u"S2"_s);
        model.sort(BalanceTableModel::StatusColumn);
        model.sort(BalanceTableModel::LastPaymentColumn);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void showsFiguresAndStatus()
    {
        BalanceTableModel model;
        model.setRows({row(u"S1"_s, u"Abe"_s, 60000, PaymentStatus::Overdue)});
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(BalanceTableModel::StatusColumn).toString(), u"Overdue"_s);
        QVERIFY(cell(BalanceTableModel::DueColumn).toString().contains(u"600"_s));
        QCOMPARE(cell(0, BalanceTableModel::DueMinorRole).toLongLong(), 60000);
        QCOMPARE(cell(0, BalanceTableModel::StudentIdRole).toString(), u"id-S1"_s);
        QVERIFY(cell(BalanceTableModel::StatusColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(BalanceTableModel::OverdueColumn).toString(), u"1"_s);
        QVERIFY(!cell(BalanceTableModel::LastPaymentColumn).toString().isEmpty());
    }

    void csvHasPlainNumbers()
    {
        BalanceTableModel model;
        auto kwd = row(u"S1"_s, u"Abe"_s, 1005, PaymentStatus::Partial);
        kwd.charged = Money(2005, u"KWD"_s);
        kwd.paid = Money(1000, u"KWD"_s);
        kwd.waived = Money(0, u"KWD"_s);
        kwd.due = Money(1005, u"KWD"_s);
        model.setRows({kwd});
        const QString text = QString::fromUtf8(model.csv()).remove(QChar(0xFEFF));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(u"Number,Name,Program,Batch,Semester,Currency,Charged"_s));
        QVERIFY2(lines.at(1).contains(u"KWD,2.005,1.000,0.000,1.005,Partly paid,2026-09-10,0"_s),
                 qPrintable(lines.at(1)));
    }
};

QTEST_MAIN(TestBalanceTableModel)
#include "tst_balancetablemodel.moc"
