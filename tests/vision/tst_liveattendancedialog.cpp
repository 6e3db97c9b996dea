// A whole camera session in the real panel, offscreen: a real SQLite school, templates enrolled
// from lfw-dev photos and stored encrypted, an image-folder source showing enrolled students'
// other photos, a stranger and a student without an enrolled face. The right students become
// present, nobody else is marked, the teacher's overrides and assignment count, and finishing
// stores the right rows. Needs lfw-dev and the models (QSKIP otherwise).
#include "VisionTestData.h"

#include "app/core/AppPaths.h"
#include "app/core/ClientSettings.h"
#include "app/store/AttendanceRepository.h"
#include "app/store/CourseRepository.h"
#include "app/store/FaceTemplateRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "app/vision/FaceAligner.h"
#include "app/vision/FaceDataset.h"
#include "app/vision/FaceDetector.h"
#include "app/vision/FaceEvaluation.h"
#include "app/vision/FaceRecogniser.h"
#include "app/vision/ImageSequenceFrameSource.h"
#include "tests/support/TestSupport.h"
#include "ui/FaceKeyring.h"
#include "ui/LiveAttendanceDialog.h"
#include "ui/LivePreview.h"
#include "ui/LiveRosterModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestLiveAttendanceDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<FaceKeyring> m_keyring;
    Actor m_admin = test::testActor();
    Actor m_teacher;
    AttendanceSession m_session;
    QString m_lfw;
    QStringList m_people; // lfw-dev identities in the evaluation's shuffled order
    QHash<QString, Id> m_studentOf; // identity -> student
    QStringList m_enrolled, m_unenrolled, m_strangers;

    QStringList photosOf(const QString &person) const
    {
        return FaceDataset::imagesOf(QDir(m_lfw).filePath(person));
    }

    Id makeStudent(int n, const QString &person, bool consent)
    {
        StudentRepository students(*m_db);
        auto created = students.create(
            test::sampleStudent(u"2026-%1"_s.arg(n, 4, 10, QChar(u'0')), person.section(u'_', 0, 0),
                                person.section(u'_', 1).replace(u'_', u' ')),
            m_admin);
        if (!created || (consent && !students.setConsent(*created, true, m_admin)))
            return {};
        return created->id;
    }

    // The first five photos of each enrolled identity, enrolled as the enrolment screen would.
    bool enrolFaces(const TemplateCipher &cipher)
    {
        Result<FaceDetector> detector = FaceDetector::create();
        auto recogniser = FaceRecogniser::create();
        if (!detector)
            return false;
        FaceAligner aligner;
        FaceTemplateRepository templates(*m_db, cipher);
        for (const QString &person : std::as_const(m_enrolled)) {
            for (const QString &path : photosOf(person).mid(0, 5)) {
                const cv::Mat image = test::readImage(path);
                const auto faces = detector->detect(image);
                if (faces.empty())
                    continue;
                auto description
                    = recogniser->describeForEnrolment(aligner.align(image, faces.front()));
                if (!description
                    || !templates.add(m_studentOf.value(person), recogniser->templateModel(),
                                      FaceRecogniser::templateBytes(*description), 1, m_admin))
                    return false;
            }
        }
        return true;
    }

    std::unique_ptr<LiveAttendanceDialog> openDialog()
    {
        auto dialog = std::make_unique<LiveAttendanceDialog>(*m_db, m_teacher, m_session,
                                                             u"CS201"_s, *m_settings, *m_keyring);
        QSignalSpy ready(dialog.get(), &LiveAttendanceDialog::ready);
        dialog->show();
        if (!dialog->isReady() && !ready.wait(30000))
            return nullptr;
        return dialog;
    }

    int rowOf(LiveAttendanceDialog &dialog, const QString &person) const
    {
        return dialog.rosterModel()->rowOf(m_studentOf.value(person));
    }

    QMessageBox *findBox(QWidget *parent) const
    {
        for (QMessageBox *box : parent->findChildren<QMessageBox *>())
            if (box->isVisible())
                return box;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        AppPaths::setApplicationIdentity();
        m_lfw = test::datasetDir(u"lfw-dev"_s);
        if (m_lfw.isEmpty())
            QSKIP("CAMPUSDESK_TEST_DATA has no datasets/lfw-dev");
        Result<FaceDetector> detector = FaceDetector::create();
        if (!detector || detector->kind() != FaceDetector::Kind::YuNet
            || FaceRecogniser::create()->kind() != FaceRecogniser::Kind::ResNet)
            QSKIP("the YuNet and descriptor models are not installed");

        m_db = test::openFreshDatabase(m_dir);
        QVERIFY(m_db);
        m_settings = std::make_unique<ClientSettings>();
        m_settings->setModelDirectory(qEnvironmentVariable("CAMPUSDESK_MODEL_DIR"));
        auto cipher = TemplateCipher::generate();
        QVERIFY(cipher);
        // Identities with enough photos to enrol five and show others, in the shuffled order.
        const QStringList all
            = QDir(m_lfw).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (int index : FaceDataset::shuffle(int(all.size()), 7))
            m_people << all.at(index);
        for (const QString &person : std::as_const(m_people)) {
            const qsizetype photos = photosOf(person).size();
            if (photos >= 10 && m_enrolled.size() < 4)
                m_enrolled << person;
            else if (photos >= 2 && m_unenrolled.isEmpty())
                m_unenrolled << person;
            else if (photos >= 2 && m_strangers.size() < 2)
                m_strangers << person;
        }
        QCOMPARE(m_enrolled.size(), 4);
        QCOMPARE(m_strangers.size(), 2);

        UserRepository users(*m_db);
        User teacher;
        teacher.username = u"teacher"_s;
        teacher.fullName = u"Grace Teacher"_s;
        teacher.role = Role::Teacher;
        auto created = users.create(teacher, u"long enough password"_s, m_admin);
        QVERIFY(created);
        m_teacher = Actor{created->id, teacher.fullName, Role::Teacher};

        int n = 1;
        for (const QString &person : m_enrolled + m_unenrolled)
            m_studentOf.insert(person, makeStudent(n++, person, person != m_unenrolled.first()));
        // A term around today, whenever the test runs.
        const QDate today = QDate::currentDate();
        CourseRepository courses(*m_db);
        auto semester = courses.createSemester(
            {{}, u"This term"_s, today.addDays(-30), today.addDays(60), {}}, m_admin);
        QVERIFY(semester);
        auto course = courses.createCourse(
            {{}, u"CS201"_s, u"Data Structures"_s, semester->id, 4, {}, {m_teacher.userId}, {}},
            m_admin);
        QVERIFY(course);
        for (const Id &student : std::as_const(m_studentOf))
            QVERIFY(courses.enroll(student, course->id, today.addDays(-30), m_admin));
        QVERIFY(enrolFaces(*cipher));
        m_keyring = std::make_unique<FaceKeyring>(std::move(cipher).value());

        AttendanceSession session;
        session.courseId = course->id;
        session.date = QDate::currentDate();
        session.startsAt = QTime::currentTime().addSecs(-60);
        session.lateAfterMinutes = 10;
        auto opened = AttendanceRepository(*m_db).openSession(session, m_teacher);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_session = *opened;
    }

    void aWholeSessionFromAnImageFolder()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->canRecognise());
        QVERIFY(dialog->templatesLoaded() >= 4 * 4);
        QAbstractItemModelTester tester(dialog->rosterModel());
        QCOMPARE(dialog->rosterModel()->rowCount(), 5);
        QCOMPARE(dialog->liveIndicator()->text(), u"Camera off"_s);

        // Three enrolled students, then a stranger, the student without an enrolled face and
        // another stranger: up to five photos of each enrolled student and three of the others,
        // 10 frames per photo at 30 fps.
        QStringList shown;
        for (int i = 0; i < 3; ++i)
            shown += photosOf(m_enrolled.at(i)).mid(5, 5);
        shown += photosOf(m_strangers.at(0)).mid(0, 3);
        shown += photosOf(m_unenrolled.at(0)).mid(0, 3);
        shown += photosOf(m_strangers.at(1)).mid(0, 3);
        auto *source = new ImageSequenceFrameSource(shown);
        QSignalSpy finished(source, &FrameSource::finished);
        QSignalSpy recognised(dialog.get(), &LiveAttendanceDialog::studentRecognised);
        // CAMPUSDESK_SCREENSHOT_DIR: a picture of the panel mid-session, to look at.
        const QString shots = qEnvironmentVariable("CAMPUSDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            connect(dialog.get(), &LiveAttendanceDialog::studentRecognised, this, [&] {
                if (recognised.size() == 2)
                    dialog->grab().save(QDir(shots).filePath(u"live-attendance.png"_s));
            });
        dialog->useSource(source);
        QTRY_VERIFY(dialog->liveIndicator()->text().contains(u"Playing"_s));
        QVERIFY(finished.wait(60000));
        QTest::qWait(500); // the last frames leave the worker
        QVERIFY(!dialog->preview()->frame().isNull()); // the last picture stays up

        // The three shown enrolled students are present, from the camera, with evidence.
        LiveRosterModel *model = dialog->rosterModel();
        for (int i = 0; i < 3; ++i) {
            const auto &entry = model->entry(rowOf(*dialog, m_enrolled.at(i)));
            QVERIFY2(entry.mark, qPrintable(m_enrolled.at(i)));
            QCOMPARE(entry.mark->status, AttendanceStatus::Present);
            QCOMPARE(entry.mark->source, MarkSource::Face);
            QVERIFY(entry.mark->confidence.value_or(0) > 0.9);
            QCOMPARE(entry.mark->model, dialog->recogniser()->model());
        }
        QCOMPARE(recognised.size(), 3); // nobody else: no stranger, no wrong student
        QVERIFY(!model->entry(rowOf(*dialog, m_enrolled.at(3))).mark); // enrolled, not shown
        QVERIFY(!model->entry(rowOf(*dialog, m_unenrolled.at(0))).mark); // shown, not enrolled
        QVERIFY(dialog->unknownFaces()->count() >= 2); // the strangers and the unenrolled one
        QVERIFY(dialog->summaryLabel()->text().contains(u"Present 3"_s));
        QVERIFY(dialog->summaryLabel()->text().contains(u"Not seen 2"_s));

        // Overrides: the second student was excused after all (keyboard), and the teacher
        // assigns an unknown face to the unenrolled student, who has no consent recorded.
        dialog->rosterTable()->setFocus();
        dialog->rosterTable()->selectRow(rowOf(*dialog, m_enrolled.at(1)));
        QTest::keyClick(dialog->rosterTable(), Qt::Key_E);
        QCOMPARE(model->entry(rowOf(*dialog, m_enrolled.at(1))).mark->status,
                 AttendanceStatus::Excused);
        const int facesBefore = dialog->unknownFaces()->count();
        QVERIFY(dialog->assignUnknown(0, m_studentOf.value(m_unenrolled.at(0))));
        QCOMPARE(dialog->unknownFaces()->count(), facesBefore - 1);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(u"not kept"_s), 10000);
        QCOMPARE(*FaceTemplateRepository(*m_db, TemplateCipher())
                      .countFor(m_studentOf.value(m_unenrolled.at(0)), m_admin),
                 0); // no consent: no template
        // A camera recognition never overrides the teacher.
        QCOMPARE(model->recognise(m_studentOf.value(m_enrolled.at(1)), 0.99, u"m"_s,
                                  QDateTime::currentDateTimeUtc()),
                 -1);

        // Closing now would lose the marks: the panel asks, and Cancel keeps everything.
        dialog->reject();
        QMessageBox *ask = findBox(dialog.get());
        QVERIFY(ask);
        QTest::keyClick(ask, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());

        // Finishing saves the confirmed marks and marks the one not seen absent.
        QSignalSpy done(dialog.get(), &LiveAttendanceDialog::sessionFinished);
        QMessageBox *box = dialog->finishSession();
        QVERIFY(box);
        QVERIFY(box->text().contains(u"1 student"_s));
        box->open();
        box->accept();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(0).toInt(), 1);
        QVERIFY(dialog->source() == nullptr); // the source stopped

        AttendanceRepository repo(*m_db);
        auto session = repo.findSession(m_session.id, m_admin);
        QVERIFY(session && session->isClosed());
        auto marks = repo.marksOfSession(m_session.id, m_admin);
        QVERIFY(marks);
        QHash<Id, AttendanceMark> byStudent;
        for (const AttendanceMark &mark : *marks)
            byStudent.insert(mark.studentId, mark);
        QCOMPARE(byStudent.size(), 5);
        const AttendanceMark first = byStudent.value(m_studentOf.value(m_enrolled.at(0)));
        QCOMPARE(first.status, AttendanceStatus::Present);
        QCOMPARE(first.source, MarkSource::Face);
        QCOMPARE(first.markedBy, m_teacher.userId); // the teacher confirmed it
        QVERIFY(first.confidence.value_or(0) > 0.9);
        QCOMPARE(byStudent.value(m_studentOf.value(m_enrolled.at(1))).status,
                 AttendanceStatus::Excused);
        QCOMPARE(byStudent.value(m_studentOf.value(m_enrolled.at(1))).source, MarkSource::Manual);
        QCOMPARE(byStudent.value(m_studentOf.value(m_enrolled.at(2))).source, MarkSource::Face);
        QCOMPARE(byStudent.value(m_studentOf.value(m_enrolled.at(3))).status,
                 AttendanceStatus::Absent);
        QCOMPARE(byStudent.value(m_studentOf.value(m_unenrolled.at(0))).status,
                 AttendanceStatus::Present);
        QCOMPARE(byStudent.value(m_studentOf.value(m_unenrolled.at(0))).source, MarkSource::Manual);
        QVERIFY(test::rowCount(*m_db, u"audit_log"_s) > 0);
    }
};

QTEST_MAIN(TestLiveAttendanceDialog)
#include "tst_liveattendancedialog.moc"
