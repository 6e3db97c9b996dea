#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cd {

struct Language
{
    QString code; // "ar"; empty for the system's language
    QString nativeName; // "العربية": each language is listed in its own words
};

// The languages CampusDesk is translated into, English (the source) first.
QList<Language> availableLanguages();

// The locale for a language code; the system's locale for an empty code.
QLocale localeForLanguage(const QString &code);

// Installs Qt's and CampusDesk's translations for `locale`, replacing any installed before, and
// sets the default locale and the layout direction (right to left for Arabic). Falls back to
// English when CampusDesk has no translation for the locale. False if not even English loads.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace cd
