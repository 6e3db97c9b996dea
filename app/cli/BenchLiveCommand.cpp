// `campusdesk-cli bench live`: the real live attendance panel, offscreen, over a session built
// from a face dataset (ui/LiveSessionBenchmark). campusdesk-cli creates a QApplication for it.
#include "app/cli/Command.h"
#include "ui/LiveSessionBenchmark.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

int benchLiveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Run the live attendance panel offscreen on a session made from a face dataset: "
                "students enrolled from their first photos, then every other photo shown in "
                "real time."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"live"_s, Cli::tr("The benchmark to run."));
    const QCommandLineOption dataset(u"dataset"_s, Cli::tr("One folder of photos per person."),
                                     u"DIR"_s);
    const QCommandLineOption seed(u"seed"_s, Cli::tr("Shuffle seed (default 7)."), u"S"_s, u"7"_s);
    const QCommandLineOption enrol(u"enroll"_s, Cli::tr("Photos enrolled per person (default 5)."),
                                   u"K"_s, u"5"_s);
    const QCommandLineOption unknown(u"unknown-fraction"_s,
                                     Cli::tr("Share of people kept as strangers (default 0.3)."),
                                     u"F"_s, u"0.3"_s);
    const QCommandLineOption identities(u"max-identities"_s,
                                        Cli::tr("Show only the first N people (default all)."),
                                        u"N"_s, u"0"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    parser.addOptions({dataset, seed, enrol, unknown, identities, json});
    parser.process(arguments);

    LiveBenchOptions options;
    options.dataset = parser.value(dataset);
    if (options.dataset.isEmpty()) {
        err() << Cli::tr("--dataset is required.") << '\n';
        return 2;
    }
    bool seedOk = false, enrolOk = false, unknownOk = false, identitiesOk = false;
    options.seed = parser.value(seed).toUInt(&seedOk);
    options.enrol = parser.value(enrol).toInt(&enrolOk);
    options.unknownFraction = parser.value(unknown).toDouble(&unknownOk);
    options.maxIdentities = parser.value(identities).toInt(&identitiesOk);
    if (!seedOk || !enrolOk || options.enrol < 1 || !unknownOk || options.unknownFraction < 0
        || options.unknownFraction >= 1 || !identitiesOk || options.maxIdentities < 0) {
        err() << Cli::tr("--seed, --enroll and --max-identities need whole numbers (--enroll at "
                         "least 1), --unknown-fraction a number from 0 up to 1.")
              << '\n';
        return 2;
    }

    const Result<LiveBenchResult> result = LiveSessionBenchmark::run(options);
    if (!result) {
        err() << result.error().message << '\n';
        return 1;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    out() << Cli::tr("%1 of %2 enrolled people shown were marked present; %3 wrong marks, %4 "
                     "marks for strangers (%5 shown).\n"
                     "GUI event-loop delay: median %6 ms, 95th percentile %7 ms. Face to "
                     "register: median %8 ms.\n"
                     "%9 frames in %10 s, %11 processed, %12 dropped; %13 templates (%14).\n")
                 .arg(result->recognised)
                 .arg(result->enrolledShown)
                 .arg(result->wrongMarks)
                 .arg(result->strangerMarks)
                 .arg(result->strangersShown)
                 .arg(result->uiLagMedianMs, 0, 'f', 1)
                 .arg(result->uiLagP95Ms, 0, 'f', 1)
                 .arg(result->faceToRosterMedianMs, 0, 'f', 0)
                 .arg(result->frames)
                 .arg(result->seconds, 0, 'f', 1)
                 .arg(result->framesProcessed)
                 .arg(result->framesDropped)
                 .arg(result->templates)
                 .arg(result->model);
    return 0;
}

} // namespace cd::cli
