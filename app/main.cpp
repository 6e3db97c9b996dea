// The desktop entry point: opens the school database and shows the main window.
#include "app/core/AppPaths.h"
#include "app/store/Database.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"CampusDesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/campusdesk.svg"_s));
    QGuiApplication::setDesktopFileName(u"campusdesk"_s);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "School records, gradebook, fees and attendance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
                                      QApplication::translate("main", "Open this school database."),
                                      u"FILE"_s, AppPaths::defaultDatabase());
    parser.addOption(dbOption);
    parser.process(app);

    auto db = Database::open(parser.value(dbOption));
    if (!db) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "CampusDesk cannot open the database"),
            db.error().message);
        return 1;
    }
    MainWindow window(**db);
    window.show();
    return app.exec();
}
