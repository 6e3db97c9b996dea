#include "ui/AttendanceRosterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestAttendanceRosterModel : public QObject
{
    Q_OBJECT
private:
    static RosterEntry entry(const QString &number, const QString &first, const QString &last,
                             std::optional<AttendanceStatus> status, const QString &note = {},
                             const QString &reason = {})
    {
        RosterEntry e;
        e.student.id = u"id-"_s + number;
        e.student.studentNumber = number;
        e.student.firstName = first;
        e.student.lastName = last;
        if (status) {
            AttendanceMark m;
            m.id = u"mark-"_s + number;
            m.studentId = e.student.id;
            m.status = *status;
            m.note = note;
            m.reason = reason;
            m.markedBy = u"teacher"_s;
            m.markedAt = QDateTime(QDate(2026, 9, 7), QTime(9, 4)).toUTC();
            e.mark = m;
            e.markedByName = u"Mary Okoro"_s;
            e.markCount = reason.isEmpty() ? 1 : 2;
        }
        return e;
    }

    static QList<RosterEntry> sample()
    {
        return {entry(u"S1"_s, u"Amina"_s, u"Haddad"_s, AttendanceStatus::Present),
                entry(u"S2"_s, u"Omar"_s, u"Said"_s, AttendanceStatus::Excused, u"Dentist"_s,
                      u"Note from home"_s),
                entry(u"S3"_s, u"Wei"_s, u"Zhang"_s, std::nullopt)};
    }

private slots:
    void passesTheModelTester()
    {
        AttendanceRosterModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoster(sample());
        model.setReadOnly(false);
        model.setData(model.index(0, AttendanceRosterModel::NoteColumn), u"Front row"_s);
        model.setEntry(2, entry(u"S3"_s, u"Wei"_s, u"Zhang"_s, AttendanceStatus::Late));
        model.setReadOnly(true);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsEveryColumnAndRole()
    {
        AttendanceRosterModel model;
        model.setRoster(sample());
        QCOMPARE(model.columnCount(), 5);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, AttendanceRosterModel::NumberColumn).toString(), u"S1"_s);
        QCOMPARE(cell(0, AttendanceRosterModel::NameColumn).toString(), u"Haddad, Amina"_s);
        QCOMPARE(cell(0, AttendanceRosterModel::StatusColumn).toString(), u"Present"_s);
        QCOMPARE(cell(0, AttendanceRosterModel::NoteColumn).toString(), QString());
        const QString changed = cell(0, AttendanceRosterModel::ChangedColumn).toString();
        QVERIFY(changed.startsWith(u"Mary Okoro, "_s));
        // Not today: with the date, in local time.
        QCOMPARE(changed,
                 u"Mary Okoro, "_s
                     + QLocale().toString(QDateTime(QDate(2026, 9, 7), QTime(9, 4)),
                                          QLocale::ShortFormat));
        QVERIFY(
            !cell(0, AttendanceRosterModel::ChangedColumn, Qt::ToolTipRole).toString().isEmpty());

        QCOMPARE(cell(1, AttendanceRosterModel::StatusColumn).toString(), u"Excused (corrected)"_s);
        QCOMPARE(cell(1, AttendanceRosterModel::StatusColumn, Qt::ToolTipRole).toString(),
                 u"Corrected: Note from home"_s);
        QCOMPARE(cell(1, AttendanceRosterModel::NoteColumn).toString(), u"Dentist"_s);
        QCOMPARE(cell(1, AttendanceRosterModel::NoteColumn, Qt::ToolTipRole).toString(),
                 u"Dentist"_s);
        QVERIFY(cell(1, 0, AttendanceRosterModel::CorrectedRole).toBool());
        QVERIFY(!cell(0, 0, AttendanceRosterModel::CorrectedRole).toBool());

        QCOMPARE(cell(2, AttendanceRosterModel::StatusColumn).toString(), u"Unmarked"_s);
        QCOMPARE(cell(2, AttendanceRosterModel::ChangedColumn).toString(), QString());
        QCOMPARE(cell(2, 0, AttendanceRosterModel::StatusRole).toInt(), -1);
        QCOMPARE(cell(1, 0, AttendanceRosterModel::StatusRole).toInt(),
                 int(AttendanceStatus::Excused));
        QCOMPARE(cell(2, 0, AttendanceRosterModel::StudentIdRole).toString(), u"id-S3"_s);
        QCOMPARE(cell(2, AttendanceRosterModel::NameColumn, Qt::AccessibleTextRole).toString(),
                 u"Zhang, Wei"_s);
        QCOMPARE(
            cell(2, AttendanceRosterModel::NameColumn, AttendanceRosterModel::SortRole).toString(),
            u"Zhang\x1fWei"_s);
        QCOMPARE(cell(2, AttendanceRosterModel::ChangedColumn, AttendanceRosterModel::SortRole)
                     .toLongLong(),
                 0);
        QCOMPARE(cell(1, AttendanceRosterModel::NoteColumn, Qt::EditRole).toString(), u"Dentist"_s);

        const QStringList headers{u"Number"_s, u"Name"_s, u"Status"_s, u"Note"_s,
                                  u"Last changed"_s};
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QCOMPARE(model.rowOf(u"id-S2"_s), 1);
        QCOMPARE(model.rowOf(u"nobody"_s), -1);
    }

    void countsTheMarksInForce()
    {
        AttendanceRosterModel model;
        QSignalSpy summary(&model, &AttendanceRosterModel::summaryChanged);
        model.setRoster(sample());
        QCOMPARE(summary.size(), 1);
        const AttendanceTally t = model.tally();
        QCOMPARE(t.present, 1);
        QCOMPARE(t.excused, 1);
        QCOMPARE(t.late + t.absent, 0);
        QCOMPARE(model.unmarked(), 1);
        model.setEntry(2, entry(u"S3"_s, u"Wei"_s, u"Zhang"_s, AttendanceStatus::Absent));
        QCOMPARE(summary.size(), 2);
        QCOMPARE(model.tally().absent, 1);
        QCOMPARE(model.unmarked(), 0);
    }

    void onlyMarkedRowsOfAnOpenRegisterTakeANote()
    {
        AttendanceRosterModel model;
        model.setRoster(sample());
        const QModelIndex marked = model.index(0, AttendanceRosterModel::NoteColumn);
        const QModelIndex unmarked = model.index(2, AttendanceRosterModel::NoteColumn);
        QVERIFY(model.isReadOnly()); // until the page says the session is open
        QVERIFY(!(model.flags(marked) & Qt::ItemIsEditable));
        model.setReadOnly(false);
        QVERIFY(model.flags(marked) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(unmarked) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, AttendanceRosterModel::StatusColumn))
                  & Qt::ItemIsEditable));

        QSignalSpy edited(&model, &AttendanceRosterModel::noteEdited);
        QVERIFY(model.setData(marked, u"  Sat at the front  "_s));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(0).toInt(), 0);
        QCOMPARE(edited.first().at(1).toString(), u"Sat at the front"_s);
        QCOMPARE(marked.data().toString(), u"Sat at the front"_s);
        QVERIFY(model.setData(marked, u"Sat at the front"_s)); // unchanged: nothing to save
        QCOMPARE(edited.size(), 1);
        QVERIFY(!model.setData(unmarked, u"Lost"_s));
        model.setReadOnly(true);
        QVERIFY(!model.setData(marked, u"Too late"_s));
        QCOMPARE(edited.size(), 1);
    }
};

QTEST_MAIN(TestAttendanceRosterModel)
#include "tst_attendancerostermodel.moc"
