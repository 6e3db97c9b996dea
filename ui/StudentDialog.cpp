#include "ui/StudentDialog.h"

#include "app/core/Permissions.h"
#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/FaceEnrolmentDialog.h"
#include "ui/FaceEnrolmentSetup.h"
#include "ui/FieldErrors.h"
#include "ui/StudentHistory.h"
#include "ui/StudentPhoto.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

enum Tab { DetailsTab, GuardiansTab, EnrolmentsTab, PhotoTab, ConsentTab };
enum GuardianColumn { NameColumn, RelationshipColumn, PhoneColumn, EmailColumn, ColumnCount };
constexpr int GuardianIdRole = Qt::UserRole;
constexpr int CourseIdRole = Qt::UserRole;

// The form's fields in order, as validation and conflicts name them.
const QStringList formFields{
    u"studentNumber"_s, u"firstName"_s,   u"lastName"_s, u"email"_s,
    u"phone"_s,         u"dateOfBirth"_s, u"batch"_s,    u"program"_s,
    u"status"_s,        u"guardians"_s,   u"consent"_s,
};

QString courseText(const Course &course)
{
    return StudentDialog::tr("%1 – %2", "course code – title").arg(course.code, course.title);
}

QString guardianText(const Guardian &g)
{
    QStringList parts{g.name.trimmed()};
    for (const QString &detail : {g.relationship, g.phone, g.email}) {
        if (!detail.trimmed().isEmpty())
            parts << detail.trimmed();
    }
    return parts.join(u", "_s);
}

// A field's value as people read it, to compare and to show in a conflict.
QString shownValue(const Student &s, const QString &field)
{
    if (field == u"studentNumber")
        return s.studentNumber.trimmed();
    if (field == u"firstName")
        return s.firstName.trimmed();
    if (field == u"lastName")
        return s.lastName.trimmed();
    if (field == u"email")
        return s.email.trimmed();
    if (field == u"phone")
        return s.phone.trimmed();
    if (field == u"dateOfBirth")
        return s.dateOfBirth.isValid() ? QLocale().toString(s.dateOfBirth, QLocale::ShortFormat)
                                       : QString();
    if (field == u"batch")
        return s.batch.trimmed();
    if (field == u"program")
        return s.program.trimmed();
    if (field == u"status")
        return StudentRules::statusName(s.status);
    if (field == u"guardians") {
        QStringList all;
        for (const Guardian &g : s.guardians)
            all << guardianText(g);
        return all.join(u"; "_s);
    }
    if (field == u"consent")
        return s.consent.granted ? StudentDialog::tr("consent given")
                                 : StudentDialog::tr("no consent");
    Q_UNREACHABLE();
    return {};
}

QString fieldLabel(const QString &field)
{
    if (field == u"studentNumber")
        return StudentDialog::tr("Student number");
    if (field == u"firstName")
        return StudentDialog::tr("First name");
    if (field == u"lastName")
        return StudentDialog::tr("Last name");
    if (field == u"email")
        return StudentDialog::tr("Email");
    if (field == u"phone")
        return StudentDialog::tr("Phone");
    if (field == u"dateOfBirth")
        return StudentDialog::tr("Date of birth");
    if (field == u"batch")
        return StudentDialog::tr("Batch");
    if (field == u"program")
        return StudentDialog::tr("Program");
    if (field == u"status")
        return StudentDialog::tr("Status");
    if (field == u"guardians")
        return StudentDialog::tr("Guardians");
    if (field == u"consent")
        return StudentDialog::tr("Biometric consent");
    return field;
}

bool differs(const Student &a, const Student &b, const QString &field)
{
    if (field == u"dateOfBirth")
        return a.dateOfBirth != b.dateOfBirth;
    if (field == u"status")
        return a.status != b.status;
    if (field == u"consent")
        return a.consent.granted != b.consent.granted;
    return shownValue(a, field) != shownValue(b, field);
}

void copyField(Student &to, const Student &from, const QString &field)
{
    if (field == u"studentNumber")
        to.studentNumber = from.studentNumber;
    else if (field == u"firstName")
        to.firstName = from.firstName;
    else if (field == u"lastName")
        to.lastName = from.lastName;
    else if (field == u"email")
        to.email = from.email;
    else if (field == u"phone")
        to.phone = from.phone;
    else if (field == u"dateOfBirth")
        to.dateOfBirth = from.dateOfBirth;
    else if (field == u"batch")
        to.batch = from.batch;
    else if (field == u"program")
        to.program = from.program;
    else if (field == u"status")
        to.status = from.status;
    else if (field == u"guardians")
        to.guardians = from.guardians;
    else if (field == u"consent")
        to.consent = from.consent;
}

bool sameRecord(const Student &a, const Student &b)
{
    return std::none_of(formFields.cbegin(), formFields.cend(),
                        [&](const QString &field) { return differs(a, b, field); });
}

// Guardians kept here that the other person removed must be written as new rows.
void dropIdsMissingFrom(Student &mine, const Student &stored)
{
    QSet<Id> present;
    for (const Guardian &g : stored.guardians)
        present.insert(g.id);
    for (Guardian &g : mine.guardians) {
        if (!present.contains(g.id))
            g.id.clear();
    }
}

Tab tabOf(const QString &field)
{
    if (field.startsWith(u"guardians"))
        return GuardiansTab;
    if (field == u"photo")
        return PhotoTab;
    if (field == u"consent")
        return ConsentTab;
    return DetailsTab;
}

QPushButton *makeButton(const QString &text, const QString &name, const QString &accessible,
                        QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

void fillCombo(QComboBox *combo, const QStringList &values)
{
    const QString current = combo->currentText();
    combo->clear();
    combo->addItems(values);
    combo->setCurrentIndex(-1);
    combo->setEditText(current);
}

} // namespace

StudentDialog::StudentDialog(const Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    build();
    load({});
}

StudentDialog::StudentDialog(const Database &db, const Actor &actor, const Id &studentId,
                             QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    m_original.id = studentId;
    build();
    load(studentId);
}

