#pragma once

#include "app/core/User.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd {

class Database;

// Asks for a user name and password and checks them off the GUI thread (argon2id takes a
// moment). On a demo school it lists the demo accounts and fills them in with one click.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(const Database &db, const QString &schoolName, bool demo,
                 const QString &lastUsername, QWidget *parent = nullptr);

    // The signed-in user, once accepted.
    const User &user() const { return m_user; }
    bool rememberMe() const;
    // The message shown after a failed attempt (empty when none).
    QString errorText() const;
    void setNotice(const QString &text);

    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }

public slots:
    void submit();

signals:
    void attemptFinished(bool signedIn);

private:
    void setBusy(bool busy);

    const Database &m_db;
    User m_user;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace cd
