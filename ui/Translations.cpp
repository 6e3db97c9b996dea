#include "ui/Translations.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

QList<Language> availableLanguages()
{
    return {{u"en"_s, u"English"_s}, {u"ar"_s, u"العربية"_s}, {u"fr"_s, u"Français"_s}};
}

QLocale localeForLanguage(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    static QPointer<QTranslator> qt;
    static QPointer<QTranslator> ours;
    for (QTranslator *old : {qt.data(), ours.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }

    qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the source language: without a translation for the locale, its plural forms
    // ("1 student", "2 students") still apply.
    ours = new QTranslator(&app);
    const bool loaded = ours->load(locale, u"campusdesk"_s, u"_"_s, u":/i18n"_s)
        || ours->load(u"campusdesk_en"_s, u":/i18n"_s);
    if (loaded)
        QCoreApplication::installTranslator(ours);

    // Dates and numbers follow the language the interface speaks.
    const QString code = QLocale::languageToCode(locale.language());
    const QList<Language> languages = availableLanguages();
    const bool translated = std::any_of(languages.cbegin(), languages.cend(),
                                        [&](const Language &l) { return l.code == code; });
    const QLocale effective = translated ? locale : QLocale(QLocale::English);
    QLocale::setDefault(effective);
    QGuiApplication::setLayoutDirection(effective.textDirection());
    return loaded;
}

} // namespace cd
