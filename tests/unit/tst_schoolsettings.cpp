#include "app/store/JournalReader.h"
#include "app/store/SchoolSettings.h"
#include "app/store/Sql.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestSchoolSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void defaultsForANewSchool()
    {
        auto db = test::openDatabase(m_dir.filePath(u"new.sqlite"_s));
        const SchoolSettings s = SchoolSettings::load(*db);
        QCOMPARE(s.name, u"My school"_s);
        QCOMPARE(s.currency, u"USD"_s);
        QVERIFY(!s.demo);
        QCOMPARE(s.attendanceMinimumPercent, 75.0);
        QCOMPARE(s.lateAfterMinutesDefault, 10);
    }

    void lateThresholdRoundTrips()
    {
        auto db = test::openDatabase(m_dir.filePath(u"late.sqlite"_s));
        SchoolSettings s = SchoolSettings::load(*db);
        s.lateAfterMinutesDefault = 5;
        QVERIFY(s.save(*db, test::testActor()));
        QCOMPARE(SchoolSettings::load(*db).lateAfterMinutesDefault, 5);
        QVERIFY(sql::run(db->connection(),
                         u"UPDATE app_setting SET value = '-3' "
                         u"WHERE key = 'attendance.late_after_minutes'"_s));
        QCOMPARE(SchoolSettings::load(*db).lateAfterMinutesDefault, 10);
    }

    void saveRoundTripsAndAuditsWhatChanged()
    {
        auto db = test::openDatabase(m_dir.filePath(u"save.sqlite"_s));
        const Actor admin = test::testActor();
        SchoolSettings s = SchoolSettings::load(*db);
        s.name = u"Lakeside Academy"_s;
        s.currency = u"KWD"_s;
        s.attendanceMinimumPercent = 80;
        QVERIFY(s.save(*db, admin));
        const SchoolSettings loaded = SchoolSettings::load(*db);
        QCOMPARE(loaded.name, u"Lakeside Academy"_s);
        QCOMPARE(loaded.currency, u"KWD"_s);
        QCOMPARE(loaded.attendanceMinimumPercent, 80.0);

        AuditQuery q;
        q.entity = u"app_setting"_s;
        auto entries = *JournalReader(*db).auditEntries(q, admin);
        QCOMPARE(entries.size(), 1);
        const QJsonObject changes = entries.first().details.value(u"changes"_s).toObject();
        QCOMPARE(
            changes.keys(),
            (QStringList{u"attendance.minimum_percent"_s, u"school.currency"_s, u"school.name"_s}));
        QCOMPARE(entries.first().actorId, admin.userId);

        QVERIFY(loaded.save(*db, admin)); // nothing changed: no new audit entry
        QCOMPARE(JournalReader(*db).auditEntries(q, admin)->size(), 1);
    }

    void damagedValuesFallBackToDefaults()
    {
        auto db = test::openDatabase(m_dir.filePath(u"damaged.sqlite"_s));
        QVERIFY(sql::run(db->connection(),
                         u"INSERT INTO app_setting VALUES ('school.currency', 'dollars'), "
                         u"('attendance.minimum_percent', '250'), ('school.name', '   ')"_s));
        const SchoolSettings s = SchoolSettings::load(*db);
        QCOMPARE(s.currency, u"USD"_s);
        QCOMPARE(s.attendanceMinimumPercent, 75.0);
        QCOMPARE(s.name, u"My school"_s);
    }
};

QTEST_GUILESS_MAIN(TestSchoolSettings)
#include "tst_schoolsettings.moc"
