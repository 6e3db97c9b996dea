#include "ui/FeeStructuresDialog.h"

#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/FeeStructureRepository.h"
#include "app/store/SchoolSettings.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/PaymentDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Semesters
{
    QList<Semester> semesters;
    Id current;
    QString currency;
};

} // namespace

FeeStructuresDialog::FeeStructuresDialog(const Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setObjectName(u"feeStructuresDialog"_s);
    setWindowTitle(tr("Fee structures"));
    m_semester = new QComboBox(this);
    m_semester->setObjectName(u"structuresSemester"_s);
    m_semester->setAccessibleName(tr("Semester"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"structuresTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Program"), tr("Description"), tr("Amount"), tr("Due date"), tr("Late fee")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Fee structures of the semester"));
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {10, 16, 8, 8};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c] * em);

    m_program = new QLineEdit(this);
    m_program->setObjectName(u"structureProgram"_s);
    m_program->setPlaceholderText(tr("Empty: every program"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(u"structureDescription"_s);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"structureAmount"_s);
    m_due = new QDateEdit(QDate::currentDate(), this);
    m_due->setObjectName(u"structureDue"_s);
    m_due->setCalendarPopup(true);
    m_lateFee = new QLineEdit(this);
    m_lateFee->setObjectName(u"structureLateFee"_s);
    m_lateFee->setPlaceholderText(tr("Empty: no late fee"));
    m_lateDays = new QSpinBox(this);
    m_lateDays->setObjectName(u"structureLateDays"_s);
    m_lateDays->setRange(0, 365);
    m_lateDays->setSuffix(tr(" days after the due date"));

    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->hide();
    m_errors = std::make_unique<FieldErrors>(m_general);
    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), m_program);
    m_errors->attach(form, u"program"_s, m_program);
    form->addRow(tr("&Description:"), m_description);
    m_errors->attach(form, u"description"_s, m_description);
    form->addRow(tr("&Amount:"), m_amount);
    m_errors->attach(form, u"amount"_s, m_amount);
    form->addRow(tr("D&ue on:"), m_due);
    m_errors->attach(form, u"dueOn"_s, m_due);
    form->addRow(tr("&Late fee:"), m_lateFee);
    m_errors->attach(form, u"lateFee"_s, m_lateFee);
    form->addRow(tr("Charged:"), m_lateDays);
    m_errors->attach(form, u"lateFeeAfterDays"_s, m_lateDays);

    m_new = new QPushButton(tr("&New"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"structureSave"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"structureRemove"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addStretch();
    actions->addWidget(m_remove);
    actions->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Semester:"), this));
    top->addWidget(m_semester, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_semester, &QComboBox::currentIndexChanged, this,
            &FeeStructuresDialog::loadStructures);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FeeStructuresDialog::showSelected);
    connect(m_new, &QPushButton::clicked, this, &FeeStructuresDialog::clearForm);
    connect(m_save, &QPushButton::clicked, this, &FeeStructuresDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &FeeStructuresDialog::removeSelected);
    m_remove->setEnabled(false);
    loadSemesters();
}

FeeStructuresDialog::~FeeStructuresDialog() = default;

QString FeeStructuresDialog::messageFor(const QString &field) const
{
    const QString message = m_errors->messageFor(field);
    return message.isEmpty() && field.isEmpty() ? m_general->text() : message;
}

void FeeStructuresDialog::loadSemesters()
{
    const Database *db = &m_db;
    runInBackground(
        this,
        [db] {
            Semesters s;
            const CourseRepository courses(*db);
            if (auto list = courses.semesters())
                s.semesters = *list;
            if (auto current = courses.semesterOn(QDate::currentDate()))
                s.current = current->id;
            s.currency = SchoolSettings::load(*db).currency;
            return s;
        },
        [this](const Semesters &s) {
            m_currency = s.currency;
            const QSignalBlocker blocker(m_semester);
            m_semester->clear();
            for (const auto &semester : s.semesters)
                m_semester->addItem(semester.name, semester.id);
            m_semester->setCurrentIndex(std::max(m_semester->findData(s.current), 0));
            loadStructures();
        });
}

