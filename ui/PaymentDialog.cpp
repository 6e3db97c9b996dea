#include "ui/PaymentDialog.h"

#include "app/store/Database.h"
#include "app/store/FeeRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>

namespace cd {

using namespace Qt::Literals::StringLiterals;

PaymentDialog::PaymentDialog(const Database &db, const Actor &actor, const FeeInvoice &invoice,
                             LedgerKind kind, std::optional<Money> refundLimit, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_invoice(invoice), m_kind(kind),
      m_refundLimit(std::move(refundLimit))
{
    setObjectName(u"paymentDialog"_s);
    switch (kind) {
    case LedgerKind::Payment: setWindowTitle(tr("Record payment")); break;
    case LedgerKind::Refund: setWindowTitle(tr("Record refund")); break;
    case LedgerKind::Waiver: setWindowTitle(tr("Waive fees")); break;
    case LedgerKind::LateFee: setWindowTitle(tr("Charge late fee")); break;
    }
    const bool movesMoney = kind == LedgerKind::Payment || kind == LedgerKind::Refund;

    auto *invoiceLabel
        = new QLabel(tr("%1 (%2, due %3)")
                         .arg(invoice.description, invoice.amount.toDisplayString(),
                              QLocale().toString(invoice.dueOn, QLocale::ShortFormat)),
                     this);
    invoiceLabel->setWordWrap(true);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"paymentAmount"_s);
    const int digits = Money::minorDigits(invoice.amount.currency());
    m_amount->setPlaceholderText(Money(0, invoice.amount.currency()).toDisplayString());
    m_amount->setAccessibleName(tr("Amount in %1").arg(invoice.amount.currency()));
    m_amount->setToolTip(tr("Amount in %1, with at most %n decimal(s)", nullptr, digits)
                             .arg(invoice.amount.currency()));

    m_method = new QComboBox(this);
    m_method->setObjectName(u"paymentMethod"_s);
    m_method->setAccessibleName(tr("Payment method"));
    for (auto method :
         {PaymentMethod::Cash, PaymentMethod::Bank, PaymentMethod::Card, PaymentMethod::Other})
        m_method->addItem(FeeRules::methodName(method), int(method));

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"paymentDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date the money moved"));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"paymentReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(500);

    auto *receivedBy = new QLabel(actor.name.isEmpty() ? tr("CampusDesk") : actor.name, this);
    receivedBy->setObjectName(u"paymentReceivedBy"_s);

    m_general = new QLabel(this);
    m_general->setObjectName(u"paymentGeneralError"_s);
    m_general->setWordWrap(true);
    m_general->hide();
    m_errors = std::make_unique<FieldErrors>(m_general);

    auto *form = new QFormLayout;
    form->addRow(tr("Invoice:"), invoiceLabel);
    form->addRow(tr("&Amount (%1):").arg(invoice.amount.currency()), m_amount);
    m_errors->attach(form, u"amount"_s, m_amount);
    if (movesMoney) {
        form->addRow(tr("&Method:"), m_method);
        m_errors->attach(form, u"method"_s, m_method);
    } else {
        m_method->hide();
    }
    form->addRow(tr("&Date:"), m_date);
    m_errors->attach(form, u"entryDate"_s, m_date);
    if (kind != LedgerKind::Payment) {
        form->addRow(tr("&Reason:"), m_reason);
        m_errors->attach(form, u"reason"_s, m_reason);
    } else {
        m_reason->hide();
    }
    form->addRow(kind == LedgerKind::Payment ? tr("Received by:") : tr("Recorded by:"), receivedBy);
    if (kind == LedgerKind::Refund && m_refundLimit)
        form->addRow(
            QString(),
            new QLabel(tr("At most %1 can be refunded.").arg(m_refundLimit->toDisplayString()),
                       this));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(kind == LedgerKind::Payment ? tr("Record payment") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    m_amount->setFocus();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::setAmount(const Money &amount)
{
    m_amount->setText(amount.toPlainString());
    m_amount->selectAll();
}

QString PaymentDialog::messageFor(const QString &field) const
{
    const QString message = m_errors->messageFor(field);
    return message.isEmpty() && field.isEmpty() ? m_general->text() : message;
}

std::variant<Money, QString>
PaymentDialog::parseAmount(const QString &text, const QString &currency, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the amount.");
    std::optional<Money> money = Money::parse(trimmed, currency, locale);
    if (!money)
        money = Money::parse(trimmed, currency, QLocale::c());
    if (!money) {
        // Digits with separators that still do not parse: too many decimals for the currency.
        static const QRegularExpression number(u"^-?[0-9][0-9 \u00a0.,'’]*$"_s);
        const int digits = Money::minorDigits(currency);
        if (number.match(trimmed).hasMatch()) {
            const auto separator = std::max(trimmed.lastIndexOf(u'.'), trimmed.lastIndexOf(u','));
            if (separator >= 0 && trimmed.size() - separator - 1 > digits)
                return digits == 0
                    ? tr("%1 amounts are whole numbers, without decimals.").arg(currency)
                    : tr("%1 amounts have at most %2 decimal places.").arg(currency).arg(digits);
        }
        return tr("Enter the amount as a number, such as %1.")
            .arg(Money(1250 * qint64(std::pow(10, digits)) / 100, currency).toPlainString());
    }
    if (money->isNegative())
        return tr("Enter the amount without a minus sign.");
    if (money->isZero())
        return tr("The amount must be greater than zero.");
    return *money;
}

std::optional<LedgerEntry> PaymentDialog::entryFromFields()
{
    m_errors->clear();
    ValidationResult problems;
    LedgerEntry entry;
    entry.invoiceId = m_invoice.id;
    entry.kind = m_kind;
    entry.recordedBy = m_actor.userId;
    entry.entryDate = m_date->date();
    entry.reason = m_reason->text().trimmed();
    if (m_kind == LedgerKind::Payment || m_kind == LedgerKind::Refund)
        entry.method = PaymentMethod(m_method->currentData().toInt());
    const auto amount = parseAmount(m_amount->text(), m_invoice.amount.currency());
    if (const auto *message = std::get_if<QString>(&amount))
        problems.add(u"amount"_s, *message);
    else
        entry.amount = std::get<Money>(amount);
    if (m_kind == LedgerKind::Refund && m_refundLimit
        && entry.amount.currency() == m_refundLimit->currency() && entry.amount > *m_refundLimit)
        problems.add(u"amount"_s,
                     tr("A refund cannot be more than what was paid and not yet refunded (%1).")
                         .arg(m_refundLimit->toDisplayString()));
    if (m_kind != LedgerKind::Payment && entry.reason.isEmpty())
        problems.add(u"reason"_s,
                     m_kind == LedgerKind::Refund ? tr("Give a reason for the refund.")
                                                  : tr("Give a reason for the waiver."));
    if (!entry.entryDate.isValid())
        problems.add(u"entryDate"_s, tr("Enter the date of the transaction."));
    if (!problems.ok()) {
        m_errors->show(problems);
        return std::nullopt;
    }
    return entry;
}

void PaymentDialog::accept()
{
    if (m_saving)
        return;
    const auto entry = entryFromFields();
    if (!entry) {
        emit saveFinished(false);
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    runInBackground(
        this, [db, actor, e = *entry] { return FeeRepository(*db).appendEntry(e, actor); },
        [this](const Result<LedgerEntry> &saved) {
            m_saving = false;
            m_buttons->setEnabled(true);
            if (!saved) {
                m_errors->show(saved.error());
                emit saveFinished(false);
                return;
            }
            emit recorded(*saved);
            emit saveFinished(true);
            QDialog::accept();
        });
}

} // namespace cd
