#include "app/store/BulkInserter.h"
#include "app/store/Sql.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestBulkInserter : public QObject
{
    Q_OBJECT
private slots:
    void insertsTypedValuesWithSyncColumns()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"bulk.sqlite"_s));
        const QSqlDatabase c = db->connection();
        const Id writer = newId();
        BulkInserter semesters(c, u"semester"_s, {u"id"_s, u"name"_s, u"starts_on"_s, u"ends_on"_s},
                               1234, writer);
        const Id id = newId();
        QVERIFY(semesters.add({id, u"Autumn 2026 – Ü"_s, u"2026-09-07"_s, u"2026-12-18"_s}));
        BulkInserter courses(
            c, u"course"_s,
            {u"id"_s, u"code"_s, u"title"_s, u"semester_id"_s, u"credits"_s, u"program"_s}, 1234,
            writer);
        QVERIFY(courses.add({newId(), u"CS101"_s, u"Programming"_s, id, 3.5, u""_s}));
        QCOMPARE(courses.rows(), 1);

        auto row = sql::run(
            c, u"SELECT name, rev, updated_at, updated_by, deleted FROM semester WHERE id = ?"_s,
            {id});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), u"Autumn 2026 – Ü"_s);
        QCOMPARE(row->value(1).toInt(), 0);
        QCOMPARE(row->value(2).toLongLong(), 1234);
        QCOMPARE(row->value(3).toString(), writer);
        QCOMPARE(row->value(4).toInt(), 0);
        auto credits = sql::run(c, u"SELECT credits, typeof(credits) FROM course"_s);
        QVERIFY(credits && credits->next());
        QCOMPARE(credits->value(0).toDouble(), 3.5);
        QCOMPARE(credits->value(1).toString(), u"real"_s);
        // A bulk load journals nothing by itself.
        QCOMPARE(test::rowCount(*db, u"outbox"_s), 0);
    }

    void reportsConstraintFailuresAndGoesOn()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"bulk.sqlite"_s));
        BulkInserter semesters(db->connection(), u"semester"_s,
                               {u"id"_s, u"name"_s, u"starts_on"_s, u"ends_on"_s}, 0, {});
        auto backwards = semesters.add({newId(), u"Backwards"_s, u"2026-09-07"_s, u"2026-01-01"_s});
        QVERIFY(!backwards);
        QVERIFY(backwards.error().detail.contains(u"CHECK"_s));
        auto nulled = semesters.add(
            {newId(), QVariant(QMetaType::fromType<QString>()), u"2026-09-07"_s, u"2026-12-01"_s});
        QVERIFY(!nulled);
        QVERIFY(nulled.error().detail.contains(u"NOT NULL"_s));
        QVERIFY(semesters.add(
            {newId(), u"Fine"_s, u"2026-09-07"_s, u"2026-12-01"_s})); // the statement still works
        QCOMPARE(semesters.rows(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBulkInserter)
#include "tst_bulkinserter.moc"
