#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/User.h"
#include "ui/PasswordFields.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace cd {

class Database;

// An administrator sets a new password for an account; its owner must choose another at the
// next sign-in. Stays open, with the problem shown, until the store has taken the password.
class PasswordResetDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordResetDialog(const Database &db, const Actor &actor, const User &account,
                        QWidget *parent = nullptr);

    PasswordFields *fields() const { return m_fields; }
    bool isSaving() const { return m_saving; }

    // Checks the passwords, then resets in the background; closes only when that succeeds.
    void accept() override;
    void reject() override;

signals:
    void passwordReset(const cd::Id &id);

private:
    void setSaving(bool saving);
    void saved(const Result<void> &result);

    const Database &m_db;
    Actor m_actor;
    User m_account;
    PasswordFields *m_fields;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};

} // namespace cd
