#include "ui/GenerateInvoicesDialog.h"

#include "app/store/CourseRepository.h"
#include "app/store/Database.h"
#include "app/store/FeeStructureRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/StudentFilterBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Structures
{
    QList<FeeStructure> structures;
    QHash<Id, QString> semesterNames;
    QString error;
};

} // namespace

GenerateInvoicesDialog::GenerateInvoicesDialog(const Database &db, const Actor &actor,
                                               QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setObjectName(u"generateInvoicesDialog"_s);
    setWindowTitle(tr("Generate invoices"));
    m_structure = new QComboBox(this);
    m_structure->setObjectName(u"generateStructure"_s);
    m_structure->setAccessibleName(tr("Fee structure"));
    m_filters = new StudentFilterBar(db, actor, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"generateSearch"_s);
    m_search->setPlaceholderText(tr("Name, number or email (optional)"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"generatePreview"_s);
    m_preview->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"generateProgress"_s);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(u"generateButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_generate, &QPushButton::clicked, this, &GenerateInvoicesDialog::generate);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_running)
            cancel();
        else
            reject();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Fee:"), m_structure);
    form->addRow(tr("&Students:"), m_filters);
    form->addRow(tr("S&earch:"), m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_structure, &QComboBox::currentIndexChanged, this,
            &GenerateInvoicesDialog::updatePreview);
    connect(m_filters, &StudentFilterBar::changed, this, &GenerateInvoicesDialog::updatePreview);
    connect(m_search, &QLineEdit::editingFinished, this, &GenerateInvoicesDialog::updatePreview);
    m_generate->setEnabled(false);
    loadStructures();
}

GenerateInvoicesDialog::~GenerateInvoicesDialog()
{
    if (m_cancel)
        m_cancel->store(true); // a running generation stops and rolls back
}

StudentQuery GenerateInvoicesDialog::filter() const
{
    StudentQuery q = m_filters->filters();
    q.search = m_search->text().simplified();
    return q;
}

void GenerateInvoicesDialog::loadStructures()
{
    const Database *db = &m_db;
    const Actor actor = m_actor;
    runInBackground(
        this,
        [db, actor] {
            Structures s;
            auto list = FeeStructureRepository(*db).list({}, actor);
            if (!list) {
                s.error = list.error().message;
                return s;
            }
            s.structures = *list;
            if (auto semesters = CourseRepository(*db).semesters())
                for (const auto &semester : std::as_const(*semesters))
                    s.semesterNames.insert(semester.id, semester.name);
            return s;
        },
        [this](const Structures &s) {
            {
                const QSignalBlocker blocker(m_structure);
                m_structure->clear();
                for (const auto &f : s.structures)
                    m_structure->addItem(
                        tr("%1 – %2, %3 (%4)")
                            .arg(s.semesterNames.value(f.semesterId), f.description,
                                 f.program.isEmpty() ? tr("all programs") : f.program,
                                 f.amount.toDisplayString()),
                        f.id);
            }
            if (!s.error.isEmpty())
                showLabelMessage(m_preview, s.error, true);
            else if (s.structures.isEmpty())
                showLabelMessage(m_preview,
                                 tr("There are no fee structures yet. Add one for the semester "
                                    "first."),
                                 true);
            emit structuresLoaded();
            updatePreview();
        });
}

void GenerateInvoicesDialog::updatePreview()
{
    const Id structureId = m_structure->currentData().toString();
    if (structureId.isEmpty() || m_running) {
        m_generate->setEnabled(false);
        return;
    }
    const quint64 generation = ++m_previewGeneration;
    showLabelMessage(m_preview, tr("Counting students…"), false);
    m_generate->setEnabled(false);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const StudentQuery q = filter();
    runInBackground(
        this,
        [db, actor, structureId, q] {
            return InvoiceGenerator(*db).preview(structureId, q, actor);
        },
        [this, generation](const Result<InvoiceGeneration> &counts) {
            if (generation != m_previewGeneration)
                return;
            if (!counts) {
                showLabelMessage(m_preview, counts.error().message, true);
                emit previewed();
                return;
            }
            m_lastPreview = *counts;
            showLabelMessage(
                m_preview,
                tr("%n student(s) will get an invoice.", nullptr, counts->created) + u' '
                    + tr("%n already have one and will be skipped.", nullptr, counts->skipped),
                false);
            m_generate->setEnabled(counts->created > 0);
            emit previewed();
        });
}

void GenerateInvoicesDialog::generate()
{
    const Id structureId = m_structure->currentData().toString();
    if (structureId.isEmpty() || m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_generate->setEnabled(false);
    m_structure->setEnabled(false);
    m_filters->setEnabled(false);
    m_search->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    const StudentQuery q = filter();
    auto cancelled = m_cancel;
    QPointer<QProgressBar> bar(m_progress);
    runInBackground(
        this,
        [db, actor, structureId, q, cancelled, bar] {
            return InvoiceGenerator(*db).generateInvoices(
                structureId, q, actor, QDate::currentDate(), [cancelled, bar](int done, int total) {
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [bar, done, total] {
                            if (bar) {
                                bar->setRange(0, std::max(total, 1));
                                bar->setValue(done);
                            }
                        },
                        Qt::QueuedConnection);
                    return !cancelled->load();
                });
        },
        [this](const Result<InvoiceGeneration> &result) {
            m_running = false;
            m_progress->setVisible(false);
            m_structure->setEnabled(true);
            m_filters->setEnabled(true);
            m_search->setEnabled(true);
            if (!result) {
                showLabelMessage(m_preview, result.error().message, true);
                emit failed(result.error().message);
                updatePreview();
                return;
            }
            showLabelMessage(m_preview,
                             result->cancelled
                                 ? tr("Cancelled: no invoices were made.")
                                 : tr("%n invoice(s) made.", nullptr, result->created) + u' '
                                     + tr("%n student(s) skipped: they already had one.", nullptr,
                                          result->skipped),
                             false);
            emit generated(*result);
        });
}

void GenerateInvoicesDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace cd
