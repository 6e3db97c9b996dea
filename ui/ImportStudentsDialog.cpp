#include "ui/ImportStudentsDialog.h"

#include "ui/Background.h"
#include "ui/CsvPreviewModel.h"
#include "ui/ImportErrorModel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace cd {

using namespace Qt::Literals::StringLiterals;

// What a running background step shares with the window: progress to show, and a flag to stop.
struct ImportStudentsDialog::Job
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
    QProgressBar *bar = nullptr;
    QPushButton *cancelButton = nullptr;

    bool progress(qint64 d, qint64 t)
    {
        done = d;
        total = t;
        return !cancel;
    }
};

// A wizard page whose completeness and Next/Import step the dialog decides.
class ImportStudentsDialog::Page : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> enter;

    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    void changed() { emit completeChanged(); }
};

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString errorStyle()
{
    return u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s;
}

} // namespace

ImportStudentsDialog::ImportStudentsDialog(const Database &db, const Actor &actor, QWidget *parent)
    : QWizard(parent), m_db(db), m_actor(actor)
{
    setObjectName(u"importStudentsDialog"_s);
    setWindowTitle(tr("Import students"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Close"));

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_job || !m_job->bar)
            return;
        const qint64 total = m_job->total;
        // Percent, so that files over 2 GB of progress units never overflow the bar's int.
        m_job->bar->setRange(0, total > 0 ? 100 : 0);
        if (total > 0)
            m_job->bar->setValue(int(m_job->done * 100 / total));
    });

    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(CheckPage, buildCheckPage());
    setPage(DonePage, buildDonePage());
    resize(900, 620);
}

ImportStudentsDialog::~ImportStudentsDialog()
{
    cancelWork();
}

// --- Step 1: the file -------------------------------------------------------------------------

QWizardPage *ImportStudentsDialog::buildFilePage()
{
    m_filePage = new Page(this);
    m_filePage->setObjectName(u"importFilePage"_s);
    m_filePage->setTitle(tr("Choose the file"));
    m_filePage->setSubTitle(
        tr("A CSV file with one student per row and the column names on the first row. From a "
           "spreadsheet, save as \"CSV UTF-8\"."));
    auto *layout = new QVBoxLayout(m_filePage);

    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(m_filePage);
    m_path->setObjectName(u"importPath"_s);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto *label = new QLabel(tr("&File:"), m_filePage);
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), m_filePage);
    browse->setObjectName(u"importBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ImportStudentsDialog::chooseFile);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);

    auto *progressRow = new QHBoxLayout;
    m_fileProgress = new QProgressBar(m_filePage);
    m_fileProgress->setObjectName(u"importFileProgress"_s);
    m_fileCancel = new QPushButton(tr("Cancel"), m_filePage);
    m_fileCancel->setObjectName(u"importFileCancel"_s);
    connect(m_fileCancel, &QPushButton::clicked, this, &ImportStudentsDialog::cancelWork);
    progressRow->addWidget(m_fileProgress, 1);
    progressRow->addWidget(m_fileCancel);
    m_fileProgress->hide();
    m_fileCancel->hide();
    layout->addLayout(progressRow);

    m_fileMessage = wrappedLabel(m_filePage, u"importFileMessage"_s);
    layout->addWidget(m_fileMessage);

    m_preview = new CsvPreviewModel(this);
    m_previewTable = new QTableView(m_filePage);
    m_previewTable->setObjectName(u"importPreview"_s);
    m_previewTable->setAccessibleName(tr("First rows of the file"));
    m_previewTable->setModel(m_preview);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_previewTable, 1);

    m_filePage->complete = [this] {
        return m_haveTable && !isWorking() && m_table.rowCount() > 0;
    };
    return m_filePage;
}

