#include "ui/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>

namespace cd {

namespace {

void styleAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
}

} // namespace

void FieldErrors::attach(QFormLayout *form, const QString &field, QWidget *input)
{
    auto *label = new QLabel(form->parentWidget());
    styleAsError(label);
    label->hide();
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(input, &row, &role);
    form->insertRow(row + 1, QString(), label);
    m_labels.insert(field, label);
    m_inputs.insert(field, input);
}

void FieldErrors::clear()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        it.value()->clear();
        it.value()->hide();
        m_inputs.value(it.key())->setAccessibleDescription(QString());
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

void FieldErrors::showMessage(const QString &field, const QString &message)
{
    QLabel *label = m_labels.value(field, m_general);
    if (!label)
        return;
    styleAsError(label);
    label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
    label->show();
    if (QWidget *input = m_inputs.value(field))
        input->setAccessibleDescription(label->text());
}

void FieldErrors::show(const Error &error)
{
    clear();
    if (error.fields.isEmpty()) {
        showMessage(QString(), error.message);
        return;
    }
    for (const FieldError &f : error.fields)
        showMessage(f.field, f.message);
}

void FieldErrors::show(const ValidationResult &result)
{
    clear();
    for (const FieldError &f : result.errors())
        showMessage(f.field, f.message);
}

QString FieldErrors::messageFor(const QString &field) const
{
    const QLabel *label = m_labels.value(field, m_general);
    return label ? label->text() : QString();
}

} // namespace cd
