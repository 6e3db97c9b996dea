#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace cd {

class AccountDialog;
class Database;
class PasswordResetDialog;
class UserTableModel;
struct AccountEntry;

// The administrators' page of user accounts: a filterable table and the actions on it (new,
// edit, reset password, disable or enable, unlock), from the toolbar, the context menu or the
// keyboard. Every change goes through UserRepository or Authenticator as `actor`, on the thread
// pool. Without Action::ManageAccounts the page only says so.
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    AccountsPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    bool isAllowed() const { return m_model != nullptr; }
    // Null when the actor may not manage accounts.
    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    // The page's last message (what changed, or what went wrong).
    QString message() const;

    Id currentAccountId() const;
    void selectAccount(const Id &id);

    // The actions; each returns the dialog it opened (shown with open(), never exec()), or null.
    AccountDialog *newAccount();
    AccountDialog *editAccount();
    PasswordResetDialog *resetPassword();
    void toggleDisabled();
    void unlockAccount();
    void refresh();

signals:
    // An account was created or changed through this page.
    void accountChanged(const cd::Id &id);
    // A write finished (successfully or not) and its message is shown.
    void messageShown(const QString &message, bool error);

private:
    void buildRefusal();
    void buildPage();
    QAction *addPageAction(const QString &text, const QString &objectName,
                           const QList<QKeySequence> &shortcuts, const std::function<void()> &run);
    const AccountEntry *currentEntry() const;
    void updateActions();
    void showMessage(const QString &text, bool error);
    void changed(const Id &id, const QString &message);
    void failed(const Id &id, const Error &error);
    void showContextMenu(const QPoint &pos);

    const Database &m_db;
    Actor m_actor;
    UserTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_message = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_contextMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_unlock = nullptr;
    QAction *m_refresh = nullptr;
    Id m_selectWhenLoaded; // a new account to select once its row arrives
    Id m_restoreAfterReset;
    int m_writing = 0; // writes under way; actions wait for them
};

} // namespace cd
