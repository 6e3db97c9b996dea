#include "ui/AuditLogPage.h"

#include "app/core/Permissions.h"
#include "app/store/Database.h"
#include "app/store/UserRepository.h"
#include "ui/AuditLogModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

// Puts `items` (text, data) after the combo's first item ("Anyone", "Everything"), keeping the
// chosen item if it is still there. Returns false when the choice was lost.
bool replaceChoices(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(std::max(index, 0));
    return index >= 0;
}

} // namespace

AuditLogPage::AuditLogPage(const Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_model(new AuditLogModel(db, actor, this))
{
    setObjectName(u"auditLogPage"_s);
    const bool allowed = Permissions::allows(actor, Action::ViewAuditLog);

    m_user = new QComboBox(this);
    m_user->setObjectName(u"auditUserFilter"_s);
    m_user->addItem(tr("Anyone"), QString());
    m_user->setAccessibleName(tr("User"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);

    m_entity = new QComboBox(this);
    m_entity->setObjectName(u"auditEntityFilter"_s);
    m_entity->addItem(tr("Everything"), QString());
    m_entity->setAccessibleName(tr("Entity"));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *entityLabel = new QLabel(tr("&Entity:"), this);
    entityLabel->setBuddy(m_entity);

    const QDate today = QDate::currentDate();
    m_fromEnabled = new QCheckBox(tr("&From:"), this);
    m_fromEnabled->setObjectName(u"auditFromEnabled"_s);
    m_fromEnabled->setAccessibleName(tr("Only entries from a day on"));
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_from->setAccessibleName(tr("First day shown"));

    m_toEnabled = new QCheckBox(tr("T&o:"), this);
    m_toEnabled->setObjectName(u"auditToEnabled"_s);
    m_toEnabled->setAccessibleName(tr("Only entries up to a day"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"auditTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    m_to->setAccessibleName(tr("Last day shown"));

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"auditRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the audit log again (F5)"));
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AuditLogModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditLogModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the details
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {10, 10, 8, 9, 12};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    m_table->setAccessibleName(tr("Audit log entries"));

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"auditDetails"_s);
    m_details->setReadOnly(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an entry to see everything it recorded."));
    m_details->setAccessibleName(tr("Entry details"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"auditStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Audit log status"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addSpacing(em);
    filters->addWidget(entityLabel);
    filters->addWidget(m_entity);
    filters->addSpacing(em);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_refresh);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    setTabOrder(m_user, m_entity);
    setTabOrder(m_entity, m_fromEnabled);
    setTabOrder(m_fromEnabled, m_from);
    setTabOrder(m_from, m_toEnabled);
    setTabOrder(m_toEnabled, m_to);
    setTabOrder(m_to, m_refresh);
    setTabOrder(m_refresh, m_table);
    setTabOrder(m_table, m_details);

    // Filters apply once the user pauses, so typing a date does not read the log per key.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, &AuditLogPage::applyFilters);
    const auto later = [this] {
        m_filterDelay->start();
    };
    connect(m_user, &QComboBox::currentIndexChanged, this, later);
    connect(m_entity, &QComboBox::currentIndexChanged, this, later);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, later);
    connect(m_toEnabled, &QCheckBox::toggled, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, [this, later](const QDate &from) {
        m_to->setMinimumDate(from); // the last day never comes before the first
        if (m_fromEnabled->isChecked())
            later();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this, later] {
        if (m_toEnabled->isChecked())
            later();
    });
    m_to->setMinimumDate(m_from->date());
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(refreshAction, &QAction::triggered, this, &AuditLogPage::refresh);

    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditLogPage::updateStatus);
    connect(m_model, &AuditLogModel::loadFailed, this, &AuditLogPage::updateStatus);
    connect(m_model, &AuditLogModel::loaded, this, &AuditLogPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditLogPage::showSelectedEntry);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &AuditLogPage::showSelectedEntry);

    for (QWidget *filter :
         std::initializer_list<QWidget *>{m_user, m_entity, m_fromEnabled, m_toEnabled, m_refresh})
        filter->setEnabled(allowed);
    refreshAction->setEnabled(allowed);

    if (allowed)
        loadChoices();
    applyFilters();
}

