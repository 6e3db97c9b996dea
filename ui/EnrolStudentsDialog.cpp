#include "ui/EnrolStudentsDialog.h"

#include "app/core/EnumCodes.h"
#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/StudentTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

struct FilterChoices
{
    QStringList batches;
    QStringList programs;
};

} // namespace

EnrolStudentsDialog::EnrolStudentsDialog(const Database &db, const Actor &actor, const Id &courseId,
                                         const QString &courseLabel, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_courseId(courseId)
{
    setObjectName(u"enrolStudentsDialog"_s);
    setWindowTitle(tr("Enrol students in %1").arg(courseLabel));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"enrolSearch"_s);
    m_search->setAccessibleName(tr("Search students"));
    m_search->setPlaceholderText(tr("Name, student number or email"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 5);

    const auto addFilter = [this, filters](const QString &label, const QString &name,
                                           const QString &accessible, int column) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *text = new QLabel(label, this);
        text->setBuddy(combo);
        filters->addWidget(text, 1, column);
        filters->addWidget(combo, 1, column + 1);
        return combo;
    };
    m_batch = addFilter(tr("&Batch:"), u"enrolBatch"_s, tr("Batch"), 0);
    m_batch->addItem(tr("All batches"), QString());
    m_program = addFilter(tr("&Program:"), u"enrolProgram"_s, tr("Program"), 2);
    m_program->addItem(tr("All programs"), QString());
    m_status = addFilter(tr("S&tatus:"), u"enrolStatus"_s, tr("Status"), 4);
    m_status->addItem(tr("Any status"), QString());
    for (const StudentStatus status : allValues<StudentStatus>())
        m_status->addItem(StudentRules::statusName(status), QString(codeOf(status)));
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_model = new StudentTableModel(db, actor, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"enrolStudentTable"_s);
    m_table->setAccessibleName(tr("Students to enrol"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentTableModel::LastNameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {8, 9, 9, 12, 5, 6};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(u"enrolCount"_s);
    m_count->setTextFormat(Qt::PlainText);
    layout->addWidget(m_count);
    m_message = new QLabel(this);
    m_message->setObjectName(u"enrolMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttons"_s);
    m_enrolSelected = buttons->addButton(tr("Enrol &selected"), QDialogButtonBox::ActionRole);
    m_enrolSelected->setObjectName(u"enrolSelected"_s);
    m_enrolAll = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_enrolAll->setObjectName(u"enrolAll"_s);
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false); // Enter in the search must not enrol anybody
    }
    connect(m_enrolSelected, &QPushButton::clicked, this, &EnrolStudentsDialog::enrolSelected);
    connect(m_enrolAll, &QPushButton::clicked, this, &EnrolStudentsDialog::enrolAllMatching);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrolStudentsDialog::reject);
    layout->addWidget(buttons);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EnrolStudentsDialog::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilters();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    for (QComboBox *combo : {m_batch, m_program, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &EnrolStudentsDialog::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnrolStudentsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EnrolStudentsDialog::updateButtons);
    connect(m_model, &StudentTableModel::loadFailed, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnrolStudentsDialog::updateButtons);

    setTabOrder(m_search, m_batch);
    setTabOrder(m_batch, m_program);
    setTabOrder(m_program, m_status);
    setTabOrder(m_status, m_table);
    setTabOrder(m_table, m_enrolSelected);
    setTabOrder(m_enrolSelected, m_enrolAll);

    // Enrolling students who have left makes no sense: start with current students.
    m_status->setCurrentIndex(m_status->findData(QString(codeOf(StudentStatus::Active))));
    applyFilters();
    updateButtons();
    loadFilters();
    m_search->setFocus();
    resize(em * 60, em * 36);
}

QString EnrolStudentsDialog::message() const
{
    return m_message->text();
}

