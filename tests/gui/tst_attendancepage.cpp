#include "app/core/ClientSettings.h"
#include "app/store/AttendanceRepository.h"
#include "app/store/Sql.h"
#include "app/store/TemplateCipher.h"
#include "tests/gui/CoursesFixture.h"
#include "ui/AttendancePage.h"
#include "ui/AttendanceRosterModel.h"
#include "ui/CorrectMarkDialog.h"
#include "ui/FaceKeyring.h"
#include "ui/LiveAttendanceDialog.h"
#include "ui/LiveRosterModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAttendancePage : public QObject
{
    Q_OBJECT
private:
    test::CoursesFixture m_school;
    Course m_ds; // Mary Okoro's, five students
    Course m_algo; // Jin Lee's
    QList<Id> m_students;

    Actor okoro() const { return Actor{m_school.okoro, u"Mary Okoro"_s, Role::Teacher}; }

    // Shown, active, on 7 September 2026 at 09:00, with the courses loaded.
    static bool showPage(AttendancePage &page, int courses)
    {
        page.resize(980, 560);
        page.show();
        page.activateWindow();
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        page.dateEdit()->setDate(QDate(2026, 9, 7));
        page.timeEdit()->setTime(QTime(9, 0));
        [&] {
            QTRY_VERIFY(!page.isBusy());
            QTRY_COMPARE(page.courseBox()->count(), courses);
        }();
        return !QTest::currentTestFailed();
    }

    // Opens the session by keyboard (Alt+O) and waits for the register.
    static bool openByKeyboard(AttendancePage &page, int rows)
    {
        QTest::keyClick(&page, Qt::Key_O, Qt::AltModifier);
        [&] {
            QTRY_VERIFY(page.session().has_value());
            QTRY_COMPARE(page.rosterModel()->rowCount(), rows);
            QTRY_VERIFY(!page.isBusy());
            QTRY_VERIFY(page.rosterTable()->hasFocus());
        }();
        return !QTest::currentTestFailed();
    }

    static QString status(AttendancePage &page, int row)
    {
        return page.rosterModel()
            ->index(row, AttendanceRosterModel::StatusColumn)
            .data()
            .toString();
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }

    QList<RosterEntry> stored(const Id &session)
    {
        auto roster = AttendanceRepository(*m_school.db).roster(session, m_school.admin);
        return roster ? *roster : QList<RosterEntry>{};
    }

private slots:
    void init()
    {
        QVERIFY(m_school.open());
        m_ds = m_school.course(u"CS201"_s, u"Data Structures"_s, {m_school.okoro}, 4);
        m_algo = m_school.course(u"CS301"_s, u"Algorithms"_s, {m_school.lee});
        m_students = m_school.students(5, u"2025"_s, u"Computer Science"_s, u"K"_s);
        QVERIFY(CourseRepository(*m_school.db)
                    .enrollMany(m_students, m_ds.id, QDate(2026, 9, 7), m_school.admin));
    }
    void cleanup() { m_school.close(); }

    void aWholeSessionByKeyboard()
    {
        AttendancePage page(*m_school.db, okoro());
        QVERIFY(showPage(page, 1));
        QCOMPARE(page.currentCourseId(), m_ds.id);
        QVERIFY(page.stateLabel()->text().startsWith(u"No session open"_s));
        QVERIFY(openByKeyboard(page, 5));
        QVERIFY(page.stateLabel()->text().startsWith(u"Open: started"_s));
        QCOMPARE(page.summaryLabel()->text(),
                 u"Present 0 · Late 0 · Absent 0 · Excused 0 · Unmarked 5"_s);
        QTableView *table = page.rosterTable();
        QCOMPARE(table->currentIndex().row(), 0);

        // P, L, A, E mark the current row and move down; the fifth row stays unmarked.
        QTest::keyClick(table, Qt::Key_P);
        QTest::keyClick(table, Qt::Key_L);
        QTest::keyClick(table, Qt::Key_A);
        QTest::keyClick(table, Qt::Key_E);
        QCOMPARE(table->currentIndex().row(), 4);
        QCOMPARE(status(page, 0), u"Present"_s); // shown before the store answers
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(status(page, 1), u"Late"_s);
        QCOMPARE(status(page, 2), u"Absent"_s);
        QCOMPARE(status(page, 3), u"Excused"_s);
        QCOMPARE(page.summaryLabel()->text(),
                 u"Present 1 · Late 1 · Absent 1 · Excused 1 · Unmarked 1"_s);

        // N on an unmarked row explains; on a marked row it edits the note.
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(page.message(), u"Mark the student first, then add a note."_s);
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_N);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"Doctor's appointment"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(table->hasFocus());
        QTRY_VERIFY(!page.isBusy());

        // Space cycles: absent -> excused on the third row.
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(status(page, 2), u"Excused"_s);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(status(page, 2), u"Present"_s);
        QTRY_VERIFY(!page.isBusy());
        screenshot(page, u"attendance-mid-session.png"_s);

        // Mark all present (Alt+P): only the unmarked fifth row.
        QVERIFY(page.markAllButton()->isEnabled());
        QTest::keyClick(&page, Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(page.rosterModel()->unmarked(), 0);
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(status(page, 1), u"Late"_s);
        QCOMPARE(status(page, 4), u"Present"_s);

        // Finish (Alt+N), confirmed with Enter.
        QTest::keyClick(&page, Qt::Key_N, Qt::AltModifier); // a mnemonic clicks after a moment
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox *>(u"finishSessionBox"_s)));
        QCOMPARE(box->text(), u"Every student has a mark."_s);
        QTRY_VERIFY(box->isVisible());
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(page.session()->isClosed());
        QTRY_VERIFY(!page.isBusy());
        QVERIFY(page.stateLabel()->text().startsWith(u"Finished at "_s));
        QVERIFY(page.rosterModel()->isReadOnly());
        QVERIFY(!page.markAllButton()->isEnabled());
        QVERIFY(!page.finishButton()->isEnabled());
        screenshot(page, u"attendance-finished.png"_s);

        // The store holds what was typed.
        const auto rows = stored(page.session()->id);
        QCOMPARE(rows.size(), 5);
        const AttendanceStatus expected[]
            = {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Present,
               AttendanceStatus::Excused, AttendanceStatus::Present};
        for (int i = 0; i < 5; ++i) {
            QVERIFY(rows.at(i).mark);
            QCOMPARE(rows.at(i).mark->status, expected[i]);
            QCOMPARE(rows.at(i).mark->markedBy, m_school.okoro);
        }
        QCOMPARE(rows.at(3).mark->note, u"Doctor's appointment"_s);
        QCOMPARE(rows.at(2).markCount, 3); // absent, excused, present: all kept
    }

    void finishingMarksTheRestAbsentAndCorrectionsNeedAReason()
    {
        AttendancePage page(*m_school.db, okoro());
        QVERIFY(showPage(page, 1));
        QVERIFY(openByKeyboard(page, 5));
        QTest::keyClick(page.rosterTable(), Qt::Key_P);
        QTRY_VERIFY(!page.isBusy());
        QTest::keyClick(&page, Qt::Key_N, Qt::AltModifier); // a mnemonic clicks after a moment
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox *>(u"finishSessionBox"_s)));
        QCOMPARE(
            box->text(),
            AttendancePage::tr("%n student(s) without a mark will be marked absent.", nullptr, 4));
        QTest::keyClick(box, Qt::Key_Escape); // cancelled: nothing happens
        QTRY_VERIFY(!page.findChild<QMessageBox *>(u"finishSessionBox"_s));
        QVERIFY(!page.session()->isClosed());
        page.finishButton()->setFocus();
        QTest::keyClick(page.finishButton(), Qt::Key_Space);
        box = page.findChild<QMessageBox *>(u"finishSessionBox"_s);
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(page.session()->isClosed());
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.message(),
                 AttendancePage::tr("Session finished; %n student(s) marked absent.", nullptr, 4));
        QCOMPARE(page.summaryLabel()->text(),
                 u"Present 1 · Late 0 · Absent 4 · Excused 0 · Unmarked 0"_s);

        // The grid is frozen: E on the second row asks for a correction instead.
        QTableView *table = page.rosterTable();
        // The offscreen platform does not give the focus back when the box closes; a window
        // manager does.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 1); // P moved down, and the reload kept the row
        QTest::keyClick(table, Qt::Key_E);
        auto *dialog = page.findChild<CorrectMarkDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->status(), AttendanceStatus::Excused);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a reason is required
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->reasonEdit(), u"Medical certificate"_s);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        QTRY_VERIFY(!page.findChild<CorrectMarkDialog *>());
        QTRY_COMPARE(status(page, 1), u"Excused (corrected)"_s);
        QTRY_VERIFY(!page.isBusy());

        const auto rows = stored(page.session()->id);
        QCOMPARE(rows.at(1).mark->status, AttendanceStatus::Excused);
        QCOMPARE(rows.at(1).mark->reason, u"Medical certificate"_s);
        QCOMPARE(rows.at(1).markCount, 2);
        auto audit = sql::run(m_school.db->connection(),
                              u"SELECT actor_id FROM audit_log WHERE action = 'correct' "
                              u"AND entity_id = ?"_s,
                              {rows.at(1).mark->id});
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), m_school.okoro);

        // The Correct mark… button (Alt+R) works on the current row too; Escape cancels.
        page.activateWindow(); // as above: the closed dialog leaves no active window offscreen
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY((dialog = page.findChild<CorrectMarkDialog *>()));
        QCOMPARE(dialog->status(), AttendanceStatus::Excused);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!page.findChild<CorrectMarkDialog *>());
        QCOMPARE(stored(page.session()->id).at(1).markCount, 2);
    }

    void theLateThresholdIsShownAndApplied()
    {
        AttendancePage page(*m_school.db, okoro());
        QVERIFY(showPage(page, 1));
        // A session that started long ago: every present mark now is past the threshold.
        QVERIFY(openByKeyboard(page, 5));
        QCOMPARE(page.lateThresholdBox()->text(),
                 AttendancePage::tr("Apply &late threshold (%n min)", nullptr, 10));
        QVERIFY(page.stateLabel()->text().contains(u"late after 10 minute"_s));
        page.lateThresholdBox()->setFocus();
        QTest::keyClick(page.lateThresholdBox(), Qt::Key_Space);
        QVERIFY(page.lateThresholdBox()->isChecked());
        page.rosterTable()->setFocus();
        QTest::keyClick(page.rosterTable(), Qt::Key_P);
        QTRY_COMPARE(status(page, 0), u"Late"_s);
        QVERIFY(page.message().contains(u"marked late"_s));
    }

    void theCameraPanelTakesTheOpenSession()
    {
        AttendancePage page(*m_school.db, okoro());
        QVERIFY(page.cameraButton()->isHidden()); // no face support given
        ClientSettings settings;
        auto cipher = TemplateCipher::generate();
        QVERIFY(cipher);
        FaceKeyring keyring(std::move(cipher).value());
        page.setFaceSupport(&settings, &keyring);
        QVERIFY(!page.cameraButton()->isHidden());
        QVERIFY(showPage(page, 1));
        QVERIFY(!page.cameraButton()->isEnabled()); // no session yet
        QVERIFY(!page.takeWithCamera());
        QVERIFY(openByKeyboard(page, 5));
        QVERIFY(page.cameraButton()->isEnabled());

        LiveAttendanceDialog *dialog = page.takeWithCamera();
        QVERIFY(dialog);
        QSignalSpy ready(dialog, &LiveAttendanceDialog::ready);
        dialog->open();
        QVERIFY(dialog->isReady() || ready.wait(30000));
        QCOMPARE(dialog->rosterModel()->rowCount(), 5);
        // By hand in the panel (no source needed), then finished from there.
        dialog->rosterTable()->setFocus();
        dialog->rosterTable()->selectRow(0);
        QTest::keyClick(dialog->rosterTable(), Qt::Key_P);
        QMessageBox *box = dialog->finishSession();
        QVERIFY(box);
        box->open();
        box->accept();
        QTRY_VERIFY_WITH_TIMEOUT(page.session() && page.session()->isClosed(), 10000);
        QTRY_COMPARE(status(page, 0), u"Present"_s);
        QCOMPARE(status(page, 1), u"Absent"_s);
        QVERIFY2(page.message().startsWith(u"Session finished with the camera"_s),
                 qPrintable(page.message()));
    }

    void aFailedSaveIsShownAndTheRowPutBack()
    {
        AttendancePage page(*m_school.db, okoro());
        QVERIFY(showPage(page, 1));
        QVERIFY(openByKeyboard(page, 5));
        // Someone drops the first student meanwhile: the store refuses the mark.
        QVERIFY(CourseRepository(*m_school.db).drop(m_students.first(), m_ds.id, m_school.admin));
        const QString name = page.rosterModel()->index(0, 1).data().toString();
        QTest::keyClick(page.rosterTable(), Qt::Key_P);
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(status(page, 0), u"Unmarked"_s);
        QVERIFY(page.message().contains(u"was not saved"_s));
        QVERIFY(page.message().contains(u"not enrolled"_s));
        QVERIFY(!name.isEmpty());
    }

    void aTeacherSeesOnlyTheirCourses()
    {
        {
            AttendancePage page(*m_school.db, okoro());
            QVERIFY(showPage(page, 1));
            QCOMPARE(page.courseBox()->itemData(0).toString(), m_ds.id);
        }
        {
            AttendancePage page(*m_school.db, Actor{m_school.lee, u"Jin Lee"_s, Role::Teacher});
            QVERIFY(showPage(page, 1));
            QCOMPARE(page.courseBox()->itemData(0).toString(), m_algo.id);
        }
        AttendancePage admin(*m_school.db, m_school.admin);
        QVERIFY(showPage(admin, 2));
        // Staff see every course but may not take attendance: opening a new session is refused.
        AttendancePage staff(*m_school.db, Actor{newId(), u"Office"_s, Role::Staff});
        QVERIFY(showPage(staff, 2));
        QTest::keyClick(&staff, Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(!staff.message().isEmpty());
        QCOMPARE(staff.message(), u"Your account may not take attendance."_s);
        QVERIFY(!staff.session());
    }
};

QTEST_MAIN(TestAttendancePage)
#include "tst_attendancepage.moc"
