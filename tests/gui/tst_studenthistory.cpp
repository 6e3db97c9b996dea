#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/StudentHistory.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_clerk = test::testActor(u"Olga Office"_s);
    Actor m_other = test::testActor(u"Otto Other"_s);

    Student stored(const Id &id) { return *StudentRepository(*m_db).find(id, m_clerk); }

    Student created()
    {
        auto s = StudentRepository(*m_db).create(
            test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s), m_clerk);
        return s ? *s : Student();
    }

    // An edit as the student form saves it: the stored record before and after.
    std::pair<Student, Student> savedEdit()
    {
        const Student before = created();
        Student edited = before;
        edited.firstName = u"Aminah"_s;
        edited.phone = u"+1 555 0100 777"_s;
        edited.guardians.first().name = u"Layla Haddad"_s;
        edited.guardians.append(
            Guardian{{}, u"Omar Haddad"_s, u"Father"_s, {}, u"o@example.org"_s});
        auto after = StudentRepository(*m_db).update(before, edited, m_clerk);
        return {before, after ? *after : Student()};
    }

    static bool settle(StudentHistory &history)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!history.isBusy(), 10000);
        }();
        return !QTest::currentTestFailed();
    }

private slots:
    void init()
    {
        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
    }

    void undoThenRedoRestoresTheStoredValues()
    {
        const auto [before, after] = savedEdit();
        QVERIFY(!after.id.isEmpty());
        StudentHistory history(*m_db, m_clerk);
        QVERIFY(!history.undoAction()->isEnabled());
        history.pushEdit(before, after);
        QCOMPARE(stored(after.id).firstName, u"Aminah"_s); // pushing writes nothing
        QVERIFY(history.undoAction()->isEnabled());
        QVERIFY(history.undoAction()->text().contains(u"Aminah Haddad"_s));
        QVERIFY(!history.redoAction()->isEnabled());

        QSignalSpy changed(&history, &StudentHistory::changed);
        history.undoAction()->trigger();
        QVERIFY(history.isBusy()); // the write runs on the thread pool
        QVERIFY(!history.undoAction()->isEnabled());
        QVERIFY(settle(history));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), after.id);
        Student now = stored(after.id);
        QCOMPARE(now.firstName, u"Amina"_s);
        QCOMPARE(now.phone, before.phone);
        QCOMPARE(now.guardians.size(), 1);
        QCOMPARE(now.guardians.first().name, before.guardians.first().name);
        QCOMPARE(history.stack()->index(), 0);
        QVERIFY(history.redoAction()->isEnabled());

        history.redoAction()->trigger();
        QVERIFY(settle(history));
        now = stored(after.id);
        QCOMPARE(now.firstName, u"Aminah"_s);
        QCOMPARE(now.phone, u"+1 555 0100 777"_s);
        QCOMPARE(now.guardians.size(), 2);
        QCOMPARE(now.guardians.at(0).name, u"Layla Haddad"_s);
        QCOMPARE(now.guardians.at(1).name, u"Omar Haddad"_s);

        // And back again: the re-added guardian is a new row each time, never a revived id.
        history.undo();
        QVERIFY(settle(history));
        QCOMPARE(stored(after.id).guardians.size(), 1);
        history.redo();
        QVERIFY(settle(history));
        QCOMPARE(stored(after.id).guardians.size(), 2);
        QCOMPARE(changed.size(), 4);
    }

    void undoAfterSomeoneElseChangedTheSameFieldIsRefused()
    {
        const auto [before, after] = savedEdit();
        StudentHistory history(*m_db, m_clerk);
        history.pushEdit(before, after);

        // Another window saves a new first name over ours.
        Student theirs = after;
        theirs.firstName = u"Ameena"_s;
        QVERIFY(StudentRepository(*m_db).update(after, theirs, m_other));

        QSignalSpy failed(&history, &StudentHistory::failed);
        QSignalSpy changed(&history, &StudentHistory::changed);
        history.undo();
        QVERIFY(settle(history));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"cannot be undone"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(history.lastError(), failed.first().first().toString());
        QCOMPARE(changed.size(), 0);
        // Nothing written, and the stack is where it was: the undo can be tried again.
        const Student now = stored(after.id);
        QCOMPARE(now.firstName, u"Ameena"_s);
        QCOMPARE(now.phone, after.phone);
        QCOMPARE(history.stack()->index(), 1);
        QVERIFY(history.undoAction()->isEnabled());
        QVERIFY(!history.redoAction()->isEnabled());
    }

    void undoKeepsOtherPeoplesChangesToOtherFields()
    {
        const auto [before, after] = savedEdit();
        StudentHistory history(*m_db, m_clerk);
        history.pushEdit(before, after);
        Student theirs = after;
        theirs.email = u"amina.h@example.org"_s;
        QVERIFY(StudentRepository(*m_db).update(after, theirs, m_other));

        history.undo();
        QVERIFY(settle(history));
        QVERIFY(history.lastError().isEmpty());
        const Student now = stored(after.id);
        QCOMPARE(now.firstName, u"Amina"_s);
        QCOMPARE(now.email, u"amina.h@example.org"_s);
    }

    void archiveAndRestoreCanBeUndone()
    {
        const Student s = created();
        QVERIFY(StudentRepository(*m_db).setArchived(s.id, true, m_clerk));
        StudentHistory history(*m_db, m_clerk);
        history.pushArchive(s.id, true, s.fullName());
        QVERIFY(history.undoAction()->text().contains(u"archiving"_s));

        history.undo();
        QVERIFY(settle(history));
        QVERIFY(!stored(s.id).archived);
        history.redo();
        QVERIFY(settle(history));
        QVERIFY(stored(s.id).archived);
    }

    void keyboardShortcutsUndoAndRedo()
    {
        const auto [before, after] = savedEdit();
        StudentHistory history(*m_db, m_clerk);
        QCOMPARE(history.undoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(history.redoAction()->shortcuts().contains(
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        history.pushEdit(before, after);

        QWidget window;
        window.addAction(history.undoAction());
        window.addAction(history.redoAction());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(settle(history));
        QCOMPARE(stored(after.id).firstName, u"Amina"_s);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(settle(history));
        QCOMPARE(stored(after.id).firstName, u"Aminah"_s);
    }
};

QTEST_MAIN(TestStudentHistory)
#include "tst_studenthistory.moc"
