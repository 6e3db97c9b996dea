#include "app/core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cd {

using namespace Qt::Literals::StringLiterals;

void AppPaths::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"CampusDesk"_s);
    QCoreApplication::setOrganizationDomain(u"campusdesk.example"_s);
    QCoreApplication::setApplicationName(u"CampusDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CAMPUSDESK_VERSION));
}

QString AppPaths::dataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"campusdesk"_s);
}

QString AppPaths::defaultDatabase()
{
    return QDir(dataDirectory()).filePath(u"school.sqlite"_s);
}

QString AppPaths::demoDatabase()
{
    return QDir(dataDirectory()).filePath(u"demo-school.sqlite"_s);
}

} // namespace cd