StudentDialog::~StudentDialog() = default;

void StudentDialog::setHistory(StudentHistory *history)
{
    m_history = history;
}

void StudentDialog::addRow(QFormLayout *form, const QString &label, QWidget *input, QWidget *focus,
                           const QString &field)
{
    auto *message = new FieldMessage(focus, field + u"Error"_s, this);
    m_fieldMessages.insert(field, message);
    auto *text = new QLabel(label, this);
    if (input == focus) {
        form->addRow(text, message->row(this));
    } else {
        input->layout()->addWidget(message);
        form->addRow(text, input);
    }
    text->setBuddy(focus);
}

void StudentDialog::build()
{
    setObjectName(u"studentDialog"_s);
    setWindowTitle(isCreating() ? tr("New student") : tr("Student record"));
    auto *layout = new QVBoxLayout(this);

    m_message = new QLabel(this);
    m_message->setObjectName(u"studentMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    m_conflictPanel = new QFrame(this);
    m_conflictPanel->setObjectName(u"conflictPanel"_s);
    m_conflictPanel->setFrameShape(QFrame::StyledPanel);
    auto *conflictLayout = new QVBoxLayout(m_conflictPanel);
    m_conflictText = new QLabel(m_conflictPanel);
    m_conflictText->setObjectName(u"conflictText"_s);
    m_conflictText->setWordWrap(true);
    m_conflictText->setTextFormat(Qt::PlainText);
    m_conflictText->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);
    conflictLayout->addWidget(m_conflictText);
    auto *conflictButtons = new QHBoxLayout;
    auto *useTheirs = makeButton(tr("Use &their values"), u"useTheirs"_s,
                                 tr("Use the values the other person saved"), m_conflictPanel);
    auto *keepMine
        = makeButton(tr("&Keep mine"), u"keepMine"_s,
                     tr("Keep my values and replace theirs when I save"), m_conflictPanel);
    conflictButtons->addWidget(useTheirs);
    conflictButtons->addWidget(keepMine);
    conflictButtons->addStretch();
    conflictLayout->addLayout(conflictButtons);
    connect(useTheirs, &QPushButton::clicked, this, [this] { resolveConflict(true); });
    connect(keepMine, &QPushButton::clicked, this, [this] { resolveConflict(false); });
    m_conflictPanel->hide();
    layout->addWidget(m_conflictPanel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"studentTabs"_s);
    m_tabs->addTab(buildDetails(), tr("&Details"));
    m_tabs->addTab(buildGuardians(), tr("&Guardians"));
    m_tabs->addTab(buildEnrolments(), tr("E&nrolments"));
    m_tabs->addTab(buildPhoto(), tr("&Photo"));
    m_tabs->addTab(buildConsent(), tr("&Consent"));
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Save)
        ->setText(isCreating() ? tr("Create &student") : tr("Sa&ve"));
    m_archive = m_buttons->addButton(tr("&Archive…"), QDialogButtonBox::ActionRole);
    m_archive->setObjectName(u"archiveButton"_s);
    m_archive->setAutoDefault(false);
    m_archive->setVisible(!isCreating());
    connect(m_archive, &QPushButton::clicked, this, &StudentDialog::confirmArchive);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StudentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StudentDialog::reject);
    layout->addWidget(m_buttons);

    m_number->setFocus();
    resize(sizeHint().expandedTo(QSize(620, 520)));
}

QWidget *StudentDialog::buildDetails()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto line = [this](const QString &name, const QString &accessible, int maxLength) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_number = line(u"studentNumber"_s, tr("Student number"), 20);
    m_number->setPlaceholderText(tr("for example, 2025-000123"));
    addRow(form, tr("Student &number:"), m_number, m_number, u"studentNumber"_s);
    m_firstName = line(u"firstName"_s, tr("First name"), StudentRules::maxNameLength);
    addRow(form, tr("&First name:"), m_firstName, m_firstName, u"firstName"_s);
    m_lastName = line(u"lastName"_s, tr("Last name"), StudentRules::maxNameLength);
    addRow(form, tr("&Last name:"), m_lastName, m_lastName, u"lastName"_s);
    m_email = line(u"email"_s, tr("Email"), 254);
    m_email->setPlaceholderText(tr("Optional"));
    addRow(form, tr("&Email:"), m_email, m_email, u"email"_s);
    m_phone = line(u"phone"_s, tr("Phone"), 32);
    m_phone->setPlaceholderText(tr("Optional"));
    addRow(form, tr("P&hone:"), m_phone, m_phone, u"phone"_s);

    // The date of birth is optional: a date field has no empty state, so a box says whether
    // there is one.
    auto *birth = new QWidget(this);
    auto *birthLayout = new QVBoxLayout(birth);
    birthLayout->setContentsMargins(0, 0, 0, 0);
    birthLayout->setSpacing(2);
    auto *birthRow = new QHBoxLayout;
    m_birthKnown = new QCheckBox(tr("&Known"), birth);
    m_birthKnown->setObjectName(u"dateOfBirthKnown"_s);
    m_birthKnown->setAccessibleName(tr("Date of birth known"));
    m_birthDate = new QDateEdit(birth);
    m_birthDate->setObjectName(u"dateOfBirth"_s);
    m_birthDate->setAccessibleName(tr("Date of birth"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy")
                                      ? QLocale().dateFormat(QLocale::ShortFormat)
                                      : u"yyyy-MM-dd"_s);
    m_birthDate->setMinimumDate(QDate(1900, 1, 1));
    m_birthDate->setDate(QDate(QDate::currentDate().year() - 16, 1, 1));
    m_birthDate->setEnabled(false);
    connect(m_birthKnown, &QCheckBox::toggled, m_birthDate, &QWidget::setEnabled);
    birthRow->addWidget(m_birthKnown);
    birthRow->addWidget(m_birthDate, 1);
    birthLayout->addLayout(birthRow);
    birth->setFocusProxy(m_birthKnown);
    addRow(form, tr("Date of &birth:"), birth, m_birthDate, u"dateOfBirth"_s);

    auto combo = [this](const QString &name, const QString &accessible) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(accessible);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        return box;
    };
    m_batch = combo(u"batch"_s, tr("Batch"));
    m_batch->lineEdit()->setPlaceholderText(tr("for example, 2025"));
    addRow(form, tr("&Batch:"), m_batch, m_batch, u"batch"_s);
    m_program = combo(u"program"_s, tr("Program"));
    addRow(form, tr("P&rogram:"), m_program, m_program, u"program"_s);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Status"));
    for (const StudentStatus status : allValues<StudentStatus>())
        m_status->addItem(StudentRules::statusName(status), int(status));
    addRow(form, tr("S&tatus:"), m_status, m_status, u"status"_s);
    return page;
}

