#include "ui/FeesPage.h"

#include "app/core/Permissions.h"
#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/FeeRepository.h"
#include "app/store/StudentRepository.h"
#include "ui/Background.h"
#include "ui/BalanceTableModel.h"
#include "ui/CsvFileExport.h"
#include "ui/FeeStructuresDialog.h"
#include "ui/GenerateInvoicesDialog.h"
#include "ui/StudentAccountDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Choices
{
    QList<Semester> semesters;
    Id current;
    QStringList programs;
    QStringList batches;
    QString error;
};

void refill(QComboBox *box, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QSignalBlocker blocker(box);
    const QString chosen = box->currentData().toString();
    box->clear();
    box->addItem(all, QString());
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(box->findData(chosen), 0));
}

} // namespace

FeesPage::FeesPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_model(new BalanceTableModel(this))
{
    setObjectName(u"feesPage"_s);
    const bool edits = Permissions::allows(actor, Action::EditFees);
    const auto combo = [this](const QString &name, const QString &accessible) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box;
    };
    m_semester = combo(u"feesSemester"_s, tr("Semester"));
    m_semester->addItem(tr("All semesters"), QString());
    m_program = combo(u"feesProgram"_s, tr("Program"));
    m_program->addItem(tr("All programs"), QString());
    m_batch = combo(u"feesBatch"_s, tr("Batch"));
    m_batch->addItem(tr("All batches"), QString());
    m_status = combo(u"feesStatus"_s, tr("Payment status"));
    m_status->addItem(tr("Any status"), QString());
    for (auto status : {PaymentStatus::Unpaid, PaymentStatus::Partial, PaymentStatus::Overdue,
                        PaymentStatus::Paid, PaymentStatus::Waived})
        m_status->addItem(PaymentStatusNames::displayName(status), codeOf(status));
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(u"feesOverdueOnly"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"feesSearch"_s);
    m_search->setPlaceholderText(tr("Name or student number"));
    m_search->setAccessibleName(tr("Search by name or student number"));
    m_search->setClearButtonEnabled(true);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"feesRefresh"_s);
    m_refresh->setToolTip(tr("Read the balances again (F5)"));
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(u"feesExport"_s);
    m_export->setToolTip(tr("Save the rows shown as a spreadsheet file"));
    m_open = new QPushButton(tr("Open &account…"), this);
    m_open->setObjectName(u"feesOpenAccount"_s);
    m_open->setToolTip(tr("Invoices, statement and payments of the selected student (Enter)"));
    m_generate = new QPushButton(tr("&Generate invoices…"), this);
    m_generate->setObjectName(u"feesGenerate"_s);
    m_lateFees = new QPushButton(tr("Apply &late fees"), this);
    m_lateFees->setObjectName(u"feesLateFees"_s);
    m_lateFees->setToolTip(tr("Charge the late fee of every overdue invoice whose rule says so "
                              "(once per invoice)"));
    m_structures = new QPushButton(tr("Fee &structures…"), this);
    m_structures->setObjectName(u"feesStructures"_s);
    m_structures->setToolTip(tr("What each program's students owe per semester, with due dates "
                                "and late fees"));
    m_generate->setVisible(edits);
    m_lateFees->setVisible(edits);
    m_structures->setVisible(edits);

    m_table = new QTableView(this);
    m_table->setObjectName(u"feesTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BalanceTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Outstanding balances per student and semester"));
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {6, 12, 9, 4, 7, 8, 8, 8, 8, 8, 7};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    // Student numbers and semester names are read whole: sized to a typical value.
    const int padding = 2 * em;
    m_table->setColumnWidth(BalanceTableModel::NumberColumn,
                            fontMetrics().horizontalAdvance(u"2026-000000"_s) + padding);
    m_table->setColumnWidth(BalanceTableModel::SemesterColumn,
                            fontMetrics().horizontalAdvance(u"Autumn 2026"_s) + padding);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"feesStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two rows of filters, so the page fits a 1024-pixel screen.
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_search, 1);
    firstRow->addWidget(m_semester);
    firstRow->addWidget(m_status);
    firstRow->addWidget(m_overdueOnly);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_program);
    secondRow->addWidget(m_batch);
    secondRow->addStretch();
    secondRow->addWidget(m_refresh);
    secondRow->addWidget(m_export);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addStretch();
    actions->addWidget(m_structures);
    actions->addWidget(m_lateFees);
    actions->addWidget(m_generate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_statusLabel);

    // Typing waits a moment so a fast typist reads once.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &FeesPage::reload);
    for (QComboBox *box : {m_semester, m_program, m_batch, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &FeesPage::reload);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &FeesPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &FeesPage::refresh);
    connect(refreshAction, &QAction::triggered, this, &FeesPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &FeesPage::chooseExportFile);
    connect(m_open, &QPushButton::clicked, this, &FeesPage::openAccount);
    connect(m_table, &QTableView::activated, this, &FeesPage::openAccount);
    connect(m_generate, &QPushButton::clicked, this, &FeesPage::openInvoiceGeneration);
    connect(m_structures, &QPushButton::clicked, this, [this] {
        auto *dialog = new FeeStructuresDialog(m_db, m_actor, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_lateFees, &QPushButton::clicked, this, &FeesPage::applyLateFees);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeesPage::updateStatus);

    updateStatus();
    loadChoices();
}

BalanceQuery FeesPage::query() const
{
    BalanceQuery q;
    q.semesterId = m_semester->currentData().toString();
    q.program = m_program->currentData().toString();
    q.batch = m_batch->currentData().toString();
    q.status = fromCode<PaymentStatus>(m_status->currentData().toString());
    q.overdueOnly = m_overdueOnly->isChecked();
    q.search = m_search->text().simplified();
    q.today = QDate::currentDate();
    return q;
}

void FeesPage::refresh()
{
    loadChoices();
}

void FeesPage::loadChoices()
{
    const Database *db = &m_db;
    runInBackground(
        this,
        [db] {
            Choices choices;
            const CourseRepository courses(*db);
            auto semesters = courses.semesters();
            if (!semesters) {
                choices.error = semesters.error().message;
                return choices;
            }
            choices.semesters = *semesters;
            if (auto current = courses.semesterOn(QDate::currentDate()))
                choices.current = current->id;
            const StudentRepository students(*db);
            if (auto programs = students.programs())
                choices.programs = *programs;
            if (auto batches = students.batches())
                choices.batches = *batches;
            return choices;
        },
        [this](const Choices &choices) {
            m_error = choices.error;
            const bool first = m_semester->count() <= 1;
            QList<std::pair<QString, QString>> semesters, programs, batches;
            for (const auto &s : choices.semesters)
                semesters.append({s.name, s.id});
            for (const auto &p : choices.programs)
                programs.append({p, p});
            for (const auto &b : choices.batches)
                batches.append({b, b});
            refill(m_semester, tr("All semesters"), semesters);
            refill(m_program, tr("All programs"), programs);
            refill(m_batch, tr("All batches"), batches);
            if (first && !choices.current.isEmpty()) {
                const QSignalBlocker blocker(m_semester);
                m_semester->setCurrentIndex(std::max(m_semester->findData(choices.current), 0));
            }
            emit choicesLoaded();
            reload();
        });
}

void FeesPage::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    updateStatus();
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const BalanceQuery q = query();
    runInBackground(
        this, [db, actor, q] { return OutstandingBalances(*db).load(q, actor); },
        [this, generation](Result<QList<BalanceRow>> rows) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (rows) {
                m_error.clear();
                m_model->setRows(std::move(*rows));
            } else {
                m_error = rows.error().message;
                m_model->setRows({});
            }
            updateStatus();
            emit loaded();
        });
}

void FeesPage::updateStatus()
{
    QString text;
    bool error = false;
    if (!m_error.isEmpty()) {
        text = m_error;
        error = true;
    } else if (m_loading && m_model->rowCount() == 0) {
        text = tr("Reading balances…");
    } else if (m_model->rowCount() == 0) {
        text = tr("No invoices match these filters.");
    } else {
        const auto &rows = m_model->rows();
        Money due = Money::zero(rows.first().due.currency());
        int overdue = 0;
        for (const auto &row : rows) {
            if (row.due.currency() == due.currency())
                due += row.due;
            if (row.overdueInvoices > 0)
                ++overdue;
        }
        text = tr("%n row(s) shown", nullptr, m_model->rowCount()) + u"; "_s
            + tr("amount due %1").arg(due.toDisplayString()) + u"; "_s
            + tr("%n with overdue invoices", nullptr, overdue);
    }
    if (!m_message.isEmpty())
        text += u"\n"_s + m_message;
    m_statusLabel->setText(text);
    QPalette palette = m_statusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xb0, 0x1c, 0x1c)
                           : this->palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(palette);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_open->setEnabled(m_table->currentIndex().isValid());
}

void FeesPage::exportTo(const QString &path)
{
    const QByteArray bytes = m_model->csv();
    const int rows = m_model->rowCount();
    m_export->setEnabled(false);
    CsvFileExport::save(this, path, bytes, rows, [this](bool ok, const QString &message) {
        m_message = message;
        updateStatus();
        emit exportFinished(ok, m_message);
    });
}

void FeesPage::chooseExportFile()
{
    const QString suggested
        = tr("balances-%1.csv").arg(m_semester->currentText().simplified().replace(u' ', u'-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export balances"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

StudentAccountDialog *FeesPage::openAccount()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    const BalanceRow &row = m_model->rowAt(current.row());
    auto *dialog = new StudentAccountDialog(
        m_db, m_actor, row.studentId,
        tr("%1 %2 (%3)").arg(row.firstName, row.lastName, row.studentNumber), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StudentAccountDialog::changed, this, &FeesPage::reload);
    emit accountOpened(dialog);
    dialog->show();
    return dialog;
}

void FeesPage::applyLateFees()
{
    m_lateFees->setEnabled(false);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    runInBackground(
        this, [db, actor] { return FeeRepository(*db).applyLateFees(QDate::currentDate(), actor); },
        [this](const Result<int> &charged) {
            m_lateFees->setEnabled(true);
            m_message = charged ? tr("Late fees charged on %n invoice(s).", nullptr, *charged)
                                : charged.error().message;
            updateStatus();
            emit lateFeesApplied(charged.ok(), m_message);
            if (charged && *charged > 0)
                reload();
        });
}

GenerateInvoicesDialog *FeesPage::openInvoiceGeneration()
{
    auto *dialog = new GenerateInvoicesDialog(m_db, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateInvoicesDialog::generated, this, &FeesPage::reload);
    dialog->open();
    return dialog;
}

} // namespace cd
