#include "app/cli/Command.h"
#include "app/cli/FaceParts.h"
#include "app/vision/FaceEvaluation.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// One line per probe, for tuning the threshold and margin without running the network again.
bool writeScores(const QString &path, const FaceEvalResult &result)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream stream(&file);
    stream << "image,known,detected,correct,score,runner_up\n";
    for (const ProbeOutcome &p : result.probes)
        stream << p.image << ',' << int(p.known) << ',' << int(p.detected) << ',' << int(p.correct)
               << ',' << p.score << ',' << p.runnerUp << '\n';
    stream.flush();
    return file.error() == QFile::NoError;
}

} // namespace

int faceEvalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Measure face identification on a folder of people (one folder per person)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"eval"_s, Cli::tr("The face command to run."));
    const QCommandLineOption dataset(u"dataset"_s, Cli::tr("The folder of people."), u"DIR"_s);
    const QCommandLineOption enrol(u"enroll"_s, Cli::tr("Images enrolled per person (default 5)."),
                                   u"K"_s, u"5"_s);
    const QCommandLineOption unknown(
        u"unknown-fraction"_s,
        Cli::tr("Fraction of people left out of the gallery as strangers (default 0.3)."), u"F"_s,
        u"0.3"_s);
    const QCommandLineOption seed(u"seed"_s, Cli::tr("Seed of the shuffle (default 7)."), u"S"_s,
                                  u"7"_s);
    const FaceParts parts;
    const QCommandLineOption threshold(
        u"threshold"_s, Cli::tr("Accept scores from this value (default: the shipped one)."),
        u"T"_s);
    const QCommandLineOption margin(
        u"margin"_s, Cli::tr("Required lead over the best other person (default: shipped)."),
        u"M"_s);
    const QCommandLineOption scores(u"scores"_s, Cli::tr("Write every probe's scores as CSV."),
                                    u"FILE"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    parser.addOptions({dataset, enrol, unknown, seed, threshold, margin, scores, json});
    parts.addTo(parser);
    parser.process(arguments);

    FaceEvalOptions options;
    options.dataset = parser.value(dataset);
    bool ok = false;
    options.enrol = parser.value(enrol).toInt(&ok);
    if (!ok || options.enrol < 1) {
        err() << Cli::tr("--enroll needs a positive number.") << '\n';
        return 2;
    }
    options.unknownFraction = parser.value(unknown).toDouble(&ok);
    if (!ok || options.unknownFraction < 0 || options.unknownFraction >= 1) {
        err() << Cli::tr("--unknown-fraction needs a number from 0 to below 1.") << '\n';
        return 2;
    }
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        err() << Cli::tr("--seed needs a whole number of 0 or more.") << '\n';
        return 2;
    }
    if (!parts.read(parser, options.detector, options.descriptor))
        return 2;
    for (const auto &[option, target] :
         {std::pair{&threshold, &options.threshold}, std::pair{&margin, &options.margin}}) {
        if (!parser.isSet(*option))
            continue;
        const float value = parser.value(*option).toFloat(&ok);
        if (!ok) {
            err() << Cli::tr("--%1 needs a number.").arg(option->names().constFirst()) << '\n';
            return 2;
        }
        *target = value;
    }
    if (options.dataset.isEmpty()) {
        err() << Cli::tr("--dataset is required.") << '\n';
        return 2;
    }

    const Result<FaceEvalResult> result = FaceEvaluation::run(options);
    if (!result) {
        err() << result.error().message << '\n';
        return 1;
    }
    parts.reportFallbacks(parser, result->detector, result->fallbackReason);
    if (parser.isSet(scores) && !writeScores(parser.value(scores), *result)) {
        err() << Cli::tr("Could not write %1.").arg(parser.value(scores)) << '\n';
        return 1;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << Cli::tr("%1 people, %2 enrolled (%3 faces); %4 known and %5 unknown probes "
                         "(%6 without a face)\n"
                         "rank-1 %7, TPIR %8 at FPIR %9 (threshold %10, margin %11)\n"
                         "%12 + %13, %14 ms per image")
                     .arg(result->identities)
                     .arg(result->enrolled)
                     .arg(result->templates)
                     .arg(result->knownProbes)
                     .arg(result->unknownProbes)
                     .arg(result->failedProbes)
                     .arg(result->rank1, 0, 'f', 4)
                     .arg(result->tpir, 0, 'f', 4)
                     .arg(result->fpir, 0, 'f', 4)
                     .arg(double(result->threshold))
                     .arg(double(result->margin))
                     .arg(result->detector, result->descriptor)
                     .arg(result->msPerImage, 0, 'f', 1)
              << '\n';
    }
    return 0;
}

} // namespace cd::cli