QWidget *StudentDialog::buildGuardians()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(
        tr("The people to contact about the student, most important first. Each needs a name "
           "and a phone number or an email address."),
        page);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *row = new QHBoxLayout;
    m_guardians = new QTableWidget(0, ColumnCount, page);
    m_guardians->setObjectName(u"guardians"_s);
    m_guardians->setAccessibleName(tr("Guardians"));
    m_guardians->setHorizontalHeaderLabels(
        {tr("Name"), tr("Relationship"), tr("Phone"), tr("Email")});
    m_guardians->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_guardians->horizontalHeader()->setStretchLastSection(true);
    m_guardians->verticalHeader()->hide();
    m_guardians->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_guardians->setSelectionMode(QAbstractItemView::SingleSelection);
    m_guardians->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    row->addWidget(m_guardians, 1);

    auto *buttons = new QVBoxLayout;
    m_addGuardian = makeButton(tr("&Add"), u"addGuardian"_s, tr("Add a guardian"), page);
    m_removeGuardian
        = makeButton(tr("&Remove"), u"removeGuardian"_s, tr("Remove the selected guardian"), page);
    m_guardianUp = makeButton(tr("Move &up"), u"guardianUp"_s, tr("Move the guardian up"), page);
    m_guardianDown
        = makeButton(tr("Move do&wn"), u"guardianDown"_s, tr("Move the guardian down"), page);
    for (auto *button : {m_addGuardian, m_removeGuardian, m_guardianUp, m_guardianDown})
        buttons->addWidget(button);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    auto *message = new FieldMessage(m_guardians, u"guardiansError"_s, page);
    m_fieldMessages.insert(u"guardians"_s, message);
    layout->addWidget(message);

    connect(m_addGuardian, &QPushButton::clicked, this, &StudentDialog::addGuardian);
    connect(m_removeGuardian, &QPushButton::clicked, this, &StudentDialog::removeGuardian);
    connect(m_guardianUp, &QPushButton::clicked, this, [this] { moveGuardian(-1); });
    connect(m_guardianDown, &QPushButton::clicked, this, [this] { moveGuardian(1); });
    connect(m_guardians, &QTableWidget::itemSelectionChanged, this,
            &StudentDialog::updateGuardianButtons);
    updateGuardianButtons();
    return page;
}

QWidget *StudentDialog::buildEnrolments()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_semesterLabel = new QLabel(page);
    m_semesterLabel->setObjectName(u"semesterLabel"_s);
    m_semesterLabel->setWordWrap(true);
    m_semesterLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_semesterLabel);
    auto *row = new QHBoxLayout;
    m_courses = new QListWidget(page);
    m_courses->setObjectName(u"courses"_s);
    m_courses->setAccessibleName(tr("Courses this semester"));
    row->addWidget(m_courses, 1);
    auto *buttons = new QVBoxLayout;
    m_enrol = makeButton(tr("&Enrol…"), u"enrolButton"_s, tr("Enrol in a course"), page);
    m_drop = makeButton(tr("&Drop…"), u"dropButton"_s, tr("Drop the selected course"), page);
    buttons->addWidget(m_enrol);
    buttons->addWidget(m_drop);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    auto *note = new QLabel(tr("Enrolments are saved as soon as you make them."), page);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_enrol, &QPushButton::clicked, this, &StudentDialog::chooseCourse);
    connect(m_drop, &QPushButton::clicked, this, &StudentDialog::dropSelected);
    connect(m_courses, &QListWidget::currentRowChanged, this, [this] { showEnrolments(); });
    return page;
}

QWidget *StudentDialog::buildPhoto()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_photoPreview = new QLabel(page);
    m_photoPreview->setObjectName(u"photoPreview"_s);
    m_photoPreview->setAccessibleName(tr("Photo"));
    m_photoPreview->setAlignment(Qt::AlignCenter);
    m_photoPreview->setFrameShape(QFrame::StyledPanel);
    m_photoPreview->setFixedSize(240, 240);
    row->addWidget(m_photoPreview);
    auto *buttons = new QVBoxLayout;
    m_choosePhoto = makeButton(tr("C&hoose…"), u"choosePhoto"_s, tr("Choose a photo file"), page);
    m_removePhoto = makeButton(tr("&Remove"), u"removePhoto"_s, tr("Remove the photo"), page);
    buttons->addWidget(m_choosePhoto);
    buttons->addWidget(m_removePhoto);
    buttons->addStretch();
    row->addLayout(buttons);
    row->addStretch();
    layout->addLayout(row);
    auto *message = new FieldMessage(m_choosePhoto, u"photoError"_s, page);
    m_fieldMessages.insert(u"photo"_s, message);
    layout->addWidget(message);
    auto *note = new QLabel(tr("The photo is kept as a JPEG of at most %1 pixels a side and "
                               "saved with the record.")
                                .arg(StudentPhoto::maxSide),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();
    connect(m_choosePhoto, &QPushButton::clicked, this, &StudentDialog::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        m_photo.clear();
        m_fieldMessages.value(u"photo"_s)->clear();
        showPhoto();
    });
    showPhoto();
    return page;
}

