#include "app/cli/Command.h"
#include "app/core/AppPaths.h"
#include "ui/StudentsPageTiming.h"

#include <QCoreApplication>

#include <cstring>
#include <memory>

using namespace cd;
using namespace cd::cli;
using namespace Qt::Literals::StringLiterals;

namespace cd::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace cd::cli

static void usage()
{
    err() << Cli::tr(
        "Usage: campusdesk-cli <command> [options]\n\n"
        "Commands:\n"
        "  seed --db FILE [--students N] [--seed S] [--today YYYY-MM-DD] [--force]\n"
        "      Create a demo school in a new database file.\n"
        "  bench db [--students N] [--seed S] [--json] [--dir DIR]\n"
        "      Seed a fresh database and measure search, paging and summaries.\n"
        "  bench attendance [--students N] [--json] [--reuse FILE]\n"
        "      Seed a demo school and measure the attendance statistics report.\n"
        "  bench import [--rows N] [--json] [--dir DIR]\n"
        "      Import a generated intake CSV and time reading, dry run and import.\n"
        "  bench ledger [--students N] [--db FILE] [--report-cards N] [--json]\n"
        "      Generate a fee's invoices for every student, read the balances and\n"
        "      write report cards.\n"
        "  bench ui [--students N] [--seed S] [--reuse FILE] [--json]\n"
        "      Time the real students page, shown offscreen, over a seeded database.\n"
        "  bench live --dataset DIR [--seed S] [--enroll K] [--unknown-fraction F]\n"
        "      [--max-identities N] [--json]\n"
        "      Run the live attendance panel offscreen on a session made from photos.\n"
        "  face eval --dataset DIR [--enroll K] [--unknown-fraction F] [--seed S]\n"
        "      [--detector yunet|haar] [--descriptor resnet|lbph] [--json]\n"
        "      Measure face identification on a folder of people.\n"
        "  face bench --video FILE [--gallery N] [--templates-per-student T]\n"
        "      [--passes P] [--detector yunet|haar] [--descriptor resnet|lbph] [--json]\n"
        "      Run the live face pipeline over a video as fast as it can.\n"
        "  models list | download ID | import ID PATH... [--dir DIR] [--json]\n"
        "      Show, download or import the optional face models.\n"
        "  paths [--demo-db | --default-db | --data-dir]\n"
        "      Print where CampusDesk keeps its files.\n"
        "\nRun a command with --help for its options.\n");
    err().flush();
}

int main(int argc, char *argv[])
{
    const bool benchUi
        = argc >= 3 && std::strcmp(argv[1], "bench") == 0 && std::strcmp(argv[2], "ui") == 0;
    // Report cards are laid out with fonts, which need a (offscreen) GUI application.
    const bool benchLedger
        = argc >= 3 && std::strcmp(argv[1], "bench") == 0 && std::strcmp(argv[2], "ledger") == 0;
    // The live panel's benchmark shows the real dialog offscreen.
    const bool benchLive
        = argc >= 3 && std::strcmp(argv[1], "bench") == 0 && std::strcmp(argv[2], "live") == 0;
    const std::unique_ptr<QCoreApplication> app = benchUi || benchLedger || benchLive
        ? StudentsPageTiming::offscreenApplication(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    AppPaths::setApplicationIdentity();
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help"_s || arguments.at(1) == u"-h"_s) {
        usage();
        return arguments.size() < 2 ? 2 : 0;
    }
    const QString command = arguments.at(1);
    arguments.removeAt(1); // the command's own parser sees "campusdesk-cli --options..."
    if (command == u"seed"_s)
        return seedCommand(arguments);
    if (benchUi)
        return benchUiCommand(arguments);
    if (command == u"bench"_s) {
        const QString which = arguments.value(1);
        if (which == u"attendance"_s)
            return benchAttendanceCommand(arguments);
        if (which == u"import"_s)
            return benchImportCommand(arguments);
        if (which == u"ledger"_s)
            return benchLedgerCommand(arguments);
        if (which == u"live"_s)
            return benchLiveCommand(arguments);
        return benchCommand(arguments);
    }
    if (command == u"face"_s && arguments.value(1) == u"eval"_s)
        return faceEvalCommand(arguments);
    if (command == u"face"_s && arguments.value(1) == u"bench"_s)
        return faceBenchCommand(arguments);
    if (command == u"paths"_s)
        return pathsCommand(arguments);
    if (command == u"models"_s)
        return modelsCommand(arguments);
    err() << Cli::tr("Unknown command: %1").arg(command) << '\n';
    usage();
    return 2;
}
