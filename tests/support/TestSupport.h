#pragma once

#include "app/core/Actor.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace cd::test {

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

// Runs SQL on a file with the plain SQLite C API, bypassing CampusDesk entirely: the way a
// foreign program, an older CampusDesk or a damaged disk would leave a file.
bool rawExec(const QString &path, const QByteArray &sql);
QVariant rawScalar(const QString &path, const QByteArray &sql);

// Overwrites `length` bytes at `offset` with a repeating pattern.
bool scribble(const QString &path, qint64 offset, qint64 length);

Actor testActor(const QString &name = QStringLiteral("Test Admin"));

// The source tree (for fixtures), from CAMPUSDESK_TEST_SOURCE_DIR.
QString sourceDir();

} // namespace cd::test
