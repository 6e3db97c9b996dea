#include "ui/MainWindow.h"

#include "app/core/ClientSettings.h"
#include "app/store/Database.h"
#include "app/store/SchoolSettings.h"
#include "ui/AccountsPage.h"
#include "ui/AttendancePage.h"
#include "ui/AttendanceReportPage.h"
#include "ui/AuditLogPage.h"
#include "ui/CoursesPage.h"
#include "ui/FaceEnrolmentSetup.h"
#include "ui/FaceKeyring.h"
#include "ui/FeesPage.h"
#include "ui/GradebookPage.h"
#include "ui/ImportStudentsDialog.h"
#include "ui/MyFeesPage.h"
#include "ui/PlaceholderPage.h"
#include "ui/ResultsPage.h"
#include "ui/StudentsPage.h"
#include "ui/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace cd {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const Database &db, const User &user, ClientSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent), m_db(db), m_user(user), m_actor{user.id, user.fullName, user.role},
      m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    const SchoolSettings school = SchoolSettings::load(db);
    setWindowTitle(school.demo ? tr("%1 — CampusDesk (demo school)").arg(school.name)
                               : tr("%1 — CampusDesk").arg(school.name));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pages"_s);

    m_pages = pagesFor(m_actor);
    for (const PageEntry &entry : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(themedIcon(entry.icon), entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.id);
        item->setData(Qt::AccessibleTextRole, entry.title);
    }
    int widest = 0;
    for (const PageEntry &entry : std::as_const(m_pages))
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(entry.title));
    m_navigation->setFixedWidth(widest + 22 + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            showPage(m_pages[row].id);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();

    resize(1100, 700);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    if (!m_pages.isEmpty())
        showPage(m_pages.first().id);
}

QList<MainWindow::PageEntry> MainWindow::pagesFor(const Actor &actor)
{
    const Database *db = &m_db;
    const auto later = [this](const QString &title, const QString &description) {
        return [this, title, description]() -> QWidget * {
            return new PlaceholderPage(title, description, m_stack);
        };
    };
    QList<PageEntry> all{
        {u"dashboard"_s,
         tr("My dashboard"),
         u"dashboard"_s,
         {Action::ViewOwnRecord},
         later(tr("Welcome, %1").arg(m_user.fullName),
               tr("Your attendance, results and fees for this semester, at a glance.")),
         nullptr},
        {u"students"_s,
         tr("Students"),
         u"students"_s,
         {Action::ViewStudents},
         [this, db]() -> QWidget * {
             auto *students = new StudentsPage(*db, m_actor, m_stack);
             wireStudentsPage(students);
             students->setFaceEnrolment(FaceEnrolmentSetup::from(m_settings, faceKeyring()));
             return students;
         },
         nullptr},
        {u"courses"_s,
         tr("Courses"),
         u"courses"_s,
         {Action::ViewStudents},
         [this, db]() -> QWidget * {
             auto *courses = new CoursesPage(*db, m_actor, m_stack);
             courses->setFaceEnrolment(FaceEnrolmentSetup::from(m_settings, faceKeyring()));
             return courses;
         },
         nullptr},
        {u"attendance"_s,
         tr("Attendance"),
         u"attendance"_s,
         {Action::TakeAttendance, Action::CorrectAttendance},
         [this, db]() -> QWidget * {
             auto *page = new AttendancePage(*db, m_actor, m_stack);
             page->setFaceSupport(&m_settings, faceKeyring());
             return page;
         },
         nullptr},
        {u"attendanceReport"_s,
         tr("Attendance report"),
         u"attendancereport"_s,
         {Action::ViewStudents, Action::ViewOwnRecord},
         [this, db]() -> QWidget * { return new AttendanceReportPage(*db, m_actor, m_stack); },
         nullptr},
        {u"gradebook"_s,
         tr("Gradebook"),
         u"gradebook"_s,
         {Action::EditMarks},
         [this, db]() -> QWidget * { return new GradebookPage(*db, m_actor, m_stack); },
         nullptr},
        {u"results"_s,
         m_actor.role == Role::Student ? tr("My results") : tr("Results"),
         u"results"_s,
         {Action::ViewOwnRecord, Action::ViewStudents},
         [this, db]() -> QWidget * { return new ResultsPage(*db, m_actor, m_stack); },
         nullptr},
        {u"fees"_s,
         tr("Fees"),
         u"fees"_s,
         {Action::EditFees},
         [this, db]() -> QWidget * { return new FeesPage(*db, m_actor, m_stack); },
         nullptr},
        {u"myFees"_s,
         tr("My fees"),
         u"fees"_s,
         {Action::ViewOwnRecord},
         [this, db]() -> QWidget * { return new MyFeesPage(*db, m_actor, m_stack); },
         nullptr},
        {u"accounts"_s,
         tr("Accounts"),
         u"accounts"_s,
         {Action::ManageAccounts},
         [this, db, actor]() -> QWidget * { return new AccountsPage(*db, actor, m_stack); },
         nullptr},
        {u"audit"_s,
         tr("Audit log"),
         u"audit"_s,
         {Action::ViewAuditLog},
         [this, db, actor]() -> QWidget * { return new AuditLogPage(*db, actor, m_stack); },
         nullptr},
        {u"messages"_s,
         tr("Messages"),
         u"messages"_s,
         {Action::UseMessaging},
         later(tr("Messages"),
               tr("Messages with colleagues and classes, and an assistant that answers from the "
                  "school's data.")),
         nullptr},
    };
    QList<PageEntry> allowed;
    for (PageEntry &entry : all)
        if (std::ranges::any_of(entry.actions,
                                [&](Action a) { return Permissions::allows(actor, a); }))
            allowed.append(std::move(entry));
    return allowed;
}

