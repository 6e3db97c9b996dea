#include "ui/SettingsDialog.h"

#include "app/core/ClientSettings.h"
#include "app/core/Permissions.h"
#include "app/store/Database.h"
#include "app/store/SchoolSettings.h"
#include "ui/Background.h"
#include "ui/FieldErrors.h"
#include "ui/RecognitionSettingsTab.h"
#include "ui/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(ClientSettings &settings, const Database &db, const Actor &actor,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_db(db), m_actor(actor)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_general = new QLabel(this);
    m_general->hide();
    m_errors = std::make_unique<FieldErrors>(m_general);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"settingsTabs"_s);
    tabs->addTab(createGeneralTab(), tr("&General"));
    tabs->addTab(createDatabaseTab(), tr("&Database"));
    m_recognition = new RecognitionSettingsTab(m_settings, nullptr, this);
    tabs->addTab(m_recognition, tr("Face &recognition"));
    if (Permissions::allows(actor, Action::EditSchoolSettings)) {
        QWidget *school = createSchoolTab();
        tabs->addTab(school, tr("S&chool"));
        connect(m_recognition, &RecognitionSettingsTab::schoolTabRequested, this,
                [tabs, school, this] {
                    tabs->setCurrentWidget(school);
                    m_lateAfter->setFocus();
                });
    }
    m_recognition->setSchoolTabShown(m_schoolName != nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    // The height for this width: sizeHint() assumes narrower, taller wrapped notes.
    constexpr int width = 560;
    resize(width,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createGeneralTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);

    m_language = new QComboBox(tab);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    form->addRow(tr("&Language:"), m_language);

    m_server = new QLineEdit(m_settings.serverUrl(), tab);
    m_server->setObjectName(u"serverUrl"_s);
    m_server->setAccessibleName(tr("School server address"));
    m_server->setPlaceholderText(u"https://campusdesk.example.org"_s);
    form->addRow(tr("School &server:"), m_server);
    m_errors->attach(form, u"serverUrl"_s, m_server);
    auto *serverNote = new QLabel(tr("Connecting to a school server arrives with a coming "
                                     "version. The address is kept until then."),
                                  tab);
    serverNote->setWordWrap(true);
    serverNote->setEnabled(false);
    form->addRow(QString(), serverNote);

    return tab;
}

QWidget *SettingsDialog::createDatabaseTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *where = new QLabel(tr("The school database is at:"), tab);
    auto *path = new QLineEdit(QDir::toNativeSeparators(m_db.path()), tab);
    path->setObjectName(u"databasePath"_s);
    path->setReadOnly(true);
    path->setAccessibleName(tr("Database location"));
    where->setBuddy(path);

    auto *move = new QPushButton(tr("&Move to another place…"), tab);
    move->setObjectName(u"moveDatabase"_s);
    move->setToolTip(tr("Copies the whole database to a new file, checks the copy and uses it "
                        "from then on. The old file is kept."));
    connect(move, &QPushButton::clicked, this, [this] {
        const QString target = QFileDialog::getSaveFileName(
            this, tr("Move the school database to"),
            QDir::home().filePath(u"campusdesk-school.sqlite"_s),
            tr("CampusDesk databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!target.isEmpty())
            emit moveDatabaseRequested(target);
    });
    auto *open = new QPushButton(tr("&Open another school database…"), tab);
    open->setObjectName(u"openDatabase"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Open a school database"), QFileInfo(m_db.path()).absolutePath(),
            tr("CampusDesk databases (*.sqlite);;All files (*)"));
        if (!file.isEmpty())
            emit openDatabaseRequested(file);
    });
    auto *note = new QLabel(tr("Moving never deletes anything: the old file stays where it was "
                               "until you remove it yourself."),
                            tab);
    note->setWordWrap(true);
    layout->addWidget(where);
    layout->addWidget(path);
    layout->addWidget(move);
    layout->addWidget(open);
    layout->addWidget(note);
    layout->addStretch();
    return tab;
}

QWidget *SettingsDialog::createSchoolTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    const SchoolSettings school = SchoolSettings::load(m_db);
    m_schoolName = new QLineEdit(school.name, tab);
    m_schoolName->setObjectName(u"schoolName"_s);
    m_schoolName->setAccessibleName(tr("School name"));
    form->addRow(tr("School &name:"), m_schoolName);
    m_errors->attach(form, u"name"_s, m_schoolName);
    m_minimum = new QDoubleSpinBox(tab);
    m_minimum->setObjectName(u"attendanceMinimum"_s);
    m_minimum->setAccessibleName(tr("Minimum attendance"));
    m_minimum->setRange(0, 100);
    m_minimum->setDecimals(1);
    m_minimum->setSuffix(tr(" %"));
    m_minimum->setValue(school.attendanceMinimumPercent);
    form->addRow(tr("Minimum &attendance:"), m_minimum);
    m_lateAfter = new QSpinBox(tab);
    m_lateAfter->setObjectName(u"lateAfterMinutes"_s);
    m_lateAfter->setAccessibleName(tr("Late after, in minutes"));
    m_lateAfter->setRange(0, 720); // as SchoolSettings accepts
    m_lateAfter->setSuffix(tr(" min"));
    m_lateAfter->setValue(school.lateAfterMinutesDefault);
    m_lateAfter->setToolTip(tr("New attendance sessions count a student as late when they "
                               "arrive this many minutes after the start."));
    form->addRow(tr("&Late after:"), m_lateAfter);
    return tab;
}

QString SettingsDialog::messageFor(const QString &field) const
{
    return m_errors->messageFor(field);
}

void SettingsDialog::submit()
{
    ValidationResult problems;
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty()) {
        const QUrl url(server, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            problems.add(u"serverUrl"_s,
                         tr("Enter the server's address, for example "
                            "https://campusdesk.example.org."));
    }
    if (m_schoolName && m_schoolName->text().trimmed().isEmpty())
        problems.add(u"name"_s, tr("Enter the school's name."));
    m_errors->show(problems);
    if (!problems.ok())
        return;

    m_settings.setServerUrl(server);
    m_recognition->save();
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.sync();

    const auto finish = [this, languageChanged, language] {
        emit saved();
        accept();
        if (languageChanged)
            emit this->languageChanged(language);
    };
    if (!m_schoolName) {
        finish();
        return;
    }
    SchoolSettings school = SchoolSettings::load(m_db);
    school.name = m_schoolName->text().trimmed();
    school.attendanceMinimumPercent = m_minimum->value();
    school.lateAfterMinutesDefault = m_lateAfter->value();
    const Database *db = &m_db;
    const Actor actor = m_actor;
    runInBackground(
        this, [db, school, actor] { return school.save(*db, actor); },
        [this, finish](Result<void> result) {
            if (!result) {
                m_errors->show(result.error());
                return;
            }
            finish();
        });
}

} // namespace cd
