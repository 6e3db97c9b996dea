#pragma once

#include "app/core/Actor.h"
#include "app/core/Fees.h"

#include <QDialog>
#include <QLocale>

#include <memory>
#include <optional>
#include <variant>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd {

class Database;
class FieldErrors;

// Records a payment, refund or waiver on one invoice. The amount is typed as text and parsed
// exactly by Money in the invoice's currency (the user's notation or the plain one); each
// problem (empty, not a number, zero, negative, more decimals than the currency has, no
// reason, a refund over what was paid) is shown under its field and nothing is saved. The
// entry is written on the thread pool; `recorded` carries it (with its receipt number) and the
// dialog closes. The store checks everything again, and its refusals are shown the same way.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    // `refundLimit` (refunds only) is shown as a hint; the store enforces it either way.
    PaymentDialog(const Database &db, const Actor &actor, const FeeInvoice &invoice,
                  LedgerKind kind, std::optional<Money> refundLimit = std::nullopt,
                  QWidget *parent = nullptr);
    ~PaymentDialog() override;

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *methodBox() const { return m_method; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The message under a field ("amount", "method", "entryDate", "reason"), or the general one.
    QString messageFor(const QString &field) const;
    bool isSaving() const { return m_saving; }
    // Prefills the amount (the amount due, for a payment).
    void setAmount(const Money &amount);

    // The entry the fields describe, or the problems with them (nothing is written).
    std::optional<LedgerEntry> entryFromFields();

    // Parses an amount for `currency` in `locale` (or plain notation): the money, or a
    // translated sentence saying what is wrong.
    static std::variant<Money, QString> parseAmount(const QString &text, const QString &currency,
                                                    const QLocale &locale = QLocale());

signals:
    void recorded(const cd::LedgerEntry &entry);
    // The store's answer arrived (saved or refused): for tests.
    void saveFinished(bool ok);

public slots:
    void accept() override;

private:
    const Database &m_db;
    const Actor m_actor;
    const FeeInvoice m_invoice;
    const LedgerKind m_kind;
    std::optional<Money> m_refundLimit;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_general = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    bool m_saving = false;
};

} // namespace cd
