#include "app/cli/Command.h"
#include "app/cli/FaceParts.h"
#include "app/vision/FaceBenchmark.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

int faceBenchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Run the live face pipeline over a video as fast as it can."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"bench"_s, Cli::tr("The face command to run."));
    const QCommandLineOption video(u"video"_s, Cli::tr("The video file."), u"FILE"_s);
    const QCommandLineOption gallery(u"gallery"_s,
                                     Cli::tr("Synthetic students to match against (default 1000)."),
                                     u"N"_s, u"1000"_s);
    const QCommandLineOption perStudent(u"templates-per-student"_s,
                                        Cli::tr("Templates of each student (default 1)."), u"T"_s,
                                        u"1"_s);
    const QCommandLineOption passes(
        u"passes"_s, Cli::tr("Times through the video, tracks reset each time (default 3)."),
        u"P"_s, u"3"_s);
    const QCommandLineOption maxFrames(
        u"max-frames"_s, Cli::tr("Use only the first N frames (default all)."), u"N"_s, u"0"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object."));
    const FaceParts parts;
    parser.addOptions({video, gallery, perStudent, passes, maxFrames, json});
    parts.addTo(parser);
    parser.process(arguments);

    FaceBenchOptions options;
    options.video = parser.value(video);
    if (options.video.isEmpty()) {
        err() << Cli::tr("--video is required.") << '\n';
        return 2;
    }
    for (const auto &[option, target, minimum] :
         {std::tuple{&gallery, &options.gallery, 1},
          std::tuple{&perStudent, &options.templatesPerStudent, 1},
          std::tuple{&passes, &options.passes, 1}, std::tuple{&maxFrames, &options.maxFrames, 0}}) {
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < minimum) {
            err() << Cli::tr("--%1 needs a whole number of at least %2.")
                         .arg(option->names().constFirst())
                         .arg(minimum)
                  << '\n';
            return 2;
        }
    }
    if (!parts.read(parser, options.detector, options.descriptor))
        return 2;

    const Result<FaceBenchResult> result = FaceBenchmark::run(options);
    if (!result) {
        err() << result.error().message << '\n';
        return 1;
    }
    parts.reportFallbacks(parser, result->detector, result->fallbackReason);
    if (parser.isSet(json)) {
        out() << QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << Cli::tr("%1 frames at %2 fps, %3 faces per frame (%4 + %5)\n"
                         "detection %6 ms per frame, description %7 ms per face (%8 faces), "
                         "matching %9 ms among %10 templates")
                     .arg(result->frames)
                     .arg(result->fps, 0, 'f', 1)
                     .arg(result->facesPerFrame, 0, 'f', 1)
                     .arg(result->detector, result->descriptor)
                     .arg(result->detectMs, 0, 'f', 1)
                     .arg(result->describeMsPerFace, 0, 'f', 1)
                     .arg(result->described)
                     .arg(result->matchMs, 0, 'f', 3)
                     .arg(result->templates)
              << '\n';
    }
    return 0;
}

} // namespace cd::cli
