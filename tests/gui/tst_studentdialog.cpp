#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/StudentDialog.h"
#include "ui/StudentHistory.h"
#include "ui/StudentPhoto.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cd;
using namespace Qt::Literals::StringLiterals;

class TestStudentDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir; // one per test (and per data row)
    std::unique_ptr<Database> m_db;
    Actor m_clerk = test::testActor(u"Olga Office"_s);

    Student createStudent(const QString &number = u"2025-000001"_s)
    {
        auto s = StudentRepository(*m_db).create(
            test::sampleStudent(number, u"Amina"_s, u"Haddad"_s), m_clerk);
        if (!s)
            qWarning("create: %s", qPrintable(s.error().message));
        return s ? *s : Student();
    }
    Student stored(const Id &id) { return *StudentRepository(*m_db).find(id, m_clerk); }
    int studentCount() { return test::rowCount(*m_db, u"student"_s); }

    static bool showAndLoad(StudentDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        }();
        return !QTest::currentTestFailed();
    }
    static bool settle(StudentDialog &dialog)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        }();
        return !QTest::currentTestFailed();
    }
    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    static void type(QObject *dialog, const QString &field, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, field);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    static QPushButton *saveButton(QObject *dialog)
    {
        return child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Save);
    }
    static QString errorText(QObject *dialog, const QString &field)
    {
        auto *label = child<QLabel>(dialog, field + u"Error"_s);
        return label && label->isVisible() ? label->text() : QString();
    }
    // A valid new student typed into an empty form.
    static void fillValid(StudentDialog &dialog)
    {
        type(&dialog, u"studentNumber"_s, u"2025-000042"_s);
        type(&dialog, u"firstName"_s, u"Nadia"_s);
        type(&dialog, u"lastName"_s, u"Rahman"_s);
        type(&dialog, u"email"_s, u"nadia@example.org"_s);
        child<QComboBox>(&dialog, u"batch"_s)->setEditText(u"2025"_s);
        child<QComboBox>(&dialog, u"program"_s)->setEditText(u"Biology"_s);
    }
    // A semester around today with two courses.
    QList<Id> coursesThisSemester()
    {
        CourseRepository courses(*m_db);
        const QDate today = QDate::currentDate();
        auto semester = courses.createSemester(
            {{}, u"This term"_s, today.addDays(-30), today.addDays(60), {}}, m_clerk);
        QList<Id> ids;
        for (const auto &[code, title] : {std::pair{u"BI101"_s, u"Cell Biology"_s},
                                          std::pair{u"CH101"_s, u"General Chemistry"_s}}) {
            auto course
                = courses.createCourse({{}, code, title, semester->id, 3, {}, {}, {}}, m_clerk);
            ids << course->id;
        }
        return ids;
    }

