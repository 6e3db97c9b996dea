#include "ui/CategoriesDialog.h"

#include "ui/MarkEntry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

CategoriesDialog::CategoriesDialog(const Id &courseId, const QList<AssessmentCategory> &categories,
                                   QWidget *parent)
    : QDialog(parent), m_courseId(courseId)
{
    setObjectName(u"categoriesDialog"_s);
    setWindowTitle(tr("Assessment categories"));
    auto *intro = new QLabel(tr("Each category's total counts with its weight. Weights need not "
                                "add up to 100: a category with nothing marked yet is left out "
                                "and the others are scaled up."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"categoriesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Weight %")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const auto &c : categories) {
        addRow(c.name, c.weight);
        m_table->item(m_table->rowCount() - 1, 0)->setData(IdRole, c.id);
    }
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addCategoryButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeCategoryButton"_s);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    m_sum = new QLabel(this);
    m_sum->setObjectName(u"categoriesSumLabel"_s);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        double sum = 0;
        for (const auto &c : this->categories())
            sum += c.weight;
        m_sum->setText(tr("Sum of weights: %1 %").arg(MarkEntries::number(sum)));
    });
    emit m_table->itemChanged(nullptr);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(m_sum);
    m_error = new QLabel(this);
    m_error->setObjectName(u"categoriesErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CategoriesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(fontMetrics().horizontalAdvance(u'M') * 30, sizeHint().height());
}

void CategoriesDialog::addRow(const QString &name, double weight)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    auto *w = new QTableWidgetItem;
    w->setData(Qt::EditRole, weight);
    w->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 1, w);
}

QList<AssessmentCategory> CategoriesDialog::categories() const
{
    QList<AssessmentCategory> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *name = m_table->item(row, 0);
        const auto *weight = m_table->item(row, 1);
        AssessmentCategory c;
        c.courseId = m_courseId;
        c.id = name ? name->data(IdRole).toString() : Id();
        c.name = name ? name->text().trimmed() : QString();
        c.weight = weight ? weight->data(Qt::EditRole).toDouble() : 0;
        result.append(c);
    }
    return result;
}

void CategoriesDialog::accept()
{
    QStringList problems;
    QSet<QString> names;
    for (const auto &c : categories()) {
        const auto v = GradebookRules::validate(c);
        if (!v.ok())
            problems.append(v.summary());
        else if (names.contains(c.name.toCaseFolded()))
            problems.append(tr("The category %1 appears more than once.").arg(c.name));
        names.insert(c.name.toCaseFolded());
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(u'\n'));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd
