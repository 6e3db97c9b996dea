#include "app/store/GradebookRepository.h"
#include "tests/unit/GradebookFixture.h"
#include "ui/ResultsPage.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// Amina: Spring 2026 CS101 (published, B), Autumn 2026 CS201 (published, C) and MA101 (A, not
// published).
class TestResultsPage : public QObject
{
    Q_OBJECT
private:
    test::GradebookFixture f;
    Id m_amina;
    Actor m_aminaActor;

    void result(const Id &course, double percent, const QDate &on)
    {
        const Assessment a = f.assessment(course, u"Final exam"_s, u"Exam"_s, 1, 100, on);
        QVERIFY(f.mark(a.id, m_amina, percent));
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CAMPUSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
    }

    static QStringList rowTexts(QTreeWidget *tree, int column)
    {
        QStringList texts;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            texts.append(tree->topLevelItem(i)->text(column));
        return texts;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.open());
        const Id spring = f.semester(u"Spring 2026"_s, QDate(2026, 1, 12), QDate(2026, 5, 29));
        const Id cs101 = f.course(u"CS101-01"_s, u"Programming"_s, spring, f.okoro.userId, 4);
        m_amina = f.student(u"S1"_s, u"Amina"_s, u"Haddad"_s);
        for (const Id &c : {cs101, f.cs201, f.ma101})
            QVERIFY(f.enrol(m_amina, c));
        m_aminaActor = f.studentActor(m_amina, u"amina"_s);
        result(cs101, 77, QDate(2026, 5, 12));
        result(f.cs201, 61, QDate(2026, 12, 10));
        result(f.ma101, 95, QDate(2026, 12, 11));
        for (const Id &c : {cs101, f.cs201})
            QVERIFY(GradebookRepository(*f.db).publish(c, f.admin));
    }
    void cleanupTestCase() { f.close(); }

    void aStudentSeesTheirPublishedResults()
    {
        ResultsPage page(*f.db, m_aminaActor);
        page.resize(900, 360);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.results().has_value());
        QTRY_VERIFY(!page.isBusy());
        QVERIFY(page.numberEdit()->isHidden());
        QCOMPARE(page.headingLabel()->text(), u"Amina Haddad (S1)"_s);
        // (3.0 * 4 + 2.0 * 4) / 8 = 2.5; MA101 is not published.
        QCOMPARE(page.gpaLabel()->text(), u"Cumulative GPA: 2.50"_s);
        QTreeWidget *tree = page.tree();
        QCOMPARE(rowTexts(tree, ResultsPage::SubjectColumn),
                 (QStringList{u"Spring 2026 — GPA 3.00, cumulative GPA 3.00"_s,
                              u"CS101-01 – Programming"_s,
                              u"Autumn 2026 — GPA 2.00, cumulative GPA 2.50"_s,
                              u"CS201-01 – Data Structures"_s}));
        QCOMPARE(tree->topLevelItem(1)->text(ResultsPage::CreditsColumn), u"4"_s);
        QCOMPARE(tree->topLevelItem(1)->text(ResultsPage::MarksColumn), u"77 / 100"_s);
        QCOMPARE(tree->topLevelItem(1)->text(ResultsPage::PercentColumn), u"77.00"_s);
        QCOMPARE(tree->topLevelItem(1)->text(ResultsPage::GradeColumn), u"B"_s);
        QCOMPARE(tree->topLevelItem(1)->text(ResultsPage::PointsColumn), u"3.0"_s);
        QCOMPARE(tree->topLevelItem(1)->text(ResultsPage::StatusColumn), u"Pass"_s);
        QCOMPARE(tree->topLevelItem(1)->text(ResultsPage::ExamDateColumn),
                 QLocale().toString(QDate(2026, 5, 12), QLocale::ShortFormat));
        screenshot(page, u"results-student.png"_s);
    }

    void staffLookUpAStudentByNumber()
    {
        ResultsPage page(*f.db, f.staff);
        page.resize(900, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.numberEdit()->isVisible());
        page.numberEdit()->setText(u"S9"_s);
        QTest::keyClick(page.numberEdit(), Qt::Key_Return);
        QTRY_VERIFY(page.message().contains(u"No student you may see has the number S9"_s));
        page.numberEdit()->setText(u"s1"_s);
        QTest::keyClick(page.numberEdit(), Qt::Key_Return);
        QTRY_VERIFY(page.results().has_value());
        // Staff also see the unpublished MA101, marked as such.
        QCOMPARE(page.tree()->topLevelItemCount(), 5);
        QCOMPARE(page.tree()->topLevelItem(4)->text(ResultsPage::StatusColumn),
                 u"Pass (not published)"_s);
        screenshot(page, u"results-staff.png"_s);
    }
};

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
