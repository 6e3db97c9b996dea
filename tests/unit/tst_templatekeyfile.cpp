#include "app/store/TemplateKeyFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

bool writeFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

class TestTemplateKeyFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void createsAPrivateKeyFileAndReloadsTheSameKey()
    {
        const QString path = m_dir.filePath(u"keys/sub/face-templates.key"_s);
        auto created = TemplateKeyFile::loadOrCreate(path);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile(path).size(), TemplateCipher::keyBytes);
        QCOMPARE(modeOf(path), mode_t(0600));

        auto sealed = created->seal("descriptor");
        QVERIFY(sealed);
        auto loaded = TemplateKeyFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->open(*sealed).value(), "descriptor"_ba);
        auto again = TemplateKeyFile::loadOrCreate(path);
        QVERIFY(again);
        QCOMPARE(again->exportKey(), created->exportKey());
    }

    void aMissingFileIsNotFound()
    {
        auto missing = TemplateKeyFile::load(m_dir.filePath(u"none.key"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(u"none.key"_s));
    }

    void aFileOfTheWrongSizeIsRefusedAndKept()
    {
        for (const qsizetype size : {0, 31, 33, 4096}) {
            const QString path = m_dir.filePath(u"wrong-%1.key"_s.arg(size));
            const QByteArray bytes(size, 'x');
            QVERIFY(writeFile(path, bytes, 0600));
            for (const auto &result :
                 {TemplateKeyFile::load(path), TemplateKeyFile::loadOrCreate(path)}) {
                QVERIFY(!result);
                QCOMPARE(result.error().code, Error::Code::Corrupt);
                QVERIFY2(result.error().message.contains(u"%1 bytes instead of 32"_s.arg(size)),
                         qPrintable(result.error().message));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), bytes); // never replaced
        }
    }

    void aFileOthersMayReadOrWriteIsRefused()
    {
        for (const mode_t mode : {0644, 0640, 0604, 0620, 0602, 0666}) {
            const QString path = m_dir.filePath(u"open-%1.key"_s.arg(mode, 0, 8));
            const QByteArray key = TemplateCipher::generateKey();
            QVERIFY(writeFile(path, key, mode));
            for (const auto &result :
                 {TemplateKeyFile::load(path), TemplateKeyFile::loadOrCreate(path)}) {
                QVERIFY(!result);
                QCOMPARE(result.error().code, Error::Code::Forbidden);
                QVERIFY2(result.error().message.contains(u"chmod 600"_s),
                         qPrintable(result.error().message));
            }
            QCOMPARE(modeOf(path), mode); // left as it was
        }
        // Owner read-only is fine.
        const QString readOnly = m_dir.filePath(u"readonly.key"_s);
        QVERIFY(writeFile(readOnly, TemplateCipher::generateKey(), 0400));
        QVERIFY(TemplateKeyFile::load(readOnly));
    }

    void aFolderIsNotAKeyFile()
    {
        const QString path = m_dir.filePath(u"folder.key"_s);
        QVERIFY(QDir().mkpath(path));
        auto refused = TemplateKeyFile::loadOrCreate(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestTemplateKeyFile)
#include "tst_templatekeyfile.moc"
