#include "ui/SemesterDialog.h"

#include "app/store/CourseRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

SemesterDialog::SemesterDialog(const Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setObjectName(u"semesterDialog"_s);
    setWindowTitle(tr("New semester"));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"semesterMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    m_errors = std::make_unique<FieldErrors>(m_message);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"semesterName"_s);
    m_name->setAccessibleName(tr("Semester name"));
    m_name->setPlaceholderText(tr("for example, Autumn 2026"));
    m_name->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);
    m_errors->attach(form, u"name"_s, m_name);

    // A new semester most often starts about now and runs for some four months.
    const QDate today = QDate::currentDate();
    m_startsOn = new QDateEdit(today, this);
    m_startsOn->setObjectName(u"semesterStartsOn"_s);
    m_startsOn->setAccessibleName(tr("First day"));
    m_startsOn->setCalendarPopup(true);
    form->addRow(tr("&First day:"), m_startsOn);
    m_errors->attach(form, u"startsOn"_s, m_startsOn);

    m_endsOn = new QDateEdit(today.addMonths(4), this);
    m_endsOn->setObjectName(u"semesterEndsOn"_s);
    m_endsOn->setAccessibleName(tr("Last day"));
    m_endsOn->setCalendarPopup(true);
    form->addRow(tr("&Last day:"), m_endsOn);
    m_errors->attach(form, u"endsOn"_s, m_endsOn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create &semester"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SemesterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SemesterDialog::reject);
    layout->addWidget(m_buttons);
    setTabOrder(m_name, m_startsOn);
    setTabOrder(m_startsOn, m_endsOn);
    setTabOrder(m_endsOn, m_buttons);
    m_name->setFocus();
}

SemesterDialog::~SemesterDialog() = default;

Semester SemesterDialog::edited() const
{
    Semester semester;
    semester.name = m_name->text().trimmed();
    semester.startsOn = m_startsOn->date();
    semester.endsOn = m_endsOn->date();
    return semester;
}

void SemesterDialog::accept()
{
    if (m_saving)
        return;
    m_errors->clear();
    const Semester semester = edited();
    if (const auto problems = CourseRules::validate(semester); !problems.ok()) {
        m_errors->show(problems);
        (problems.has(u"name"_s) ? static_cast<QWidget *>(m_name) : m_endsOn)->setFocus();
        return;
    }
    setSaving(true);
    const Database *db = &m_db;
    runInBackground(
        this,
        [db, semester, actor = m_actor] {
            return CourseRepository(*db).createSemester(semester, actor);
        },
        [this](Result<Semester> result) { saveFinished(result); });
}

void SemesterDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void SemesterDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
}

void SemesterDialog::saveFinished(const Result<Semester> &result)
{
    setSaving(false);
    if (!result) {
        m_errors->show(result.error());
        return;
    }
    emit saved(*result);
    QDialog::accept();
}

} // namespace cd
