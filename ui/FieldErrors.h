#pragma once

#include "app/core/Result.h"

#include <QHash>
#include <QLabel>

class QFormLayout;

namespace cd {

// Shows a message in a label, red (readable on light and dark themes) when it is an error, and
// hides the label while the message is empty: one look for every page's and form's messages.
void showLabelMessage(QLabel *label, const QString &message, bool error);

// A problem with one field, shown right under it and given to assistive technology as the
// field's description. Hidden while there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    FieldMessage(QWidget *field, const QString &objectName, QWidget *parent);

    void showError(const QString &message);
    void showHint(const QString &message);
    void clear();
    bool isError() const { return m_error; }

    // The field with this message under it, focus passing to the field: a form's row.
    QWidget *row(QWidget *parent);

private:
    void show(const QString &message, bool error);
    QWidget *m_field;
    bool m_error = false;
};

// The messages of a form's fields, each a FieldMessage just below its field. Errors without a
// field (or for a field without a message) go to a general label.
class FieldErrors
{
public:
    explicit FieldErrors(QLabel *general) : m_general(general) { }

    // Adds a message (object name "<field>Error") below `input` in `form`.
    void attach(QFormLayout *form, const QString &field, QWidget *input);
    void clear();
    // Shows the error's field messages (or its message, when it has none).
    void show(const Error &error);
    void show(const ValidationResult &result);
    QString messageFor(const QString &field) const;

private:
    void showMessages(const QList<FieldError> &errors);

    QLabel *m_general;
    QHash<QString, FieldMessage *> m_messages;
};

} // namespace cd
