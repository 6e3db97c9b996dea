#pragma once

#include <QWidget>

namespace cd {

// A page that a coming version fills: its title and what it will let the user do, so the
// navigation already shows the whole shape of the application.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace cd