QWidget *StudentDialog::buildConsent()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *explain = new QLabel(
        tr("With consent, the camera can recognise this student and mark their attendance. "
           "Without it, no face template is kept for them."),
        page);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_consentBox
        = new QCheckBox(tr("The student has &consented to face recognition for attendance"), page);
    m_consentBox->setObjectName(u"consent"_s);
    m_consentBox->setAccessibleName(tr("Biometric consent"));
    layout->addWidget(m_consentBox);
    m_consentRecorded = new QLabel(page);
    m_consentRecorded->setObjectName(u"consentRecorded"_s);
    m_consentRecorded->setWordWrap(true);
    m_consentRecorded->setTextFormat(Qt::PlainText);
    layout->addWidget(m_consentRecorded);
    m_consentWarning
        = new QLabel(tr("Withdrawing consent deletes this student's face templates when you save. "
                        "They cannot be recovered; face enrolment would have to be done again."),
                     page);
    m_consentWarning->setObjectName(u"consentWarning"_s);
    m_consentWarning->setWordWrap(true);
    m_consentWarning->hide();
    layout->addWidget(m_consentWarning);
    m_faceEnrolment = new QPushButton(tr("&Face enrolment…"), page);
    m_faceEnrolment->setObjectName(u"faceEnrolment"_s);
    m_faceEnrolment->setToolTip(tr("Take or import photos of the student's face for attendance "
                                   "by camera."));
    m_faceEnrolment->setEnabled(false);
    layout->addWidget(m_faceEnrolment, 0, Qt::AlignLeft);
    connect(m_faceEnrolment, &QPushButton::clicked, this, [this] { openFaceEnrolment(); });
    auto *message = new FieldMessage(m_consentBox, u"consentError"_s, page);
    m_fieldMessages.insert(u"consent"_s, message);
    layout->addWidget(message);
    layout->addStretch();
    connect(m_consentBox, &QCheckBox::toggled, this, &StudentDialog::consentToggled);
    showConsent();
    return page;
}

void StudentDialog::load(const Id &studentId)
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, studentId, viewer = m_actor]() -> Result<StudentFormData> {
            StudentFormData form;
            StudentRepository students(*db);
            if (!studentId.isEmpty()) {
                auto student = students.find(studentId, viewer);
                if (!student)
                    return student.error();
                form.student = *student;
                auto photo = students.photo(studentId, viewer);
                if (!photo)
                    return photo.error();
                form.photo = *photo;
                const Id &recorder = form.student.consent.recordedBy;
                if (recorder == viewer.userId)
                    form.consentRecorder = viewer.name;
                else if (!recorder.isEmpty()) {
                    const auto user = UserRepository(*db).find(recorder);
                    form.consentRecorder = user ? user->fullName : QString();
                }
            }
            if (auto batches = students.batches())
                form.batches = *batches;
            if (auto programs = students.programs())
                form.programs = *programs;
            CourseRepository courses(*db);
            // No semester yet is normal in a new school: enrolment then just says so.
            if (auto semester = courses.semesterOn(QDate::currentDate())) {
                form.semester = *semester;
                if (auto offered = courses.coursesInSemester(semester->id, viewer))
                    form.offered = *offered;
                if (!studentId.isEmpty()) {
                    auto enrolled = courses.coursesOfStudent(studentId, semester->id, viewer);
                    if (!enrolled)
                        return enrolled.error();
                    form.enrolled = *enrolled;
                }
            }
            return form;
        },
        [this](Result<StudentFormData> form) { dataLoaded(form); });
}

void StudentDialog::dataLoaded(const Result<StudentFormData> &form)
{
    setBusy(false);
    if (!form) {
        showMessage(form.error().message);
        m_tabs->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_archive->setEnabled(false);
        emit idle();
        return;
    }
    fillCombo(m_batch, form->batches);
    fillCombo(m_program, form->programs);
    m_semester = form->semester;
    m_offered = form->offered;
    m_enrolled = form->enrolled;
    if (!isCreating()) {
        m_original = form->student;
        m_consentRecorder = form->consentRecorder;
        m_storedPhoto = form->photo;
        m_photo = form->photo;
        setWindowTitle(tr("Student %1 – %2").arg(m_original.studentNumber, m_original.fullName()));
        fill(m_original);
    } else {
        fill(Student{});
        m_batch->setEditText(QString::number(QDate::currentDate().year()));
    }
    showPhoto();
    showEnrolments();
    applyPermissions();
    m_loaded = true;
    updateFaceEnrolment();
    emit loaded();
    emit idle();
}

void StudentDialog::fill(const Student &s)
{
    m_number->setText(s.studentNumber);
    m_firstName->setText(s.firstName);
    m_lastName->setText(s.lastName);
    m_email->setText(s.email);
    m_phone->setText(s.phone);
    m_birthKnown->setChecked(s.dateOfBirth.isValid());
    if (s.dateOfBirth.isValid())
        m_birthDate->setDate(s.dateOfBirth);
    m_batch->setEditText(s.batch);
    m_program->setEditText(s.program);
    m_status->setCurrentIndex(m_status->findData(int(s.status)));
    m_guardians->setRowCount(0);
    for (const Guardian &g : s.guardians)
        appendGuardianRow(g);
    m_guardians->resizeColumnsToContents();
    updateGuardianButtons();
    m_consent = s.consent;
    {
        const QSignalBlocker block(m_consentBox);
        m_consentBox->setChecked(s.consent.granted);
    }
    showConsent();
    m_archive->setText(m_original.archived ? tr("Rest&ore…") : tr("&Archive…"));
    m_archive->setAccessibleName(m_original.archived ? tr("Restore the student")
                                                     : tr("Archive the student"));
}