void ImportStudentsDialog::chooseFile()
{
    const QString start = m_path->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import students"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportStudentsDialog::setFile(const QString &path)
{
    cancelWork();
    m_path->setText(QDir::toNativeSeparators(path));
    m_haveTable = false;
    m_checked = false;
    m_mappingFilled = false;
    m_table = CsvTable();
    m_preview->clear();
    showFileMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    auto job = startJob(m_fileProgress, m_fileCancel);
    runInBackground(
        this,
        [path, job] {
            return CsvReader::readFile(
                path, [job](qint64 done, qint64 total) { return job->progress(done, total); });
        },
        [this, job](Result<CsvTable> result) {
            if (m_job != job)
                return; // replaced by a newer file
            endJob();
            updateButtons();
            if (!result) {
                showFileMessage(result.error().message, true);
                emit fileRead(false);
                return;
            }
            m_table = std::move(*result);
            m_haveTable = true;
            m_preview->setTable(m_table);
            m_previewTable->resizeColumnsToContents();
            const QString delimiter = m_table.delimiter == u'\t' ? tr("tabs")
                : m_table.delimiter == u';'                      ? tr("semicolons")
                                                                 : tr("commas");
            if (m_table.rowCount() == 0)
                showFileMessage(tr("The file has column names but no students below them."), true);
            else
                showFileMessage(tr("%n student row(s), %1 columns separated by %2, %3 text. The "
                                   "first rows are shown below.",
                                   nullptr, int(m_table.rowCount()))
                                    .arg(m_table.header.size())
                                    .arg(delimiter, m_table.encoding),
                                false);
            updateButtons();
            emit fileRead(true);
        });
    updateButtons();
}

void ImportStudentsDialog::showFileMessage(const QString &text, bool error)
{
    m_fileMessage->setText(text);
    m_fileMessage->setStyleSheet(error ? errorStyle() : QString());
    m_fileMessage->setAccessibleDescription(text);
}

QString ImportStudentsDialog::fileMessage() const
{
    return m_fileMessage->text();
}

// --- Step 2: the columns ----------------------------------------------------------------------

QWizardPage *ImportStudentsDialog::buildMappingPage()
{
    m_mappingPage = new Page(this);
    m_mappingPage->setObjectName(u"importMappingPage"_s);
    m_mappingPage->setTitle(tr("Match the columns"));
    m_mappingPage->setSubTitle(tr("Say what each column of the file holds. Columns set to \"Do "
                                  "not import\" are left out."));
    auto *layout = new QVBoxLayout(m_mappingPage);

    auto *scroll = new QScrollArea(m_mappingPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    m_mappingGrid = new QGridLayout(grid);
    m_mappingGrid->setColumnStretch(3, 1); // the choices stay next to the values they are for
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);

    auto *defaults = new QFormLayout;
    m_defaultBatch = new QLineEdit(m_mappingPage);
    m_defaultBatch->setObjectName(u"importDefaultBatch"_s);
    m_defaultBatch->setPlaceholderText(tr("for example %1").arg(QDate::currentDate().year()));
    m_defaultProgram = new QLineEdit(m_mappingPage);
    m_defaultProgram->setObjectName(u"importDefaultProgram"_s);
    m_defaultProgram->setPlaceholderText(tr("for example Computer Science"));
    defaults->addRow(tr("&Batch for rows without one:"), m_defaultBatch);
    defaults->addRow(tr("&Program for rows without one:"), m_defaultProgram);
    layout->addLayout(defaults);
    connect(m_defaultBatch, &QLineEdit::textChanged, this, &ImportStudentsDialog::mappingChanged);
    connect(m_defaultProgram, &QLineEdit::textChanged, this, &ImportStudentsDialog::mappingChanged);

    m_mappingProblems = wrappedLabel(m_mappingPage, u"importMappingProblems"_s);
    layout->addWidget(m_mappingProblems);

    m_mappingPage->enter = [this] {
        fillMapping();
    };
    m_mappingPage->complete = [this] {
        return importer().mappingProblems(mapping()).isEmpty();
    };
    return m_mappingPage;
}

// One line per CSV column: its name, a sample value and the field it goes to.
void ImportStudentsDialog::fillMapping()
{
    if (m_mappingFilled)
        return; // coming back from the check: keep the user's choices
    m_mappingFilled = true;
    while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fieldCombos.clear();
    auto *parent = m_mappingGrid->parentWidget();
    const auto heading = [parent](const QString &text) {
        auto *label = new QLabel(text, parent);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    m_mappingGrid->addWidget(heading(tr("Column in the file")), 0, 0);
    m_mappingGrid->addWidget(heading(tr("First value")), 0, 1);
    m_mappingGrid->addWidget(heading(tr("Import as")), 0, 2);
    const ImportMapping guessed = StudentImporter::guessMapping(m_table.header);
    for (int c = 0; c < m_table.header.size(); ++c) {
        auto *name = new QLabel(m_table.header.at(c), parent);
        name->setTextFormat(Qt::PlainText);
        QString sample;
        for (qsizetype r = 0; r < m_table.rowCount() && r < 20 && sample.isEmpty(); ++r)
            sample = m_table.field(r, c).trimmed().toString();
        auto *example = new QLabel(parent);
        example->setTextFormat(Qt::PlainText);
        example->setForegroundRole(QPalette::PlaceholderText);
        example->setText(fontMetrics().elidedText(sample.simplified(), Qt::ElideRight, 260));
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"importField%1"_s.arg(c));
        combo->setAccessibleName(tr("Import column %1 as").arg(m_table.header.at(c)));
        for (const ImportField field : StudentImporter::allFields())
            combo->addItem(StudentImporter::fieldLabel(field), int(field));
        combo->setCurrentIndex(combo->findData(int(guessed.value(c, ImportField::Ignore))));
        name->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                &ImportStudentsDialog::mappingChanged);
        m_mappingGrid->addWidget(name, c + 1, 0);
        m_mappingGrid->addWidget(example, c + 1, 1);
        m_mappingGrid->addWidget(combo, c + 1, 2);
        m_fieldCombos.append(combo);
    }
    m_mappingGrid->setRowStretch(int(m_table.header.size()) + 1, 1);
    mappingChanged();
}

