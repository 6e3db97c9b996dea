#include "app/core/PasswordPolicy.h"

#include <QTest>
#include <QThread>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT
private slots:
    // First, so that the threads race to load the list.
    void loadsOnceFromManyThreads()
    {
        QList<bool> seen(8);
        QList<QThread *> threads;
        for (qsizetype i = 0; i < seen.size(); ++i)
            threads.append(QThread::create(
                [&seen, i] { seen[i] = PasswordPolicy::isCommon(u"football123"_s); }));
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QCOMPARE(seen, QList<bool>(8, true));
    }

    void lengthLimits_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("7") << u"k3#vq9z"_s << false;
        QTest::newRow("8") << u"k3#vq9zw"_s << true;
        QTest::newRow("128") << QString(128, u'q') << true;
        QTest::newRow("129") << QString(129, u'q') << false;
        // Each emoji is one code point but two UTF-16 units.
        QTest::newRow("7 emoji") << u"😀🐢🌵🎻🚲🧀🦉"_s << false;
        QTest::newRow("8 emoji") << u"😀🐢🌵🎻🚲🧀🦉🍉"_s << true;
        QTest::newRow("128 emoji") << u"🦉"_s.repeated(128) << true;
        QTest::newRow("129 emoji") << u"🦉"_s.repeated(129) << false;
    }

    void lengthLimits()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const ValidationResult result = PasswordPolicy::check(password);
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.errors().size(), 1);
            QVERIFY(result.has(u"password"_s));
        }
    }

    void messagesNameTheLimit()
    {
        QCOMPARE(PasswordPolicy::check(u"short"_s).messageFor(u"password"_s),
                 u"Use at least 8 characters."_s);
        QCOMPARE(PasswordPolicy::check(QString(129, u'q')).messageFor(u"password"_s),
                 u"Use at most 128 characters."_s);
    }

    void usesTheGivenField()
    {
        const ValidationResult result = PasswordPolicy::check(u"short"_s, u"newPassword"_s);
        QVERIFY(result.has(u"newPassword"_s));
        QVERIFY(!result.has(u"password"_s));
    }

    void anyCharactersAndNoCompositionRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("spaces") << u"  my  cat  sleeps  "_s;
        QTest::newRow("all lower case") << u"lanternwhistlecopper"_s;
        QTest::newRow("only digits, not common") << u"49172038561"_s;
        QTest::newRow("passphrase") << u"Correct horse, purple stapler & 3 kettles!"_s;
        QTest::newRow("non-Latin") << u"Грушевый сад у реки"_s;
    }

    void anyCharactersAndNoCompositionRules()
    {
        QFETCH(QString, password);
        const ValidationResult result = PasswordPolicy::check(password);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
    }

    void commonPasswordsRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("password123") << u"password123"_s;
        QTest::newRow("PASSWORD123") << u"PASSWORD123"_s;
        QTest::newRow("qwertyuiop") << u"qwertyuiop"_s;
        QTest::newRow("iloveyou") << u"iloveyou"_s;
        QTest::newRow("Sunshine") << u"Sunshine"_s;
        QTest::newRow("12345678") << u"12345678"_s;
    }

    void commonPasswordsRefused()
    {
        QFETCH(QString, password);
        QVERIFY(PasswordPolicy::isCommon(password));
        const ValidationResult result = PasswordPolicy::check(password);
        QCOMPARE(result.errors().size(), 1);
        QCOMPARE(result.messageFor(u"password"_s),
                 u"This password is too common: choose one that others are unlikely to guess."_s);
    }

    void commonNeedsTheWholePassword()
    {
        QVERIFY(!PasswordPolicy::isCommon(u"password123 but longer"_s));
        QVERIFY(!PasswordPolicy::isCommon(u" password123"_s));
        QVERIFY(!PasswordPolicy::isCommon(QString()));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
