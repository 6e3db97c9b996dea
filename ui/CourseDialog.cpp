#include "ui/CourseDialog.h"

#include "app/store/CourseRepository.h"
#include "app/store/StudentRepository.h"
#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int TeacherIdRole = Qt::UserRole;

QString creditsText(double credits)
{
    return QLocale().toString(credits, 'g', 4);
}

// What the dialog reads in the background before the user can choose.
struct Choices
{
    QList<User> teachers;
    QStringList programs;
};

} // namespace

CourseDialog::CourseDialog(const Database &db, const Actor &actor, const QList<Semester> &semesters,
                           const Id &semesterId, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    m_original.semesterId = semesterId;
    build(semesters);
}

CourseDialog::CourseDialog(const Database &db, const Actor &actor, const QList<Semester> &semesters,
                           const Course &course, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_original(course)
{
    build(semesters);
}

CourseDialog::~CourseDialog() = default;

void CourseDialog::build(const QList<Semester> &semesters)
{
    setObjectName(u"courseDialog"_s);
    setWindowTitle(isCreating() ? tr("New course") : tr("Edit the course %1").arg(m_original.code));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"courseMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    m_errors = std::make_unique<FieldErrors>(m_message);

    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_code = new QLineEdit(m_original.code, this);
    m_code->setObjectName(u"code"_s);
    m_code->setAccessibleName(tr("Course code"));
    m_code->setPlaceholderText(tr("for example, CS201-A"));
    m_code->setMaxLength(20);
    form->addRow(tr("&Code:"), m_code);
    m_errors->attach(form, u"code"_s, m_code);

    m_title = new QLineEdit(m_original.title, this);
    m_title->setObjectName(u"title"_s);
    m_title->setAccessibleName(tr("Course title"));
    m_title->setMaxLength(200);
    form->addRow(tr("&Title:"), m_title);
    m_errors->attach(form, u"title"_s, m_title);

    m_semester = new QComboBox(this);
    m_semester->setObjectName(u"semester"_s);
    m_semester->setAccessibleName(tr("Semester"));
    for (const Semester &s : semesters)
        m_semester->addItem(s.name, s.id);
    m_semester->setCurrentIndex(m_semester->findData(m_original.semesterId));
    form->addRow(tr("&Semester:"), m_semester);
    m_errors->attach(form, u"semesterId"_s, m_semester);

    m_credits = new QLineEdit(isCreating() ? QString() : creditsText(m_original.credits), this);
    m_credits->setObjectName(u"credits"_s);
    m_credits->setAccessibleName(tr("Credits"));
    m_credits->setPlaceholderText(tr("for example, 3 or 1.5"));
    m_credits->setMaxLength(6);
    form->addRow(tr("C&redits:"), m_credits);
    m_errors->attach(form, u"credits"_s, m_credits);

    m_program = new QComboBox(this);
    m_program->setObjectName(u"program"_s);
    m_program->setAccessibleName(tr("Program"));
    m_program->setEditable(true);
    m_program->setInsertPolicy(QComboBox::NoInsert);
    m_program->lineEdit()->setPlaceholderText(tr("Empty for a course open to every program"));
    m_program->setEditText(m_original.program);
    form->addRow(tr("&Program:"), m_program);
    m_errors->attach(form, u"program"_s, m_program);

    m_teachers = new QListWidget(this);
    m_teachers->setObjectName(u"teachers"_s);
    m_teachers->setAccessibleName(tr("Teachers"));
    m_teachers->setAccessibleDescription(tr("Check each teacher who teaches this course."));
    m_teachers->setMinimumHeight(m_teachers->fontMetrics().height() * 6);
    m_teachers->addItem(tr("Loading teachers…"));
    m_teachers->setEnabled(false);
    form->addRow(tr("T&eachers:"), m_teachers);
    m_errors->attach(form, u"teacherIds"_s, m_teachers);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(isCreating() ? tr("Create &course") : tr("Sa&ve"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CourseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CourseDialog::reject);
    layout->addWidget(m_buttons);

    const QList<QWidget *> order{m_code,    m_title,    m_semester, m_credits,
                                 m_program, m_teachers, m_buttons};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_code->setFocus();
    resize(sizeHint().expandedTo(QSize(fontMetrics().horizontalAdvance(u'M') * 36, 0)));
    loadChoices();
}

void CourseDialog::loadChoices()
{
    const Database *db = &m_db;
    runInBackground(
        this,
        [db]() -> Result<Choices> {
            auto teachers = UserRepository(*db).teachers();
            if (!teachers)
                return teachers.error();
            auto programs = StudentRepository(*db).programs();
            if (!programs)
                return programs.error();
            return Choices{*teachers, *programs};
        },
        [this](Result<Choices> choices) {
            if (!choices) {
                m_teachers->clear();
                m_errors->show(choices.error());
                return;
            }
            const QString program = m_program->currentText();
            m_program->addItems(choices->programs);
            m_program->setEditText(program);
            showTeachers(choices->teachers);
        });
}

void CourseDialog::showTeachers(const QList<User> &teachers)
{
    m_teachers->clear();
    QSet<Id> known;
    for (const User &teacher : teachers) {
        known.insert(teacher.id);
        auto *item = new QListWidgetItem(
            teacher.disabled
                ? tr("%1 (%2, account disabled)", "full name (user name, ...)")
                      .arg(teacher.fullName, teacher.username)
                : tr("%1 (%2)", "full name (user name)").arg(teacher.fullName, teacher.username),
            m_teachers);
        item->setData(TeacherIdRole, teacher.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // A course can still name an account that is no longer a teacher: keep it choosable.
    for (const Id &id : std::as_const(m_original.teacherIds)) {
        if (known.contains(id))
            continue;
        auto *item = new QListWidgetItem(tr("An account that is no longer a teacher"), m_teachers);
        item->setData(TeacherIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_teachers->setEnabled(true);
    if (m_teachers->count() == 0) {
        auto *none = new QListWidgetItem(
            tr("No teacher accounts yet. An administrator creates them on the Accounts page."),
            m_teachers);
        none->setFlags(Qt::NoItemFlags);
    }
    m_teachersLoaded = true;
    showTeacherSet(m_original.teacherIds);
    emit teachersArrived();
}

void CourseDialog::showTeacherSet(const QList<Id> &ids)
{
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    for (int i = 0; i < m_teachers->count(); ++i) {
        QListWidgetItem *item = m_teachers->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(wanted.contains(item->data(TeacherIdRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
    }
}

QList<Id> CourseDialog::checkedTeachers() const
{
    if (!m_teachersLoaded)
        return m_original.teacherIds;
    QList<Id> ids;
    for (int i = 0; i < m_teachers->count(); ++i) {
        const QListWidgetItem *item = m_teachers->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ids.append(item->data(TeacherIdRole).toString());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CourseDialog::setTeacherChecked(const Id &teacherId, bool checked)
{
    for (int i = 0; i < m_teachers->count(); ++i) {
        QListWidgetItem *item = m_teachers->item(i);
        if (item->data(TeacherIdRole).toString() == teacherId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

Course CourseDialog::edited(ValidationResult *problems) const
{
    Course course = m_original;
    course.code = m_code->text().trimmed();
    course.title = m_title->text().trimmed();
    course.semesterId = m_semester->currentData().toString();
    course.program = m_program->currentText().trimmed();
    course.teacherIds = checkedTeachers();
    const QString credits = m_credits->text().trimmed();
    bool ok = false;
    double value = QLocale().toDouble(credits, &ok);
    if (!ok)
        value = QLocale::c().toDouble(credits, &ok);
    course.credits = ok ? value : 0;
    *problems = CourseRules::validate(course);
    if (credits.isEmpty() || !ok) {
        // Rules check the number; only the form knows there was none.
        ValidationResult own;
        own.add(u"credits"_s,
                credits.isEmpty() ? tr("Enter the credits; 0 for a course without credits.")
                                  : tr("Enter the credits as a number, such as 3 or 1.5."));
        for (const FieldError &e : problems->errors()) {
            if (e.field != u"credits"_s)
                own.add(e.field, e.message);
        }
        *problems = own;
    }
    return course;
}

void CourseDialog::accept()
{
    if (m_saving)
        return;
    m_errors->clear();
    ValidationResult problems;
    const Course course = edited(&problems);
    if (!problems.ok()) {
        showErrors(Error::invalid(problems));
        return;
    }
    setSaving(true);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    if (isCreating()) {
        runInBackground(
            this, [db, course, actor] { return CourseRepository(*db).createCourse(course, actor); },
            [this](Result<Course> result) { saveFinished(result); });
    } else {
        runInBackground(
            this,
            [db, original = m_original, course, actor] {
                return CourseRepository(*db).updateCourse(original, course, actor);
            },
            [this](Result<Course> result) { saveFinished(result); });
    }
}

void CourseDialog::reject()
{
    if (!m_saving) // once the store has the course, closing would hide how it went
        QDialog::reject();
}

void CourseDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
}

void CourseDialog::saveFinished(const Result<Course> &result)
{
    if (result) {
        setSaving(false);
        m_saved = *result;
        emit saved(m_saved, isCreating());
        QDialog::accept();
        return;
    }
    if (result.error().code == Error::Code::Conflict && !isCreating()) {
        const Database *db = &m_db;
        runInBackground(
            this,
            [db, id = m_original.id, actor = m_actor] {
                return CourseRepository(*db).findCourse(id, actor);
            },
            [this](Result<Course> fresh) { conflictReloaded(fresh); });
        return;
    }
    setSaving(false);
    showErrors(result.error());
}

void CourseDialog::conflictReloaded(const Result<Course> &fresh)
{
    setSaving(false);
    if (!fresh) {
        showErrors(fresh.error());
        return;
    }
    // Take the other person's values wherever the user left the field as it was loaded; keep
    // what the user typed everywhere else.
    const Course &now = *fresh;
    if (m_code->text().trimmed() == m_original.code)
        m_code->setText(now.code);
    if (m_title->text().trimmed() == m_original.title)
        m_title->setText(now.title);
    if (m_semester->currentData().toString() == m_original.semesterId)
        m_semester->setCurrentIndex(m_semester->findData(now.semesterId));
    if (m_credits->text().trimmed() == creditsText(m_original.credits))
        m_credits->setText(creditsText(now.credits));
    if (m_program->currentText().trimmed() == m_original.program)
        m_program->setEditText(now.program);
    if (checkedTeachers() == m_original.teacherIds)
        showTeacherSet(now.teacherIds);
    m_original = now;
    m_message->setText(tr("Someone else changed this course while you were editing it. Their "
                          "changes are shown now, except where you typed something else. Check "
                          "the course and save again."));
    m_message->show();
    emit conflicted(m_original.id);
}

void CourseDialog::showErrors(const Error &error)
{
    m_errors->show(error);
    // Focus the first field with a problem, in form order.
    const QList<QPair<QString, QWidget *>> order{
        {u"code"_s, m_code},       {u"title"_s, m_title},     {u"semesterId"_s, m_semester},
        {u"credits"_s, m_credits}, {u"program"_s, m_program}, {u"teacherIds"_s, m_teachers},
    };
    for (const auto &[name, widget] : order) {
        const bool has = std::any_of(error.fields.cbegin(), error.fields.cend(),
                                     [&](const FieldError &e) { return e.field == name; });
        if (has) {
            widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

} // namespace cd
