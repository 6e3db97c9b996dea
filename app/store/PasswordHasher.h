#pragma once

#include <QString>

namespace cd {

// Argon2id password hashes through libsodium, with OWASP's minimum parameters
// (19 MiB of memory, 2 passes). The result is a self-describing PHC string; verification
// runs in constant time for a given hash.
class PasswordHasher
{
public:
    static constexpr unsigned long long opsLimit = 2;
    static constexpr size_t memLimit = 19 * 1024 * 1024;

    // Empty on failure (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // True when the hash was made with weaker parameters than the current ones.
    static bool needsRehash(const QString &hash);
};

} // namespace cd
