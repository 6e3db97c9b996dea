#pragma once

#include "app/core/Result.h"
#include "app/store/TemplateCipher.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// The face template key in a file of its own, for the command-line tool, servers and tests (the
// desktop keeps it in the OS keychain: TemplateKeychain in app/sync). The file holds exactly the
// 32 raw key bytes and must be readable by its owner only (0600): a file of another size or one
// that other users may read or write is refused with a message saying what to do, and left as it
// is. The key never goes into the database or the log.
class TemplateKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(TemplateKeyFile)
public:
    // Reads an existing key file; NotFound when there is none.
    static Result<TemplateCipher> load(const QString &path);
    // Reads the key file, or creates it (and its folder) with a new random key, written
    // atomically with owner-only permissions, when there is none.
    static Result<TemplateCipher> loadOrCreate(const QString &path);
};

} // namespace cd
