#pragma once

#include <QString>

namespace cd {

// `text` as a file name every file system takes: no path separators, reserved characters or
// control characters, no trailing dots or spaces, no Windows device names (CON, NUL, COM1),
// NFC-normalised and short enough (in UTF-8 bytes) for ext4 and NTFS. Letters of any script
// stay. `fallback` is used when nothing is left.
QString safeFileName(const QString &text, const QString &fallback);

} // namespace cd
