#include "app/core/Permissions.h"
#include "app/store/JournalReader.h"
#include "tests/gui/AuditLogFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/AuditLogModel.h"
#include "ui/AuditLogPage.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAuditLogPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::AuditLogFixture m_log;

    template<typename T> static T *child(const AuditLogPage &page, const QString &name)
    {
        auto *widget = page.findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    static QSet<QString> shownKeys(const AuditLogPage &page)
    {
        QSet<QString> keys;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            keys.insert(test::AuditLogFixture::key(page.model()->entryAt(row)));
        return keys;
    }

private slots:
    void initTestCase()
    {
        test::useAuditTestTimeZone();
        QVERIFY(installTranslations(*qApp, QLocale::c()));
        m_db = test::openDatabase(m_dir.filePath(u"page.sqlite"_s));
        QVERIFY(m_db);
        m_log = test::seedAuditLog(*m_db);
        QVERIFY(m_log.ok);
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void showsEveryEntryNewestFirst()
    {
        AuditLogPage page(*m_db, m_log.ada);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int total = int(JournalReader(*m_db).auditEntries({}, m_log.ada)->size());
        QTRY_COMPARE(page.table()->model()->rowCount(), total);
        auto *status = child<QLabel>(page, u"auditStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY(status->text().contains(QString::number(total)));
        // The table sorts by the real instant, newest first, not by the displayed text.
        const QAbstractItemModel *shown = page.table()->model();
        for (int row = 1; row < total; ++row)
            QVERIFY(shown->index(row - 1, AuditLogModel::WhenColumn)
                        .data(AuditLogModel::SortRole)
                        .toLongLong()
                    >= shown->index(row, AuditLogModel::WhenColumn)
                           .data(AuditLogModel::SortRole)
                           .toLongLong());
        page.table()->sortByColumn(AuditLogModel::WhenColumn, Qt::AscendingOrder);
        QCOMPARE(shown->index(0, AuditLogModel::RecordColumn).data().toString(),
                 m_log.studentA); // e1, the oldest entry
    }

    void filtersByUserAndEntity()
    {
        AuditLogPage page(*m_db, m_log.ada);
        auto *user = child<QComboBox>(page, u"auditUserFilter"_s);
        auto *entity = child<QComboBox>(page, u"auditEntityFilter"_s);
        QVERIFY(user && entity);
        QCOMPARE(user->itemText(0), u"Anyone"_s);
        QCOMPARE(entity->itemText(0), u"Everything"_s);
        // The choices arrive from the thread pool: every account, and every entity in the log.
        QTRY_COMPARE(user->count(), 1 + int(UserRepository(*m_db).list()->size()));
        QTRY_COMPARE(entity->count(), 5);
        // Entities are listed as people call them and filter by their stored name.
        QCOMPARE(entity->itemData(1).toString(), u"guardian"_s);
        QCOMPARE(entity->itemText(1), u"Guardian"_s);
        QCOMPARE(entity->itemData(4).toString(), u"user_account"_s);
        QCOMPARE(entity->itemText(4), u"Account"_s);
        const int ada = user->findData(m_log.ada.userId);
        QVERIFY(ada > 0);
        QCOMPARE(user->itemText(ada), u"Ada Lovelace (ada)"_s);

        user->setCurrentIndex(ada);
        QTRY_COMPARE(shownKeys(page), m_log.byAda());
        QCOMPARE(page.query().actorId, m_log.ada.userId);

        user->setCurrentIndex(user->findData(m_log.sam.userId));
        entity->setCurrentIndex(entity->findData(u"student"_s));
        const QSet<QString> samsStudents{
            test::AuditLogFixture::key(u"create"_s, u"student"_s, m_log.studentB),
            test::AuditLogFixture::key(u"update"_s, u"student"_s, m_log.studentB),
            test::AuditLogFixture::key(u"export"_s, u"student"_s)};
        QTRY_COMPARE(shownKeys(page), samsStudents);
        auto *status = child<QLabel>(page, u"auditStatus"_s);
        QTRY_COMPARE(status->text(), AuditLogPage::tr("%n entry(s)", nullptr, 3));

        user->setCurrentIndex(0);
        entity->setCurrentIndex(0);
        QTRY_COMPARE(page.model()->rowCount(),
                     int(JournalReader(*m_db).auditEntries({}, m_log.ada)->size()));
    }

    void filtersByLocalDaysBothIncluded()
    {
        AuditLogPage page(*m_db, m_log.ada);
        auto *fromEnabled = child<QCheckBox>(page, u"auditFromEnabled"_s);
        auto *from = child<QDateEdit>(page, u"auditFrom"_s);
        auto *toEnabled = child<QCheckBox>(page, u"auditToEnabled"_s);
        auto *to = child<QDateEdit>(page, u"auditTo"_s);
        QVERIFY(fromEnabled && from && toEnabled && to);
        QVERIFY(!from->isEnabled() && !to->isEnabled()); // any date, until asked
        QVERIFY(from->calendarPopup());
        QVERIFY(!page.query().from.isValid() && !page.query().to.isValid());

        from->setDate(QDate(2020, 9, 1));
        to->setDate(QDate(2020, 9, 2));
        fromEnabled->setChecked(true);
        toEnabled->setChecked(true);
        QVERIFY(from->isEnabled() && to->isEnabled());
        // Ten hours ahead of UTC: the local 1st begins at 14:00 UTC on the 31st.
        QCOMPARE(page.query().from, QDateTime(QDate(2020, 8, 31), QTime(14, 0), Qt::UTC));
        QCOMPARE(page.query().to, QDateTime(QDate(2020, 9, 2), QTime(14, 0), Qt::UTC));
        const QSet<QString> firstAndSecond{
            test::AuditLogFixture::key(u"update"_s, u"student"_s, m_log.studentB),
            test::AuditLogFixture::key(u"create"_s, u"semester"_s, m_log.semester)};
        QTRY_COMPARE(shownKeys(page), firstAndSecond);

        toEnabled->setChecked(false); // from the 1st on: all but Ada's change on the 31st
        QTRY_COMPARE(page.model()->rowCount(),
                     int(JournalReader(*m_db).auditEntries({}, m_log.ada)->size()) - 1);
        QVERIFY(!shownKeys(page).contains(
            test::AuditLogFixture::key(u"update"_s, u"student"_s, m_log.studentA)));

        // The last day never comes before the first.
        toEnabled->setChecked(true);
        from->setDate(QDate(2020, 9, 3));
        QCOMPARE(to->date(), QDate(2020, 9, 3));
        QTRY_COMPARE(shownKeys(page),
                     QSet<QString>{test::AuditLogFixture::key(u"export"_s, u"student"_s)});

        const auto [start, end] = AuditLogPage::instantsFor(QDate(2020, 9, 1), QDate());
        QCOMPARE(start, QDateTime(QDate(2020, 8, 31), QTime(14, 0), Qt::UTC));
        QVERIFY(!end.isValid());
    }

    void showsTheSelectedEntrysDetails()
    {
        AuditLogPage page(*m_db, m_log.ada);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *details = child<QPlainTextEdit>(page, u"auditDetails"_s);
        QVERIFY(details);
        QVERIFY(details->isReadOnly());
        QTRY_VERIFY(page.table()->model()->rowCount() > 0);
        QVERIFY(details->toPlainText().isEmpty());

        page.table()->sortByColumn(AuditLogModel::WhenColumn, Qt::AscendingOrder);
        page.table()->setFocus();
        page.table()->selectRow(0); // the oldest: Ada renaming Amina
        QTRY_VERIFY(details->toPlainText().contains(u"Aminah"_s));
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(u"Ada Lovelace"_s), qPrintable(text));
        QVERIFY(text.contains(m_log.studentA));
        QVERIFY(text.contains(u"\"first_name\""_s)); // the JSON, pretty-printed
        QVERIFY(text.contains(u"\"from\": \"Amina\""_s));

        // Moving down with the keyboard shows the next entry: Sam renaming Bruno.
        QTest::keyClick(page.table(), Qt::Key_Down);
        QTRY_VERIFY(details->toPlainText().contains(u"Bruna"_s));
        QVERIFY(details->toPlainText().contains(u"Sam Staff"_s));

        page.refresh(); // the rows are read again: nothing is selected any more
        QTRY_VERIFY(details->toPlainText().isEmpty());
    }

    void f5ReadsTheLogAgain()
    {
        AuditLogPage page(*m_db, m_log.ada);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *entity = child<QComboBox>(page, u"auditEntityFilter"_s);
        QTRY_COMPARE(entity->count(), 5);
        const int before = int(JournalReader(*m_db).auditEntries({}, m_log.ada)->size());
        QTRY_COMPARE(page.model()->rowCount(), before);

        QVERIFY(ChangeWriter(m_db->connection(), m_log.ada)
                    .audit(u"export"_s, u"zz_report"_s, {}, QJsonObject{{u"rows"_s, 1}}));
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F5);
        QTRY_COMPARE(page.model()->rowCount(), before + 1);
        QTRY_COMPARE(entity->count(), 6);
        QCOMPARE(entity->itemText(5), u"zz_report"_s);
        QVERIFY(page.findChild<QPushButton *>(u"auditRefresh"_s));
    }

    void worksFromTheKeyboard()
    {
        AuditLogPage page(*m_db, m_log.ada);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *user = child<QComboBox>(page, u"auditUserFilter"_s);
        auto *entity = child<QComboBox>(page, u"auditEntityFilter"_s);
        auto *fromEnabled = child<QCheckBox>(page, u"auditFromEnabled"_s);
        auto *from = child<QDateEdit>(page, u"auditFrom"_s);
        user->setFocus();
        QTRY_VERIFY(user->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(entity->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(fromEnabled->hasFocus());
        QTest::keyClick(fromEnabled, Qt::Key_Space);
        QVERIFY(fromEnabled->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(from->hasFocus());

        for (QWidget *w : page.findChildren<QWidget *>()) {
            if (w->focusPolicy() != Qt::NoFocus && !w->objectName().isEmpty()
                && !w->objectName().startsWith(u"qt_"_s))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void aTeacherIsToldTheLogIsNotTheirs()
    {
        const Actor teacher{newId(), u"Tess Teacher"_s, Role::Teacher};
        AuditLogPage page(*m_db, teacher);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *status = child<QLabel>(page, u"auditStatus"_s);
        QVERIFY(status);
        QTRY_COMPARE(status->text(), Permissions::deniedMessage(Action::ViewAuditLog));
        QCOMPARE(page.table()->model()->rowCount(), 0);
        QVERIFY(!child<QComboBox>(page, u"auditUserFilter"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(page, u"auditRefresh"_s)->isEnabled());
        QTest::qWait(50);
        QCOMPARE(child<QComboBox>(page, u"auditUserFilter"_s)->count(), 1); // no accounts read
    }
};

QTEST_MAIN(TestAuditLogPage)
#include "tst_auditlogpage.moc"
