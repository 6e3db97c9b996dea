#pragma once

// Helpers for tst_framesources: run a FrameSource to its end and collect what it emitted.

#include "app/vision/FrameSource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QList>
#include <QSignalSpy>
#include <QTest>

namespace cd::test {

struct SourceRun
{
    QList<Frame> frames;
    int finished = 0;
    QStringList errors;
    QList<bool> activeChanges;
    qint64 elapsedMs = 0; // from start() to finished() or errorOccurred()
};

// Starts `source` and waits (up to `timeoutMs`) until it finishes or fails.
inline SourceRun runToEnd(FrameSource &source, int timeoutMs = 30000)
{
    SourceRun run;
    QObject context;
    QObject::connect(&source, &FrameSource::frameReady, &context,
                     [&run](const Frame &frame) { run.frames << frame; });
    QObject::connect(&source, &FrameSource::finished, &context, [&run] { ++run.finished; });
    QObject::connect(&source, &FrameSource::errorOccurred, &context,
                     [&run](const QString &message) { run.errors << message; });
    QObject::connect(&source, &FrameSource::activeChanged, &context,
                     [&run](bool active) { run.activeChanges << active; });
    QElapsedTimer clock;
    clock.start();
    source.start();
    // A run that never ends shows up in the callers' checks (no finished(), no error).
    (void)QTest::qWaitFor([&run] { return run.finished > 0 || !run.errors.isEmpty(); }, timeoutMs);
    run.elapsedMs = clock.elapsed();
    QTest::qWait(20); // anything emitted after the end would show up here
    return run;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool writeSolidImage(const QString &path, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image.save(path);
}

} // namespace cd::test
