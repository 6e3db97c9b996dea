#include "ui/MarkReasonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

MarkReasonDialog::MarkReasonDialog(const QString &change, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"markReasonDialog"_s);
    setWindowTitle(tr("Change a published result"));
    auto *intro = new QLabel(tr("The results of this course are published. The change is kept "
                                "with your name and the reason, and shown in the audit log."),
                             this);
    intro->setWordWrap(true);
    auto *what = new QLabel(change, this);
    what->setObjectName(u"markReasonChange"_s);
    what->setTextFormat(Qt::PlainText);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"markReasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Required, e.g. \"Re-marked after appeal\""));
    m_reason->setMaxLength(500);
    m_reason->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 28);
    auto *form = new QFormLayout;
    form->addRow(tr("Change:"), what);
    form->addRow(tr("&Reason:"), m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QLineEdit::textChanged, this, updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_reason->setFocus();
    updateOk();
}

QString MarkReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace cd