void EnrolStudentsDialog::loadFilters()
{
    const Database *db = &m_db;
    runInBackground(
        this,
        [db]() -> Result<FilterChoices> {
            const StudentRepository students(*db);
            auto batches = students.batches();
            if (!batches)
                return batches.error();
            auto programs = students.programs();
            if (!programs)
                return programs.error();
            return FilterChoices{*batches, *programs};
        },
        [this](Result<FilterChoices> choices) {
            if (!choices) {
                showMessage(choices.error().message, true);
                return;
            }
            for (const QString &batch : std::as_const(choices->batches))
                m_batch->addItem(batch, batch);
            for (const QString &program : std::as_const(choices->programs))
                m_program->addItem(program, program);
            emit filtersLoaded();
        });
}

void EnrolStudentsDialog::setBatchFilter(const QString &batch)
{
    const int index = m_batch->findData(batch);
    if (index >= 0)
        m_batch->setCurrentIndex(index);
}

void EnrolStudentsDialog::setProgramFilter(const QString &program)
{
    const int index = m_program->findData(program);
    if (index >= 0)
        m_program->setCurrentIndex(index);
}

void EnrolStudentsDialog::applyFilters()
{
    m_searchDelay->stop();
    m_model->setBatch(m_batch->currentData().toString());
    m_model->setProgram(m_program->currentData().toString());
    m_model->setStatus(fromCode<StudentStatus>(m_status->currentData().toString()));
    m_model->setSearch(m_search->text());
}

void EnrolStudentsDialog::updateButtons()
{
    const int matching = m_model->rowCount();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_count->setText(selected > 0 ? tr("%n matching student(s); %1 selected.", nullptr, matching)
                                        .arg(QLocale().toString(selected))
                                  : tr("%n matching student(s).", nullptr, matching));
    m_enrolSelected->setEnabled(!m_working && selected > 0);
    m_enrolAll->setText(tr("Enrol &all %n matching", nullptr, matching));
    m_enrolAll->setEnabled(!m_working && matching > 0);
}

void EnrolStudentsDialog::enrolSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (!rows.isEmpty())
        enrol(rows, false);
}

void EnrolStudentsDialog::enrolAllMatching()
{
    if (m_model->rowCount() > 0)
        enrol({}, true);
}

void EnrolStudentsDialog::enrol(const QList<int> &rows, bool all)
{
    if (m_working)
        return;
    // Rows whose page has not been read have no id here; then the ids come from the query.
    QList<Id> known;
    for (int row : rows) {
        const Id id = m_model->idAt(row);
        if (id.isEmpty()) {
            known.clear();
            break;
        }
        known.append(id);
    }
    m_working = true;
    updateButtons();
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, query = m_model->query(), rows, known, all, courseId = m_courseId,
         actor = m_actor]() -> Result<std::pair<int, int>> {
            QList<Id> ids = known;
            if (all || ids.isEmpty()) {
                auto matching = StudentRepository(*db).ids(query, actor);
                if (!matching)
                    return matching.error();
                if (all) {
                    ids = *matching;
                } else {
                    for (int row : rows) {
                        if (row < matching->size())
                            ids.append(matching->at(row));
                    }
                }
            }
            auto changed
                = CourseRepository(*db).enrollMany(ids, courseId, QDate::currentDate(), actor);
            if (!changed)
                return changed.error();
            return std::pair<int, int>(*changed, int(ids.size()) - *changed);
        },
        [this](Result<std::pair<int, int>> result) { finished(result); });
}

void EnrolStudentsDialog::finished(const Result<std::pair<int, int>> &result)
{
    m_working = false;
    updateButtons();
    if (!result) {
        showMessage(result.error().message, true);
        return;
    }
    const auto [added, skipped] = *result;
    QString text = tr("%n student(s) enrolled.", nullptr, added);
    if (skipped > 0)
        text += u' ' + tr("%n already enrolled and left as they were.", nullptr, skipped);
    showMessage(text, false);
    emit enrolled(added);
}

void EnrolStudentsDialog::showMessage(const QString &text, bool error)
{
    showLabelMessage(m_message, text, error);
}

void EnrolStudentsDialog::reject()
{
    if (!m_working)
        QDialog::reject();
}

} // namespace cd