void StudentDialog::applyPermissions()
{
    const bool edit = Permissions::allows(m_actor, Action::EditStudents);
    const bool consent = Permissions::allows(m_actor, Action::EnrolFaces);
    for (QLineEdit *line : {m_number, m_firstName, m_lastName, m_email, m_phone})
        line->setReadOnly(!edit);
    for (QWidget *w :
         QList<QWidget *>{m_birthKnown, m_batch, m_program, m_status, m_addGuardian, m_choosePhoto})
        w->setEnabled(edit);
    m_birthDate->setEnabled(edit && m_birthKnown->isChecked());
    m_guardians->setEditTriggers(edit ? QAbstractItemView::AllEditTriggers
                                      : QAbstractItemView::NoEditTriggers);
    m_consentBox->setEnabled(consent);
    m_archive->setVisible(!isCreating() && edit);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(edit || consent);
    updateFaceEnrolment();
    updateGuardianButtons();
    showPhoto();
    showEnrolments();
}

// Guardians

void StudentDialog::appendGuardianRow(const Guardian &g)
{
    const int row = m_guardians->rowCount();
    m_guardians->insertRow(row);
    const QStringList values{g.name, g.relationship, g.phone, g.email};
    for (int column = 0; column < ColumnCount; ++column)
        m_guardians->setItem(row, column, new QTableWidgetItem(values.at(column)));
    m_guardians->item(row, NameColumn)->setData(GuardianIdRole, g.id);
}

void StudentDialog::addGuardian()
{
    appendGuardianRow(Guardian{});
    const int row = m_guardians->rowCount() - 1;
    m_guardians->setCurrentCell(row, NameColumn);
    m_guardians->setFocus();
    m_guardians->editItem(m_guardians->item(row, NameColumn));
    updateGuardianButtons();
}

void StudentDialog::removeGuardian()
{
    const int row = m_guardians->currentRow();
    if (row < 0)
        return;
    m_guardians->removeRow(row);
    if (m_guardians->rowCount() > 0)
        m_guardians->setCurrentCell(std::min(row, m_guardians->rowCount() - 1), NameColumn);
    updateGuardianButtons();
}

void StudentDialog::moveGuardian(int delta)
{
    const int row = m_guardians->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_guardians->rowCount())
        return;
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *a = m_guardians->takeItem(row, column);
        QTableWidgetItem *b = m_guardians->takeItem(target, column);
        m_guardians->setItem(row, column, b);
        m_guardians->setItem(target, column, a);
    }
    m_guardians->setCurrentCell(target, m_guardians->currentColumn());
    updateGuardianButtons();
}

void StudentDialog::updateGuardianButtons()
{
    const bool edit = Permissions::allows(m_actor, Action::EditStudents);
    const int row = m_guardians->currentRow();
    const bool selected = row >= 0 && !m_guardians->selectedItems().isEmpty();
    m_removeGuardian->setEnabled(edit && selected);
    m_guardianUp->setEnabled(edit && selected && row > 0);
    m_guardianDown->setEnabled(edit && selected && row < m_guardians->rowCount() - 1);
}

// Enrolments

void StudentDialog::showEnrolments()
{
    if (m_courses->count() != m_enrolled.size()
        || std::any_of(m_enrolled.cbegin(), m_enrolled.cend(), [this](const Course &c) {
               return m_courses->findItems(courseText(c), Qt::MatchExactly).isEmpty();
           })) {
        m_courses->clear();
        for (const Course &course : std::as_const(m_enrolled)) {
            auto *item = new QListWidgetItem(courseText(course), m_courses);
            item->setData(CourseIdRole, course.id);
        }
    }
    const bool may = Permissions::allows(m_actor, Action::ManageEnrolment);
    const bool haveSemester = !m_semester.id.isEmpty();
    if (isCreating())
        m_semesterLabel->setText(tr("Save the new student first; then you can enrol them."));
    else if (!haveSemester)
        m_semesterLabel->setText(tr("No semester has been set up yet."));
    else if (m_enrolled.isEmpty())
        m_semesterLabel->setText(tr("Not enrolled in any course of %1.").arg(m_semester.name));
    else
        m_semesterLabel->setText(
            tr("Enrolled in %n course(s) of %1:", nullptr, int(m_enrolled.size()))
                .arg(m_semester.name));
    const bool usable = may && haveSemester && !isCreating() && m_busy == 0;
    m_enrol->setEnabled(usable && m_offered.size() > m_enrolled.size());
    m_drop->setEnabled(usable && m_courses->currentRow() >= 0);
    m_courses->setEnabled(!isCreating());
}

void StudentDialog::chooseCourse()
{
    QSet<Id> taken;
    for (const Course &c : std::as_const(m_enrolled))
        taken.insert(c.id);
    auto *picker = new QDialog(this);
    picker->setObjectName(u"enrolPicker"_s);
    picker->setWindowTitle(tr("Enrol in a course"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(picker);
    auto *label = new QLabel(tr("&Courses of %1:").arg(m_semester.name), picker);
    layout->addWidget(label);
    auto *list = new QListWidget(picker);
    list->setObjectName(u"courseChoices"_s);
    list->setAccessibleName(tr("Courses to enrol in"));
    label->setBuddy(list);
    for (const Course &course : std::as_const(m_offered)) {
        if (taken.contains(course.id))
            continue;
        auto *item = new QListWidgetItem(courseText(course), list);
        item->setData(CourseIdRole, course.id);
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, picker);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, picker, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, picker, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, picker, &QDialog::accept);
    connect(picker, &QDialog::accepted, this, [this, list] {
        if (QListWidgetItem *item = list->currentItem())
            enrol(item->data(CourseIdRole).toString());
    });
    picker->open();
}

void StudentDialog::enrol(const Id &courseId)
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, studentId = m_original.id, courseId, actor = m_actor]() -> Result<void> {
            auto done
                = CourseRepository(*db).enroll(studentId, courseId, QDate::currentDate(), actor);
            if (!done)
                return done.error();
            return {};
        },
        [this](Result<void> done) {
            setBusy(false);
            if (!done) {
                showMessage(done.error().message);
                emit idle();
                return;
            }
            reloadEnrolments();
        });
}

