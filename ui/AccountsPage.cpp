#include "ui/AccountsPage.h"

#include "app/core/Permissions.h"
#include "app/store/Authenticator.h"
#include "app/store/UserRepository.h"
#include "ui/AccountDialog.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/PasswordResetDialog.h"
#include "ui/UserTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

AccountsPage::AccountsPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor)
{
    setObjectName(u"accountsPage"_s);
    setAccessibleName(tr("User accounts"));
    if (Permissions::allows(actor, Action::ManageAccounts))
        buildPage();
    else
        buildRefusal();
}

void AccountsPage::buildRefusal()
{
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(Permissions::deniedMessage(Action::ManageAccounts) + u'\n'
                               + tr("Ask an administrator to create or change accounts."),
                           this);
    m_message->setObjectName(u"accountsDenied"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setFocusPolicy(Qt::TabFocus); // so a screen reader reaches it
    layout->addWidget(m_message);
}

QAction *AccountsPage::addPageAction(const QString &text, const QString &objectName,
                                     const QList<QKeySequence> &shortcuts,
                                     const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [run] { run(); });
    addAction(action);
    return action;
}

void AccountsPage::buildPage()
{
    m_model = new UserTableModel(m_db, m_actor, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_new = addPageAction(tr("&New account…"), u"newAccountAction"_s, {QKeySequence::New},
                          [this] { newAccount(); });
    m_edit = new QAction(tr("&Edit account…"), this);
    m_edit->setObjectName(u"editAccountAction"_s);
    m_edit->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)});
    m_edit->setShortcutContext(Qt::WidgetShortcut); // Enter edits only in the table
    connect(m_edit, &QAction::triggered, this, [this] { editAccount(); });
    m_reset = addPageAction(tr("&Reset password…"), u"resetPasswordAction"_s,
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                            [this] { resetPassword(); });
    m_disable = addPageAction(tr("&Disable account"), u"disableAccountAction"_s,
                              {QKeySequence(Qt::CTRL | Qt::Key_D)}, [this] { toggleDisabled(); });
    m_unlock = addPageAction(tr("&Unlock sign-in"), u"unlockAccountAction"_s,
                             {QKeySequence(Qt::CTRL | Qt::Key_U)}, [this] { unlockAccount(); });
    m_refresh = addPageAction(tr("Re&fresh"), u"refreshAccountsAction"_s,
                              {QKeySequence(Qt::Key_F5)}, [this] { refresh(); });

    m_message = new QLabel(this);
    m_message->setObjectName(u"accountsMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_toolBar = new QToolBar(tr("Account actions"), this);
    m_toolBar->setObjectName(u"accountsToolBar"_s);
    m_toolBar->setAccessibleName(tr("Account actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_new, m_edit, m_reset, m_disable, m_unlock, m_refresh}) {
        m_toolBar->addAction(action);
        QWidget *button = m_toolBar->widgetForAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setFocusPolicy(Qt::TabFocus); // reachable with Tab, like any button
    }

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"accountFilter"_s);
    m_filter->setAccessibleName(tr("Filter accounts"));
    m_filter->setPlaceholderText(tr("User name, full name, role, student or status"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("Filter &accounts:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(u"accountTable"_s);
    m_table->setAccessibleName(tr("User accounts"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::UsernameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {10, 16, 9, 18};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->addAction(m_edit);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AccountsPage::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { editAccount(); });
    // Enter in the filter moves on to the matches.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(u"accountsContextMenu"_s);
    m_contextMenu->addActions({m_new, m_edit, m_reset, m_disable, m_unlock});
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_refresh);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);

    setTabOrder(m_filter, m_table);
    QWidget *previous = m_table;
    for (QAction *action : {m_new, m_edit, m_reset, m_disable, m_unlock, m_refresh}) {
        setTabOrder(previous, m_toolBar->widgetForAction(action));
        previous = m_toolBar->widgetForAction(action);
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccountsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_restoreAfterReset = currentAccountId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectAccount(m_restoreAfterReset);
        updateActions();
    });
    connect(m_model, &UserTableModel::accountLoaded, this, [this](const Id &id) {
        if (!id.isEmpty() && id == m_selectWhenLoaded) {
            m_selectWhenLoaded.clear();
            selectAccount(id);
        }
        updateActions();
    });
    connect(m_model, &UserTableModel::loadFailed, this,
            [this](const QString &text) { showMessage(text, true); });
    updateActions();
}

QString AccountsPage::message() const
{
    return m_message ? m_message->text() : QString();
}

const AccountEntry *AccountsPage::currentEntry() const
{
    if (!m_table)
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->entryAt(m_proxy->mapToSource(rows.first()).row());
}

Id AccountsPage::currentAccountId() const
{
    const AccountEntry *entry = currentEntry();
    return entry ? entry->user.id : Id();
}

void AccountsPage::selectAccount(const Id &id)
{
    if (!m_model || id.isEmpty())
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return; // filtered out
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void AccountsPage::updateActions()
{
    if (!m_model)
        return;
    const AccountEntry *entry = currentEntry();
    const bool idle = m_writing == 0;
    m_edit->setEnabled(entry != nullptr);
    m_reset->setEnabled(entry != nullptr);
    m_disable->setEnabled(entry && idle);
    m_disable->setText(entry && entry->user.disabled ? tr("&Enable account")
                                                     : tr("&Disable account"));
    m_unlock->setEnabled(entry && idle && entry->canUnlock(QDateTime::currentDateTimeUtc()));
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setAccessibleName(action->iconText());
    }
}

void AccountsPage::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
    emit messageShown(text, error);
}

