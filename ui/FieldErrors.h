#pragma once

#include "app/core/Result.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QWidget;

namespace cd {

// The messages of a form's fields, each shown just below its field (and read out by screen
// readers as the field's description). Errors without a field go to a general label.
class FieldErrors
{
public:
    explicit FieldErrors(QLabel *general) : m_general(general) { }

    // Adds a hidden message label for `field` below `input` in `form`.
    void attach(QFormLayout *form, const QString &field, QWidget *input);
    void clear();
    // Shows the error's field messages (or its message, when it has none).
    void show(const Error &error);
    void show(const ValidationResult &result);
    QString messageFor(const QString &field) const;

private:
    void showMessage(const QString &field, const QString &message);

    QLabel *m_general;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_inputs;
};

} // namespace cd
