#include "app/core/EnumCodes.h"
#include "app/store/DemoSchool.h"
#include "app/store/StudentRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

namespace {

QString asciiLower(const QString &text)
{
    QString lowered = text;
    for (auto &c : lowered) {
        if (c.unicode() < 128)
            c = c.toLower();
    }
    return lowered;
}

// The search rules stated plainly, to hold every query plan against: each word is the start of
// the first name, last name, number or email (ASCII case folded); rows in name order as
// SQLite's NOCASE collation compares them.
QStringList reference(const QList<StudentListItem> &all, const StudentQuery &q)
{
    QList<StudentListItem> hits;
    const QStringList words = q.search.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const auto &s : all) {
        if (!q.program.isEmpty() && s.program != q.program)
            continue;
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            const QString word = asciiLower(w);
            return asciiLower(s.lastName).startsWith(word)
                || asciiLower(s.firstName).startsWith(word)
                || asciiLower(s.studentNumber).startsWith(word)
                || asciiLower(s.email).startsWith(word);
        });
        if (matches)
            hits << s;
    }
    const auto key = [](const StudentListItem &s) {
        return std::make_tuple(asciiLower(s.lastName).toUtf8(), asciiLower(s.firstName).toUtf8(),
                               s.id.toUtf8());
    };
    std::sort(hits.begin(), hits.end(),
              [&](const auto &a, const auto &b) { return key(a) < key(b); });
    if (q.order == Qt::DescendingOrder)
        std::reverse(hits.begin(), hits.end());
    QStringList ids;
    for (const auto &h : hits.mid(q.offset, q.limit))
        ids << h.id;
    return ids;
}

} // namespace

class TestStudentSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<StudentListItem> m_all;

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(u"search.sqlite"_s);
        DemoSchoolOptions options;
        options.students = 3000;
        options.today = QDate(2026, 11, 22);
        QVERIFY(DemoSchool::createFile(file, options));
        m_db = test::openDatabase(file);
        QVERIFY(m_db);
        StudentQuery everyone;
        everyone.limit = 10000;
        m_all = *StudentRepository(*m_db).list(everyone, Actor::system());
        QCOMPARE(m_all.size(), 3000);
    }

    void everyPlanFindsTheSameRows_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("candidateLimit");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("program");
        const QStringList terms = {u"a"_s,
                                   u"ha"_s,
                                   u"MAR"_s,
                                   u"2025"_s,
                                   u"2025-0001"_s,
                                   u"2024-00"_s,
                                   u"jür"_s,
                                   u"z"_s,
                                   u"al-"_s,
                                   u"o'b"_s,
                                   u"kw na"_s,
                                   u"amina h"_s,
                                   u"student.campus"_s,
                                   u"zzzz"_s,
                                   u"a b"_s,
                                   u"ma 2026"_s};
        // Candidates for every long word; the name-ordered search table for every long word;
        // defaults.
        for (int limit : {1'000'000, 0, StudentRepository::defaultCandidateLimit}) {
            for (const auto &term : terms) {
                QTest::addRow("%s limit %d", qPrintable(term), limit)
                    << term << limit << 0 << false << QString();
            }
        }
        QTest::newRow("second page") << u"a"_s << 0 << 100 << false << QString();
        QTest::newRow("descending") << u"ha"_s << 0 << 0 << true << QString();
        QTest::newRow("descending candidates") << u"hadd"_s << 1'000'000 << 0 << true << QString();
        QTest::newRow("filtered prefix") << u"a"_s << 0 << 0 << false << u"Biology"_s;
        QTest::newRow("filtered candidates")
            << u"2025-00"_s << 1'000'000 << 0 << false << u"Economics"_s;
    }
    void everyPlanFindsTheSameRows()
    {
        QFETCH(QString, search);
        QFETCH(int, candidateLimit);
        QFETCH(int, offset);
        QFETCH(bool, descending);
        QFETCH(QString, program);
        StudentQuery q;
        q.search = search;
        q.offset = offset;
        q.limit = 100;
        q.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        q.program = program;
        StudentRepository repository(*m_db);
        repository.setCandidateLimit(candidateLimit);
        const auto found = repository.list(q, Actor::system());
        QVERIFY2(found, qPrintable(found ? QString() : found.error().detail));
        QStringList ids;
        for (const auto &s : *found)
            ids << s.id;
        const QStringList expected = reference(m_all, q);
        QCOMPARE(ids, expected);

        StudentQuery all = q;
        all.offset = 0;
        all.limit = 100000;
        const int total = int(reference(m_all, all).size());
        QCOMPARE(*repository.count(q, Actor::system()), total);

        // page(): the same rows and total from one plan.
        const auto page = repository.page(q, Actor::system());
        QVERIFY(page);
        QCOMPARE(page->total, total);
        QStringList pageIds;
        for (const auto &s : page->rows)
            pageIds << s.id;
        QCOMPARE(pageIds, expected);
    }

    void pagesFromTheEndMatchPagesFromTheStart_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("descending");
        for (int sort :
             {int(StudentSort::Name), int(StudentSort::Number), int(StudentSort::Program),
              int(StudentSort::Batch), int(StudentSort::Status), int(StudentSort::Email)}) {
            QTest::addRow("sort %d", sort) << sort << QString() << false;
            QTest::addRow("sort %d desc", sort) << sort << QString() << true;
        }
        QTest::newRow("search prefix") << int(StudentSort::Name) << u"a"_s << false;
        QTest::newRow("search candidates") << int(StudentSort::Name) << u"2025-00"_s << true;
    }
    void pagesFromTheEndMatchPagesFromTheStart()
    {
        QFETCH(int, sort);
        QFETCH(QString, search);
        QFETCH(bool, descending);
        StudentRepository repository(*m_db);
        StudentQuery q;
        q.sort = StudentSort(sort);
        q.search = search;
        q.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        const int total = *repository.count(q, Actor::system());
        QVERIFY(total > 300);
        for (int offset : {total / 2 + 1, total - 150, total - 100, total - 37}) {
            q.offset = offset;
            q.totalHint = -1;
            const auto forward = *repository.list(q, Actor::system());
            q.totalHint = total;
            const auto backward = *repository.list(q, Actor::system());
            QCOMPARE(backward.size(), forward.size());
            for (qsizetype i = 0; i < forward.size(); ++i)
                QCOMPARE(backward.at(i).id, forward.at(i).id);
        }
    }

    void everySortIsItsColumnThenTheName_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (int sort :
             {int(StudentSort::FirstName), int(StudentSort::Email), int(StudentSort::Batch),
              int(StudentSort::Program), int(StudentSort::Status)}) {
            QTest::addRow("sort %d", sort) << sort << false;
            QTest::addRow("sort %d desc", sort) << sort << true;
        }
    }
    void everySortIsItsColumnThenTheName()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        StudentQuery q;
        q.sort = StudentSort(sort);
        q.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        q.limit = 10000;
        const auto rows = *StudentRepository(*m_db).list(q, Actor::system());
        QCOMPARE(rows.size(), m_all.size());
        // Names and emails compare without ASCII case (NOCASE); batch, program and status as
        // stored; ties fall to the name order, then the id.
        const auto key = [&](const StudentListItem &s) {
            QByteArray column;
            switch (StudentSort(sort)) {
            case StudentSort::FirstName: column = asciiLower(s.firstName).toUtf8(); break;
            case StudentSort::Email: column = asciiLower(s.email).toUtf8(); break;
            case StudentSort::Batch: column = s.batch.toUtf8(); break;
            case StudentSort::Program: column = s.program.toUtf8(); break;
            default: column = codeOf(s.status).toUtf8(); break;
            }
            const bool firstNameFirst = StudentSort(sort) == StudentSort::FirstName;
            return std::make_tuple(
                column, asciiLower(firstNameFirst ? s.firstName : s.lastName).toUtf8(),
                asciiLower(firstNameFirst ? s.lastName : s.firstName).toUtf8(), s.id.toUtf8());
        };
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const auto before = key(rows.at(i - 1));
            const auto after = key(rows.at(i));
            QVERIFY2(descending ? after < before : before < after,
                     qPrintable(u"rows %1 and %2"_s.arg(i - 1).arg(i)));
        }
    }

    void otherSortsStillFilterCorrectly()
    {
        StudentQuery q;
        q.search = u"ha"_s;
        q.sort = StudentSort::Number;
        q.limit = 10000;
        StudentQuery byName = q;
        byName.sort = StudentSort::Name;
        const auto byNumber = *StudentRepository(*m_db).list(q, Actor::system());
        QCOMPARE(byNumber.size(), reference(m_all, byName).size());
        QVERIFY(
            std::is_sorted(byNumber.cbegin(), byNumber.cend(), [](const auto &a, const auto &b) {
                return a.studentNumber < b.studentNumber;
            }));
    }
};

QTEST_GUILESS_MAIN(TestStudentSearch)
#include "tst_studentsearch.moc"
