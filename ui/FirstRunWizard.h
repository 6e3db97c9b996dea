#pragma once

#include "app/core/User.h"

#include <QWizard>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace cd {

class FieldErrors;

// The first thing a new computer shows: keep the school on this computer (a new database and
// its first administrator), connect to a school server (arrives later; explained, disabled), or
// explore the demo school. The database work runs off the GUI thread.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChoicePage, LocalSchoolPage, DemoSchoolPage };

    // `localPath` is where "This computer only" creates its database; `demoPath` the demo's.
    FirstRunWizard(const QString &localPath, const QString &demoPath, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // After acceptance: the database to open, and the administrator just created (who need not
    // sign in again) for a new school.
    QString databasePath() const { return m_databasePath; }
    const std::optional<User> &createdAdministrator() const { return m_admin; }

private:
    friend class LocalSchoolWizardPage;
    friend class DemoSchoolWizardPage;
    QString m_localPath;
    QString m_demoPath;
    QString m_databasePath;
    std::optional<User> m_admin;
};

} // namespace cd
