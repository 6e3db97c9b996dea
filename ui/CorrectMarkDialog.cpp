#include "ui/CorrectMarkDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

CorrectMarkDialog::CorrectMarkDialog(const QString &studentName,
                                     std::optional<AttendanceStatus> current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"correctMarkDialog"_s);
    setWindowTitle(tr("Correct mark"));

    auto *intro = new QLabel(
        tr("This session is finished. The correction is kept next to the original mark, with "
           "your name and the reason."),
        this);
    intro->setWordWrap(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"correctStatusBox"_s);
    m_status->setAccessibleName(tr("New status"));
    for (AttendanceStatus s : {AttendanceStatus::Present, AttendanceStatus::Late,
                               AttendanceStatus::Absent, AttendanceStatus::Excused})
        m_status->addItem(AttendanceRules::statusName(s), int(s));
    if (current)
        setStatus(*current);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"correctReasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Required, e.g. \"Doctor's note received\""));
    m_reason->setMaxLength(500);
    m_reason->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 28);

    auto *form = new QFormLayout;
    auto *student = new QLabel(studentName, this);
    student->setObjectName(u"correctStudentLabel"_s);
    student->setTextFormat(Qt::PlainText);
    form->addRow(tr("Student:"), student);
    form->addRow(tr("&New status:"), m_status);
    form->addRow(tr("&Reason:"), m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save correction"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CorrectMarkDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_reason->setFocus();
    updateOk();
}

AttendanceStatus CorrectMarkDialog::status() const
{
    return AttendanceStatus(m_status->currentData().toInt());
}

void CorrectMarkDialog::setStatus(AttendanceStatus status)
{
    m_status->setCurrentIndex(m_status->findData(int(status)));
}

QString CorrectMarkDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CorrectMarkDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace cd