void StudentDialog::dropSelected()
{
    QListWidgetItem *item = m_courses->currentItem();
    if (!item)
        return;
    const Id courseId = item->data(CourseIdRole).toString();
    auto *confirm = new QMessageBox(
        QMessageBox::Question, tr("Drop the course?"),
        tr("Drop %1 from %2's courses? Their attendance and marks in it are kept.")
            .arg(item->text(), m_original.fullName()),
        QMessageBox::Cancel, this);
    confirm->setObjectName(u"dropConfirmation"_s);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *drop = confirm->addButton(tr("&Drop"), QMessageBox::AcceptRole);
    drop->setObjectName(u"confirmDrop"_s);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, drop, courseId](auto *clicked) {
        if (clicked != drop)
            return;
        setBusy(true);
        const Database *db = &m_db;
        runInBackground(
            this,
            [db, studentId = m_original.id, courseId, actor = m_actor] {
                return CourseRepository(*db).drop(studentId, courseId, actor);
            },
            [this](Result<void> done) {
                setBusy(false);
                if (!done) {
                    showMessage(done.error().message);
                    emit idle();
                    return;
                }
                reloadEnrolments();
            });
    });
    confirm->open();
}

void StudentDialog::reloadEnrolments()
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, studentId = m_original.id, semesterId = m_semester.id, viewer = m_actor] {
            return CourseRepository(*db).coursesOfStudent(studentId, semesterId, viewer);
        },
        [this](Result<QList<Course>> courses) {
            setBusy(false);
            if (courses)
                m_enrolled = *courses;
            else
                showMessage(courses.error().message);
            showEnrolments();
            emit enrolmentsChanged(m_original.id);
            emit idle();
        });
}

// Photo

void StudentDialog::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a photo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        loadPhotoFile(path);
}

void StudentDialog::loadPhotoFile(const QString &path)
{
    m_fieldMessages.value(u"photo"_s)->clear();
    setBusy(true);
    runInBackground(
        this, [path] { return StudentPhoto::fromFile(path); },
        [this](Result<QByteArray> jpeg) {
            setBusy(false);
            if (jpeg)
                m_photo = *jpeg;
            else
                showErrors(jpeg.error()); // the photo shown before stays
            showPhoto();
            emit idle();
        });
}

void StudentDialog::showPhoto()
{
    QPixmap pixmap;
    if (!m_photo.isEmpty() && pixmap.loadFromData(m_photo, "JPEG")) {
        const qreal ratio = devicePixelRatioF();
        pixmap = pixmap.scaled(m_photoPreview->size() * ratio, Qt::KeepAspectRatio,
                               Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(ratio);
        m_photoPreview->setPixmap(pixmap);
    } else {
        m_photoPreview->setPixmap({});
        m_photoPreview->setText(tr("No photo"));
    }
    const bool edit = Permissions::allows(m_actor, Action::EditStudents);
    m_removePhoto->setEnabled(edit && !m_photo.isEmpty());
}

// Consent

void StudentDialog::consentToggled(bool granted)
{
    // Going back to the stored decision keeps who recorded it; a new decision is this user's.
    m_consent = granted == m_original.consent.granted
        ? m_original.consent
        : BiometricConsent{granted, m_actor.userId, QDateTime::currentDateTimeUtc()};
    showConsent();
}

void StudentDialog::showConsent()
{
    const bool changed = m_consent != m_original.consent;
    const QString who = changed ? m_actor.name : m_consentRecorder;
    if (m_consent.recordedBy.isEmpty() || !m_consent.recordedAt.isValid()) {
        m_consentRecorded->setText(tr("No decision has been recorded."));
    } else {
        const QString when
            = QLocale().toString(m_consent.recordedAt.toLocalTime(), QLocale::ShortFormat);
        const QString name = who.isEmpty() ? tr("an account that no longer exists") : who;
        m_consentRecorded->setText(
            changed
                ? (m_consent.granted ? tr("Consent recorded by %1 on %2 (saved when you save).")
                                     : tr("Withdrawal recorded by %1 on %2 (saved when you save)."))
                      .arg(name, when)
                : (m_consent.granted ? tr("Consent recorded by %1 on %2.")
                                     : tr("Withdrawal recorded by %1 on %2."))
                      .arg(name, when));
    }
    m_consentRecorded->setAccessibleName(m_consentRecorded->text());
    m_consentWarning->setVisible(m_original.consent.granted && !m_consent.granted);
}

// Face enrolment

void StudentDialog::setFaceEnrolment(const FaceEnrolmentSetup &setup)
{
    m_faceSetup = std::make_unique<FaceEnrolmentSetup>(setup);
    updateFaceEnrolment();
}

void StudentDialog::updateFaceEnrolment()
{
    m_faceEnrolment->setEnabled(m_faceSetup && m_loaded && !isCreating()
                                && Permissions::allows(m_actor, Action::EnrolFaces));
}

FaceEnrolmentDialog *StudentDialog::openFaceEnrolment()
{
    updateFaceEnrolment();
    if (!m_faceEnrolment->isEnabled())
        return nullptr;
    auto *dialog = new FaceEnrolmentDialog(m_db, m_actor, m_original.id, *m_faceSetup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FaceEnrolmentDialog::consentChanged, this,
            &StudentDialog::consentRecordedElsewhere);
    dialog->open();
    return dialog;
}

// The enrolment dialog recorded or withdrew the consent: the form takes the stored decision, so
// saving the form later neither conflicts with it nor undoes it.
void StudentDialog::consentRecordedElsewhere(const Student &after)
{
    m_original.consent = after.consent;
    m_original.meta = after.meta;
    m_consent = after.consent;
    m_consentRecorder = m_actor.name;
    {
        const QSignalBlocker block(m_consentBox);
        m_consentBox->setChecked(after.consent.granted);
    }
    showConsent();
}

// Archive

void StudentDialog::confirmArchive()
{
    const bool archive = !m_original.archived;
    auto *confirm = new QMessageBox(
        QMessageBox::Question, archive ? tr("Archive the student?") : tr("Restore the student?"),
        archive ? tr("Archive %1? They leave the everyday lists; their attendance, marks and fees "
                     "are kept, and you can restore them later.")
                      .arg(m_original.fullName())
                : tr("Restore %1 to the everyday lists?").arg(m_original.fullName()),
        QMessageBox::Cancel, this);
    confirm->setObjectName(u"archiveConfirmation"_s);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes
        = confirm->addButton(archive ? tr("&Archive") : tr("&Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmArchive"_s);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, yes, archive](auto *clicked) {
        if (clicked == yes)
            setArchived(archive);
    });
    confirm->open();
}

