#include "ui/FieldErrors.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace cd {

FieldMessage::FieldMessage(QWidget *field, const QString &objectName, QWidget *parent)
    : QLabel(parent), m_field(field)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void FieldMessage::showError(const QString &message)
{
    show(message, true);
}

void FieldMessage::showHint(const QString &message)
{
    show(message, false);
}

void FieldMessage::clear()
{
    show(QString(), false);
}

QWidget *FieldMessage::row(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_field->setParent(row);
    setParent(row);
    layout->addWidget(m_field);
    layout->addWidget(this);
    row->setFocusProxy(m_field);
    return row;
}

void showLabelMessage(QLabel *label, const QString &message, bool error)
{
    label->setText(message);
    QPalette colors;
    if (error && !message.isEmpty()) {
        const QWidget *around = label->parentWidget() ? label->parentWidget() : label;
        const bool dark = around->palette().window().color().value() < 128;
        colors = label->palette();
        colors.setColor(QPalette::WindowText,
                        dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0, 0x20));
    }
    label->setPalette(colors);
    label->setVisible(!message.isEmpty());
}

void FieldMessage::show(const QString &message, bool error)
{
    m_error = error && !message.isEmpty();
    showLabelMessage(this, message, error);
    m_field->setAccessibleDescription(message);
}

void FieldErrors::attach(QFormLayout *form, const QString &field, QWidget *input)
{
    auto *message = new FieldMessage(input, field + QStringLiteral("Error"), form->parentWidget());
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(input, &row, &role);
    form->insertRow(row + 1, QString(), message);
    m_messages.insert(field, message);
}

void FieldErrors::clear()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clear();
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

void FieldErrors::showMessages(const QList<FieldError> &errors)
{
    clear();
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldError &e : errors) {
        if (m_messages.contains(e.field))
            byField[e.field].append(e.message);
        else
            general.append(e.message);
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        m_messages.value(it.key())->showError(it.value().join(u'\n'));
    if (m_general && !general.isEmpty()) {
        m_general->setText(general.join(u'\n'));
        m_general->show();
    }
}

void FieldErrors::show(const Error &error)
{
    showMessages(error.fields.isEmpty() ? QList<FieldError>{FieldError{QString(), error.message}}
                                        : error.fields);
}

void FieldErrors::show(const ValidationResult &result)
{
    showMessages(result.errors());
}

QString FieldErrors::messageFor(const QString &field) const
{
    if (const FieldMessage *message = m_messages.value(field))
        return message->isError() ? message->text() : QString();
    return m_general ? m_general->text() : QString();
}

} // namespace cd
