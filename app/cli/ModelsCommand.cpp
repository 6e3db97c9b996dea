#include "app/cli/Command.h"
#include "app/vision/ModelManager.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QString stateName(ModelManager::State state)
{
    switch (state) {
    case ModelManager::State::Present: return u"present"_s;
    case ModelManager::State::Corrupt: return u"corrupt"_s;
    case ModelManager::State::Downloading: return u"downloading"_s;
    case ModelManager::State::Missing: break;
    }
    return u"missing"_s;
}

QString stateText(const ModelManager::Status &status)
{
    switch (status.state) {
    case ModelManager::State::Present:
        return Cli::tr("installed in %1").arg(QDir::toNativeSeparators(status.directory));
    case ModelManager::State::Corrupt:
        return Cli::tr("damaged in %1: %2")
            .arg(QDir::toNativeSeparators(status.directory), status.message);
    case ModelManager::State::Downloading: return Cli::tr("being installed");
    case ModelManager::State::Missing: break;
    }
    return Cli::tr("not installed");
}

int list(const ModelManager &models, bool json)
{
    QJsonArray array;
    for (const ModelInfo &model : models.catalogue()) {
        const ModelManager::Status status = models.status(model.id);
        qint64 size = 0;
        for (const ModelFile &file : model.files)
            size += file.size;
        if (json) {
            array.append(QJsonObject{{u"id"_s, model.id},
                                     {u"name"_s, model.name},
                                     {u"version"_s, model.version},
                                     {u"licence"_s, model.licence},
                                     {u"source"_s, model.source},
                                     {u"bytes"_s, size},
                                     {u"status"_s, stateName(status.state)},
                                     {u"directory"_s, status.directory},
                                     {u"file"_s, status.file},
                                     {u"message"_s, status.message}});
            continue;
        }
        out() << Cli::tr("%1  %2, version %3, licence %4, %5 kB: %6")
                     .arg(model.id, model.name, model.version, model.licence)
                     .arg((size + 512) / 1024)
                     .arg(stateText(status))
              << '\n';
    }
    if (json)
        out() << QJsonDocument(QJsonObject{{u"models"_s, array}}).toJson(QJsonDocument::Compact)
              << '\n';
    return 0;
}

// Runs one download or import to its end, printing progress on stderr in steps of 10 %.
int install(ModelManager &models, const QString &id, const QStringList &paths,
            const QString &directory, bool json)
{
    const auto model = models.find(id);
    if (!model) {
        err() << Cli::tr("Unknown model: %1 (see `campusdesk-cli models list`).").arg(id) << '\n';
        err().flush();
        return 2;
    }
    QEventLoop loop;
    bool ok = false;
    QString error;
    int shownStep = -1;
    QObject::connect(&models, &ModelManager::progress, &loop,
                     [&](const QString &, qint64 received, qint64 total) {
                         const int step = total > 0 ? int(received * 10 / total) : 0;
                         if (step == shownStep)
                             return;
                         shownStep = step;
                         err() << Cli::tr("%1: %2 of %3 kB")
                                      .arg(model->name)
                                      .arg(received / 1024)
                                      .arg(total / 1024)
                               << '\n';
                         err().flush();
                     });
    QObject::connect(&models, &ModelManager::finished, &loop,
                     [&](const QString &, bool success, const QString &message) {
                         ok = success;
                         error = message;
                         loop.quit();
                     });
    if (paths.isEmpty())
        models.download(id, directory);
    else
        models.importFiles(id, paths, directory);
    loop.exec();
    if (!ok) {
        err() << error << '\n';
        err().flush();
        return 1;
    }
    const QString target = directory.isEmpty() ? ModelManager::defaultDirectory() : directory;
    if (json) {
        out() << QJsonDocument(QJsonObject{{u"id"_s, id}, {u"directory"_s, target}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        out() << Cli::tr("Installed %1 (%2) in %3.")
                     .arg(model->name, model->version, QDir::toNativeSeparators(target))
              << '\n';
    }
    return 0;
}

} // namespace

int modelsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List, download or import the optional face models (checked against their "
                "pinned SHA-256)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, Cli::tr("list, download ID or import ID PATH..."));
    const QCommandLineOption dir(
        u"dir"_s,
        Cli::tr("Install into DIR, and look there first (default: %1).")
            .arg(QDir::toNativeSeparators(ModelManager::defaultDirectory())),
        u"DIR"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print JSON."));
    parser.addOptions({dir, json});
    parser.process(arguments);

    QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString directory
        = parser.isSet(dir) ? QFileInfo(parser.value(dir)).absoluteFilePath() : QString();
    ModelManager models{ModelLocator(directory)};
    if (action == u"list"_s && positional.size() == 1)
        return list(models, parser.isSet(json));
    if (action == u"download"_s && positional.size() == 2)
        return install(models, positional.at(1), {}, directory, parser.isSet(json));
    if (action == u"import"_s && positional.size() >= 3) {
        const QString id = positional.at(1);
        positional.remove(0, 2);
        return install(models, id, positional, directory, parser.isSet(json));
    }
    err() << Cli::tr("Usage: campusdesk-cli models list | download ID | import ID PATH... "
                     "[--dir DIR] [--json]")
          << '\n';
    return 2;
}

} // namespace cd::cli
