#include "app/documents/ReportCardBatch.h"

#include "app/documents/DocumentHtml.h"
#include "app/documents/PageLayout.h"
#include "app/documents/ReportCardDocument.h"
#include "app/documents/SafeFileName.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace cd {

struct ReportCardBatch::Job
{
    QList<ReportCard> cards;
    QStringList paths; // FilePerStudent: one per card; Combined: the one file
    Mode mode = Mode::FilePerStudent;
    DocumentOptions options;
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<int> running{0};
    std::atomic<bool> cancelled{false};
    std::atomic<bool> failed{false};
    QElapsedTimer timer;
    int workers = 1;

    QMutex mutex; // guards the members below
    QString error;
    QList<bool> written;
    bool combinedWritten = false;

    // Touched on the object's thread only.
    bool delivered = false;
    ReportCardBatchSummary summary;

    bool stopping() const { return cancelled.load() || failed.load(); }
    void fail(const QString &message)
    {
        const QMutexLocker lock(&mutex);
        if (error.isEmpty())
            error = message;
        failed = true;
    }
};

ReportCardBatch::ReportCardBatch(QObject *parent)
    : QObject(parent), m_maxWorkers(qMax(1, QThread::idealThreadCount()))
{
    qRegisterMetaType<ReportCardBatchSummary>();
}

ReportCardBatch::~ReportCardBatch()
{
    cancel();
    for (QFuture<void> &future : m_futures)
        future.waitForFinished();
}

void ReportCardBatch::setMaxWorkers(int workers)
{
    m_maxWorkers = qMax(1, workers);
}

QString ReportCardBatch::fileName(const ReportCard &card)
{
    const QString stem = QStringList{card.studentNumber.trimmed(), card.studentName.trimmed()}
                             .join(u' ')
                             .trimmed();
    return safeFileName(stem, tr("report-card")) + u".pdf"_s;
}

bool ReportCardBatch::isRunning() const
{
    return m_job && !m_job->delivered;
}

bool ReportCardBatch::start(const QList<ReportCard> &cards, const QString &target, Mode mode,
                            const DocumentOptions &options)
{
    if (isRunning())
        return false;
    auto job = std::make_shared<Job>();
    job->cards = cards;
    // Scale each distinct logo once here rather than once per card in the workers.
    QHash<qint64, QImage> logos;
    for (ReportCard &card : job->cards) {
        if (card.school.logo.isNull())
            continue;
        auto it = logos.find(card.school.logo.cacheKey());
        if (it == logos.end())
            it = logos.insert(card.school.logo.cacheKey(),
                              DocumentHtml::printableLogo(card.school.logo));
        card.school.logo = *it;
    }
    job->mode = mode;
    job->options = options;
    job->written = QList<bool>(cards.size(), false);
    if (mode == Mode::Combined) {
        job->paths = {QFileInfo(target).absoluteFilePath()};
    } else {
        // Names are unique ignoring case, for Windows and macOS file systems.
        const QDir folder(target);
        QSet<QString> taken;
        for (const ReportCard &card : cards) {
            const QString name = fileName(card);
            QString unique = name;
            for (int n = 2; taken.contains(unique.toCaseFolded()); ++n)
                unique = name.chopped(4) + u" (%1).pdf"_s.arg(n);
            taken.insert(unique.toCaseFolded());
            job->paths << folder.absoluteFilePath(unique);
        }
    }
    job->workers = mode == Mode::Combined ? 1 : qBound(1, m_maxWorkers, qMax(1, int(cards.size())));
    m_pool.setMaxThreadCount(job->workers);
    m_job = job;
    m_futures.clear();
    job->timer.start();
    job->running = job->workers;
    for (int i = 0; i < job->workers; ++i) {
        m_futures << QtConcurrent::run(&m_pool, [this, job] {
            if (job->mode == Mode::Combined)
                runCombined(job);
            else
                runFiles(job);
            workerDone(job);
        });
    }
    return true;
}

void ReportCardBatch::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

void ReportCardBatch::runFiles(const std::shared_ptr<Job> &job)
{
    const int total = int(job->cards.size());
    while (!job->stopping()) {
        const int index = job->next.fetch_add(1);
        if (index >= total)
            break;
        const Result<void> written = ReportCardDocument::writePdf(
            job->cards.at(index), job->paths.at(index), job->options);
        if (!written) {
            job->fail(written.error().message);
            break;
        }
        {
            const QMutexLocker lock(&job->mutex);
            job->written[index] = true;
        }
        reportProgress(job, job->done.fetch_add(1) + 1);
    }
}

void ReportCardBatch::runCombined(const std::shared_ptr<Job> &job)
{
    if (job->cards.isEmpty())
        return; // no students, no file (a PDF needs at least one page)
    const QString path = job->paths.constFirst();
    PdfFile file(path, tr("Report cards"));
    if (!file.open()) {
        job->fail(PageLayout::ioError(ReportCardDocument::failedMessage(), path, file.errorString())
                      .message);
        return;
    }
    for (qsizetype i = 0; i < job->cards.size(); ++i) {
        if (job->stopping()) {
            file.cancel(); // nothing is left at `path`
            return;
        }
        const ReportCard &card = job->cards.at(i);
        const auto doc = ReportCardDocument::build(card, job->options);
        PageLayout::paint(*doc, file.painter(), file.device(), ReportCardDocument::caption(card),
                          job->options, i > 0);
        reportProgress(job, job->done.fetch_add(1) + 1);
    }
    if (job->stopping()) {
        file.cancel();
        return;
    }
    if (!file.commit()) {
        job->fail(PageLayout::ioError(ReportCardDocument::failedMessage(), path, file.errorString())
                      .message);
        return;
    }
    const QMutexLocker lock(&job->mutex);
    job->combinedWritten = true;
}

void ReportCardBatch::reportProgress(const std::shared_ptr<Job> &job, int done)
{
    QMetaObject::invokeMethod(
        this,
        [this, job, done] {
            if (!job->delivered)
                emit progress(done, int(job->cards.size()));
        },
        Qt::QueuedConnection);
}

void ReportCardBatch::workerDone(const std::shared_ptr<Job> &job)
{
    if (job->running.fetch_sub(1) == 1)
        QMetaObject::invokeMethod(
            this, [this, job] { deliver(job); }, Qt::QueuedConnection);
}

void ReportCardBatch::deliver(const std::shared_ptr<Job> &job)
{
    if (job->delivered)
        return;
    job->delivered = true;
    ReportCardBatchSummary &summary = job->summary;
    summary.total = int(job->cards.size());
    summary.elapsedMs = job->timer.elapsed();
    summary.workers = job->workers;
    summary.cancelled = job->cancelled.load();
    {
        const QMutexLocker lock(&job->mutex);
        summary.error = job->error;
        if (job->mode == Mode::Combined) {
            if (job->combinedWritten) {
                summary.files = job->paths;
                summary.written = summary.total;
            }
        } else {
            for (qsizetype i = 0; i < job->written.size(); ++i)
                if (job->written.at(i))
                    summary.files << job->paths.at(i);
            summary.written = int(summary.files.size());
        }
    }
    // A cancel that came after the last card changed nothing.
    if (summary.written == summary.total && summary.error.isEmpty())
        summary.cancelled = false;
    emit finished(summary);
}

ReportCardBatchSummary ReportCardBatch::waitForFinished()
{
    if (!m_job)
        return {};
    for (QFuture<void> &future : m_futures)
        future.waitForFinished();
    const std::shared_ptr<Job> job = m_job;
    deliver(job);
    return job->summary;
}

} // namespace cd