void MainWindow::createMenus()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *settings = fileMenu->addAction(themedIcon(u"settings"_s), tr("&Settings…"), this,
                                            &MainWindow::settingsRequested);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    QAction *password = fileMenu->addAction(themedIcon(u"password"_s), tr("Change &password…"),
                                            this, &MainWindow::changePasswordRequested);
    password->setObjectName(u"changePasswordAction"_s);
    fileMenu->addSeparator();
    QAction *switchUser = fileMenu->addAction(themedIcon(u"switchuser"_s), tr("S&witch user…"),
                                              this, &MainWindow::switchUserRequested);
    switchUser->setObjectName(u"switchUserAction"_s);
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *signOut = fileMenu->addAction(themedIcon(u"signout"_s), tr("Sign &out"), this,
                                           &MainWindow::signOutRequested);
    signOut->setObjectName(u"signOutAction"_s);
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    // Undo and redo of the current page, when it has a history (updateEditMenu).
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(u"editMenu"_s);
    m_editMenu->menuAction()->setVisible(false);

    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString id = m_pages[i].id;
        QAction *go = goMenu->addAction(themedIcon(m_pages[i].icon), m_pages[i].title, this,
                                        [this, id] { showPage(id); });
        go->setObjectName(u"go_"_s + id);
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CampusDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About CampusDesk"),
            tr("<p><b>CampusDesk %1</b></p><p>Student records, gradebook, fees and attendance "
               "for schools and colleges.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_location = new QLabel(
        tr("Database on this computer: %1")
            .arg(QString(QChar(0x2068) + QDir::toNativeSeparators(m_db.path()) + QChar(0x2069))),
        this);
    m_location->setObjectName(u"databaseLocation"_s);
    m_userLabel = new QLabel(
        tr("Signed in as %1 (%2)").arg(m_user.fullName, RoleNames::displayName(m_user.role)), this);
    m_userLabel->setObjectName(u"signedInUser"_s);
    m_syncLabel = new QLabel(tr("Not synced: this computer only"), this);
    m_syncLabel->setObjectName(u"syncState"_s);
    statusBar()->addWidget(m_location, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageEntry &entry : m_pages)
        ids.append(entry.id);
    return ids;
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages[row].id : QString();
}

bool MainWindow::showPage(const QString &id)
{
    for (int row = 0; row < m_pages.size(); ++row) {
        PageEntry &entry = m_pages[row];
        if (entry.id != id)
            continue;
        if (!entry.widget) { // pages are built when first shown
            entry.widget = entry.make();
            if (entry.widget->objectName().isEmpty())
                entry.widget->setObjectName(id + u"Page"_s);
            m_stack->addWidget(entry.widget);
        }
        m_stack->setCurrentWidget(entry.widget);
        if (m_navigation->currentRow() != row)
            m_navigation->setCurrentRow(row);
        updateEditMenu();
        return true;
    }
    return false;
}

FaceKeyring *MainWindow::faceKeyring()
{
    if (!m_faceKeyring)
        m_faceKeyring = new FaceKeyring(m_db, this);
    return m_faceKeyring;
}

void MainWindow::wireStudentsPage(StudentsPage *page)
{
    connect(page, &StudentsPage::importRequested, this, [this, page] {
        auto *dialog = new ImportStudentsDialog(m_db, m_actor, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportStudentsDialog::imported, page, &StudentsPage::reload);
        dialog->open();
    });
}

// The Edit menu holds the undo and redo of the current page, so Ctrl+Z always means the page
// in front of the user (a hidden page's history is never reached by accident).
void MainWindow::updateEditMenu()
{
    QWidget *current = m_stack->currentWidget();
    QList<QAction *> actions;
    if (auto *students = qobject_cast<StudentsPage *>(current))
        actions = {students->undoAction(), students->redoAction()};
    else if (auto *gradebook = qobject_cast<GradebookPage *>(current))
        actions = {gradebook->undoAction(), gradebook->redoAction()};
    m_editMenu->clear();
    m_editMenu->addActions(actions);
    m_editMenu->menuAction()->setVisible(!actions.isEmpty());
}

QWidget *MainWindow::page(const QString &id) const
{
    for (const PageEntry &entry : m_pages)
        if (entry.id == id)
            return entry.widget;
    return nullptr;
}

QString MainWindow::statusText() const
{
    return m_location->text() + u" · "_s + m_userLabel->text() + u" · "_s + m_syncLabel->text();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace cd
