#include "app/core/ClientSettings.h"
#include "app/vision/CameraFrameSource.h"
#include "app/vision/ImageSequenceFrameSource.h"
#include "tests/gui/FaceEnrolmentFixture.h"
#include "ui/EnrolmentPreview.h"
#include "ui/FaceEnrolmentDialog.h"
#include "ui/StudentDialog.h"
#include "ui/StudentsPage.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

// The face enrolment dialog on a real database with a fixed template key; photos from lfw-dev
// (skipped without them), the camera replaced by an image sequence.
class TestFaceEnrolmentDialog : public QObject
{
    Q_OBJECT
private:
    test::FaceEnrolmentFixture m_school;
    QTemporaryDir m_config;

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    static bool waitReady(FaceEnrolmentDialog &dialog)
    {
        [&] {
            QTRY_VERIFY(dialog.isLoaded());
            QTRY_VERIFY_WITH_TIMEOUT(dialog.hasEnroller(), 20000);
            QTRY_VERIFY(dialog.hasKey());
            QTRY_VERIFY(!dialog.isBusy());
        }();
        return !QTest::currentTestFailed();
    }

    void needPhotos()
    {
        if (test::FaceEnrolmentFixture::lfw().isEmpty())
            QSKIP("the lfw-dev data set is not available (CAMPUSDESK_TEST_DATA)");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); // ClientSettings writes here
    }
    void init() { QVERIFY(m_school.openSchool()); }
    void cleanup() { m_school.closeSchool(); }

    void withoutConsentEveryEnrolmentControlIsDisabled()
    {
        FaceEnrolmentDialog dialog(*m_school.db, m_school.admin, m_school.third, m_school.setup());
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(child<QLabel>(&dialog, u"heading"_s)->text().contains(u"2026-0003"_s));
        QCOMPARE(child<QLabel>(&dialog, u"consentState"_s)->text(),
                 FaceEnrolmentDialog::tr("No consent to face recognition is recorded."));
        auto *blocked = child<QLabel>(&dialog, u"blockedReason"_s);
        QVERIFY(blocked->isVisible());
        QVERIFY(blocked->text().contains(u"consent"_s));
        for (const QString &name :
             {u"startCamera"_s, u"capture"_s, u"importPhotos"_s, u"deleteAll"_s})
            QVERIFY2(!child<QPushButton>(&dialog, name)->isEnabled(), qPrintable(name));
        QVERIFY(child<QPushButton>(&dialog, u"recordConsent"_s)->isEnabled());
        QCOMPARE(dialog.templateCount(), 0);
        if (qEnvironmentVariableIsSet("CAMPUSDESK_SCREENSHOTS"))
            dialog.grab().save(u"/tmp/enrol-shot-noconsent.png"_s);
        // Nothing bypasses the button: importing without consent does nothing.
        dialog.importPhotos({test::FaceEnrolmentFixture::photo(u"Bill_Gates"_s, 1)});
        QVERIFY(!dialog.isBusy());
        QCOMPARE(m_school.templatesOf(m_school.third), 0);
    }

    void recordingConsentEnablesEnrolment()
    {
        // Mary Okoro teaches the class: teachers record consent for their own students.
        FaceEnrolmentDialog dialog(*m_school.db, m_school.teacher(m_school.okoro), m_school.third,
                                   m_school.setup());
        QSignalSpy consent(&dialog, &FaceEnrolmentDialog::consentChanged);
        dialog.show();
        QVERIFY(waitReady(dialog));
        QMessageBox *question = dialog.recordConsent();
        QVERIFY(question);
        question->reject(); // not confirmed: nothing recorded
        QVERIFY(!m_school.consentOf(m_school.third));
        dialog.grantConsent();
        QTRY_COMPARE(consent.size(), 1);
        QVERIFY(m_school.consentOf(m_school.third));
        auto stored = StudentRepository(*m_school.db).find(m_school.third, m_school.admin);
        QCOMPARE(stored->consent.recordedBy, m_school.okoro);
        QVERIFY(stored->consent.recordedAt.isValid());
        QVERIFY(child<QLabel>(&dialog, u"consentState"_s)->text().contains(u"Teacher"_s));
        QVERIFY(!child<QLabel>(&dialog, u"blockedReason"_s)->isVisible());
        QVERIFY(child<QPushButton>(&dialog, u"importPhotos"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, u"startCamera"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"capture"_s)->isEnabled()); // no camera frame yet
        QVERIFY(!child<QPushButton>(&dialog, u"recordConsent"_s)->isEnabled());
    }

    void studentRoleMayNotEnrol()
    {
        const Actor student{m_school.admin.userId, u"Stu"_s, Role::Student};
        FaceEnrolmentDialog dialog(*m_school.db, student, m_school.first, m_school.setup());
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!child<QPushButton>(&dialog, u"recordConsent"_s)->isVisible());
        QVERIFY(!child<QWidget>(&dialog, u"enrolArea"_s)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"blockedReason"_s)->isVisible());
        QVERIFY(!dialog.hasEnroller());
    }

    void importEnrolsGoodPhotosAndListsTheRest()
    {
        needPhotos();
        QTemporaryDir dir;
        QVERIFY(test::FaceEnrolmentFixture::copyPhoto(u"Bill_Gates"_s, 1, dir.path(), u"a.jpg"_s));
        QVERIFY(test::FaceEnrolmentFixture::copyPhoto(u"Bill_Gates"_s, 2, dir.path(), u"b.png"_s));
        QVERIFY(test::FaceEnrolmentFixture::writeCorrupt(dir.filePath(u"broken.jpg"_s)));
        QImage wall(300, 300, QImage::Format_RGB32);
        wall.fill(QColor(200, 190, 170));
        QVERIFY(wall.save(dir.filePath(u"wall.png"_s)));

        FaceEnrolmentDialog dialog(*m_school.db, m_school.admin, m_school.first, m_school.setup());
        QSignalSpy imported(&dialog, &FaceEnrolmentDialog::photosImported);
        QSignalSpy templates(&dialog, &FaceEnrolmentDialog::templatesChanged);
        dialog.show();
        QVERIFY(waitReady(dialog));
        dialog.importPhotos({dir.filePath(u"a.jpg"_s), dir.filePath(u"b.png"_s),
                             dir.filePath(u"broken.jpg"_s), dir.filePath(u"wall.png"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(imported.at(0).at(0).toInt(), 2);
        QCOMPARE(imported.at(0).at(1).toInt(), 2);
        QTRY_COMPARE(templates.size(), 1);
        QCOMPARE(dialog.templateCount(), 2);
        QCOMPARE(m_school.templatesOf(m_school.first), 2);
        const QStringList rejected = dialog.rejectedPhotos();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0),
                 u"broken.jpg: "_s + FaceEnroller::advice(EnrolmentIssue::NotAnImage));
        QCOMPARE(rejected.at(1), u"wall.png: "_s + FaceEnroller::advice(EnrolmentIssue::NoFace));
        QCOMPARE(child<QListWidget>(&dialog, u"rejectedPhotos"_s)->count(), 2);
        QVERIFY(child<QLabel>(&dialog, u"templateCount"_s)->text().contains(u"2"_s));
    }

    void deleteAllRemovesTemplatesAndOptionallyTheConsent()
    {
        needPhotos();
        FaceEnrolmentDialog dialog(*m_school.db, m_school.admin, m_school.first, m_school.setup());
        QSignalSpy imported(&dialog, &FaceEnrolmentDialog::photosImported);
        QSignalSpy consent(&dialog, &FaceEnrolmentDialog::consentChanged);
        dialog.show();
        QVERIFY(waitReady(dialog));
        const QStringList photos{test::FaceEnrolmentFixture::photo(u"Bill_Gates"_s, 1),
                                 test::FaceEnrolmentFixture::photo(u"Bill_Gates"_s, 2)};
        dialog.importPhotos(photos);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QTRY_COMPARE(dialog.templateCount(), 2);

        QMessageBox *box = dialog.confirmDeleteAll();
        QVERIFY(box);
        QVERIFY(box->checkBox());
        QCOMPARE(box->checkBox()->objectName(), u"withdrawConsent"_s);
        box->reject();

        dialog.deleteAll(false);
        QTRY_COMPARE(dialog.templateCount(), 0);
        QCOMPARE(m_school.templatesOf(m_school.first), 0);
        QVERIFY(m_school.consentOf(m_school.first));
        QCOMPARE(dialog.message(), FaceEnrolmentDialog::tr("All biometric data deleted."));

        dialog.importPhotos(photos);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 20000);
        QTRY_COMPARE(dialog.templateCount(), 2);
        dialog.deleteAll(true);
        QTRY_COMPARE(consent.size(), 1);
        QCOMPARE(m_school.templatesOf(m_school.first), 0);
        QVERIFY(!m_school.consentOf(m_school.first));
        QVERIFY(!child<QPushButton>(&dialog, u"importPhotos"_s)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u"blockedReason"_s)->isVisible());
    }

    void withoutAKeyNothingIsStoredButDeletingWorks()
    {
        FaceEnrolmentSetup setup = m_school.setup();
        setup.keyring = nullptr;
        FaceEnrolmentDialog dialog(*m_school.db, m_school.admin, m_school.first, setup);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(!dialog.hasKey());
        QVERIFY(!child<QPushButton>(&dialog, u"importPhotos"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, u"deleteAll"_s)->isEnabled());
        QVERIFY(dialog.problem().contains(u"cannot be stored"_s));
        QVERIFY(child<QLabel>(&dialog, u"problem"_s)->isVisible());
    }

    void cameraFramesGiveFeedbackAndCapture()
    {
        needPhotos();
        QPointer<FrameSource> source;
        FaceEnrolmentSetup setup = m_school.setup();
        const QStringList photos{test::FaceEnrolmentFixture::photo(u"Bill_Gates"_s, 1)};
        setup.makeCamera = [&source, photos](QObject *parent) {
            ImageSequenceOptions options;
            options.framesPerImage = 1000; // a still picture, for as long as the test needs
            options.fps = 20;
            auto *s = new ImageSequenceFrameSource(photos, options, FramePacing::RealTime, parent);
            source = s;
            return s;
        };
        auto *dialog = new FaceEnrolmentDialog(*m_school.db, m_school.admin, m_school.first, setup);
        QSignalSpy samples(dialog, &FaceEnrolmentDialog::sampleExamined);
        QSignalSpy templates(dialog, &FaceEnrolmentDialog::templatesChanged);
        dialog->show();
        QVERIFY(waitReady(*dialog));
        QVERIFY(!child<QLabel>(dialog, u"cameraOn"_s)->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, u"startCamera"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog->isCameraOn());
        QVERIFY(child<QLabel>(dialog, u"cameraOn"_s)->isVisible());
        QVERIFY(child<QPushButton>(dialog, u"stopCamera"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 20000);
        const auto sample = samples.last().at(0).value<EnrolmentSample>();
        QVERIFY2(sample.usable(), qPrintable(FaceEnroller::advice(sample.issue)));
        QCOMPARE(sample.faces.size(), 1);
        QTRY_VERIFY(child<QPushButton>(dialog, u"capture"_s)->isEnabled());
        auto *preview = child<EnrolmentPreview>(dialog, u"preview"_s);
        QVERIFY(!preview->image().isNull());
        QVERIFY(preview->sample().usable());
        QCOMPARE(child<QLabel>(dialog, u"feedback"_s)->text(),
                 FaceEnroller::advice(EnrolmentIssue::None));
        QTest::mouseClick(child<QPushButton>(dialog, u"capture"_s), Qt::LeftButton);
        QTRY_COMPARE(templates.size(), 1);
        QCOMPARE(m_school.templatesOf(m_school.first), 1);

        if (qEnvironmentVariableIsSet("CAMPUSDESK_SCREENSHOTS"))
            dialog->grab().save(u"/tmp/enrol-shot-student.png"_s);

        // Closing stops the camera.
        dialog->close();
        QVERIFY(source);
        QVERIFY(!source->isActive());
        QVERIFY(!dialog->isCameraOn());
        delete dialog;
    }

    void aCameraThatFailsLeavesImportWorking()
    {
        FaceEnrolmentSetup setup = m_school.setup();
        setup.makeCamera = [](QObject *parent) {
            // No image at all: the source reports an error as a missing camera would.
            return new ImageSequenceFrameSource({u"/nonexistent/camera.png"_s}, {},
                                                FramePacing::RealTime, parent);
        };
        FaceEnrolmentDialog dialog(*m_school.db, m_school.admin, m_school.first, setup);
        QSignalSpy camera(&dialog, &FaceEnrolmentDialog::cameraChanged);
        dialog.show();
        QVERIFY(waitReady(dialog));
        dialog.startCamera();
        QTRY_VERIFY(dialog.message().contains(
            FaceEnrolmentDialog::tr("The camera cannot be used").left(20)));
        QVERIFY(!dialog.isCameraOn());
        QVERIFY(!child<QLabel>(&dialog, u"cameraOn"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, u"capture"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, u"importPhotos"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, u"startCamera"_s)->isEnabled()); // may try again
    }

    void setupComesFromTheClientSettings()
    {
        ClientSettings settings;
        settings.setCameraId(u"cam-2"_s);
        settings.setCameraResolution(QSize(1280, 720));
        settings.setRecognitionThreshold(0.7);
        settings.setModelDirectory(u"/opt/models"_s);
        const FaceEnrolmentSetup setup = FaceEnrolmentSetup::from(settings, m_school.keyring.get());
        QCOMPARE(setup.keyring.data(), m_school.keyring.get());
        QCOMPARE(setup.cameraId, QByteArray("cam-2"));
        QCOMPARE(setup.cameraResolution, QSize(1280, 720));
        QCOMPARE(setup.recognition.threshold, 0.7f);
        QCOMPARE(setup.modelDirectory, u"/opt/models"_s);
        QObject owner;
        FrameSource *camera = setup.createCamera(&owner);
        QVERIFY(qobject_cast<CameraFrameSource *>(camera));
        QCOMPARE(camera->parent(), &owner);
        QVERIFY(!camera->isActive());
    }

    void studentDialogOpensEnrolmentForSavedStudents()
    {
        StudentDialog creating(*m_school.db, m_school.admin);
        creating.setFaceEnrolment(m_school.setup());
        QVERIFY(!creating.faceEnrolmentButton()->isEnabled());

        StudentDialog plain(*m_school.db, m_school.admin, m_school.first);
        QTRY_VERIFY(plain.isLoaded());
        QVERIFY(!plain.faceEnrolmentButton()->isEnabled()); // not wired

        StudentDialog dialog(*m_school.db, m_school.admin, m_school.third);
        dialog.setFaceEnrolment(m_school.setup());
        QTRY_VERIFY(dialog.isLoaded());
        QVERIFY(dialog.faceEnrolmentButton()->isEnabled());
        FaceEnrolmentDialog *enrolment = dialog.openFaceEnrolment();
        QVERIFY(enrolment);
        QTRY_VERIFY(enrolment->isLoaded());
        QTRY_VERIFY(!enrolment->isBusy());
        enrolment->grantConsent();
        // The student form takes the recorded consent: saving it afterwards is no conflict.
        QTRY_VERIFY(dialog.edited().consent.granted);
        QVERIFY(dialog.original().consent.granted);
        enrolment->close();
        QTRY_VERIFY(!dialog.isBusy());

        const Actor student{m_school.admin.userId, u"Stu"_s, Role::Student};
        StudentDialog own(*m_school.db, student, m_school.first);
        own.setFaceEnrolment(m_school.setup());
        QTRY_VERIFY(!own.isBusy());
        QVERIFY(!own.faceEnrolmentButton()->isEnabled());
    }

    void studentsPageOffersEnrolment()
    {
        StudentsPage page(*m_school.db, m_school.admin);
        QVERIFY(!page.findChild<QAction *>(u"faceEnrolmentAction"_s));
        page.setFaceEnrolment(m_school.setup());
        auto *action = page.findChild<QAction *>(u"faceEnrolmentAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing selected
        QVERIFY(!page.enrolFaceOfSelected());
    }
};

QTEST_MAIN(TestFaceEnrolmentDialog)
#include "tst_faceenrolmentdialog.moc"
