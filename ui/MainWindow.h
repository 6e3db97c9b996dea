#pragma once

#include "app/core/Actor.h"
#include "app/core/Permissions.h"
#include "app/core/User.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cd {

class ClientSettings;
class Database;
class FaceKeyring;
class StudentsPage;

// The shell every signed-in user lives in: a navigation list of the pages their role may use
// (pages are built the first time they are shown), menus with every action and its shortcut,
// and a status bar with the database, the signed-in user and the sync state. Window geometry is
// kept in ClientSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Database &db, const User &user, ClientSettings &settings,
               QWidget *parent = nullptr);

    // Page ids in navigation order, e.g. "students", "accounts".
    QStringList pageIds() const;
    QString currentPageId() const;
    // Shows the page (building it on first use); false if this role has no such page.
    bool showPage(const QString &id);
    // The page's widget once built; null before or if the role has no such page.
    QWidget *page(const QString &id) const;
    const User &user() const { return m_user; }
    QString statusText() const;

signals:
    void settingsRequested();
    void changePasswordRequested();
    void switchUserRequested();
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct PageEntry
    {
        QString id;
        QString title;
        QString icon;
        QList<Action> actions; // shown when the actor may do any of these
        std::function<QWidget *()> make;
        QWidget *widget = nullptr;
    };
    QList<PageEntry> pagesFor(const Actor &actor);
    void createMenus();
    void createStatusBar();
    void wireStudentsPage(StudentsPage *page);
    void updateEditMenu();
    // The face template key, shared by the pages that enrol or recognise faces; made on first
    // use, so signing in never touches the keychain for it.
    FaceKeyring *faceKeyring();

    const Database &m_db;
    User m_user;
    Actor m_actor;
    ClientSettings &m_settings;
    QList<PageEntry> m_pages;
    QListWidget *m_navigation = nullptr;
    QMenu *m_editMenu = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    FaceKeyring *m_faceKeyring = nullptr;
};

} // namespace cd
