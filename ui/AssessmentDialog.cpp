#include "ui/AssessmentDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

AssessmentDialog::AssessmentDialog(const Id &courseId, const QStringList &categories,
                                   const std::optional<Assessment> &existing, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"assessmentDialog"_s);
    setWindowTitle(existing ? tr("Edit assessment") : tr("Add assessment"));
    m_original = existing.value_or(Assessment());
    m_original.courseId = courseId;

    m_title = new QLineEdit(m_original.title, this);
    m_title->setObjectName(u"assessmentTitleEdit"_s);
    m_title->setMaxLength(200);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"assessmentCategoryBox"_s);
    // Free text only while the course has no categories; otherwise one of them.
    m_category->setEditable(categories.isEmpty());
    m_category->addItems(categories.isEmpty() ? QStringList{tr("Coursework"), tr("Exam")}
                                              : categories);
    if (!m_original.category.isEmpty()) {
        const int at = m_category->findText(m_original.category, Qt::MatchFixedString);
        if (at >= 0)
            m_category->setCurrentIndex(at);
        else if (m_category->isEditable())
            m_category->setEditText(m_original.category);
    }
    m_weight = new QDoubleSpinBox(this);
    m_weight->setObjectName(u"assessmentWeightBox"_s);
    m_weight->setRange(0, 100);
    m_weight->setDecimals(2);
    m_weight->setSuffix(tr(" %"));
    m_weight->setValue(existing ? m_original.weight : 10);
    m_weight->setToolTip(tr("Its share within its category (or of the course, without "
                            "categories). Weights need not add up to 100."));
    m_max = new QDoubleSpinBox(this);
    m_max->setObjectName(u"assessmentMaxBox"_s);
    m_max->setRange(0.5, 10000);
    m_max->setDecimals(1);
    m_max->setValue(existing ? m_original.maxScore : 100);
    m_date = new QDateEdit(existing ? m_original.heldOn : QDate::currentDate(), this);
    m_date->setObjectName(u"assessmentDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"assessmentErrorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("&Maximum score:"), m_max);
    form->addRow(tr("&Date:"), m_date);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        QPushButton *remove
            = m_buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(u"removeAssessmentButton"_s);
        remove->setToolTip(tr("Removes an assessment that has no marks yet."));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_remove = true;
            QDialog::accept();
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_title->setFocus();
}

Assessment AssessmentDialog::assessment() const
{
    Assessment a = m_original;
    a.title = m_title->text().trimmed();
    a.category = m_category->currentText().trimmed();
    a.weight = m_weight->value();
    a.maxScore = m_max->value();
    a.heldOn = m_date->date();
    return a;
}

void AssessmentDialog::accept()
{
    const auto v = GradebookRules::validate(assessment());
    if (!v.ok()) {
        m_error->setText(v.summary());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd
