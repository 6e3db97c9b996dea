#include "ui/GradebookGridModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

// Coursework 40 (quiz /20), Exams 60 (final /100); Adams has 18 and 40, Haddad nothing.
GradebookSheet sampleSheet()
{
    GradebookSheet sheet;
    sheet.course.id = u"c1"_s;
    sheet.course.code = u"CS201"_s;
    sheet.categories
        = {{u"k1"_s, u"c1"_s, u"Coursework"_s, 40, {}}, {u"k2"_s, u"c1"_s, u"Exams"_s, 60, {}}};
    sheet.assessments
        = {{u"a1"_s, u"c1"_s, u"Quiz 1"_s, u"Coursework"_s, 10, 20, QDate(2026, 9, 30), {}},
           {u"a2"_s, u"c1"_s, u"Final"_s, u"Exams"_s, 100, 100, QDate(2026, 12, 10), {}}};
    sheet.scale = GradeScale::standard();
    SheetRow adams{u"s1"_s, u"S1"_s, u"Ben"_s, u"Adams"_s, {}, {}};
    Mark quiz;
    quiz.id = u"m1"_s;
    quiz.assessmentId = u"a1"_s;
    quiz.studentId = u"s1"_s;
    quiz.score = 18;
    adams.marks.insert(u"a1"_s, quiz);
    Mark final = quiz;
    final.id = u"m2"_s;
    final.assessmentId = u"a2"_s;
    final.score = 40;
    adams.marks.insert(u"a2"_s, final);
    sheet.rows = {adams, SheetRow{u"s2"_s, u"S2"_s, u"Amina"_s, u"Haddad"_s, {}, {}}};
    sheet.recompute(0);
    sheet.recompute(1);
    return sheet;
}

} // namespace

class TestGradebookGridModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester()
    {
        GradebookGridModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSheet(sampleSheet());
        model.setReadOnly(false);
        model.setMark(
            u"s2"_s, u"a1"_s,
            Mark{u"m3"_s, u"a1"_s, u"s2"_s, MarkStatus::Absent, std::nullopt, {}, {}, {}, {}});
        model.setMark(u"s2"_s, u"a1"_s, std::nullopt);
        model.clear();
        model.setSheet(sampleSheet());
    }

    void columnsAndComputedResults()
    {
        GradebookGridModel model;
        model.setSheet(sampleSheet());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2 + 2 + 5);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(),
                 u"Quiz 1\nCoursework · weight 10\nout of 20"_s);
        QCOMPARE(
            model.headerData(model.resultColumn(GradebookGridModel::TotalColumn), Qt::Horizontal)
                .toString(),
            u"Total %"_s);
        QCOMPARE(model.index(0, GradebookGridModel::NameColumn).data().toString(), u"Adams, Ben"_s);
        QCOMPARE(model.index(0, 2).data().toString(), u"18"_s);
        // (40*90 + 60*40) / 100 = 60 -> C, 2.0, pass; 58 of 120 marks.
        const auto result = [&](int row, GradebookGridModel::ResultColumn c) {
            return model.index(row, model.resultColumn(c)).data().toString();
        };
        QCOMPARE(result(0, GradebookGridModel::TotalColumn), u"60.00"_s);
        QCOMPARE(result(0, GradebookGridModel::MarksColumn), u"58 / 120"_s);
        QCOMPARE(result(0, GradebookGridModel::GradeColumn), u"C"_s);
        QCOMPARE(result(0, GradebookGridModel::PointsColumn), u"2.0"_s);
        QCOMPARE(result(0, GradebookGridModel::StatusColumn), u"Pass"_s);
        QCOMPARE(result(1, GradebookGridModel::StatusColumn), u"No result"_s);
        QVERIFY(result(1, GradebookGridModel::TotalColumn).isEmpty());

        // An absent final: (40*90 + 0) / 100 = 36 -> F.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMark(
            u"s1"_s, u"a2"_s,
            Mark{u"m2"_s, u"a2"_s, u"s1"_s, MarkStatus::Absent, std::nullopt, {}, {}, {}, {}});
        QVERIFY(changed.size() >= 2);
        QCOMPARE(model.index(0, 3).data().toString(), u"Absent"_s);
        QCOMPARE(model.index(0, 3).data(Qt::EditRole).toString(), u"a"_s);
        QCOMPARE(result(0, GradebookGridModel::TotalColumn), u"36.00"_s);
        QCOMPARE(result(0, GradebookGridModel::StatusColumn), u"Fail"_s);
        QCOMPARE(model.index(0, 3).data(GradebookGridModel::MarkStatusRole).toInt(),
                 int(MarkStatus::Absent));
        QCOMPARE(model.index(1, 3).data(GradebookGridModel::MarkStatusRole).toInt(), -1);
        QCOMPARE(model.index(1, 0).data(GradebookGridModel::StudentIdRole).toString(), u"s2"_s);
    }

    void typedTextIsCheckedNotStored()
    {
        GradebookGridModel model;
        model.setSheet(sampleSheet());
        const QModelIndex quiz = model.index(1, 2);
        QVERIFY(!(model.flags(quiz) & Qt::ItemIsEditable)); // read only until told otherwise
        QVERIFY(!model.setData(quiz, u"12"_s));
        model.setReadOnly(false);
        QVERIFY(model.flags(quiz) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsEditable));

        QSignalSpy entered(&model, &GradebookGridModel::markEntered);
        QSignalSpy refused(&model, &GradebookGridModel::entryRefused);
        QVERIFY(model.setData(quiz, u"12.5"_s));
        QCOMPARE(entered.size(), 1);
        const auto entry = entered.first().at(2).value<MarkEntry>();
        QCOMPARE(entry.status, MarkStatus::Scored);
        QCOMPARE(*entry.score, 12.5);
        QVERIFY(model.index(1, 2).data().toString().isEmpty()); // the page decides

        QVERIFY(!model.setData(quiz, u"21"_s));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(2).toString(), u"21 is more than the maximum score of 20."_s);
        QVERIFY(!model.setData(quiz, u"-1"_s));
        QCOMPARE(refused.last().at(2).toString(), u"A score cannot be negative."_s);
        QVERIFY(!model.setData(quiz, u"ten"_s));
        QCOMPARE(refused.last().at(2).toString(),
                 u"Enter a score from 0 to 20, A for absent or X for excused."_s);
        QVERIFY(model.setData(quiz, u"x"_s));
        QCOMPARE(entered.last().at(2).value<MarkEntry>().status, MarkStatus::Excused);
        // Retyping the value a cell already has, or nothing into an empty cell, is no entry.
        QVERIFY(!model.setData(model.index(0, 2), u"18"_s));
        QVERIFY(!model.setData(quiz, u""_s));
        QCOMPARE(entered.size(), 2);
        QCOMPARE(refused.size(), 3);
    }

    void parsingMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status"); // -1: refused
        QTest::addColumn<double>("score");
        QTest::newRow("integer") << u"7"_s << int(MarkStatus::Scored) << 7.0;
        QTest::newRow("decimal") << u" 19.5 "_s << int(MarkStatus::Scored) << 19.5;
        QTest::newRow("zero") << u"0"_s << int(MarkStatus::Scored) << 0.0;
        QTest::newRow("maximum") << u"20"_s << int(MarkStatus::Scored) << 20.0;
        QTest::newRow("just over") << u"20.01"_s << -1 << 0.0;
        QTest::newRow("absent") << u"A"_s << int(MarkStatus::Absent) << 0.0;
        QTest::newRow("absent word") << u"absent"_s << int(MarkStatus::Absent) << 0.0;
        QTest::newRow("excused") << u"X"_s << int(MarkStatus::Excused) << 0.0;
        QTest::newRow("excused e") << u"e"_s << int(MarkStatus::Excused) << 0.0;
        QTest::newRow("empty") << u"  "_s << -1 << 0.0;
        QTest::newRow("nan") << u"nan"_s << -1 << 0.0;
        QTest::newRow("inf") << u"inf"_s << -1 << 0.0;
    }
    void parsingMarks()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(double, score);
        const auto entry = MarkEntries::parse(text, 20);
        QCOMPARE(bool(entry), status >= 0);
        if (!entry)
            return;
        QCOMPARE(int(entry->status), status);
        if (entry->status == MarkStatus::Scored)
            QCOMPARE(*entry->score, score);
        else
            QVERIFY(!entry->score);
    }
};

QTEST_MAIN(TestGradebookGridModel)
#include "tst_gradebookgridmodel.moc"
