#include "ui/FirstRunWizard.h"

#include "app/store/Database.h"
#include "app/store/DemoSchool.h"
#include "app/store/SchoolSettings.h"
#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/PasswordFields.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 8);
    return label;
}

} // namespace

class ChoiceWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ChoiceWizardPage(QWidget *parent) : QWizardPage(parent)
    {
        setObjectName(u"choicePage"_s);
        setTitle(tr("Welcome to CampusDesk"));
        setSubTitle(tr("Where should this computer keep the school's records?"));
        m_local = new QRadioButton(tr("&This computer only"), this);
        m_local->setObjectName(u"choiceLocal"_s);
        m_local->setChecked(true);
        m_server = new QRadioButton(tr("&Connect to a school server"), this);
        m_server->setObjectName(u"choiceServer"_s);
        m_server->setEnabled(false);
        m_demo = new QRadioButton(tr("&Explore a demo school"), this);
        m_demo->setObjectName(u"choiceDemo"_s);
        auto *serverUrl = new QLineEdit(this);
        serverUrl->setObjectName(u"wizardServerUrl"_s);
        serverUrl->setPlaceholderText(u"https://campusdesk.example.org"_s);
        serverUrl->setAccessibleName(tr("School server address"));
        serverUrl->setEnabled(false);
        serverUrl->setContentsMargins(24, 0, 0, 0);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_local);
        layout->addWidget(explanation(
            tr("A new school database on this computer. You become its first administrator and "
               "can add accounts for colleagues and students."),
            this));
        layout->addWidget(m_server);
        layout->addWidget(serverUrl);
        layout->addWidget(explanation(
            tr("Connecting to a school server arrives with a coming version of CampusDesk. Until "
               "then, choose This computer only: the records can move to a server later."),
            this));
        layout->addWidget(m_demo);
        layout->addWidget(explanation(
            tr("A made-up college with 2,000 students and an account for every role, to try "
               "CampusDesk without touching real records."),
            this));
        layout->addStretch();
    }

    int nextId() const override
    {
        return m_demo->isChecked() ? FirstRunWizard::DemoSchoolPage
                                   : FirstRunWizard::LocalSchoolPage;
    }

private:
    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
    QRadioButton *m_demo = nullptr;
};

class LocalSchoolWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LocalSchoolWizardPage(FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(u"localSchoolPage"_s);
        setTitle(tr("A school on this computer"));
        setSubTitle(tr("Name the school and create the first administrator account."));
        const auto field = [this](const QString &name, const QString &accessible) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(name);
            edit->setAccessibleName(accessible);
            connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
            return edit;
        };
        m_school = field(u"schoolName"_s, tr("School name"));
        m_fullName = field(u"fullName"_s, tr("Your full name"));
        m_username = field(u"username"_s, tr("User name"));
        m_passwords = new PasswordFields(this);
        connect(m_passwords->passwordEdit(), &QLineEdit::textChanged, this,
                &QWizardPage::completeChanged);
        connect(m_passwords->confirmEdit(), &QLineEdit::textChanged, this,
                &QWizardPage::completeChanged);

        auto *form = new QFormLayout;
        form->addRow(tr("School &name:"), m_school);
        form->addRow(tr("Your &full name:"), m_fullName);
        form->addRow(tr("&User name:"), m_username);
        m_passwords->addRows(form, tr("&Password:"), tr("&Confirm password:"));
        m_general = new QLabel(this);
        m_general->hide();
        m_errors = std::make_unique<FieldErrors>(m_general);
        m_errors->attach(form, u"name"_s, m_school);
        m_errors->attach(form, u"fullName"_s, m_fullName);
        m_errors->attach(form, u"username"_s, m_username);

        m_where = new QLabel(this);
        m_where->setWordWrap(true);
        m_where->setEnabled(false);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_general);
        layout->addWidget(m_where);
        layout->addStretch();
        setFinalPage(true);
    }

    void initializePage() override
    {
        m_where->setText(tr("The database will be kept at %1.")
                             .arg(QDir::toNativeSeparators(m_wizard->m_localPath)));
    }

    int nextId() const override { return -1; }

    bool isComplete() const override
    {
        return !m_busy && !m_school->text().trimmed().isEmpty()
            && !m_fullName->text().trimmed().isEmpty() && !m_username->text().trimmed().isEmpty()
            && !m_passwords->passwordEdit()->text().isEmpty()
            && !m_passwords->confirmEdit()->text().isEmpty();
    }

    // Creating the school takes a moment (a new file, an argon2id hash): it runs in the
    // background and the wizard finishes when it is done.
    bool validatePage() override
    {
        if (m_wizard->m_admin)
            return true;
        m_errors->clear();
        m_passwords->clearErrors();
        if (const ValidationResult problems = m_passwords->check(); !problems.ok()) {
            m_passwords->showErrors(problems.errors());
            return false;
        }

        User admin;
        admin.username = m_username->text().trimmed().toLower();
        admin.fullName = m_fullName->text().trimmed();
        const QString password = m_passwords->password();
        const QString schoolName = m_school->text().trimmed();
        const QString path = m_wizard->m_localPath;
        setBusy(true);
        runInBackground(
            this,
            [path, admin, password, schoolName]() -> Result<User> {
                auto db = Database::open(path);
                if (!db)
                    return db.error();
                auto created = UserRepository(**db).createFirstAdministrator(admin, password);
                if (!created)
                    return created.error();
                SchoolSettings school = SchoolSettings::load(**db);
                school.name = schoolName;
                school.demo = false;
                if (auto saved
                    = school.save(**db, Actor{created->id, created->fullName, created->role});
                    !saved)
                    return saved.error();
                return created;
            },
            [this](Result<User> result) {
                setBusy(false);
                if (!result) {
                    Error rest = result.error();
                    rest.fields = m_passwords->showErrors(rest.fields);
                    if (!rest.fields.isEmpty() || result.error().fields.isEmpty())
                        m_errors->show(rest);
                    return;
                }
                m_wizard->m_admin = *result;
                m_wizard->m_databasePath = m_wizard->m_localPath;
                m_wizard->accept();
            });
        return false;
    }

