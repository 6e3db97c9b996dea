#pragma once

#include "app/core/Result.h"
#include "app/vision/Frame.h"

#include <atomic>
#include <optional>

namespace cd {

// Pulls frames one by one from a file-like source, on whatever thread calls it (one thread at a
// time). ThreadedFrameSource drives one on its own thread; benchmarks and tools without an event
// loop can use a reader directly.
class FrameReader
{
public:
    FrameReader() = default;
    FrameReader(const FrameReader &) = delete;
    FrameReader &operator=(const FrameReader &) = delete;
    virtual ~FrameReader() = default;

    // Opens the file or folder; a translated error when it cannot be read.
    virtual Result<void> open() = 0;
    // The next frame, with increasing index and timestampMs; nothing at the end.
    virtual Result<std::optional<Frame>> next() = 0;

    // From any thread: asks a long open() (a big folder being listed) to give up soon.
    void cancel() { m_cancelled = true; }

protected:
    const std::atomic_bool &cancelled() const { return m_cancelled; }

private:
    std::atomic_bool m_cancelled{false};
};

} // namespace cd
