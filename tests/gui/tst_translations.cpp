#include "app/core/Role.h"
#include "tests/support/TestSupport.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyLanguageIsBuiltIn()
    {
        for (const Language &language : availableLanguages())
            QVERIFY2(QFile::exists(u":/i18n/campusdesk_%1.qm"_s.arg(language.code)),
                     qPrintable(language.code));
    }

    void arabicTranslatesAndMirrors()
    {
        QVERIFY(installTranslations(*qApp, localeForLanguage(u"ar"_s)));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().language(), QLocale::Arabic);
        QCOMPARE(RoleNames::displayName(Role::Admin), u"مسؤول النظام"_s);
    }

    void frenchTranslatesLeftToRight()
    {
        QVERIFY(installTranslations(*qApp, localeForLanguage(u"fr"_s)));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(RoleNames::displayName(Role::Admin), u"Administrateur"_s);
    }

    void switchingBackRemovesTheOldTranslation()
    {
        QVERIFY(installTranslations(*qApp, localeForLanguage(u"ar"_s)));
        QVERIFY(installTranslations(*qApp, localeForLanguage(u"en"_s)));
        QCOMPARE(RoleNames::displayName(Role::Admin), u"Administrator"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void anUntranslatedLanguageFallsBackToEnglish()
    {
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::Japanese)));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(RoleNames::displayName(Role::Teacher), u"Teacher"_s);
    }

    // Every string of every language file is translated: none unfinished, none left empty.
    void theLanguageFilesAreComplete()
    {
        const QDir dir(test::sourceDir() + u"/translations"_s);
        for (const Language &language : availableLanguages()) {
            if (language.code == u"en"_s)
                continue;
            QFile file(dir.filePath(u"campusdesk_%1.ts"_s.arg(language.code)));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QXmlStreamReader xml(&file);
            int messages = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"message")
                    ++messages;
                if (xml.name() == u"translation") {
                    const QString type = xml.attributes().value(u"type"_s).toString();
                    QVERIFY2(type.isEmpty(),
                             qPrintable(u"%1: a %2 message near line %3"_s.arg(
                                 language.code, type, QString::number(xml.lineNumber()))));
                }
            }
            QVERIFY(!xml.hasError());
            QVERIFY(messages > 400);
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
