#include "ui/GradeScaleDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

GradeScaleDialog::GradeScaleDialog(const GradeScale &scale, QWidget *parent)
    : QDialog(parent), m_original(scale)
{
    setObjectName(u"gradeScaleDialog"_s);
    setWindowTitle(tr("Grade scale"));
    m_name = new QLineEdit(scale.name, this);
    m_name->setObjectName(u"gradeScaleNameEdit"_s);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"gradeScaleTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Grade"), tr("From %"), tr("Grade points"), tr("Passing")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    QList<GradeBand> bands = scale.bands;
    std::sort(bands.begin(), bands.end(),
              [](const auto &a, const auto &b) { return a.minPercent > b.minPercent; });
    for (const auto &band : std::as_const(bands))
        addRow(band);
    auto *add = new QPushButton(tr("&Add grade"), this);
    add->setObjectName(u"addGradeButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    });
    auto *remove = new QPushButton(tr("&Remove grade"), this);
    remove->setObjectName(u"removeGradeButton"_s);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    m_error = new QLabel(this);
    m_error->setObjectName(u"gradeScaleErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GradeScaleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A total gets the grade with the highest starting percentage "
                                "not above it (rounded to two decimals). Changes apply to every "
                                "course's results."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Tall enough to show a usual scale (nine grades) without scrolling.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 10 * m_table->verticalHeader()->defaultSectionSize());
    resize(fontMetrics().horizontalAdvance(u'M') * 34, sizeHint().height());
}

void GradeScaleDialog::addRow(const GradeBand &band)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(band.letter));
    for (int c = 1; c <= 2; ++c) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, c == 1 ? band.minPercent : band.gradePoints);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, c, item);
    }
    auto *passing = new QTableWidgetItem;
    passing->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    passing->setCheckState(band.passing ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, 3, passing);
}

GradeScale GradeScaleDialog::scale() const
{
    GradeScale scale = m_original;
    scale.name = m_name->text().trimmed();
    scale.bands.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        GradeBand band;
        band.letter = m_table->item(row, 0)->text().trimmed();
        band.minPercent = m_table->item(row, 1)->data(Qt::EditRole).toDouble();
        band.gradePoints = m_table->item(row, 2)->data(Qt::EditRole).toDouble();
        band.passing = m_table->item(row, 3)->checkState() == Qt::Checked;
        scale.bands.append(band);
    }
    return scale;
}

void GradeScaleDialog::accept()
{
    const auto v = GradebookRules::validate(scale());
    if (!v.ok()) {
        m_error->setText(v.summary());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd
