#include "ui/StudentAccountView.h"

#include "app/store/Database.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

StudentAccountView::StudentAccountView(const Database &db, const Actor &viewer, QWidget *parent)
    : QWidget(parent), m_db(db), m_viewer(viewer)
{
    m_invoices = makeTable({tr("Invoice"), tr("Issued"), tr("Due date"), tr("Charged"),
                            tr("Total paid"), tr("Waived"), tr("Amount due"), tr("Status")},
                           u"accountInvoices"_s, this);
    m_invoices->setAccessibleName(tr("Invoices"));
    m_statement = makeTable({tr("Date"), tr("Entry"), tr("Description"), tr("Receipt"),
                             tr("Charge"), tr("Credit"), tr("Balance")},
                            u"accountStatement"_s, this);
    m_statement->setAccessibleName(tr("Statement of account"));
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int invoiceWidths[] = {14, 7, 7, 8, 8, 7, 8};
    for (int c = 0; c < int(std::size(invoiceWidths)); ++c)
        m_invoices->setColumnWidth(c, invoiceWidths[c] * em);
    const int statementWidths[] = {7, 6, 13, 14, 8, 8};
    for (int c = 0; c < int(std::size(statementWidths)); ++c)
        m_statement->setColumnWidth(c, statementWidths[c] * em);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"accountTotals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *invoicesTitle = new QLabel(tr("Invoices"), this);
    auto *statementTitle = new QLabel(tr("Statement of account"), this);
    QFont bold = invoicesTitle->font();
    bold.setBold(true);
    invoicesTitle->setFont(bold);
    statementTitle->setFont(bold);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(invoicesTitle);
    topLayout->addWidget(m_invoices, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(statementTitle);
    bottomLayout->addWidget(m_statement, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_totals);

    connect(m_invoices, &QTableWidget::itemSelectionChanged, this,
            &StudentAccountView::selectionChanged);
    connect(m_statement, &QTableWidget::itemSelectionChanged, this,
            &StudentAccountView::selectionChanged);
}

void StudentAccountView::load(const Id &studentId)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    showLabelMessage(m_totals, tr("Reading the account…"), false);
    const Database *db = &m_db;
    const Actor viewer = m_viewer;
    runInBackground(
        this,
        [db, viewer, studentId] {
            return FeeRepository(*db).accountOfStudent(studentId, QDate::currentDate(), viewer);
        },
        [this, generation](const Result<StudentAccount> &account) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!account) {
                m_invoices->setRowCount(0);
                m_statement->setRowCount(0);
                showLabelMessage(m_totals, account.error().message, true);
                emit loaded(false);
                return;
            }
            show(*account);
            emit loaded(true);
        });
}

void StudentAccountView::show(const StudentAccount &account)
{
    const Id keepInvoice = currentInvoice() ? currentInvoice()->invoice.id : Id();
    m_account = account;
    m_invoices->setRowCount(0);
    for (const auto &item : account.invoices) {
        const int r = m_invoices->rowCount();
        m_invoices->insertRow(r);
        const auto &b = item.balance;
        const QList<QTableWidgetItem *> cells{
            cell(item.invoice.description),       cell(dateText(item.invoice.issuedOn)),
            cell(dateText(item.invoice.dueOn)),   cell(b.charged.toDisplayString(), true),
            cell(b.paid.toDisplayString(), true), cell(b.waived.toDisplayString(), true),
            cell(b.due.toDisplayString(), true),  cell(PaymentStatusNames::displayName(b.status))};
        for (int c = 0; c < int(cells.size()); ++c) {
            if (b.status == PaymentStatus::Overdue && c >= 6)
                cells.at(c)->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_invoices->setItem(r, c, cells.at(c));
        }
        if (item.invoice.id == keepInvoice)
            m_invoices->selectRow(r);
    }
    if (m_invoices->rowCount() > 0 && !m_invoices->currentIndex().isValid())
        m_invoices->selectRow(0);

    m_statement->setRowCount(0);
    for (const auto &line : account.statement.lines) {
        const int r = m_statement->rowCount();
        m_statement->insertRow(r);
        const QString kind = line.kind ? FeeRules::kindName(*line.kind) : tr("Invoice");
        const QList<QTableWidgetItem *> cells{
            cell(dateText(line.date)),
            cell(kind),
            cell(line.description),
            cell(line.receiptNumber),
            cell(line.debit.isZero() ? QString() : line.debit.toDisplayString(), true),
            cell(line.credit.isZero() ? QString() : line.credit.toDisplayString(), true),
            cell(line.balance.toDisplayString(), true)};
        cells.first()->setData(Qt::UserRole, line.entryId);
        cells.first()->setData(Qt::UserRole + 1, line.invoiceId);
        for (int c = 0; c < int(cells.size()); ++c)
            m_statement->setItem(r, c, cells.at(c));
    }

    const AccountBalance &t = account.totals;
    if (account.invoices.isEmpty()) {
        showLabelMessage(m_totals, tr("No invoices yet."), false);
    } else {
        QString text = tr("Charged %1, paid %2, waived %3; amount due %4.")
                           .arg(t.charged.toDisplayString(), t.paid.toDisplayString(),
                                t.waived.toDisplayString(), t.due.toDisplayString());
        if (t.lastPaymentDate)
            text += u' ' + tr("Last payment on %1.").arg(dateText(*t.lastPaymentDate));
        if (t.overdueInvoices > 0)
            text += u' ' + tr("%n invoice(s) overdue.", nullptr, t.overdueInvoices);
        showLabelMessage(m_totals, text, false);
    }
    emit selectionChanged();
}

const InvoiceAccount *StudentAccountView::currentInvoice() const
{
    // A statement line selected names its invoice; otherwise the invoice row selected.
    if (const QTableWidgetItem *item = m_statement->item(m_statement->currentRow(), 0);
        item && m_statement->selectionModel()->hasSelection()) {
        const Id invoiceId = item->data(Qt::UserRole + 1).toString();
        for (const auto &invoice : m_account.invoices)
            if (invoice.invoice.id == invoiceId)
                return &invoice;
    }
    const int row = m_invoices->currentRow();
    if (row < 0 || row >= int(m_account.invoices.size()))
        return nullptr;
    return &m_account.invoices.at(row);
}

std::optional<LedgerEntry> StudentAccountView::currentEntry() const
{
    const QTableWidgetItem *item = m_statement->item(m_statement->currentRow(), 0);
    if (!item || !m_statement->selectionModel()->hasSelection())
        return std::nullopt;
    const Id entryId = item->data(Qt::UserRole).toString();
    if (entryId.isEmpty())
        return std::nullopt;
    for (const auto &invoice : m_account.invoices)
        for (const auto &entry : invoice.ledger)
            if (entry.id == entryId)
                return entry;
    return std::nullopt;
}

} // namespace cd