private slots:
    void init()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openFreshDatabase(*m_dir);
        QVERIFY(m_db);
    }

    void createsAStudentWithGuardians()
    {
        StudentDialog dialog(*m_db, m_clerk);
        QVERIFY(showAndLoad(dialog));
        QVERIFY(dialog.isCreating());
        QVERIFY(!child<QPushButton>(&dialog, u"archiveButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, u"enrolButton"_s)->isEnabled());
        fillValid(dialog);
        child<QCheckBox>(&dialog, u"dateOfBirthKnown"_s)->setChecked(true);
        child<QDateEdit>(&dialog, u"dateOfBirth"_s)->setDate(QDate(2007, 4, 2));
        auto *guardians = child<QTableWidget>(&dialog, u"guardians"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"addGuardian"_s), Qt::LeftButton);
        QCOMPARE(guardians->rowCount(), 1);
        guardians->item(0, 0)->setText(u"Samir Rahman"_s);
        guardians->item(0, 1)->setText(u"Father"_s);
        guardians->item(0, 2)->setText(u"+44 20 7946 0018"_s);

        QSignalSpy saved(&dialog, &StudentDialog::saved);
        // Enter in a field saves, as the default button does.
        QTest::keyClick(child<QLineEdit>(&dialog, u"email"_s), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(saved.first().at(2).toBool()); // created
        const Student s = saved.first().at(1).value<Student>();
        const Student inStore = stored(s.id);
        QCOMPARE(inStore.studentNumber, u"2025-000042"_s);
        QCOMPARE(inStore.fullName(), u"Nadia Rahman"_s);
        QCOMPARE(inStore.dateOfBirth, QDate(2007, 4, 2));
        QCOMPARE(inStore.program, u"Biology"_s);
        QCOMPARE(inStore.guardians.size(), 1);
        QCOMPARE(inStore.guardians.first().phone, u"+44 20 7946 0018"_s);
    }

    void invalidInputIsShownByItsFieldAndNothingSaved_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("tab");
        QTest::newRow("empty first name") << 0 << u"firstName"_s << u"first name"_s << 0;
        QTest::newRow("empty last name") << 1 << u"lastName"_s << u"last name"_s << 0;
        QTest::newRow("bad email") << 2 << u"email"_s << u"email address is not valid"_s << 0;
        QTest::newRow("bad phone") << 3 << u"phone"_s << u"6 to 15 digits"_s << 0;
        QTest::newRow("future birth") << 4 << u"dateOfBirth"_s << u"cannot be in the future"_s << 0;
        QTest::newRow("guardian without name")
            << 5 << u"guardians"_s << u"Guardian 1: Enter the guardian's name."_s << 1;
        QTest::newRow("guardian bad phone")
            << 6 << u"guardians"_s << u"Guardian 1: The guardian's phone number"_s << 1;
        QTest::newRow("empty program") << 7 << u"program"_s << u"program"_s << 0;
    }

    void invalidInputIsShownByItsFieldAndNothingSaved()
    {
        QFETCH(int, problem);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(int, tab);
        StudentDialog dialog(*m_db, m_clerk);
        QVERIFY(showAndLoad(dialog));
        fillValid(dialog);
        auto *guardians = child<QTableWidget>(&dialog, u"guardians"_s);
        switch (problem) {
        case 0: child<QLineEdit>(&dialog, u"firstName"_s)->clear(); break;
        case 1: type(&dialog, u"lastName"_s, u"   "_s); break;
        case 2: type(&dialog, u"email"_s, u"nadia@example"_s); break;
        case 3: type(&dialog, u"phone"_s, u"12-34"_s); break;
        case 4:
            child<QCheckBox>(&dialog, u"dateOfBirthKnown"_s)->setChecked(true);
            child<QDateEdit>(&dialog, u"dateOfBirth"_s)->setDate(QDate::currentDate().addDays(3));
            break;
        case 5:
        case 6:
            QTest::mouseClick(child<QPushButton>(&dialog, u"addGuardian"_s), Qt::LeftButton);
            guardians->item(0, 0)->setText(problem == 5 ? QString() : u"Samir"_s);
            guardians->item(0, 2)->setText(problem == 5 ? u"+44 20 7946 0018"_s : u"12"_s);
            break;
        case 7: child<QComboBox>(&dialog, u"program"_s)->setEditText(QString()); break;
        }
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        const QString shown = errorText(&dialog, field);
        QVERIFY2(shown.contains(message, Qt::CaseInsensitive), qPrintable(shown));
        QCOMPARE(child<QTabWidget>(&dialog, u"studentTabs"_s)->currentIndex(), tab);
        // The message is also the field's accessible description.
        QWidget *input = field == u"guardians"_s ? static_cast<QWidget *>(guardians)
                                                 : child<QWidget>(&dialog, field);
        QCOMPARE(input->accessibleDescription(), shown);
        if (problem == 5)
            QCOMPARE(guardians->item(0, 0)->toolTip(), u"Enter the guardian's name."_s);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy()); // refused before any write
        QCOMPARE(studentCount(), 0);
        // Only that field complains.
        for (const QString &other : {u"studentNumber"_s, u"firstName"_s, u"lastName"_s, u"email"_s,
                                     u"phone"_s, u"batch"_s, u"program"_s}) {
            if (other != field)
                QVERIFY2(errorText(&dialog, other).isEmpty(), qPrintable(other));
        }
    }

    void duplicateStudentNumberIsShownByTheNumber()
    {
        createStudent(u"2025-000042"_s);
        StudentDialog dialog(*m_db, m_clerk);
        QVERIFY(showAndLoad(dialog));
        QCOMPARE(child<QComboBox>(&dialog, u"program"_s)->count(), 1); // existing programs
        fillValid(dialog);
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QVERIFY(settle(dialog));
        QCOMPARE(errorText(&dialog, u"studentNumber"_s),
                 u"Another student already has the number 2025-000042."_s);
        QVERIFY(dialog.isVisible());
        QCOMPARE(studentCount(), 1);
        QCOMPARE(child<QLineEdit>(&dialog, u"firstName"_s)->text(), u"Nadia"_s); // kept
    }

    void editSavesTheChangesAndCanBeUndone()
    {
        const Student s = createStudent();
        StudentHistory history(*m_db, m_clerk);
        StudentDialog dialog(*m_db, m_clerk, s.id);
        dialog.setHistory(&history);
        QVERIFY(showAndLoad(dialog));
        QCOMPARE(child<QLineEdit>(&dialog, u"firstName"_s)->text(), u"Amina"_s);
        QCOMPARE(child<QTableWidget>(&dialog, u"guardians"_s)->rowCount(), 1);
        type(&dialog, u"phone"_s, u"+1 555 0100 999"_s);
        auto *guardians = child<QTableWidget>(&dialog, u"guardians"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"addGuardian"_s), Qt::LeftButton);
        guardians->item(1, 0)->setText(u"Karim Haddad"_s);
        guardians->item(1, 3)->setText(u"karim@example.org"_s);
        guardians->setCurrentCell(1, 0);
        QTest::mouseClick(child<QPushButton>(&dialog, u"guardianUp"_s), Qt::LeftButton);

        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        Student now = stored(s.id);
        QCOMPARE(now.phone, u"+1 555 0100 999"_s);
        QCOMPARE(now.guardians.size(), 2);
        QCOMPARE(now.guardians.first().name, u"Karim Haddad"_s); // moved up
        QCOMPARE(history.stack()->count(), 1);

        history.undo();
        QTRY_VERIFY(!history.isBusy());
        now = stored(s.id);
        QCOMPARE(now.phone, s.phone);
        QCOMPARE(now.guardians.size(), 1);
        history.redo();
        QTRY_VERIFY(!history.isBusy());
        QCOMPARE(stored(s.id).phone, u"+1 555 0100 999"_s);
    }

    void savingWithoutChangesWritesNothing()
    {
        const Student s = createStudent();
        const int outbox = test::rowCount(*m_db, u"outbox"_s);
        StudentHistory history(*m_db, m_clerk);
        StudentDialog dialog(*m_db, m_clerk, s.id);
        dialog.setHistory(&history);
        QVERIFY(showAndLoad(dialog));
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(test::rowCount(*m_db, u"outbox"_s), outbox);
        QCOMPARE(history.stack()->count(), 0);
    }

    void concurrentEditsShowTheirValuesAgainstYours()
    {
        const Student s = createStudent();
        StudentDialog first(*m_db, m_clerk, s.id);
        StudentDialog second(*m_db, test::testActor(u"Sam Second"_s), s.id);
        QVERIFY(showAndLoad(first));
        QVERIFY(showAndLoad(second));

        type(&first, u"firstName"_s, u"Aminah"_s);
        type(&first, u"lastName"_s, u"Haddad-Noor"_s);
        QTest::mouseClick(saveButton(&first), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(first.result(), int(QDialog::Accepted), 10000);

        type(&second, u"firstName"_s, u"Ameena"_s);
        type(&second, u"phone"_s, u"+1 555 0100 222"_s);
        QSignalSpy conflicted(&second, &StudentDialog::conflicted);
        QTest::mouseClick(saveButton(&second), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(conflicted.size(), 1, 10000);
        QVERIFY(settle(second));

        // Nothing of the second window was written over the first one's save.
        Student now = stored(s.id);
        QCOMPARE(now.firstName, u"Aminah"_s);
        QCOMPARE(now.phone, s.phone);
        // The clash is shown with both values, by the field and in the panel.
        auto *panel = child<QWidget>(&second, u"conflictPanel"_s);
        QVERIFY(panel->isVisible());
        const QString text = child<QLabel>(&second, u"conflictText"_s)->text();
        QVERIFY2(text.contains(u"First name: they saved “Aminah”; you entered “Ameena”."_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"Phone"_s)); // only they changed nothing there
        QVERIFY(errorText(&second, u"firstName"_s).contains(u"Aminah"_s));
        // Their change to a field left alone here comes in; the user's own edits stay.
        QCOMPARE(child<QLineEdit>(&second, u"lastName"_s)->text(), u"Haddad-Noor"_s);
        QCOMPARE(child<QLineEdit>(&second, u"phone"_s)->text(), u"+1 555 0100 222"_s);
        QCOMPARE(child<QLineEdit>(&second, u"firstName"_s)->text(), u"Ameena"_s);
        QVERIFY(!saveButton(&second)->isEnabled()); // decide first

        QTest::mouseClick(child<QPushButton>(&second, u"useTheirs"_s), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
        QCOMPARE(child<QLineEdit>(&second, u"firstName"_s)->text(), u"Aminah"_s);
        QCOMPARE(child<QLineEdit>(&second, u"phone"_s)->text(), u"+1 555 0100 222"_s);
        QTest::mouseClick(saveButton(&second), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(second.result(), int(QDialog::Accepted), 10000);
        now = stored(s.id);
        QCOMPARE(now.firstName, u"Aminah"_s);
        QCOMPARE(now.lastName, u"Haddad-Noor"_s);
        QCOMPARE(now.phone, u"+1 555 0100 222"_s);
    }

    void keepingYourValuesAfterAConflictReplacesTheirs()
    {
        const Student s = createStudent();
        StudentDialog second(*m_db, m_clerk, s.id);
        QVERIFY(showAndLoad(second));
        Student theirs = s;
        theirs.email = u"theirs@example.org"_s;
        QVERIFY(StudentRepository(*m_db).update(s, theirs, test::testActor(u"Other"_s)));

        type(&second, u"email"_s, u"mine@example.org"_s);
        QTest::mouseClick(saveButton(&second), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(&second, u"conflictPanel"_s)->isVisible(), 10000);
        QCOMPARE(stored(s.id).email, u"theirs@example.org"_s);
        QTest::mouseClick(child<QPushButton>(&second, u"keepMine"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&second, u"email"_s)->text(), u"mine@example.org"_s);
        QTest::mouseClick(saveButton(&second), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(second.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(stored(s.id).email, u"mine@example.org"_s);
    }

    void photoIsConvertedAndSaved()
    {
        const Student s = createStudent();
        QImage big(2000, 1000, QImage::Format_RGB32);
        for (int y = 0; y < big.height(); ++y)
            for (int x = 0; x < big.width(); ++x)
                big.setPixel(x, y, qRgb((x * 7) % 256, (y * 3) % 256, (x ^ y) % 256));
        const QString path = m_dir->filePath(u"portrait.png"_s);
        QVERIFY(big.save(path));

        StudentDialog dialog(*m_db, m_clerk, s.id);
        QVERIFY(showAndLoad(dialog));
        QVERIFY(!child<QPushButton>(&dialog, u"removePhoto"_s)->isEnabled());
        dialog.loadPhotoFile(path);
        QVERIFY(settle(dialog));
        const QByteArray jpeg = dialog.photo();
        QVERIFY(jpeg.startsWith("\xff\xd8\xff"));
        QVERIFY(jpeg.size() <= StudentRepository::maxPhotoBytes);
        const QImage scaled = QImage::fromData(jpeg, "JPEG");
        QCOMPARE(scaled.size(), QSize(600, 300));
        QVERIFY(!child<QLabel>(&dialog, u"photoPreview"_s)->pixmap().isNull());
        QVERIFY(child<QPushButton>(&dialog, u"removePhoto"_s)->isEnabled());
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(*StudentRepository(*m_db).photo(s.id, m_clerk), jpeg);

        // Removing it, in a new window.
        StudentDialog again(*m_db, m_clerk, s.id);
        QVERIFY(showAndLoad(again));
        QCOMPARE(again.photo(), jpeg);
        QTest::mouseClick(child<QPushButton>(&again, u"removePhoto"_s), Qt::LeftButton);
        QTest::mouseClick(saveButton(&again), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(again.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(*StudentRepository(*m_db).photo(s.id, m_clerk), QByteArray());
    }

    void invalidOrOversizePhotosAreRefusedByTheField()
    {
        const Student s = createStudent();
        const QString notImage = m_dir->filePath(u"notes.jpg"_s);
        QFile text(notImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are not pixels");
        text.close();
        const QString huge = m_dir->filePath(u"huge.jpg"_s);
        QFile big(huge);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(StudentPhoto::maxFileBytes + 1));
        big.close();

        StudentDialog dialog(*m_db, m_clerk, s.id);
        QVERIFY(showAndLoad(dialog));
        const int outbox = test::rowCount(*m_db, u"outbox"_s);
        dialog.loadPhotoFile(notImage);
        QVERIFY(settle(dialog));
        QCOMPARE(errorText(&dialog, u"photo"_s),
                 u"The file notes.jpg is not an image CampusDesk can read (use JPEG or PNG)."_s);
        QCOMPARE(child<QTabWidget>(&dialog, u"studentTabs"_s)->currentIndex(), 3);
        QVERIFY(dialog.photo().isEmpty());
        dialog.loadPhotoFile(huge);
        QVERIFY(settle(dialog));
        QCOMPARE(errorText(&dialog, u"photo"_s),
                 u"The file huge.jpg is larger than 20 MB; choose a smaller image."_s);
        dialog.loadPhotoFile(m_dir->filePath(u"missing.png"_s));
        QVERIFY(settle(dialog));
        QVERIFY(errorText(&dialog, u"photo"_s).contains(u"cannot be opened"_s));
        QVERIFY(dialog.photo().isEmpty());
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(test::rowCount(*m_db, u"outbox"_s), outbox); // nothing to save
        QCOMPARE(test::rowCount(*m_db, u"student_photo"_s), 0);
    }

    void consentRecordsWhoAndWhen()
    {
        const Student s = createStudent();
        StudentDialog dialog(*m_db, m_clerk, s.id);
        QVERIFY(showAndLoad(dialog));
        auto *consent = child<QCheckBox>(&dialog, u"consent"_s);
        auto *recorded = child<QLabel>(&dialog, u"consentRecorded"_s);
        QVERIFY(consent->isEnabled());
        QVERIFY(!consent->isChecked());
        QCOMPARE(recorded->text(), u"No decision has been recorded."_s);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        consent->click();
        QVERIFY(recorded->text().startsWith(u"Consent recorded by Olga Office on "_s));
        QVERIFY(recorded->text().endsWith(u"(saved when you save)."_s));
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        const Student now = stored(s.id);
        QVERIFY(now.consent.granted);
        QCOMPARE(now.consent.recordedBy, m_clerk.userId);
        QVERIFY(now.consent.recordedAt >= before);
        QVERIFY(now.consent.recordedAt <= QDateTime::currentDateTimeUtc());

        // Another user sees who recorded it; withdrawing warns about the face templates.
        const Actor other = test::testActor(u"Tom Other"_s);
        StudentDialog again(*m_db, other, s.id);
        QVERIFY(showAndLoad(again));
        auto *label = child<QLabel>(&again, u"consentRecorded"_s);
        // The clerk has no account in this school: the label says so rather than guessing.
        QVERIFY2(
            label->text().startsWith(u"Consent recorded by an account that no longer exists"_s),
            qPrintable(label->text()));
        QVERIFY(!child<QLabel>(&again, u"consentWarning"_s)->isVisible());
        child<QTabWidget>(&again, u"studentTabs"_s)->setCurrentIndex(4);
        child<QCheckBox>(&again, u"consent"_s)->click();
        QVERIFY(child<QLabel>(&again, u"consentWarning"_s)->isVisible());
        QVERIFY(label->text().startsWith(u"Withdrawal recorded by Tom Other on "_s));
        child<QCheckBox>(&again, u"consent"_s)->click(); // changed their mind: as stored again
        QVERIFY(!child<QLabel>(&again, u"consentWarning"_s)->isVisible());
        QVERIFY(!label->text().contains(u"Tom Other"_s));
    }

    void consentNamesTheRecordingAccount()
    {
        User clerk;
        clerk.username = u"olga"_s;
        clerk.fullName = u"Olga Office"_s;
        clerk.role = Role::Staff;
        auto account = UserRepository(*m_db).create(clerk, u"a long enough phrase"_s, m_clerk);
        QVERIFY(account);
        Student s = test::sampleStudent(u"2025-000001"_s, u"Amina"_s, u"Haddad"_s);
        s.consent = BiometricConsent{true, account->id,
                                     QDateTime(QDate(2026, 9, 1), QTime(8, 30), Qt::UTC)};
        const Student created = *StudentRepository(*m_db).create(s, m_clerk);
        StudentDialog dialog(*m_db, test::testActor(u"Someone Else"_s), created.id);
        QVERIFY(showAndLoad(dialog));
        const QString when
            = QLocale().toString(s.consent.recordedAt.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(child<QLabel>(&dialog, u"consentRecorded"_s)->text(),
                 u"Consent recorded by Olga Office on %1."_s.arg(when));
    }

    void teachersRecordConsentButEditNothingElse()
    {
        User account;
        account.username = u"tess"_s;
        account.fullName = u"Tess Teacher"_s;
        account.role = Role::Teacher;
        auto teacherUser
            = UserRepository(*m_db).create(account, u"a long enough phrase"_s, m_clerk);
        QVERIFY(teacherUser);
        const Actor teacher{teacherUser->id, teacherUser->fullName, Role::Teacher};
        const Student s = createStudent();
        CourseRepository courses(*m_db);
        const QDate today = QDate::currentDate();
        auto semester = courses.createSemester(
            {{}, u"This term"_s, today.addDays(-30), today.addDays(60), {}}, m_clerk);
        auto course = courses.createCourse(
            {{}, u"BI101"_s, u"Cell Biology"_s, semester->id, 3, {}, {teacher.userId}, {}},
            m_clerk);
        QVERIFY(course);
        QVERIFY(courses.enroll(s.id, course->id, today, m_clerk));

        StudentDialog dialog(*m_db, teacher, s.id);
        QVERIFY(showAndLoad(dialog));
        QVERIFY(child<QLineEdit>(&dialog, u"firstName"_s)->isReadOnly());
        QVERIFY(!child<QPushButton>(&dialog, u"addGuardian"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"enrolButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"choosePhoto"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"archiveButton"_s)->isVisible());
        QCOMPARE(child<QListWidget>(&dialog, u"courses"_s)->count(), 1);
        auto *consent = child<QCheckBox>(&dialog, u"consent"_s);
        QVERIFY(consent->isEnabled());
        consent->click();
        QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        const Student now = stored(s.id);
        QVERIFY(now.consent.granted);
        QCOMPARE(now.consent.recordedBy, teacher.userId);
    }

    void archiveAndRestoreAfterConfirmation()
    {
        const Student s = createStudent();
        StudentHistory history(*m_db, m_clerk);
        StudentDialog dialog(*m_db, m_clerk, s.id);
        dialog.setHistory(&history);
        QVERIFY(showAndLoad(dialog));
        auto *archive = child<QPushButton>(&dialog, u"archiveButton"_s);
        QVERIFY(archive->isVisible());

        // Cancelling the question changes nothing.
        QTest::mouseClick(archive, Qt::LeftButton);
        QPointer<QMessageBox> question;
        QTRY_VERIFY(question = dialog.findChild<QMessageBox *>(u"archiveConfirmation"_s));
        QVERIFY(question->text().contains(u"Amina Haddad"_s));
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!question);
        QVERIFY(!stored(s.id).archived);

        QSignalSpy archived(&dialog, &StudentDialog::archivedChanged);
        QTest::mouseClick(archive, Qt::LeftButton);
        QTRY_VERIFY(question = dialog.findChild<QMessageBox *>(u"archiveConfirmation"_s));
        QTest::mouseClick(child<QPushButton>(question, u"confirmArchive"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 10000);
        QVERIFY(archived.first().at(1).toBool());
        QVERIFY(stored(s.id).archived);
        QCOMPARE(archive->text(), u"Rest&ore…"_s);
        QCOMPARE(history.stack()->count(), 1);

        QTest::mouseClick(archive, Qt::LeftButton);
        QTRY_VERIFY(question = dialog.findChild<QMessageBox *>(u"archiveConfirmation"_s));
        QVERIFY(question->text().startsWith(u"Restore"_s));
        QTest::mouseClick(child<QPushButton>(question, u"confirmArchive"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 2, 10000);
        QVERIFY(!stored(s.id).archived);

        // Undo the restore: archived again.
        history.undo();
        QTRY_VERIFY(!history.isBusy());
        QVERIFY(stored(s.id).archived);
    }

    // Not a test: with CAMPUSDESK_SCREENSHOT_DB (a seeded demo school) and
    // CAMPUSDESK_SCREENSHOT_DIR set, saves each tab of the form, left to right and right to
    // left, to look at.
    void screenshots()
    {
        const QString source = qEnvironmentVariable("CAMPUSDESK_SCREENSHOT_DB");
        const QString out = qEnvironmentVariable("CAMPUSDESK_SCREENSHOT_DIR");
        if (source.isEmpty() || out.isEmpty())
            QSKIP(
                "Set CAMPUSDESK_SCREENSHOT_DB and CAMPUSDESK_SCREENSHOT_DIR to take screenshots.");
        auto db = test::openDatabase(source);
        QVERIFY(db);
        StudentQuery query;
        query.limit = 1;
        const Actor admin = test::testActor(u"Ada Admin"_s);
        const Id id = StudentRepository(*db).list(query, admin)->first().id;
        for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QGuiApplication::setLayoutDirection(direction);
            StudentDialog dialog(*db, admin, id);
            QVERIFY(showAndLoad(dialog));
            auto *tabs = child<QTabWidget>(&dialog, u"studentTabs"_s);
            type(&dialog, u"email"_s, u"not-an-email"_s);
            QTest::mouseClick(saveButton(&dialog), Qt::LeftButton);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(50);
                dialog.grab().save(u"%1/wt-form-%2-%3.png"_s.arg(
                    out, direction == Qt::LeftToRight ? u"ltr"_s : u"rtl"_s, QString::number(tab)));
            }
            dialog.reject();
        }
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void enrolsAndDropsCoursesOfThisSemester()
    {
        const QList<Id> courseIds = coursesThisSemester();
        const Student s = createStudent();
        StudentDialog dialog(*m_db, m_clerk, s.id);
        QVERIFY(showAndLoad(dialog));
        child<QTabWidget>(&dialog, u"studentTabs"_s)->setCurrentIndex(2);
        auto *list = child<QListWidget>(&dialog, u"courses"_s);
        auto *enrol = child<QPushButton>(&dialog, u"enrolButton"_s);
        QCOMPARE(list->count(), 0);
        QVERIFY(enrol->isEnabled());

        QTest::mouseClick(enrol, Qt::LeftButton);
        QPointer<QDialog> picker;
        QTRY_VERIFY(picker = dialog.findChild<QDialog *>(u"enrolPicker"_s));
        auto *choices = child<QListWidget>(picker, u"courseChoices"_s);
        QCOMPARE(choices->count(), 2);
        choices->setCurrentRow(1);
        QTest::keyClick(choices, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 10000);
        QVERIFY(list->item(0)->text().contains(u"CH101"_s));
        auto enrolled = CourseRepository(*m_db).coursesOfStudent(s.id, {}, Actor::system());
        QCOMPARE(enrolled->size(), 1);
        QCOMPARE(enrolled->first().id, courseIds.at(1));

        list->setCurrentRow(0);
        auto *drop = child<QPushButton>(&dialog, u"dropButton"_s);
        QVERIFY(drop->isEnabled());
        QTest::mouseClick(drop, Qt::LeftButton);
        QPointer<QMessageBox> question;
        QTRY_VERIFY(question = dialog.findChild<QMessageBox *>(u"dropConfirmation"_s));
        QTest::mouseClick(child<QPushButton>(question, u"confirmDrop"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, 10000);
        QCOMPARE(CourseRepository(*m_db).coursesOfStudent(s.id, {}, Actor::system())->size(), 0);
    }
};

QTEST_MAIN(TestStudentDialog)
#include "tst_studentdialog.moc"
