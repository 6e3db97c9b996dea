#include "app/store/Database.h"
#include "app/store/DemoSchool.h"
#include "ui/StudentsPageTiming.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentsPageTiming : public QObject
{
    Q_OBJECT
private slots:
    void timesOpeningTypingAndScrollingTheRealPage()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(u"school.sqlite"_s);
        DemoSchoolOptions options;
        options.students = 300;
        QVERIFY(DemoSchool::createFile(file, options));
        auto db = Database::open(file);
        QVERIFY(db);

        QStringList steps;
        const StudentsPageTimings timings = StudentsPageTiming::measure(
            **db, {u"Ab"_s, u"zzzz"_s}, 10, [&steps](const QString &line) { steps << line; });
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY2(timings.failure.isEmpty(), qPrintable(timings.failure));
        QCOMPARE(timings.terms, 2);
        QCOMPARE(timings.filterMs.size(), 2);
        QCOMPARE(timings.delayMs.size(), 2);
        QVERIFY(timings.openMs > 0);
        for (const double ms : timings.filterMs)
            QVERIFY(ms > 0);
        QVERIFY(timings.scrollMiddleMs > 0);
        QVERIFY(timings.scrollEndMs > 0);
        // One line for opening and one per term typed, even for a term that matches nobody.
        QCOMPARE(steps.size(), 3);
        QVERIFY(steps.at(2).startsWith(u"zzzz"_s));
    }
};

QTEST_MAIN(TestStudentsPageTiming)
#include "tst_studentspagetiming.moc"
