#pragma once

#include "app/documents/DocumentData.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace cd {

struct ReportCardBatchSummary
{
    int total = 0;
    int written = 0; // report cards written (in the combined PDF, or as files)
    bool cancelled = false;
    QStringList files; // every file now on disk, absolute paths
    QString error; // the first failure, translated; empty when none
    qint64 elapsedMs = 0;
    int workers = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Writes report cards for a class in the background: one PDF per student into a folder, or
// one combined PDF with each student starting on a new page. Files are written through
// QSaveFile, so a cancel or a failure never leaves half a file; in the combined mode nothing
// is written unless every card is.
//
// Per-student files are rendered on a private thread pool, one QTextDocument and QPdfWriter
// per card: both are reentrant, text rendering outside the GUI thread is supported on every
// Qt 6 platform, and the logo is a QImage (a QPixmap would tie the document to the GUI
// thread). The combined PDF is one paint device, so it is written by one worker.
class ReportCardBatch : public QObject
{
    Q_OBJECT
public:
    enum class Mode { FilePerStudent, Combined };

    explicit ReportCardBatch(QObject *parent = nullptr);
    ~ReportCardBatch() override; // cancels and waits for the workers

    // FilePerStudent: `target` is an existing folder. Combined: `target` is the PDF's path.
    // False (and nothing starts) while a batch is still running.
    bool start(const QList<ReportCard> &cards, const QString &target, Mode mode,
               const DocumentOptions &options);
    void cancel();
    bool isRunning() const;
    // Blocks until the batch ends, emits finished() and returns its summary (command line).
    ReportCardBatchSummary waitForFinished();

    // Defaults to the number of cores.
    void setMaxWorkers(int workers);
    int maxWorkers() const { return m_maxWorkers; }

    // "S-0001 Amina Haddad.pdf": student number and name, safe on every file system.
    static QString fileName(const ReportCard &card);

signals:
    void progress(int done, int total);
    void finished(const cd::ReportCardBatchSummary &summary);

private:
    struct Job;
    void runFiles(const std::shared_ptr<Job> &job);
    void runCombined(const std::shared_ptr<Job> &job);
    void workerDone(const std::shared_ptr<Job> &job);
    void reportProgress(const std::shared_ptr<Job> &job, int done);
    void deliver(const std::shared_ptr<Job> &job);

    QThreadPool m_pool;
    int m_maxWorkers = 1;
    std::shared_ptr<Job> m_job;
    QList<QFuture<void>> m_futures;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::ReportCardBatchSummary)
