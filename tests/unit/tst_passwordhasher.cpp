#include "app/store/PasswordHasher.h"

#include <QTest>

#include <sodium.h>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashesWithArgon2idAtOwaspStrength()
    {
        const QString hash = PasswordHasher::hash(u"correct horse battery"_s);
        QVERIFY(hash.startsWith(u"$argon2id$v=19$m=19456,t=2,"_s));
        QVERIFY(!hash.contains(u"correct"_s));
        QVERIFY(!PasswordHasher::needsRehash(hash));
    }

    void verifiesOnlyTheRightPassword()
    {
        const QString hash = PasswordHasher::hash(u"Grüße aus Zürich ✓"_s);
        QVERIFY(PasswordHasher::verify(hash, u"Grüße aus Zürich ✓"_s));
        QVERIFY(!PasswordHasher::verify(hash, u"Grüsse aus Zürich ✓"_s));
        QVERIFY(!PasswordHasher::verify(hash, u""_s));
        QVERIFY(!PasswordHasher::verify(u""_s, u""_s));
        QVERIFY(!PasswordHasher::verify(u"$argon2id$garbage"_s, u"x"_s));
    }

    void saltsDiffer()
    {
        QVERIFY(PasswordHasher::hash(u"same password"_s)
                != PasswordHasher::hash(u"same password"_s));
    }

    void weakerHashesNeedRehash()
    {
        QVERIFY(sodium_init() >= 0);
        char weak[crypto_pwhash_STRBYTES];
        QCOMPARE(
            crypto_pwhash_str_alg(weak, "pw", 2, 1, 8 * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13),
            0);
        const QString hash = QString::fromLatin1(weak);
        QVERIFY(PasswordHasher::verify(hash, u"pw"_s));
        QVERIFY(PasswordHasher::needsRehash(hash));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
