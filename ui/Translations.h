#pragma once

#include <QLocale>

class QCoreApplication;

namespace cd {

// Installs Qt's own translations and CampusDesk's for `locale` (built into the app as
// :/i18n/campusdesk_<lang>.qm). Returns whether CampusDesk's were found; English needs only
// its plural forms, so it is always found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace cd
