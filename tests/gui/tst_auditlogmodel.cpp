#include "app/core/Permissions.h"
#include "app/store/JournalReader.h"
#include "tests/gui/AuditLogFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAuditLogModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::AuditLogFixture m_log;
    int m_total = 0;

    // Loads `query` and waits for the answer.
    static bool load(AuditLogModel &model, const AuditQuery &query)
    {
        QSignalSpy loaded(&model, &AuditLogModel::loaded);
        model.setQuery(query);
        return loaded.wait(10000) && !model.isLoading();
    }

    static QSet<QString> keys(const AuditLogModel &model)
    {
        QSet<QString> keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys.insert(test::AuditLogFixture::key(model.entryAt(row)));
        return keys;
    }

    static AuditQuery localDays(const QDate &from, const QDate &to)
    {
        AuditQuery q;
        if (from.isValid())
            q.from = from.startOfDay().toUTC();
        if (to.isValid())
            q.to = to.addDays(1).startOfDay().toUTC();
        return q;
    }

private slots:
    void initTestCase()
    {
        test::useAuditTestTimeZone();
        m_db = test::openDatabase(m_dir.filePath(u"audit.sqlite"_s));
        QVERIFY(m_db);
        m_log = test::seedAuditLog(*m_db);
        QVERIFY(m_log.ok);
        m_total = int(JournalReader(*m_db).auditEntries({}, m_log.ada)->size());
        QVERIFY(m_total >= 10);
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void passesTheModelTesterWhileLoadingAndReloading()
    {
        AuditLogModel model(*m_db, m_log.ada);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing is read until a query is set
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        QCOMPARE(model.headerData(AuditLogModel::WhenColumn, Qt::Horizontal).toString(), u"When"_s);

        QSignalSpy loading(&model, &AuditLogModel::loadingChanged);
        model.setQuery({}); // default AuditQuery: the newest 200
        QCOMPARE(model.rowCount(), 0); // the rows arrive from the thread pool
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), m_total);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.first().first().toBool(), true);
        QCOMPARE(loading.last().first().toBool(), false);
        QVERIFY(!model.limitReached());
        QVERIFY(model.errorMessage().isEmpty());

        // Newest first; every cell has text where the entry has a value.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entryAt(row - 1).at >= model.entryAt(row).at);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, AuditLogModel::WhenColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, AuditLogModel::UserColumn).data().toString().isEmpty());
            QCOMPARE(model.index(row, AuditLogModel::WhenColumn)
                         .data(AuditLogModel::SortRole)
                         .toLongLong(),
                     model.entryAt(row).at.toMSecsSinceEpoch());
            QCOMPARE(model.index(row, 0).data(AuditLogModel::EntryIdRole).toString(),
                     model.entryAt(row).id);
        }

        // Reloading, and replacing a query before its answer arrives, keeps the model sound.
        model.refresh();
        AuditQuery ada;
        ada.actorId = m_log.ada.userId;
        model.setQuery(ada);
        AuditQuery sam;
        sam.actorId = m_log.sam.userId;
        model.setQuery(sam);
        QTRY_VERIFY(!model.isLoading());
        QTest::qWait(50); // any late answer to an earlier query must be dropped
        QCOMPARE(keys(model), m_log.bySam());
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(keys(model), m_log.bySam());
    }

    void filtersByUserEntityAndDays_data()
    {
        QTest::addColumn<QString>("user"); // "", "ada" or "sam"
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected"); // keys, or "all but e1 e2 e3"
        const QDate aug31(2020, 8, 31), sep1(2020, 9, 1), sep2(2020, 9, 2), sep3(2020, 9, 3);
        QTest::newRow("ada") << u"ada"_s << QString() << QDate() << QDate()
                             << QStringList{u"ada"_s};
        QTest::newRow("sam") << u"sam"_s << QString() << QDate() << QDate()
                             << QStringList{u"sam"_s};
        QTest::newRow("students") << QString() << u"student"_s << QDate() << QDate()
                                  << QStringList{u"create/student/A"_s, u"create/student/B"_s,
                                                 u"update/student/A"_s, u"update/student/B"_s,
                                                 u"export/student/"_s};
        QTest::newRow("sam's students")
            << u"sam"_s << u"student"_s << QDate() << QDate()
            << QStringList{u"create/student/B"_s, u"update/student/B"_s, u"export/student/"_s};
        QTest::newRow("guardians") << QString() << u"guardian"_s << QDate() << QDate()
                                   << QStringList{u"create/guardian/GA"_s, u"create/guardian/GB"_s};
        // Local days, both included: 23:30 on the 31st is not the 1st, 00:30 on the 1st is.
        QTest::newRow("1st to 2nd") << QString() << QString() << sep1 << sep2
                                    << QStringList{u"update/student/B"_s, u"create/semester/S"_s};
        QTest::newRow("one day") << QString() << QString() << aug31 << aug31
                                 << QStringList{u"update/student/A"_s};
        QTest::newRow("up to the 2nd")
            << QString() << QString() << QDate() << sep2
            << QStringList{u"update/student/A"_s, u"update/student/B"_s, u"create/semester/S"_s};
        QTest::newRow("from the 3rd")
            << QString() << QString() << sep3 << QDate() << QStringList{u"all but e1 e2 e3"_s};
        QTest::newRow("ada on the 2nd")
            << u"ada"_s << QString() << sep2 << sep2 << QStringList{u"create/semester/S"_s};
        QTest::newRow("sam on the 2nd") << u"sam"_s << QString() << sep2 << sep2 << QStringList();
    }
    void filtersByUserEntityAndDays()
    {
        QFETCH(QString, user);
        QFETCH(QString, entity);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);

        const QHash<QString, Id> ids{{u"A"_s, m_log.studentA},
                                     {u"B"_s, m_log.studentB},
                                     {u"GA"_s, m_log.guardianA},
                                     {u"GB"_s, m_log.guardianB},
                                     {u"S"_s, m_log.semester}};
        QSet<QString> want;
        for (const QString &e : expected) {
            if (e == u"ada") {
                want += m_log.byAda();
            } else if (e == u"sam") {
                want += m_log.bySam();
            } else if (e == u"all but e1 e2 e3") {
                const auto all = *JournalReader(*m_db).auditEntries({}, m_log.ada);
                for (const AuditEntry &entry : all)
                    want.insert(test::AuditLogFixture::key(entry));
                want.remove(u"update/student/"_s + m_log.studentA);
                want.remove(u"update/student/"_s + m_log.studentB);
                want.remove(u"create/semester/"_s + m_log.semester);
            } else {
                const QString alias = e.section(u'/', 2);
                want.insert(e.section(u'/', 0, 1) + u'/' + ids.value(alias));
            }
        }

        AuditQuery query = localDays(from, to);
        query.actorId = user == u"ada" ? m_log.ada.userId
            : user == u"sam"           ? m_log.sam.userId
                                       : Id();
        query.entity = entity;
        AuditLogModel model(*m_db, m_log.ada);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, query));
        QCOMPARE(keys(model), want);
        QCOMPARE(model.rowCount(), want.size()); // no entry twice
    }

    void showsOnlyTheNewestUpToTheLimit()
    {
        AuditLogModel model(*m_db, m_log.ada);
        AuditQuery query;
        query.limit = 3;
        QVERIFY(load(model, query));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.limitReached());
        const auto newest = *JournalReader(*m_db).auditEntries(query, m_log.ada);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.entryAt(row).id, newest.at(row).id);

        query.limit = m_total; // exactly all of them: nothing hidden
        QVERIFY(load(model, query));
        QCOMPARE(model.rowCount(), m_total);
        QVERIFY(!model.limitReached());
    }

    void refusesAnActorWhoMayNotReadTheLog()
    {
        const Actor teacher{newId(), u"Tess Teacher"_s, Role::Teacher};
        AuditLogModel model(*m_db, teacher);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &AuditLogModel::loadFailed);
        model.setQuery({});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(),
                 Permissions::deniedMessage(Action::ViewAuditLog));
        QCOMPARE(model.errorMessage(), Permissions::deniedMessage(Action::ViewAuditLog));
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isLoading());
    }

    void summarizesWhatChanged()
    {
        const QJsonObject update{
            {u"changes"_s,
             QJsonObject{
                 {u"first_name"_s, QJsonObject{{u"from"_s, u"Ann"_s}, {u"to"_s, u"Anna"_s}}},
                 {u"phone"_s, QJsonObject{{u"from"_s, QJsonValue::Null}, {u"to"_s, 5}}},
                 {u"password_hash"_s, u"(changed)"_s}}}};
        QCOMPARE(AuditLogModel::changeSummary(update),
                 u"first_name: Ann → Anna; password_hash: (changed); phone: (empty) → 5"_s);
        const QJsonObject insert{
            {u"fields"_s, QJsonObject{{u"full_name"_s, u"Ann"_s}, {u"email"_s, u"a@b.c"_s}}}};
        QCOMPARE(AuditLogModel::changeSummary(insert), u"email, full_name"_s);
        QCOMPARE(AuditLogModel::changeSummary(QJsonObject{{u"rows"_s, 12}}), u"rows: 12"_s);
        QCOMPARE(AuditLogModel::changeSummary({}), QString());
        const QJsonObject longText{{u"note"_s, QString(500, u'x')}};
        const QString summary = AuditLogModel::changeSummary(longText);
        QCOMPARE(summary.size(), AuditLogModel::maxSummaryLength);
        QVERIFY(summary.endsWith(u'…'));

        AuditLogModel model(*m_db, m_log.ada);
        AuditQuery query;
        query.actorId = m_log.ada.userId;
        query.entityId = m_log.studentA;
        query.entity = u"student"_s;
        QVERIFY(load(model, query));
        QCOMPARE(model.rowCount(), 2);
        // Newest first: the creation (now) above the change (in 2020).
        QCOMPARE(model.index(1, AuditLogModel::ChangesColumn).data().toString(),
                 u"first_name: Amina → Aminah"_s);
        QCOMPARE(model.index(1, AuditLogModel::ActionColumn).data().toString(), u"Changed"_s);
        QCOMPARE(model.index(1, AuditLogModel::RecordColumn).data().toString(), m_log.studentA);
        QCOMPARE(model.index(1, AuditLogModel::UserColumn).data().toString(), u"Ada Lovelace"_s);
        const QString created = model.index(0, AuditLogModel::ChangesColumn).data().toString();
        QVERIFY2(created.startsWith(u"batch, "_s), qPrintable(created)); // a new row's fields
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), u"Created"_s);
    }
};

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