void AccountsPage::changed(const Id &id, const QString &text)
{
    m_model->reloadAccount(id);
    showMessage(text, false);
    emit accountChanged(id);
}

void AccountsPage::failed(const Id &id, const Error &error)
{
    if (error.code == Error::Code::Conflict) {
        m_model->reloadAccount(id);
        showMessage(tr("Someone else changed this account first. It has been reloaded; check "
                       "it and try again."),
                    true);
    } else {
        showMessage(error.message, true);
    }
}

AccountDialog *AccountsPage::newAccount()
{
    if (!m_model)
        return nullptr;
    auto *dialog = new AccountDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const User &account) {
        m_selectWhenLoaded = account.id;
        changed(account.id, tr("The account %1 was created.").arg(account.username));
    });
    dialog->open();
    return dialog;
}

AccountDialog *AccountsPage::editAccount()
{
    const AccountEntry *entry = currentEntry();
    if (!entry)
        return nullptr;
    auto *dialog = new AccountDialog(m_db, m_actor, *entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::saved, this, [this](const User &account) {
        changed(account.id, tr("The changes to the account %1 were saved.").arg(account.username));
    });
    connect(dialog, &AccountDialog::conflicted, this, [this](const Id &id) {
        m_model->reloadAccount(id);
        showMessage(tr("Someone else changed this account while you were editing it. The table "
                       "shows their changes now."),
                    true);
    });
    dialog->open();
    return dialog;
}

PasswordResetDialog *AccountsPage::resetPassword()
{
    const AccountEntry *entry = currentEntry();
    if (!entry)
        return nullptr;
    const User account = entry->user;
    auto *dialog = new PasswordResetDialog(m_db, m_actor, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordResetDialog::passwordReset, this, [this, account] {
        if (account.id == m_actor.userId) // the store asks no one to change their own choice
            changed(account.id, tr("Your password was changed."));
        else
            changed(account.id,
                    tr("The password of %1 was reset. They must choose a new password "
                       "the next time they sign in.")
                        .arg(account.username));
    });
    dialog->open();
    return dialog;
}

void AccountsPage::toggleDisabled()
{
    const AccountEntry *entry = currentEntry();
    if (!entry || m_writing > 0)
        return;
    const User account = entry->user;
    const bool disable = !account.disabled;
    if (disable && account.id == m_actor.userId) {
        showMessage(tr("You cannot disable your own account. Ask another administrator to do it."),
                    true);
        return;
    }
    ++m_writing;
    updateActions();
    const Database *db = &m_db;
    const Actor actor = m_actor;
    runInBackground(
        this,
        [db, account, disable, actor] {
            return UserRepository(*db).setDisabled(account.id, disable, actor);
        },
        [this, account, disable](Result<void> result) {
            --m_writing;
            if (!result)
                failed(account.id, result.error());
            else if (disable)
                changed(account.id,
                        tr("The account %1 is disabled; it can no longer sign in.")
                            .arg(account.username));
            else
                changed(account.id, tr("The account %1 is enabled again.").arg(account.username));
            updateActions();
        });
}

void AccountsPage::unlockAccount()
{
    const AccountEntry *entry = currentEntry();
    if (!entry || m_writing > 0)
        return;
    const User account = entry->user;
    ++m_writing;
    updateActions();
    const Database *db = &m_db;
    const Actor actor = m_actor;
    runInBackground(
        this, [db, account, actor] { return Authenticator(*db).unlock(account.username, actor); },
        [this, account](Result<void> result) {
            --m_writing;
            if (result)
                changed(account.id,
                        tr("The sign-in of %1 is unlocked and its failed attempts are forgotten.")
                            .arg(account.username));
            else
                failed(account.id, result.error());
            updateActions();
        });
}

void AccountsPage::refresh()
{
    if (m_model)
        m_model->reload();
}

void AccountsPage::showContextMenu(const QPoint &pos)
{
    // A right click has selected its row already; the menu key acts on the selected row.
    m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace cd