AuditQuery AuditLogPage::query() const
{
    AuditQuery q;
    q.actorId = m_user->currentData().toString();
    q.entity = m_entity->currentData().toString();
    const auto [from, to] = instantsFor(m_fromEnabled->isChecked() ? m_from->date() : QDate(),
                                        m_toEnabled->isChecked() ? m_to->date() : QDate());
    q.from = from;
    q.to = to;
    q.limit = AuditLogModel::defaultLimit;
    return q;
}

std::pair<QDateTime, QDateTime> AuditLogPage::instantsFor(const QDate &from, const QDate &to)
{
    // startOfDay() copes with days that do not begin at midnight (a DST change at 00:00).
    return {from.isValid() ? from.startOfDay().toUTC() : QDateTime(),
            to.isValid() ? to.addDays(1).startOfDay().toUTC() : QDateTime()};
}

void AuditLogPage::refresh()
{
    if (Permissions::allows(m_actor, Action::ViewAuditLog))
        loadChoices();
    applyFilters();
}

void AuditLogPage::applyFilters()
{
    m_filterDelay->stop();
    m_model->setQuery(query());
}

void AuditLogPage::loadChoices()
{
    const quint64 generation = ++m_choicesGeneration;
    const Database *db = &m_db;
    QPointer<AuditLogPage> self(this);
    QThreadPool::globalInstance()->start([db, generation, self] {
        const auto users = UserRepository(*db).list();
        const auto entities = JournalReader(*db).auditEntities();
        QList<Account> accounts;
        if (users)
            for (const User &u : *users)
                accounts.append(Account{u.id, u.fullName, u.username});
        const QString error = !users ? users.error().message
            : !entities              ? entities.error().message
                                     : QString();
        const QStringList names = entities ? *entities : QStringList();
        QMetaObject::invokeMethod(qApp, [self, generation, accounts, names, error] {
            if (self)
                self->choicesArrived(generation, accounts, names, error);
        });
    });
}

void AuditLogPage::choicesArrived(quint64 generation, const QList<Account> &accounts,
                                  const QStringList &entities, const QString &error)
{
    if (generation != m_choicesGeneration)
        return;
    m_choicesError = error;
    QList<std::pair<QString, QString>> users;
    for (const Account &a : accounts) {
        //: An account in the user filter: full name, user name.
        const QString named = tr("%1 (%2)").arg(a.fullName, a.username);
        users.append({a.fullName.isEmpty() ? a.username : named, a.id});
    }
    QList<std::pair<QString, QString>> names;
    for (const QString &name : entities)
        names.append({AuditLogModel::entityName(name), name});
    const bool keptUser = replaceChoices(m_user, users);
    const bool keptEntity = replaceChoices(m_entity, names);
    if (!keptUser || !keptEntity)
        applyFilters();
    updateStatus();
}

void AuditLogPage::updateStatus()
{
    const int count = m_model->rowCount();
    QString text;
    if (m_model->isLoading())
        text = tr("Loading…");
    else if (!m_model->errorMessage().isEmpty())
        text = m_model->errorMessage();
    else if (m_model->limitReached())
        text = tr("Only the newest %n entries are shown. Narrow the filters to see older ones.",
                  nullptr, count);
    else if (count == 0)
        text = tr("No entries match these filters.");
    else
        text = tr("%n entry(s)", nullptr, count);
    if (!m_choicesError.isEmpty())
        text += u' ' + m_choicesError;
    m_status->setText(text);
}

void AuditLogPage::showSelectedEntry()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const AuditEntry &e = m_model->entryAt(m_sorted->mapToSource(rows.first()).row());
    const QLocale locale;
    QStringList lines{
        tr("When: %1").arg(locale.toString(e.at.toLocalTime(), QLocale::LongFormat)),
        e.actorId.isEmpty() ? tr("User: %1").arg(e.actorName)
                            : tr("User: %1 (%2)").arg(e.actorName, e.actorId),
        tr("Action: %1 (%2)").arg(AuditLogModel::actionName(e.action), e.action),
        tr("Entity: %1 (%2)").arg(AuditLogModel::entityName(e.entity), e.entity),
        tr("Record: %1").arg(e.entityId.isEmpty() ? tr("(none)") : e.entityId),
        QString(),
        QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented)).trimmed(),
    };
    m_details->setPlainText(lines.join(u'\n'));
}

} // namespace cd