void FeeStructuresDialog::loadStructures()
{
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id semesterId = m_semester->currentData().toString();
    if (semesterId.isEmpty()) {
        showLabelMessage(m_general, tr("Add a semester first."), true);
        return;
    }
    runInBackground(
        this,
        [db, actor, semesterId] { return FeeStructureRepository(*db).list(semesterId, actor); },
        [this](const Result<QList<FeeStructure>> &list) {
            m_structures = list ? *list : QList<FeeStructure>();
            if (!list)
                showLabelMessage(m_general, list.error().message, true);
            const QSignalBlocker blocker(m_table);
            m_table->setRowCount(0);
            for (const auto &s : std::as_const(m_structures)) {
                const int r = m_table->rowCount();
                m_table->insertRow(r);
                const QStringList cells{
                    s.program.isEmpty() ? tr("Every program") : s.program, s.description,
                    s.amount.toDisplayString(), QLocale().toString(s.dueOn, QLocale::ShortFormat),
                    s.lateFee.isPositive() ? tr("%1 after %n day(s)", nullptr, s.lateFeeAfterDays)
                                                 .arg(s.lateFee.toDisplayString())
                                           : QString()};
                for (int c = 0; c < int(cells.size()); ++c)
                    m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
            }
            clearForm();
            emit loaded();
        });
}

void FeeStructuresDialog::clearForm()
{
    m_editing.reset();
    m_table->clearSelection();
    m_program->clear();
    m_description->clear();
    m_amount->clear();
    m_lateFee->clear();
    m_lateDays->setValue(0);
    m_errors->clear();
    m_remove->setEnabled(false);
}

void FeeStructuresDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_structures.size()) || !m_table->selectionModel()->hasSelection())
        return;
    const FeeStructure &s = m_structures.at(row);
    m_editing = s;
    m_program->setText(s.program);
    m_description->setText(s.description);
    m_amount->setText(s.amount.toPlainString());
    m_due->setDate(s.dueOn);
    m_lateFee->setText(s.lateFee.isPositive() ? s.lateFee.toPlainString() : QString());
    m_lateDays->setValue(s.lateFeeAfterDays);
    m_errors->clear();
    m_remove->setEnabled(true);
}

void FeeStructuresDialog::save()
{
    m_errors->clear();
    const QString currency = m_editing ? m_editing->amount.currency() : m_currency;
    FeeStructure s = m_editing.value_or(FeeStructure());
    s.semesterId = m_semester->currentData().toString();
    s.program = m_program->text().trimmed();
    s.description = m_description->text().trimmed();
    s.dueOn = m_due->date();
    s.lateFeeAfterDays = m_lateDays->value();
    ValidationResult problems;
    const auto amount = PaymentDialog::parseAmount(m_amount->text(), currency);
    if (const auto *message = std::get_if<QString>(&amount))
        problems.add(u"amount"_s, *message);
    else
        s.amount = std::get<Money>(amount);
    s.lateFee = Money::zero(currency);
    if (!m_lateFee->text().trimmed().isEmpty()) {
        const auto fee = PaymentDialog::parseAmount(m_lateFee->text(), currency);
        if (const auto *message = std::get_if<QString>(&fee))
            problems.add(u"lateFee"_s, *message);
        else
            s.lateFee = std::get<Money>(fee);
    }
    if (problems.ok() && s.description.isEmpty())
        problems.add(u"description"_s, FeeRules::tr("Describe what the fee is for."));
    if (!problems.ok()) {
        m_errors->show(problems);
        emit saveFinished(false);
        return;
    }
    m_save->setEnabled(false);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const std::optional<FeeStructure> original = m_editing;
    runInBackground(
        this,
        [db, actor, original, s] {
            FeeStructureRepository structures(*db);
            return original ? structures.update(*original, s, actor) : structures.create(s, actor);
        },
        [this](const Result<FeeStructure> &saved) {
            m_save->setEnabled(true);
            if (!saved) {
                m_errors->show(saved.error());
                emit saveFinished(false);
                return;
            }
            emit saveFinished(true);
            loadStructures();
        });
}

void FeeStructuresDialog::removeSelected()
{
    if (!m_editing)
        return;
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const Id id = m_editing->id;
    runInBackground(
        this, [db, actor, id] { return FeeStructureRepository(*db).remove(id, actor); },
        [this](const Result<void> &removed) {
            if (!removed)
                showLabelMessage(m_general, removed.error().message, true);
            loadStructures();
        });
}

} // namespace cd
