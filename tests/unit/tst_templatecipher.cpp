#include "app/store/TemplateCipher.h"

#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestTemplateCipher : public QObject
{
    Q_OBJECT
private:
    static TemplateCipher cipher()
    {
        auto made = TemplateCipher::generate();
        return made ? std::move(made).value() : TemplateCipher();
    }

private slots:
    void roundTrip()
    {
        const TemplateCipher c = cipher();
        QVERIFY(c.isValid());
        const QByteArray plain = "a face descriptor \0 with a NUL"_ba;
        auto sealed = c.seal(plain);
        QVERIFY(sealed);
        QCOMPARE(sealed->nonce.size(), TemplateCipher::nonceBytes);
        QCOMPARE(sealed->ciphertext.size(), plain.size() + TemplateCipher::tagBytes);
        QVERIFY(!sealed->ciphertext.contains(plain));
        auto opened = c.open(*sealed);
        QVERIFY(opened);
        QCOMPARE(*opened, plain);
    }

    void sameKeyFromExportedBytesOpensIt()
    {
        const TemplateCipher c = cipher();
        QByteArray key = c.exportKey();
        QCOMPARE(key.size(), TemplateCipher::keyBytes);
        auto again = TemplateCipher::fromKey(key);
        TemplateCipher::wipe(key);
        QVERIFY(key.isEmpty());
        QVERIFY(again);
        auto sealed = c.seal("hello");
        QCOMPARE(again->open(*sealed).value(), "hello"_ba);
    }

    void wrongKeyFails()
    {
        auto sealed = cipher().seal("secret");
        QVERIFY(sealed);
        auto opened = cipher().open(*sealed);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QVERIFY(opened.error().message.contains(u"another key"_s));
    }

    void everyTamperedByteFails()
    {
        const TemplateCipher c = cipher();
        auto sealed = c.seal("0123456789");
        QVERIFY(sealed);
        for (qsizetype i = 0; i < sealed->ciphertext.size(); ++i) {
            SealedTemplate bad = *sealed;
            bad.ciphertext[i] = char(bad.ciphertext[i] ^ 0x01);
            QVERIFY2(!c.open(bad), qPrintable(u"byte %1"_s.arg(i)));
        }
        SealedTemplate badNonce = *sealed;
        badNonce.nonce[0] = char(badNonce.nonce[0] ^ 0x80);
        QVERIFY(!c.open(badNonce));
        SealedTemplate truncated = *sealed;
        truncated.ciphertext.chop(1);
        QVERIFY(!c.open(truncated));
        QVERIFY(!c.open({sealed->nonce.left(5), sealed->ciphertext}));
        QVERIFY(!c.open({sealed->nonce, "short"_ba}));
    }

    void noncesDiffer()
    {
        const TemplateCipher c = cipher();
        auto a = c.seal("same");
        auto b = c.seal("same");
        QVERIFY(a && b);
        QVERIFY(a->nonce != b->nonce);
        QVERIFY(a->ciphertext != b->ciphertext);
    }

    void boundTemplateOpensOnlyForItsOwnerAndModel()
    {
        const TemplateCipher c = cipher();
        const QByteArray data("\x01\x02\x03\x04", 4);
        auto sealed = c.sealFor(u"student-a"_s, u"face-api-resnet@1.7.15"_s, data);
        QVERIFY(sealed);
        QCOMPARE(c.openFor(*sealed, u"student-a"_s, u"face-api-resnet@1.7.15"_s).value(), data);

        // The same bytes moved to another student's row, or relabelled as another model.
        auto moved = c.openFor(*sealed, u"student-b"_s, u"face-api-resnet@1.7.15"_s);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, Error::Code::Corrupt);
        QVERIFY(moved.error().message.contains(u"another student"_s));
        QVERIFY(!c.openFor(*sealed, u"student-a"_s, u"lbph@1"_s));
        // A prefix of the owner's id is not the owner.
        QVERIFY(!c.openFor(*sealed, u"student-"_s, u"face-api-resnet@1.7.15"_s));

        // A box sealed without a binding is not accepted as a template.
        auto unbound = c.seal(data);
        QVERIFY(!c.openFor(*unbound, u"student-a"_s, u"face-api-resnet@1.7.15"_s));
    }

    void keysAreRandomAndCheckedForSize()
    {
        QVERIFY(TemplateCipher::generateKey() != TemplateCipher::generateKey());
        QCOMPARE(TemplateCipher::generateKey().size(), TemplateCipher::keyBytes);
        auto tooShort = TemplateCipher::fromKey(QByteArray(31, 'k'));
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().code, Error::Code::Invalid);
        QVERIFY(!TemplateCipher::fromKey(QByteArray(33, 'k')));
        QVERIFY(TemplateCipher::fromKey(QByteArray(32, 'k')));
    }

    void movedFromCipherRefusesWork()
    {
        TemplateCipher c = cipher();
        TemplateCipher taken = std::move(c);
        QVERIFY(taken.isValid());
        QVERIFY(!c.isValid()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        auto refused = c.seal("x");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Unavailable);
        QVERIFY(!TemplateCipher().open({}));
        QVERIFY(TemplateCipher().exportKey().isEmpty());

        TemplateCipher assigned;
        assigned = std::move(taken);
        QVERIFY(assigned.isValid());
        QVERIFY(assigned.seal("x"));
        static_assert(!std::is_copy_constructible_v<TemplateCipher>);
        static_assert(!std::is_copy_assignable_v<TemplateCipher>);
    }
};

QTEST_GUILESS_MAIN(TestTemplateCipher)
#include "tst_templatecipher.moc"
