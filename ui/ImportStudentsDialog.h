#pragma once

#include "app/core/Actor.h"
#include "app/core/CsvReader.h"
#include "app/store/StudentImporter.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cd {

class CsvPreviewModel;
class Database;
class ImportErrorModel;

// Imports students from a CSV file, in four steps: choose the file (and see its first rows) ->
// say which column holds what (guessed from the column names) -> check every row (a dry run:
// the problems, by row and column, sortable and exportable) -> import all of them at once, or,
// while any row has a problem, none. Reading, checking and importing run on the thread pool
// with a progress bar and a Cancel button; the window never waits for them.
class ImportStudentsDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, CheckPage, DonePage };

    ImportStudentsDialog(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ImportStudentsDialog() override;

    // Reads `path` (as if chosen with Browse) and shows its first rows.
    void setFile(const QString &path);
    // The column's field on the mapping page.
    void setColumnField(int column, ImportField field);
    ImportMapping mapping() const;
    void setDefaultBatch(const QString &batch);
    void setDefaultProgram(const QString &program);

    // Checks every row again (the dry run); the result replaces the problems table.
    void dryRun();
    // Writes the problems table to `path` as CSV, on the thread pool; errorsExported() follows.
    void exportErrors(const QString &path);

    bool isWorking() const { return m_job != nullptr; }
    void cancelWork();
    const CsvTable &table() const { return m_table; }
    const ImportReport &report() const { return m_report; }
    CsvPreviewModel *previewModel() const { return m_preview; }
    ImportErrorModel *errorModel() const { return m_errors; }
    // The file step's message (what was read, or why it could not be), the check step's
    // summary and the last step's result.
    QString fileMessage() const;
    QString checkSummary() const;
    QString resultMessage() const;

    void reject() override;

signals:
    // Students were written: `count` of them.
    void imported(int count);
    void fileRead(bool ok);
    void checked();
    void errorsExported(bool ok);

private:
    struct Job;
    class Page;

    QWizardPage *buildFilePage();
    QWizardPage *buildMappingPage();
    QWizardPage *buildCheckPage();
    QWizardPage *buildDonePage();
    void chooseFile();
    void chooseExportFile();
    void fillMapping();
    void mappingChanged();
    void startImport();
    std::shared_ptr<Job> startJob(QProgressBar *bar, QPushButton *cancel);
    void endJob();
    void showFileMessage(const QString &text, bool error);
    void setIssues(const QList<ImportIssue> &issues);
    void showCheckSummary();
    void updateButtons();
    StudentImporter importer() const;

    const Database &m_db;
    Actor m_actor;
    CsvTable m_table;
    bool m_haveTable = false;
    ImportReport m_report;
    bool m_checked = false;
    bool m_imported = false;
    bool m_mappingFilled = false;
    std::shared_ptr<Job> m_job;

    Page *m_filePage = nullptr;
    Page *m_mappingPage = nullptr;
    Page *m_checkPage = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileMessage = nullptr;
    QProgressBar *m_fileProgress = nullptr;
    QPushButton *m_fileCancel = nullptr;
    CsvPreviewModel *m_preview = nullptr;
    QTableView *m_previewTable = nullptr;

    QGridLayout *m_mappingGrid = nullptr;
    QList<QComboBox *> m_fieldCombos;
    QLineEdit *m_defaultBatch = nullptr;
    QLineEdit *m_defaultProgram = nullptr;
    QLabel *m_mappingProblems = nullptr;

    QLabel *m_summary = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QPushButton *m_checkCancel = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_export = nullptr;
    ImportErrorModel *m_errors = nullptr;
    QSortFilterProxyModel *m_sortedErrors = nullptr;
    QTableView *m_errorTable = nullptr;

    QLabel *m_result = nullptr;
    QTimer *m_progressTimer = nullptr;
};

} // namespace cd
