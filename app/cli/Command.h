#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cd::cli {

// Output streams shared by the commands: results on stdout, progress and errors on stderr.
QTextStream &out();
QTextStream &err();

int seedCommand(const QStringList &arguments);
int benchCommand(const QStringList &arguments);
int benchAttendanceCommand(const QStringList &arguments); // bench attendance
int benchImportCommand(const QStringList &arguments);
int benchLedgerCommand(const QStringList &arguments); // bench ledger
// `bench ui`: needs the application from StudentsPageTiming::offscreenApplication().
int benchUiCommand(const QStringList &arguments);
int benchLiveCommand(const QStringList &arguments); // bench live
int pathsCommand(const QStringList &arguments);
int faceEvalCommand(const QStringList &arguments); // face eval
int faceBenchCommand(const QStringList &arguments); // face bench
int modelsCommand(const QStringList &arguments); // models list|download|import

// Translation context for the CLI's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace cd::cli