ImportMapping ImportStudentsDialog::mapping() const
{
    ImportMapping result;
    for (const QComboBox *combo : m_fieldCombos)
        result.append(ImportField(combo->currentData().toInt()));
    return result;
}

void ImportStudentsDialog::setColumnField(int column, ImportField field)
{
    fillMapping();
    if (column >= 0 && column < m_fieldCombos.size())
        m_fieldCombos.at(column)->setCurrentIndex(m_fieldCombos.at(column)->findData(int(field)));
}

void ImportStudentsDialog::setDefaultBatch(const QString &batch)
{
    m_defaultBatch->setText(batch);
}

void ImportStudentsDialog::setDefaultProgram(const QString &program)
{
    m_defaultProgram->setText(program);
}

void ImportStudentsDialog::mappingChanged()
{
    m_checked = false;
    const QStringList problems = importer().mappingProblems(mapping());
    m_mappingProblems->setText(problems.join(u'\n'));
    m_mappingProblems->setStyleSheet(problems.isEmpty() ? QString() : errorStyle());
    m_mappingProblems->setVisible(!problems.isEmpty());
    m_mappingPage->changed();
}

StudentImporter ImportStudentsDialog::importer() const
{
    StudentImporter importer(m_db, m_actor);
    importer.setDefaultBatch(m_defaultBatch->text());
    importer.setDefaultProgram(m_defaultProgram->text());
    return importer;
}

// --- Step 3: the check ------------------------------------------------------------------------

