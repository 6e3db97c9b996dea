#include "ui/LiveRosterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestLiveRosterModel : public QObject
{
    Q_OBJECT
private:
    static RosterEntry entry(const QString &number, const QString &first, const QString &last,
                             std::optional<AttendanceStatus> saved = std::nullopt)
    {
        RosterEntry e;
        e.student.id = u"id-"_s + number;
        e.student.studentNumber = number;
        e.student.firstName = first;
        e.student.lastName = last;
        if (saved) {
            AttendanceMark m;
            m.id = u"mark-"_s + number;
            m.sessionId = u"session"_s;
            m.studentId = e.student.id;
            m.status = *saved;
            m.markedAt = at(9, 1);
            e.mark = m;
        }
        return e;
    }

    static QDateTime at(int hour, int minute)
    {
        return QDateTime(QDate(2026, 9, 7), QTime(hour, minute), Qt::UTC);
    }

    // 09:00 UTC, late after ten minutes.
    static AttendanceSession session()
    {
        AttendanceSession s;
        s.id = u"session"_s;
        s.courseId = u"course"_s;
        s.date = QDate(2026, 9, 7);
        s.startsAt = QTime(9, 0);
        s.lateAfterMinutes = 10;
        return s;
    }

    static QList<RosterEntry> sample()
    {
        return {entry(u"S1"_s, u"Amina"_s, u"Haddad"_s), entry(u"S2"_s, u"Omar"_s, u"Said"_s),
                entry(u"S3"_s, u"Wei"_s, u"Zhang"_s)};
    }

    static QString text(const LiveRosterModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private slots:
    void passesTheModelTester()
    {
        LiveRosterModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoster(session(), sample());
        QVERIFY(model.recognise(u"id-S2"_s, 0.97, u"resnet"_s, at(9, 2)) >= 0);
        QVERIFY(model.setData(model.index(0, LiveRosterModel::StatusColumn),
                              int(AttendanceStatus::Excused)));
        QVERIFY(model.setData(model.index(1, LiveRosterModel::StatusColumn), -1));
        model.setRoster(session(), {});
        QCOMPARE(model.rowCount(), 0);
    }

    void recognitionIsProvisionalPresentOrLate()
    {
        LiveRosterModel model;
        model.setRoster(session(), sample());
        QSignalSpy summary(&model, &LiveRosterModel::summaryChanged);
        QCOMPARE(model.notSeen(), 3);
        QCOMPARE(text(model, 0, LiveRosterModel::StatusColumn), u"Not seen yet"_s);

        QCOMPARE(model.recognise(u"id-S1"_s, 0.962, u"resnet"_s, at(9, 4)), 0);
        QCOMPARE(model.recognise(u"id-S3"_s, 0.97, u"resnet"_s, at(9, 11)), 2); // past 09:10
        QCOMPARE(summary.size(), 2);
        QCOMPARE(model.entry(0).mark->status, AttendanceStatus::Present);
        QCOMPARE(model.entry(2).mark->status, AttendanceStatus::Late);
        QCOMPARE(text(model, 0, LiveRosterModel::SourceColumn), u"Camera"_s);
        QVERIFY(text(model, 0, LiveRosterModel::ConfidenceColumn).startsWith(u"96"_s));
        QCOMPARE(model.index(0, LiveRosterModel::ConfidenceColumn).data(Qt::ToolTipRole),
                 QVariant(u"Recognised by resnet"_s));

        // Once per student; never a student who is not on the register.
        QCOMPARE(model.recognise(u"id-S1"_s, 0.99, u"resnet"_s, at(9, 5)), -1);
        QCOMPARE(model.entry(0).mark->confidence, std::optional<double>(0.962));
        QCOMPARE(model.recognise(u"someone-else"_s, 0.99, u"resnet"_s, at(9, 5)), -1);
        QCOMPARE(summary.size(), 2);

        const AttendanceTally tally = model.tally();
        QCOMPARE(tally.present, 1);
        QCOMPARE(tally.late, 1);
        QCOMPARE(model.notSeen(), 1);

        const QList<AttendanceMark> marks = model.marksToConfirm();
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.first().sessionId, u"session"_s);
        QCOMPARE(marks.first().studentId, u"id-S1"_s);
        QCOMPARE(marks.first().source, MarkSource::Face);
        QCOMPARE(marks.first().model, u"resnet"_s);
        QCOMPARE(marks.first().markedAt, at(9, 4));
        QVERIFY(marks.first().markedBy.isEmpty()); // the teacher who confirms, when saved
    }

    void theTeacherHasTheLastWord()
    {
        LiveRosterModel model;
        model.setRoster(session(), sample());
        model.recognise(u"id-S1"_s, 0.96, u"resnet"_s, at(9, 2));
        // A wrong recognition taken back: the camera may not mark that student again.
        QVERIFY(model.setData(model.index(0, LiveRosterModel::StatusColumn), -1));
        QVERIFY(!model.entry(0).mark);
        QCOMPARE(model.recognise(u"id-S1"_s, 0.99, u"resnet"_s, at(9, 3)), -1);
        // An override is a manual mark.
        QVERIFY(model.setStatus(1, AttendanceStatus::Excused, at(9, 5)));
        QCOMPARE(text(model, 1, LiveRosterModel::SourceColumn), u"Teacher"_s);
        QCOMPARE(model.recognise(u"id-S2"_s, 0.99, u"resnet"_s, at(9, 6)), -1);
        QCOMPARE(model.entry(1).mark->status, AttendanceStatus::Excused);
        QCOMPARE(model.entry(1).mark->source, MarkSource::Manual);
        QVERIFY(!model.entry(1).mark->confidence);
        // Bad values change nothing.
        const QModelIndex status = model.index(2, LiveRosterModel::StatusColumn);
        QVERIFY(!model.setData(status, 42));
        QVERIFY(!model.setData(status, u"present"_s));
        QVERIFY(!model.setData(model.index(2, LiveRosterModel::NameColumn), 0));
        QVERIFY(!model.setStatus(7, AttendanceStatus::Present));
        QVERIFY(!model.entry(2).mark);
        QCOMPARE(model.marksToConfirm().size(), 1);
    }

    void savedMarksStayUnlessReplaced()
    {
        LiveRosterModel model;
        model.setRoster(session(),
                        {entry(u"S1"_s, u"Amina"_s, u"Haddad"_s, AttendanceStatus::Present),
                         entry(u"S2"_s, u"Omar"_s, u"Said"_s)});
        QCOMPARE(text(model, 0, LiveRosterModel::SourceColumn), u"Saved"_s);
        QCOMPARE(model.recognise(u"id-S1"_s, 0.99, u"resnet"_s, at(9, 2)), -1);
        QVERIFY(model.marksToConfirm().isEmpty());
        QVERIFY(!model.setStatus(0, std::nullopt)); // append-only: cannot be unmarked
        QVERIFY(model.entry(0).mark);
        QVERIFY(model.setStatus(0, AttendanceStatus::Late, at(9, 3)));
        QCOMPARE(model.marksToConfirm().size(), 1);
        QCOMPARE(model.marksToConfirm().first().status, AttendanceStatus::Late);
    }

    void aFinishedSessionIsReadOnly()
    {
        AttendanceSession closed = session();
        closed.closedAt = at(10, 0);
        LiveRosterModel model;
        model.setRoster(closed, sample());
        QVERIFY(!(model.flags(model.index(0, LiveRosterModel::StatusColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, LiveRosterModel::StatusColumn),
                               int(AttendanceStatus::Present)));
        QVERIFY(!model.setStatus(0, AttendanceStatus::Present));
        QVERIFY(!model.entry(0).mark);
    }
};

QTEST_MAIN(TestLiveRosterModel)
#include "tst_liverostermodel.moc"
