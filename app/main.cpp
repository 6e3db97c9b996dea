// The desktop entry point: language, settings, database, sign-in, and the window for the role.
#include "app/core/AppPaths.h"
#include "ui/AppController.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

// --smoke: once the first window is up, let every pending event and background job finish,
// then report the time from process start and quit.
void finishSmokeRun(QWidget *window, const QElapsedTimer &clock)
{
    QTimer::singleShot(0, qApp, [window, clock] {
        do {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        } while (!QThreadPool::globalInstance()->waitForDone(10));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        std::printf("smoke: \"%s\" shown and idle after %lld ms\n",
                    qUtf8Printable(window->windowTitle()), clock.elapsed());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"CampusDesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/campusdesk.svg"_s));
    QGuiApplication::setDesktopFileName(u"campusdesk"_s);
    installTranslations(app); // for --help and early errors; the controller applies the setting

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "School records, gradebook, fees and attendance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QApplication::translate("main", "Open this school database."), u"FILE"_s);
    const QCommandLineOption languageOption(
        u"language"_s,
        QApplication::translate("main", "Use this language (en, ar, fr) for this run."), u"CODE"_s);
    const QCommandLineOption smokeOption(
        u"smoke"_s,
        QApplication::translate("main",
                                "Start as usual, show the first window, wait "
                                "until idle, print the time taken and quit."));
    parser.addOptions({dbOption, languageOption, smokeOption});
    parser.process(app);

    AppController controller({parser.value(dbOption), parser.value(languageOption)});
    int failure = 0;
    QObject::connect(&controller, &AppController::failed, &app, [&failure](const QString &why) {
        std::fprintf(stderr, "campusdesk: %s\n", qUtf8Printable(why));
        failure = 1;
        if (!qEnvironmentVariableIsSet("CAMPUSDESK_NO_DIALOGS"))
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "CampusDesk cannot open the database"),
                why);
        QCoreApplication::exit(1);
    });
    if (parser.isSet(smokeOption)) {
        QObject::connect(
            &controller, &AppController::windowShown, &app,
            [&clock](QWidget *window) { finishSmokeRun(window, clock); }, Qt::SingleShotConnection);
    }
    controller.start();
    if (failure)
        return failure;
    return app.exec();
}