QWizardPage *ImportStudentsDialog::buildCheckPage()
{
    m_checkPage = new Page(this);
    m_checkPage->setObjectName(u"importCheckPage"_s);
    m_checkPage->setTitle(tr("Check and import"));
    m_checkPage->setSubTitle(tr("Every row is checked before anything is written. The students "
                                "are imported all at once, and only when no row has a problem."));
    m_checkPage->setCommitPage(true);
    auto *layout = new QVBoxLayout(m_checkPage);

    m_summary = wrappedLabel(m_checkPage, u"importSummary"_s);
    layout->addWidget(m_summary);

    auto *progressRow = new QHBoxLayout;
    m_checkProgress = new QProgressBar(m_checkPage);
    m_checkProgress->setObjectName(u"importCheckProgress"_s);
    m_checkCancel = new QPushButton(tr("Cancel"), m_checkPage);
    m_checkCancel->setObjectName(u"importCheckCancel"_s);
    connect(m_checkCancel, &QPushButton::clicked, this, &ImportStudentsDialog::cancelWork);
    progressRow->addWidget(m_checkProgress, 1);
    progressRow->addWidget(m_checkCancel);
    m_checkProgress->hide();
    m_checkCancel->hide();
    layout->addLayout(progressRow);

    m_errors = new ImportErrorModel(this);
    m_sortedErrors = new QSortFilterProxyModel(this);
    m_sortedErrors->setSourceModel(m_errors);
    m_sortedErrors->setSortRole(ImportErrorModel::SortRole);
    m_errorTable = new QTableView(m_checkPage);
    m_errorTable->setObjectName(u"importErrors"_s);
    m_errorTable->setAccessibleName(tr("Problems found"));
    m_errorTable->setModel(m_sortedErrors);
    m_errorTable->setSortingEnabled(true);
    m_errorTable->sortByColumn(ImportErrorModel::RowColumn, Qt::AscendingOrder);
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorTable->setAlternatingRowColors(true);
    m_errorTable->setWordWrap(false);
    m_errorTable->verticalHeader()->hide();
    m_errorTable->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_errorTable->setColumnWidth(ImportErrorModel::RowColumn, 5 * em);
    m_errorTable->setColumnWidth(ImportErrorModel::ColumnColumn, 12 * em);
    layout->addWidget(m_errorTable, 1);
    m_errorTable->hide();
    layout->addStretch(0);

    auto *buttons = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("&Dry run"), m_checkPage);
    m_dryRun->setObjectName(u"importDryRun"_s);
    m_dryRun->setToolTip(tr("Check every row again without importing anything."));
    m_export = new QPushButton(tr("&Export problems…"), m_checkPage);
    m_export->setObjectName(u"importExportErrors"_s);
    connect(m_dryRun, &QPushButton::clicked, this, &ImportStudentsDialog::dryRun);
    connect(m_export, &QPushButton::clicked, this, &ImportStudentsDialog::chooseExportFile);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_checkPage->enter = [this] {
        dryRun();
    };
    m_checkPage->complete = [this] {
        return m_checked && !isWorking() && m_report.ok() && m_report.ready > 0;
    };
    m_checkPage->validate = [this] {
        if (m_imported)
            return true;
        startImport();
        return false; // the import finishes in the background and moves on itself
    };
    return m_checkPage;
}

void ImportStudentsDialog::dryRun()
{
    cancelWork();
    m_checked = false;
    setIssues({});
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Checking %n row(s)…", nullptr, int(m_table.rowCount())));
    auto job = startJob(m_checkProgress, m_checkCancel);
    const StudentImporter checker = importer();
    const CsvTable table = m_table;
    const ImportMapping columns = mapping();
    runInBackground(
        this,
        [checker, table, columns, job] {
            return checker.dryRun(table, columns, [job](qsizetype done, qsizetype total) {
                return job->progress(done, total);
            });
        },
        [this, job](Result<ImportReport> result) {
            if (m_job != job)
                return;
            endJob();
            if (!result) {
                m_report = ImportReport();
                m_summary->setText(result.error().message);
                m_summary->setStyleSheet(errorStyle());
            } else {
                m_report = *result;
                m_checked = true;
                setIssues(m_report.errors);
                showCheckSummary();
            }
            updateButtons();
            emit checked();
        });
    updateButtons();
}

// The problems table shows only when there are problems: an empty table reads as a failure.
void ImportStudentsDialog::setIssues(const QList<ImportIssue> &issues)
{
    m_errors->setIssues(issues);
    m_errorTable->setVisible(!issues.isEmpty());
}

void ImportStudentsDialog::showCheckSummary()
{
    const bool ok = m_report.ok() && m_report.ready > 0;
    QString text;
    if (m_report.rows == 0)
        text = tr("The file has no students to import.");
    else if (m_report.ok())
        text = tr("All %n row(s) are ready: Import adds them as new students.", nullptr,
                  int(m_report.ready));
    else
        text = tr("%n problem(s) found; nothing will be imported until they are fixed. Correct "
                  "the file (Export problems gives the list) or the column choices, then check "
                  "again.",
                  nullptr, int(m_report.errors.size()))
            + u' ' + tr("%n row(s) have no problem.", nullptr, int(m_report.ready));
    m_summary->setText(text);
    m_summary->setStyleSheet(ok ? QString() : errorStyle());
}

QString ImportStudentsDialog::checkSummary() const
{
    return m_summary->text();
}

void ImportStudentsDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export problems"),
        QFileInfo(QDir::fromNativeSeparators(m_path->text())).absolutePath()
            + u"/import-problems.csv"_s,
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportErrors(path);
}

