#include "tests/gui/CoursesFixture.h"
#include "ui/CourseDialog.h"
#include "ui/FieldErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestCourseDialog : public QObject
{
    Q_OBJECT
private:
    test::CoursesFixture m_school;

    QList<Semester> semesters() { return *CourseRepository(*m_school.db).semesters(); }

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    static QString fieldError(QDialog *dialog, const QString &field)
    {
        auto *message = child<FieldMessage>(dialog, field + u"Error"_s);
        return message && message->isVisible() && message->isError() ? message->text() : QString();
    }

    static void fill(QDialog *dialog, const QString &code, const QString &title,
                     const QString &credits)
    {
        child<QLineEdit>(dialog, u"code"_s)->setText(code);
        child<QLineEdit>(dialog, u"title"_s)->setText(title);
        child<QLineEdit>(dialog, u"credits"_s)->setText(credits);
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Ok);
    }

    Course stored(const Id &id)
    {
        return *CourseRepository(*m_school.db).findCourse(id, m_school.admin);
    }

private slots:
    void init() { QVERIFY(m_school.open()); }
    void cleanup() { m_school.close(); }

    void createsACourseWithTeachers()
    {
        QPointer<CourseDialog> dialog
            = new CourseDialog(*m_school.db, m_school.admin, semesters(), m_school.autumn);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        Course course;
        connect(dialog, &CourseDialog::saved, this,
                [&course](const Course &savedCourse, bool created) {
                    QVERIFY(created);
                    course = savedCourse;
                });
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isCreating());
        QCOMPARE(child<QComboBox>(dialog, u"semester"_s)->currentData().toString(),
                 m_school.autumn);
        QTRY_VERIFY(dialog->teachersLoaded());
        auto *teachers = child<QListWidget>(dialog, u"teachers"_s);
        QCOMPARE(teachers->count(), 2); // the two teachers, not the administrator
        QCOMPARE(teachers->item(0)->text(), u"Jin Lee (j.lee)"_s);

        // Typed as a user would, with the keyboard.
        QTest::keyClicks(child<QLineEdit>(dialog, u"code"_s), u"CS201-A"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"title"_s), u"Data Structures"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"credits"_s), u"4.5"_s);
        child<QComboBox>(dialog, u"program"_s)->setEditText(u"Computer Science"_s);
        teachers->item(0)->setCheckState(Qt::Checked);
        dialog->setTeacherChecked(m_school.okoro, true);
        QTest::keyClick(child<QLineEdit>(dialog, u"credits"_s), Qt::Key_Return);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(!course.id.isEmpty());
        const Course now = stored(course.id);
        QCOMPARE(now.code, u"CS201-A"_s);
        QCOMPARE(now.title, u"Data Structures"_s);
        QCOMPARE(now.credits, 4.5);
        QCOMPARE(now.program, u"Computer Science"_s);
        QList<Id> expected{m_school.okoro, m_school.lee};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(now.teacherIds, expected);
    }

    void invalidInputKeepsTheDialogOpen_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("credits");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty code") << u""_s << u"3"_s << u"code"_s;
        QTest::newRow("bad code") << u"CS 201 !"_s << u"3"_s << u"code"_s;
        QTest::newRow("negative credits") << u"CS202"_s << u"-1"_s << u"credits"_s;
        QTest::newRow("credits not a number") << u"CS202"_s << u"three"_s << u"credits"_s;
        QTest::newRow("no credits") << u"CS202"_s << u""_s << u"credits"_s;
        QTest::newRow("credits not in halves") << u"CS202"_s << u"3.3"_s << u"credits"_s;
        // Found by the store, not the form: the answer comes back from the thread pool.
        QTest::newRow("duplicate code in the semester") << u"cs201"_s << u"3"_s << u"code"_s;
    }
    void invalidInputKeepsTheDialogOpen()
    {
        QFETCH(QString, code);
        QFETCH(QString, credits);
        QFETCH(QString, field);
        m_school.course(u"CS201"_s, u"Data Structures"_s);
        QPointer<CourseDialog> dialog
            = new CourseDialog(*m_school.db, m_school.admin, semesters(), m_school.autumn);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        fill(dialog, code, u"Algorithms"_s, credits);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isSaving());
        QTRY_VERIFY2(!fieldError(dialog, field).isEmpty(), qPrintable(field));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->focusWidget(), child<QWidget>(dialog, field));
        QCOMPARE(child<QLineEdit>(dialog, u"code"_s)->text(), code); // nothing typed is lost
        QCOMPARE(child<QLineEdit>(dialog, u"credits"_s)->text(), credits);
        QCOMPARE(child<QLineEdit>(dialog, field)->accessibleDescription(),
                 fieldError(dialog, field));
        QCOMPARE(CourseRepository(*m_school.db)
                     .coursesInSemester(m_school.autumn, m_school.admin)
                     ->size(),
                 1);

        // Fixed, it saves.
        fill(dialog, u"CS301"_s, u"Algorithms"_s, u"3"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(CourseRepository(*m_school.db)
                     .coursesInSemester(m_school.autumn, m_school.admin)
                     ->size(),
                 2);
    }

    void editsTitleAndTeachers()
    {
        const Course course
            = m_school.course(u"CS201"_s, u"Data Structures"_s, {m_school.okoro}, 4);
        QPointer<CourseDialog> dialog
            = new CourseDialog(*m_school.db, m_school.admin, semesters(), course);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(!dialog->isCreating());
        QCOMPARE(child<QLineEdit>(dialog, u"code"_s)->text(), u"CS201"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"credits"_s)->text(), u"4"_s);
        QTRY_VERIFY(dialog->teachersLoaded());
        QCOMPARE(dialog->checkedTeachers(), QList<Id>{m_school.okoro});
        child<QLineEdit>(dialog, u"title"_s)->setText(u"Data Structures and Algorithms"_s);
        dialog->setTeacherChecked(m_school.okoro, false);
        dialog->setTeacherChecked(m_school.lee, true);
        dialog->accept();
        QTRY_VERIFY(dialog.isNull());
        const Course now = stored(course.id);
        QCOMPARE(now.title, u"Data Structures and Algorithms"_s);
        QCOMPARE(now.teacherIds, QList<Id>{m_school.lee});
        QCOMPARE(now.code, u"CS201"_s);
    }

    void aConflictReloadsAndKeepsTheUsersEdits()
    {
        const Course course
            = m_school.course(u"CS201"_s, u"Data Structures"_s, {m_school.okoro}, 4);
        QPointer<CourseDialog> dialog
            = new CourseDialog(*m_school.db, m_school.admin, semesters(), course);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy conflicted(dialog.data(), &CourseDialog::conflicted);
        dialog->show();
        QTRY_VERIFY(dialog->teachersLoaded());

        // Somebody else retitles the course and changes its credits meanwhile.
        Course theirs = course;
        theirs.title = u"Their title"_s;
        theirs.credits = 5;
        QVERIFY(CourseRepository(*m_school.db).updateCourse(course, theirs, m_school.admin));

        child<QLineEdit>(dialog, u"title"_s)->setText(u"My title"_s);
        dialog->accept();
        QTRY_COMPARE(conflicted.size(), 1);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isSaving());
        QVERIFY(child<QLabel>(dialog, u"courseMessage"_s)->text().contains(u"Someone else"_s));
        QCOMPARE(child<QLineEdit>(dialog, u"title"_s)->text(), u"My title"_s); // kept
        QCOMPARE(child<QLineEdit>(dialog, u"credits"_s)->text(), u"5"_s); // theirs, untouched here

        // Saving again, from their version, lands.
        dialog->accept();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(stored(course.id).title, u"My title"_s);
        QCOMPARE(stored(course.id).credits, 5.0);
    }

    void escapeCancels()
    {
        QPointer<CourseDialog> dialog
            = new CourseDialog(*m_school.db, m_school.admin, semesters(), m_school.autumn);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, u"code"_s), u"CS999"_s);
        QTest::keyClick(child<QLineEdit>(dialog, u"code"_s), Qt::Key_Escape);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(CourseRepository(*m_school.db)
                    .coursesInSemester(m_school.autumn, m_school.admin)
                    ->isEmpty());
    }
};

QTEST_MAIN(TestCourseDialog)
#include "tst_coursedialog.moc"