private:
    void setBusy(bool busy)
    {
        m_busy = busy;
        for (QLineEdit *edit : {m_school, m_fullName, m_username, m_passwords->passwordEdit(),
                                m_passwords->confirmEdit()})
            edit->setEnabled(!busy);
        m_where->setText(busy ? tr("Creating the school…")
                              : tr("The database will be kept at %1.")
                                    .arg(QDir::toNativeSeparators(m_wizard->m_localPath)));
        emit completeChanged();
    }

    FirstRunWizard *m_wizard;
    QLineEdit *m_school = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_username = nullptr;
    PasswordFields *m_passwords = nullptr;
    QLabel *m_general = nullptr;
    QLabel *m_where = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    bool m_busy = false;
};

class DemoSchoolWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DemoSchoolWizardPage(FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setObjectName(u"demoSchoolPage"_s);
        setTitle(tr("The demo school"));
        setSubTitle(tr("Hillside College: made-up students, teachers, courses, marks and fees."));
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(u"demoProgress"_s);
        m_progress->setAccessibleName(tr("Preparing the demo school"));
        m_status = new QLabel(this);
        m_status->setObjectName(u"demoStatus"_s);
        m_status->setWordWrap(true);
        auto *accounts = new QLabel(this);
        accounts->setWordWrap(true);
        QString text = tr("Sign in with one of these demo accounts:");
        for (const DemoAccount &account : DemoSchool::accounts())
            text += u"\n"_s
                + tr("%1: user name %2, password %3")
                      .arg(RoleNames::displayName(account.role), account.username,
                           account.password);
        accounts->setText(text);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_status);
        layout->addWidget(accounts);
        layout->addStretch();
        setFinalPage(true);
    }

    int nextId() const override { return -1; }
    bool isComplete() const override { return m_ready; }

    void initializePage() override
    {
        if (m_ready || m_started)
            return;
        const QString path = m_wizard->m_demoPath;
        if (QFileInfo::exists(path)) {
            finished({});
            return;
        }
        m_started = true;
        m_status->setText(tr("Preparing the demo school. This takes a few seconds."));
        QPointer<QProgressBar> progress = m_progress;
        runInBackground(
            this,
            [path, progress]() -> Result<void> {
                DemoSchoolOptions options;
                auto made = DemoSchool::createFile(path, options, false, [progress](int percent) {
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [progress, percent] {
                            if (progress)
                                progress->setValue(percent);
                        },
                        Qt::QueuedConnection);
                });
                if (!made)
                    return made.error();
                return {};
            },
            [this](Result<void> result) { finished(result); });
    }

private:
    void finished(const Result<void> &result)
    {
        m_started = false;
        if (!result) {
            m_status->setText(result.error().message);
            return;
        }
        m_progress->setValue(100);
        m_status->setText(tr("The demo school is ready."));
        m_wizard->m_databasePath = m_wizard->m_demoPath;
        m_ready = true;
        emit completeChanged();
    }

    FirstRunWizard *m_wizard;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    bool m_started = false;
    bool m_ready = false;
};

FirstRunWizard::FirstRunWizard(const QString &localPath, const QString &demoPath, QWidget *parent)
    : QWizard(parent), m_localPath(localPath), m_demoPath(demoPath)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Set up CampusDesk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(ChoicePage, new ChoiceWizardPage(this));
    setPage(LocalSchoolPage, new LocalSchoolWizardPage(this));
    setPage(DemoSchoolPage, new DemoSchoolWizardPage(this));
    setStartId(ChoicePage);
    resize(640, 520);
}

FirstRunWizard::~FirstRunWizard() = default;

} // namespace cd

#include "FirstRunWizard.moc"
