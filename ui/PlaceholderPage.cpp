#include "ui/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    auto *later = new QLabel(tr("This page arrives in a coming version of CampusDesk."), this);
    later->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(later);
    layout->addStretch();
    setAccessibleName(title);
}

} // namespace cd
