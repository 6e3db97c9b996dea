#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cd {

// One schema step. Version N turns a version N-1 database into version N.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql; // any number of statements
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    // The migrations shipped in resources/migrations (NNNN_name.sql), in order.
    static QList<Migration> builtin();
    static int latestVersion(const QList<Migration> &migrations);

    // Applies every migration above `fromVersion`, each in its own transaction together with
    // its new user_version, so a failure leaves the database at the last complete version.
    // Foreign keys are checked before each commit. `applicationId` is stamped with the first.
    static Result<void> migrate(const QSqlDatabase &db, const QList<Migration> &migrations,
                                int fromVersion, quint32 applicationId);
};

} // namespace cd
