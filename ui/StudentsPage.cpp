#include "ui/StudentsPage.h"

#include "ui/StudentTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

StudentsPage::StudentsPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_model(new StudentTableModel(db, actor, this))
{
    setObjectName(u"studentsPage"_s);
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

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"studentCount"_s);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_problem);
    layout->addWidget(m_table);
    layout->addWidget(m_countLabel);

    auto *find = new QAction(tr("Find student"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    // Search as you type. When the table is idle, at once: a pause after every keystroke is
    // a delay the user sees on every search. While a read is running, the latest text waits for
    // it to finish (or 150 ms at most), so fast typing never stacks up reads nobody will see.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    const auto search = [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text());
    };
    connect(m_search, &QLineEdit::textChanged, this, [this, search] {
        if (m_model->isLoading())
            m_searchDelay->start();
        else
            search();
    });
    connect(m_searchDelay, &QTimer::timeout, this, search);
    connect(m_model, &StudentTableModel::loadingChanged, this, [this, search](bool loading) {
        if (!loading && m_searchDelay->isActive())
            search();
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &StudentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StudentsPage::updateCount);
    connect(m_model, &StudentTableModel::loadingChanged, this, &StudentsPage::updateCount);
    connect(m_model, &StudentTableModel::loadFailed, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });
    updateCount();
    setFocusProxy(m_search);
}

void StudentsPage::updateCount()
{
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_countLabel->setText(tr("Loading…"));
    else if (m_model->query().search.trimmed().isEmpty())
        m_countLabel->setText(tr("%n student(s)", nullptr, m_model->rowCount()));
    else
        m_countLabel->setText(tr("%n student(s) found", nullptr, m_model->rowCount()));
    if (!m_model->isLoading())
        m_problem->hide();
}

} // namespace cd