void StudentDialog::setArchived(bool archived)
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, id = m_original.id, archived, actor = m_actor] {
            return StudentRepository(*db).setArchived(id, archived, actor);
        },
        [this, archived](Result<Student> stored) {
            setBusy(false);
            if (!stored) {
                showErrors(stored.error());
                emit idle();
                return;
            }
            // Only the archive flag: the rest of the form still starts from what was loaded,
            // so a later save still notices other people's changes.
            m_original.archived = stored->archived;
            fill(edited());
            showMessage(archived ? tr("%1 is archived: hidden from everyday lists, with "
                                      "everything kept.")
                                       .arg(m_original.fullName())
                                 : tr("%1 is restored.").arg(m_original.fullName()));
            if (m_history)
                m_history->pushArchive(m_original.id, archived, m_original.fullName());
            emit archivedChanged(m_original.id, archived);
            emit idle();
        });
}

// Saving

Student StudentDialog::edited() const
{
    Student s = m_original;
    s.studentNumber = m_number->text().trimmed();
    s.firstName = m_firstName->text().trimmed();
    s.lastName = m_lastName->text().trimmed();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.dateOfBirth = m_birthKnown->isChecked() ? m_birthDate->date() : QDate();
    s.batch = m_batch->currentText().trimmed();
    s.program = m_program->currentText().trimmed();
    s.status = StudentStatus(m_status->currentData().toInt());
    s.guardians.clear();
    for (int row = 0; row < m_guardians->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_guardians->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QTableWidgetItem *name = m_guardians->item(row, NameColumn);
        s.guardians.append(Guardian{name ? name->data(GuardianIdRole).toString() : Id(),
                                    text(NameColumn), text(RelationshipColumn), text(PhoneColumn),
                                    text(EmailColumn)});
    }
    s.consent = m_consent;
    return s;
}

ValidationResult StudentDialog::check(const Student &student) const
{
    return StudentRules::validate(student, QDate::currentDate());
}

void StudentDialog::accept()
{
    if (m_busy > 0 || !m_loaded || m_conflictPanel->isVisible())
        return;
    clearErrors();
    const Student student = edited();
    if (const ValidationResult problems = check(student); !problems.ok()) {
        showErrors(Error::invalid(problems));
        return;
    }
    const bool photoChanged = m_photo != m_storedPhoto;
    if (!isCreating() && sameRecord(student, m_original) && !photoChanged) {
        QDialog::accept(); // nothing to save
        return;
    }
    setBusy(true);
    const Database *db = &m_db;
    const Student before = m_original;
    const bool editor = Permissions::allows(m_actor, Action::EditStudents);
    const QByteArray photo = m_photo;
    struct Outcome
    {
        Result<Student> student;
        Error photoError;
    };
    runInBackground(
        this,
        [db, before, student, editor, photo, photoChanged, actor = m_actor]() -> Outcome {
            StudentRepository students(*db);
            Result<Student> stored = before.id.isEmpty() ? students.create(student, actor)
                : editor                                 ? students.update(before, student, actor)
                         // Teachers record consent and nothing else.
                         : students.setConsent(before, student.consent.granted, actor);
            Error photoError;
            if (stored && photoChanged && editor) {
                if (auto done = students.setPhoto(stored->id, photo, actor); !done)
                    photoError = done.error();
            }
            return Outcome{std::move(stored), photoError};
        },
        [this, before](Outcome outcome) {
            saveFinished(before, outcome.student, outcome.photoError);
        });
}

void StudentDialog::reject()
{
    if (m_busy == 0)
        QDialog::reject();
}

void StudentDialog::saveFinished(const Student &before, const Result<Student> &result,
                                 const Error &photoError)
{
    setBusy(false);
    if (!result) {
        if (result.error().code == Error::Code::Conflict && !isCreating()) {
            reloadAfterConflict();
            return;
        }
        showErrors(result.error());
        emit idle();
        return;
    }
    const bool created = before.id.isEmpty();
    m_original = *result;
    if (created || !sameRecord(before, *result)) {
        if (m_history && !created)
            m_history->pushEdit(before, *result);
        emit saved(before, *result, created);
    }
    if (!photoError.message.isEmpty()) {
        // The record is saved; only the photo is not. Stay open on the photo.
        showErrors(photoError);
        m_archive->setVisible(Permissions::allows(m_actor, Action::EditStudents));
        emit idle();
        return;
    }
    m_storedPhoto = m_photo;
    emit idle();
    QDialog::accept();
}

void StudentDialog::reloadAfterConflict()
{
    setBusy(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, id = m_original.id, viewer = m_actor] {
            return StudentRepository(*db).find(id, viewer);
        },
        [this](Result<Student> fresh) { conflictReloaded(fresh); });
}

