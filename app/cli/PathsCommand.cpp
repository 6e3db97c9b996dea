#include "app/cli/Command.h"
#include "app/core/AppPaths.h"

#include <QCommandLineParser>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

int pathsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Print where CampusDesk keeps its files."));
    parser.addHelpOption();
    const QCommandLineOption demo(u"demo-db"_s, Cli::tr("Only the demo school's database."));
    const QCommandLineOption school(u"default-db"_s, Cli::tr("Only the default school database."));
    const QCommandLineOption data(u"data-dir"_s, Cli::tr("Only the data folder."));
    parser.addOptions({demo, school, data});
    parser.process(arguments);
    if (parser.isSet(demo))
        out() << AppPaths::demoDatabase() << '\n';
    else if (parser.isSet(school))
        out() << AppPaths::defaultDatabase() << '\n';
    else if (parser.isSet(data))
        out() << AppPaths::dataDirectory() << '\n';
    else
        out() << "data-dir   " << AppPaths::dataDirectory() << '\n'
              << "default-db " << AppPaths::defaultDatabase() << '\n'
              << "demo-db    " << AppPaths::demoDatabase() << '\n';
    return 0;
}

} // namespace cd::cli
