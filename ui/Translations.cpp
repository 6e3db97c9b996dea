#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cd {

using namespace Qt::Literals::StringLiterals;

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English is the source language: without a translation for the locale, its plural forms
    // ("1 student", "2 students") still apply.
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"campusdesk"_s, u"_"_s, u":/i18n"_s)
        || ours->load(u"campusdesk_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace cd