void ImportStudentsDialog::exportErrors(const QString &path)
{
    const QByteArray csv = m_errors->toCsv();
    runInBackground(
        this,
        [path, csv] {
            QSaveFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size()
                && file.commit();
        },
        [this, path](bool ok) {
            if (!ok) {
                m_summary->setText(tr("The problems could not be saved to %1.")
                                       .arg(QDir::toNativeSeparators(path)));
                m_summary->setStyleSheet(errorStyle());
            }
            emit errorsExported(ok);
        });
}

void ImportStudentsDialog::startImport()
{
    if (isWorking() || !m_checked || !m_report.ok())
        return;
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Importing %n student(s)…", nullptr, int(m_report.ready)));
    auto job = startJob(m_checkProgress, m_checkCancel);
    StudentImporter writer = importer();
    const CsvTable table = m_table;
    const ImportMapping columns = mapping();
    runInBackground(
        this,
        [writer, table, columns, job]() mutable {
            return writer.commit(table, columns, [job](qsizetype done, qsizetype total) {
                return job->progress(done, total);
            });
        },
        [this, job](Result<ImportReport> result) {
            if (m_job != job)
                return;
            endJob();
            if (!result) {
                m_summary->setText(result.error().message);
                m_summary->setStyleSheet(errorStyle());
            } else if (!result->ok()) {
                // Something changed since the check (a number taken meanwhile).
                m_report = *result;
                setIssues(m_report.errors);
                showCheckSummary();
            } else {
                m_report = *result;
                m_imported = true;
                m_result->setText(tr("%n student(s) imported.", nullptr, int(m_report.imported)));
                emit imported(int(m_report.imported));
                next();
            }
            updateButtons();
        });
    updateButtons();
}

// --- Step 4: done -----------------------------------------------------------------------------

QWizardPage *ImportStudentsDialog::buildDonePage()
{
    auto *page = new Page(this);
    page->setObjectName(u"importDonePage"_s);
    page->setTitle(tr("Import finished"));
    page->setSubTitle(tr("The students are now in CampusDesk."));
    auto *layout = new QVBoxLayout(page);
    m_result = wrappedLabel(page, u"importResult"_s);
    layout->addWidget(m_result);
    auto *hint = wrappedLabel(page, u"importHint"_s);
    hint->setText(tr("The new students are in the Students list. Each one is recorded in the "
                     "audit log."));
    layout->addWidget(hint);
    layout->addStretch(1);
    page->setFinalPage(true);
    return page;
}

QString ImportStudentsDialog::resultMessage() const
{
    return m_result->text();
}

// --- Background work --------------------------------------------------------------------------

std::shared_ptr<ImportStudentsDialog::Job> ImportStudentsDialog::startJob(QProgressBar *bar,
                                                                          QPushButton *cancel)
{
    m_job = std::make_shared<Job>();
    m_job->bar = bar;
    m_job->cancelButton = cancel;
    bar->setRange(0, 0); // busy until the first progress report
    bar->show();
    cancel->show();
    cancel->setEnabled(true);
    m_progressTimer->start();
    return m_job;
}

void ImportStudentsDialog::endJob()
{
    if (!m_job)
        return;
    m_job->bar->hide();
    m_job->cancelButton->hide();
    m_job.reset();
    m_progressTimer->stop();
}

void ImportStudentsDialog::cancelWork()
{
    if (!m_job)
        return;
    m_job->cancel = true; // the worker stops at its next progress report; its answer is dropped
    const bool reading = m_job->bar == m_fileProgress;
    endJob();
    if (reading)
        showFileMessage(CsvReader::cancelledMessage(), true);
    else if (m_summary)
        m_summary->setText(tr("Stopped; nothing was imported."));
    updateButtons();
}

void ImportStudentsDialog::updateButtons()
{
    m_filePage->changed();
    m_checkPage->changed();
    const bool busy = isWorking();
    m_dryRun->setEnabled(!busy && !m_imported);
    m_export->setEnabled(!busy && !m_errors->issues().isEmpty());
    if (auto *back = button(QWizard::BackButton))
        back->setEnabled(!busy);
}

void ImportStudentsDialog::reject()
{
    cancelWork();
    QWizard::reject();
}

} // namespace cd
