#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace cd::cli {

// Output streams shared by the commands: results on stdout, progress and errors on stderr.
QTextStream &out();
QTextStream &err();

int seedCommand(const QStringList &arguments);
int benchCommand(const QStringList &arguments);
int benchAttendanceCommand(const QStringList &arguments); // bench attendance
int benchImportCommand(const QStringList &arguments);
// `bench ui`: needs the application from offscreenApplication().
int benchUiCommand(const QStringList &arguments);
// A QApplication on the offscreen platform: only `bench ui` shows widgets, every other command
// runs on a plain QCoreApplication and needs no display.
std::unique_ptr<QCoreApplication> offscreenApplication(int &argc, char **argv);
int pathsCommand(const QStringList &arguments);

// Translation context for the CLI's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace cd::cli
