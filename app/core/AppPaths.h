#pragma once

#include <QString>

namespace cd {

// Where CampusDesk keeps its files, shared by the desktop app, the CLI and the scripts
// (`campusdesk-cli paths`). Follows the XDG base directories on Linux.
struct AppPaths
{
    static void setApplicationIdentity(); // call once, right after the Q*Application
    static QString dataDirectory(); // e.g. ~/.local/share/campusdesk
    static QString defaultDatabase(); // the school database of "This computer only"
    static QString demoDatabase(); // the seeded demo school
};

} // namespace cd
