#include "ui/MainWindow.h"

#include "app/store/Database.h"
#include "app/store/SchoolSettings.h"
#include "ui/StudentTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_model(new StudentTableModel(db, this))
{
    const SchoolSettings settings = SchoolSettings::load(db);
    setWindowTitle(settings.demo ? tr("%1 — CampusDesk (demo school)").arg(settings.name)
                                 : tr("%1 — CampusDesk").arg(settings.name));
    setObjectName(u"mainWindow"_s);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"studentSearch"_s);
    m_search->setPlaceholderText(tr("Search by name, student number or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search students"));

    m_table = new QTableView(this);
    m_table->setObjectName(u"studentTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentTableModel::LastNameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {9, 12, 11, 16, 6, 8};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->setAccessibleName(tr("Students"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    setCentralWidget(central);

    // Search as you type, once typing pauses.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *find = fileMenu->addAction(tr("&Find student"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CampusDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About CampusDesk"),
            tr("<p><b>CampusDesk %1</b></p><p>Student records, gradebook, fees and attendance "
               "for schools and colleges.</p>")
                .arg(QApplication::applicationVersion()));
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"studentCount"_s);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addWidget(
        new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())), this));
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &StudentTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &StudentTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    updateStatus();
    resize(1100, 700);
}

void MainWindow::updateStatus()
{
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_countLabel->setText(tr("Loading…"));
    else if (m_model->query().search.trimmed().isEmpty())
        m_countLabel->setText(tr("%n student(s)", nullptr, m_model->rowCount()));
    else
        m_countLabel->setText(tr("%n student(s) found", nullptr, m_model->rowCount()));
}

} // namespace cd
