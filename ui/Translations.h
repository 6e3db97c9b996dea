#pragma once

#include <QLocale>

class QCoreApplication;

namespace cd {

// Installs Qt's own translations and CampusDesk's for `locale` (built into the app as
// :/i18n/campusdesk_<lang>.qm), falling back to the English source's plural forms. Returns
// whether a CampusDesk translation was installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace cd
