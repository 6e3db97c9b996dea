#include "tests/unit/FeesFixture.h"
#include "ui/PaymentDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestPaymentDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FeesFixture> m_f;
    FeeInvoice m_invoice;

    qint64 ledgerRows() const { return m_f->scalar(u"SELECT count(*) FROM ledger_entry"_s); }

    // Types `amount` and presses OK; returns whether the store saved it.
    bool submit(PaymentDialog &dialog, const QString &amount)
    {
        QSignalSpy finished(&dialog, &PaymentDialog::saveFinished);
        dialog.amountEdit()->setText(amount);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        // Refused by the dialog: answered at once; otherwise the store answers later.
        if (finished.isEmpty() && !finished.wait(5000))
            return false;
        return finished.first().first().toBool();
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void init()
    {
        m_f = std::make_unique<test::FeesFixture>();
        QVERIFY(m_f->open(false));
        auto created = m_f->invoice(m_f->amina, 100000, QDate(2026, 9, 30));
        QVERIFY(created);
        m_invoice = *created;
    }

    void invalidAmountsAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u"USD"_s << u""_s << u"Enter the amount."_s;
        QTest::newRow("zero") << u"USD"_s << u"0"_s << u"The amount must be greater than zero."_s;
        QTest::newRow("zero cents")
            << u"USD"_s << u"0.00"_s << u"The amount must be greater than zero."_s;
        QTest::newRow("negative") << u"USD"_s << u"-5"_s
                                  << u"Enter the amount without a minus sign."_s;
        QTest::newRow("not a number")
            << u"USD"_s << u"ten"_s << u"Enter the amount as a number, such as 12.50."_s;
        QTest::newRow("three decimals")
            << u"USD"_s << u"10.005"_s << u"USD amounts have at most 2 decimal places."_s;
        QTest::newRow("yen decimals")
            << u"JPY"_s << u"100.5"_s << u"JPY amounts are whole numbers, without decimals."_s;
        QTest::newRow("dinar four")
            << u"KWD"_s << u"1.0005"_s << u"KWD amounts have at most 3 decimal places."_s;
    }

    void invalidAmountsAreRefusedWithAMessage()
    {
        QFETCH(QString, currency);
        QFETCH(QString, amount);
        QFETCH(QString, message);
        const auto parsed = PaymentDialog::parseAmount(amount, currency, QLocale::c());
        QVERIFY(std::holds_alternative<QString>(parsed));
        QCOMPARE(std::get<QString>(parsed), message);
        if (currency != u"USD"_s)
            return;
        // The dialog shows it under the amount and saves nothing.
        PaymentDialog dialog(*m_f->db, m_f->clerk, m_invoice, LedgerKind::Payment);
        dialog.show();
        QVERIFY(!submit(dialog, amount));
        QCOMPARE(dialog.messageFor(u"amount"_s), message);
        QVERIFY(dialog.isVisible());
        QCOMPARE(ledgerRows(), 0);
    }

    void validAmountsParseExactly()
    {
        QCOMPARE(std::get<Money>(PaymentDialog::parseAmount(u"12.5"_s, u"USD"_s, QLocale::c()))
                     .minorUnits(),
                 1250);
        QCOMPARE(std::get<Money>(PaymentDialog::parseAmount(u"1 000"_s, u"JPY"_s, QLocale::c()))
                     .minorUnits(),
                 1000);
        QCOMPARE(std::get<Money>(PaymentDialog::parseAmount(u"0.005"_s, u"KWD"_s, QLocale::c()))
                     .minorUnits(),
                 5);
        // French notation, and the plain one in a French locale.
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(
            std::get<Money>(PaymentDialog::parseAmount(u"12,50"_s, u"EUR"_s, french)).minorUnits(),
            1250);
        QCOMPARE(
            std::get<Money>(PaymentDialog::parseAmount(u"12.50"_s, u"EUR"_s, french)).minorUnits(),
            1250);
    }

    void aValidPaymentIsStored()
    {
        PaymentDialog dialog(*m_f->db, m_f->clerk, m_invoice, LedgerKind::Payment);
        QSignalSpy recorded(&dialog, &PaymentDialog::recorded);
        dialog.show();
        dialog.methodBox()->setCurrentIndex(dialog.methodBox()->findData(int(PaymentMethod::Card)));
        dialog.dateEdit()->setDate(QDate(2026, 9, 12));
        QVERIFY(submit(dialog, u"400.25"_s));
        QCOMPARE(recorded.size(), 1);
        const auto entry = recorded.first().first().value<LedgerEntry>();
        QCOMPARE(entry.amount.minorUnits(), 40025);
        QVERIFY(entry.receiptNumber.startsWith(u"R-2026-"_s));
        QCOMPARE(entry.recordedBy, m_f->clerk.userId);
        QVERIFY(!dialog.isVisible());
        const auto ledger = *FeeRepository(*m_f->db).ledgerOfInvoice(m_invoice.id, m_f->clerk);
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().method, PaymentMethod::Card);
        QCOMPARE(ledger.first().entryDate, QDate(2026, 9, 12));
    }

    void refundOverTheLimitAndWithoutReasonAreRefused()
    {
        QVERIFY(m_f->entry(m_invoice.id, LedgerKind::Payment, 30000, QDate(2026, 9, 5)));
        const qint64 before = ledgerRows();
        // The store refuses too when the dialog was not told the limit.
        PaymentDialog dialog(*m_f->db, m_f->clerk, m_invoice, LedgerKind::Refund);
        dialog.show();
        dialog.reasonEdit()->setText(u"Course dropped"_s);
        QVERIFY(!submit(dialog, u"300.01"_s));
        QVERIFY2(dialog.messageFor(u"amount"_s)
                     .startsWith(u"A refund cannot be more than what was paid"_s),
                 qPrintable(dialog.messageFor(u"amount"_s)));
        screenshot(dialog, u"payment-dialog-refund-error.png"_s);
        dialog.reasonEdit()->clear();
        QVERIFY(!submit(dialog, u"10"_s));
        QCOMPARE(dialog.messageFor(u"reason"_s), u"Give a reason for the refund."_s);
        QCOMPARE(ledgerRows(), before);
        // Within the limit and with a reason it is stored.
        dialog.reasonEdit()->setText(u"Course dropped"_s);
        QVERIFY(submit(dialog, u"300"_s));
        QCOMPARE(ledgerRows(), before + 1);
    }

    void paymentErrorScreenshot()
    {
        PaymentDialog dialog(*m_f->db, m_f->clerk, m_invoice, LedgerKind::Payment);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(420, 0)));
        dialog.show();
        QVERIFY(!submit(dialog, u"10.005"_s));
        screenshot(dialog, u"payment-dialog-error.png"_s);
    }
};

QTEST_MAIN(TestPaymentDialog)
#include "tst_paymentdialog.moc"
