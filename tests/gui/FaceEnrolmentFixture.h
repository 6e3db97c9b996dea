#pragma once

#include "app/store/FaceTemplateRepository.h"
#include "tests/gui/CoursesFixture.h"
#include "ui/FaceEnrolmentSetup.h"
#include "ui/FaceKeyring.h"

#include <QDir>
#include <QFile>
#include <QImage>

namespace cd::test {

// A class for face enrolment: CS101 taught by Mary Okoro with three students, 2026-0001 and
// 2026-0002 with consent recorded, 2026-0003 without; a fixed template key; and the lfw-dev photos
// (CAMPUSDESK_TEST_DATA) the tests copy and rename by student number.
struct FaceEnrolmentFixture : CoursesFixture
{
    Course cs101;
    Id first, second, third; // 2026-0001, 2026-0002 (consent), 2026-0003 (none)
    std::unique_ptr<FaceKeyring> keyring;

    bool openSchool()
    {
        if (!open())
            return false;
        cs101 = course(u"CS101"_s, u"Programming"_s, {okoro});
        StudentRepository repo(*db);
        QList<Id> ids;
        const QStringList names{u"Bill"_s, u"Tom"_s, u"Nora"_s};
        for (int i = 0; i < 3; ++i) {
            auto s = repo.create(
                sampleStudent(u"2026-%1"_s.arg(i + 1, 4, 10, QChar(u'0')), names[i], u"Student"_s),
                admin);
            if (!s)
                return false;
            ids << s->id;
            if (i < 2 && !repo.setConsent(*s, true, admin))
                return false;
        }
        first = ids[0];
        second = ids[1];
        third = ids[2];
        if (!CourseRepository(*db).enrollMany(ids, cs101.id, QDate(2026, 9, 7), admin))
            return false;
        auto cipher = TemplateCipher::generate();
        if (!cipher)
            return false;
        keyring = std::make_unique<FaceKeyring>(std::move(cipher).value());
        return true;
    }

    void closeSchool()
    {
        close();
        keyring.reset();
    }

    FaceEnrolmentSetup setup() const
    {
        FaceEnrolmentSetup s;
        s.keyring = keyring.get();
        return s;
    }

    int templatesOf(const Id &student) const
    {
        const TemplateCipher noKey;
        auto count = FaceTemplateRepository(*db, noKey).countFor(student, admin);
        return count ? *count : -1;
    }

    bool consentOf(const Id &student) const
    {
        auto s = StudentRepository(*db).find(student, admin);
        return s && s->consent.granted;
    }

    // <data>/datasets/lfw-dev, or empty when it is not there.
    static QString lfw()
    {
        const QString data = qEnvironmentVariable("CAMPUSDESK_TEST_DATA");
        const QString dir = QDir(data).filePath(u"datasets/lfw-dev"_s);
        return !data.isEmpty() && QDir(dir).exists() ? dir : QString();
    }

    static QString photo(const QString &person, int index)
    {
        return QDir(lfw()).filePath(u"%1/%1_%2.jpg"_s.arg(person).arg(index, 4, 10, QChar(u'0')));
    }

    // Copies (or, for another suffix, converts) an lfw-dev photo to `dir`/`name`.
    static bool copyPhoto(const QString &person, int index, const QString &dir, const QString &name)
    {
        const QString target = QDir(dir).filePath(name);
        if (name.endsWith(u".jpg"_s))
            return QFile::copy(photo(person, index), target);
        return QImage(photo(person, index)).save(target);
    }

    // A file that claims to be a JPEG but is not one.
    static bool writeCorrupt(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("\xff\xd8\xff\xe0 not really") > 0;
    }
};

} // namespace cd::test