void StudentDialog::conflictReloaded(const Result<Student> &fresh)
{
    setBusy(false);
    if (!fresh) {
        showErrors(fresh.error());
        emit idle();
        return;
    }
    // Fields only they changed come in at once; fields only this user changed stay; fields
    // both changed, to different values, are the clashes the user must decide.
    Student mine = edited();
    m_clashes.clear();
    QStringList lines;
    for (const QString &field : formFields) {
        if (!differs(*fresh, m_original, field))
            continue;
        if (!differs(mine, m_original, field) || !differs(mine, *fresh, field)) {
            copyField(mine, *fresh, field);
            continue;
        }
        m_clashes << field;
        const auto shown = [](const QString &value) {
            return value.isEmpty() ? tr("(empty)") : u"“%1”"_s.arg(value);
        };
        lines << tr("%1: they saved %2; you entered %3.", "field: their value; your value")
                     .arg(fieldLabel(field), shown(shownValue(*fresh, field)),
                          shown(shownValue(mine, field)));
    }
    m_theirs = *fresh;
    fill(mine);
    // fill() shows the loaded consent's recorder; keep the consent this user set, if any.
    m_consent = mine.consent;
    showConsent();
    if (m_clashes.isEmpty()) {
        m_original = *fresh;
        showMessage(tr("Someone else changed this student while you were editing. Their changes "
                       "are shown now, together with yours. Check the record and save again."));
    } else {
        m_conflictText->setText(
            tr("Someone else saved this student while you were editing, and changed the same "
               "details as you:")
            + u"\n"_s + lines.join(u'\n') + u"\n"_s
            + tr("Use their values, or keep yours and save again to replace theirs. Your "
                 "other changes are kept either way."));
        m_conflictPanel->show();
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        for (const QString &field : std::as_const(m_clashes)) {
            if (FieldMessage *message = m_fieldMessages.value(field))
                message->showError(tr("Changed by someone else to %1.")
                                       .arg(shownValue(*fresh, field).isEmpty()
                                                ? tr("(empty)")
                                                : u"“%1”"_s.arg(shownValue(*fresh, field))));
        }
        m_tabs->setCurrentIndex(tabOf(m_clashes.first()));
        m_conflictPanel->findChild<QPushButton *>(u"useTheirs"_s)->setFocus();
    }
    emit conflicted(m_original.id);
    emit idle();
}

void StudentDialog::resolveConflict(bool theirs)
{
    Student mine = edited();
    if (theirs) {
        for (const QString &field : std::as_const(m_clashes))
            copyField(mine, m_theirs, field);
    }
    dropIdsMissingFrom(mine, m_theirs);
    // From now on the form starts from their version: saving writes only what differs from it.
    m_original = m_theirs;
    const BiometricConsent consent = mine.consent;
    fill(mine);
    m_consent = consent;
    showConsent();
    m_clashes.clear();
    m_conflictPanel->hide();
    clearErrors();
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(Permissions::allows(m_actor, Action::EditStudents)
                     || Permissions::allows(m_actor, Action::EnrolFaces));
    showMessage(theirs ? tr("Their values are shown, with your other changes. Save to keep them.")
                       : tr("Your values are kept. Save to replace theirs."));
}

// Messages

void StudentDialog::showErrors(const Error &error)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    QString firstField;
    // Guardian problems: marked on their cell, and listed under the table by row.
    for (int row = 0; row < m_guardians->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem *item = m_guardians->item(row, column)) {
                item->setData(Qt::DecorationRole, QVariant());
                item->setData(Qt::ToolTipRole, QVariant());
            }
        }
    }
    static const QStringList guardianColumns{u"name"_s, u"relationship"_s, u"phone"_s, u"email"_s};
    for (const FieldError &e : error.fields) {
        QString field = e.field;
        if (field.startsWith(u"guardians[")) {
            const int close = field.indexOf(u']');
            const int row = field.mid(10, close - 10).toInt();
            const int column = int(guardianColumns.indexOf(field.mid(close + 2)));
            if (QTableWidgetItem *item = m_guardians->item(row, std::max(0, column))) {
                item->setData(Qt::DecorationRole,
                              style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setData(Qt::ToolTipRole, e.message);
                if (firstField.isEmpty())
                    m_guardians->setCurrentItem(item);
            }
            byField[u"guardians"_s] << tr("Guardian %1: %2", "guardian row number: problem")
                                           .arg(row + 1)
                                           .arg(e.message);
            field = u"guardians"_s;
        } else if (m_fieldMessages.contains(field)) {
            byField[field] << e.message;
        } else {
            general << e.message;
            continue;
        }
        if (firstField.isEmpty() || formFields.indexOf(field) < formFields.indexOf(firstField))
            firstField = field;
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        m_fieldMessages.value(it.key())->showError(it.value().join(u'\n'));
    if (error.fields.isEmpty())
        general << error.message;
    if (!general.isEmpty())
        showMessage(general.join(u'\n'));
    if (!firstField.isEmpty()) {
        m_tabs->setCurrentIndex(tabOf(firstField));
        const QHash<QString, QWidget *> widgets{
            {u"studentNumber"_s, m_number}, {u"firstName"_s, m_firstName},
            {u"lastName"_s, m_lastName},    {u"email"_s, m_email},
            {u"phone"_s, m_phone},          {u"dateOfBirth"_s, m_birthDate},
            {u"batch"_s, m_batch},          {u"program"_s, m_program},
            {u"status"_s, m_status},        {u"guardians"_s, m_guardians},
            {u"photo"_s, m_choosePhoto},    {u"consent"_s, m_consentBox},
        };
        if (QWidget *widget = widgets.value(firstField))
            widget->setFocus(Qt::OtherFocusReason);
    }
}

void StudentDialog::clearErrors()
{
    m_message->hide();
    m_message->clear();
    for (FieldMessage *message : std::as_const(m_fieldMessages))
        message->clear();
    for (int row = 0; row < m_guardians->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem *item = m_guardians->item(row, column)) {
                item->setData(Qt::DecorationRole, QVariant());
                item->setData(Qt::ToolTipRole, QVariant());
            }
        }
    }
}

void StudentDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void StudentDialog::setBusy(bool busy)
{
    m_busy = std::max(0, m_busy + (busy ? 1 : -1));
    const bool idle = m_busy == 0;
    if (m_loaded || !busy)
        m_buttons->button(QDialogButtonBox::Save)
            ->setEnabled(idle && !m_conflictPanel->isVisible()
                         && (Permissions::allows(m_actor, Action::EditStudents)
                             || Permissions::allows(m_actor, Action::EnrolFaces)));
    m_archive->setEnabled(idle);
    if (m_enrol)
        showEnrolments();
}

} // namespace cd
