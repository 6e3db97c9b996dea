#include "ui/AccountDialog.h"

#include "app/store/UserRepository.h"
#include "ui/Background.h"
#include "ui/PasswordResetDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int StudentIdRole = Qt::UserRole;
constexpr int StudentNumberRole = Qt::UserRole + 1;
constexpr int StudentNameRole = Qt::UserRole + 2;

QString nameOf(const StudentListItem &item)
{
    Student student;
    student.firstName = item.firstName;
    student.lastName = item.lastName;
    return student.fullName();
}

bool isEnter(QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

AccountDialog::AccountDialog(const Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    build(AccountEntry{});
}

AccountDialog::AccountDialog(const Database &db, const Actor &actor, const AccountEntry &entry,
                             QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_original(entry.user)
{
    build(entry);
}

void AccountDialog::build(const AccountEntry &entry)
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(isCreating() ? tr("New account")
                                : tr("Edit the account %1").arg(m_original.username));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"accountMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    // Each input gets a label whose mnemonic moves to it and a message line under it.
    auto addRow
        = [this, form](const QString &label, QWidget *input, QWidget *focus, const QString &name) {
              auto *message = new FieldMessage(focus, name + u"Error"_s, this);
              m_fieldMessages.insert(name, message);
              auto *text = new QLabel(label, this);
              if (input == focus) {
                  form->addRow(text, message->row(this));
              } else {
                  // A composite input: its message goes under it, focus goes to `focus`.
                  input->layout()->addWidget(message);
                  form->addRow(text, input);
              }
              text->setBuddy(focus);
          };

    if (isCreating()) {
        m_username = new QLineEdit(this);
        m_username->setObjectName(u"username"_s);
        m_username->setAccessibleName(tr("User name"));
        m_username->setPlaceholderText(tr("for example, jsmith"));
        m_username->setMaxLength(32);
        addRow(tr("&User name:"), m_username, m_username, u"username"_s);
    } else {
        auto *username = new QLabel(m_original.username, this);
        username->setObjectName(u"usernameLabel"_s);
        username->setTextFormat(Qt::PlainText);
        username->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        username->setAccessibleName(tr("User name"));
        form->addRow(tr("User name:"), username);
    }

    m_fullName = new QLineEdit(m_original.fullName, this);
    m_fullName->setObjectName(u"fullName"_s);
    m_fullName->setAccessibleName(tr("Full name"));
    addRow(tr("&Full name:"), m_fullName, m_fullName, u"fullName"_s);

    m_email = new QLineEdit(m_original.email, this);
    m_email->setObjectName(u"email"_s);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("Optional"));
    addRow(tr("&Email:"), m_email, m_email, u"email"_s);

    m_role = new QComboBox(this);
    m_role->setObjectName(u"role"_s);
    m_role->setAccessibleName(tr("Role"));
    for (const Role role : allValues<Role>())
        m_role->addItem(RoleNames::displayName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(isCreating() ? Role::Teacher : m_original.role)));
    addRow(tr("&Role:"), m_role, m_role, u"role"_s);

    // The student record: search by number or name, pick from the matches.
    m_studentBox = new QWidget(this);
    m_studentBox->setObjectName(u"studentBox"_s);
    auto *studentLayout = new QVBoxLayout(m_studentBox);
    studentLayout->setContentsMargins(0, 0, 0, 0);
    studentLayout->setSpacing(2);
    auto *searchRow = new QHBoxLayout;
    m_studentSearch = new QLineEdit(m_studentBox);
    m_studentSearch->setObjectName(u"studentSearch"_s);
    m_studentSearch->setAccessibleName(tr("Find a student record"));
    m_studentSearch->setPlaceholderText(tr("Student number or name"));
    m_studentSearch->setClearButtonEnabled(true);
    m_studentSearch->installEventFilter(this);
    m_findStudent = new QPushButton(tr("Fin&d"), m_studentBox);
    m_findStudent->setObjectName(u"findStudent"_s);
    m_findStudent->setAccessibleName(tr("Find student records"));
    m_findStudent->setAutoDefault(false);
    searchRow->addWidget(m_studentSearch);
    searchRow->addWidget(m_findStudent);
    studentLayout->addLayout(searchRow);
    m_studentResults = new QListWidget(m_studentBox);
    m_studentResults->setObjectName(u"studentResults"_s);
    m_studentResults->setAccessibleName(tr("Matching student records"));
    m_studentResults->setMaximumHeight(m_studentResults->fontMetrics().height() * 6);
    m_studentResults->installEventFilter(this);
    studentLayout->addWidget(m_studentResults);
    m_linkedStudent = new QLabel(m_studentBox);
    m_linkedStudent->setObjectName(u"linkedStudent"_s);
    m_linkedStudent->setTextFormat(Qt::PlainText);
    m_linkedStudent->setWordWrap(true);
    studentLayout->addWidget(m_linkedStudent);
    m_studentBox->setFocusProxy(m_studentSearch);
    addRow(tr("&Student record:"), m_studentBox, m_studentSearch, u"studentId"_s);
    if (entry.studentMissing)
        m_linkedStudent->setText(tr("The linked student record no longer exists."));
    else
        linkStudent(m_original.studentId, entry.studentNumber, entry.studentName);
    m_studentId = m_original.studentId;

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_studentSearch, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AccountDialog::searchStudents);
    connect(m_findStudent, &QPushButton::clicked, this, &AccountDialog::searchStudents);
    connect(m_studentResults, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) {
                if (current)
                    linkStudent(current->data(StudentIdRole).toString(),
                                current->data(StudentNumberRole).toString(),
                                current->data(StudentNameRole).toString());
            });

    if (isCreating()) {
        m_passwords = new PasswordFields(this);
        m_passwords->addRows(form, tr("&Password:"), tr("&Confirm password:"));
        m_mustChange = new QCheckBox(tr("As&k for a new password at the first sign-in"), this);
        m_mustChange->setObjectName(u"mustChangePassword"_s);
        m_mustChange->setAccessibleName(tr("Ask for a new password at the first sign-in"));
        m_mustChange->setChecked(true); // the administrator knows this one
        form->addRow(m_mustChange);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(isCreating() ? tr("Create &account") : tr("Sa&ve"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    layout->addWidget(m_buttons);

    // Tab order follows the form, top to bottom.
    QList<QWidget *> order;
    if (m_username)
        order << m_username;
    order << m_fullName << m_email << m_role << m_studentSearch << m_findStudent
          << m_studentResults;
    if (m_passwords)
        order << m_passwords->passwordEdit() << m_passwords->confirmEdit() << m_mustChange;
    order << m_buttons;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::roleChanged);
    roleChanged();
    (m_username ? m_username : m_fullName)->setFocus();
}

Role AccountDialog::selectedRole() const
{
    return Role(m_role->currentData().toInt());
}

void AccountDialog::roleChanged()
{
    const bool student = selectedRole() == Role::Student;
    m_studentBox->setEnabled(student);
    if (!student)
        m_fieldMessages.value(u"studentId"_s)->clear();
}

void AccountDialog::searchStudents()
{
    m_searchDelay->stop();
    const quint64 generation = ++m_searchGeneration;
    const QString text = m_studentSearch->text().trimmed();
    if (text.isEmpty()) {
        m_studentResults->clear();
        return;
    }
    StudentQuery query;
    query.search = text;
    query.limit = 20;
    const Database *db = &m_db;
    runInBackground(
        this, [db, query, viewer = m_actor] { return StudentRepository(*db).list(query, viewer); },
        [this, generation](Result<QList<StudentListItem>> found) {
            studentsFound(generation, found);
        });
}

void AccountDialog::studentsFound(quint64 generation, const Result<QList<StudentListItem>> &found)
{
    if (generation != m_searchGeneration)
        return; // the search text changed since
    FieldMessage *message = m_fieldMessages.value(u"studentId"_s);
    m_studentResults->clear();
    if (!found) {
        message->showError(found.error().message);
        emit studentSearchFinished(0);
        return;
    }
    for (const StudentListItem &s : *found) {
        const QString name = nameOf(s);
        auto *item
            = new QListWidgetItem(tr("%1: %2 (%3, %4)", "student number: name (program, batch)")
                                      .arg(s.studentNumber, name, s.program, s.batch),
                                  m_studentResults);
        item->setData(StudentIdRole, s.id);
        item->setData(StudentNumberRole, s.studentNumber);
        item->setData(StudentNameRole, name);
    }
    if (found->isEmpty())
        message->showHint(tr("No student record matches this number or name."));
    else if (!message->isError())
        message->clear();
    if (found->size() == 1)
        m_studentResults->setCurrentRow(0); // the one match: link it
    emit studentSearchFinished(int(found->size()));
}

void AccountDialog::linkStudent(const Id &id, const QString &number, const QString &name)
{
    m_studentId = id;
    m_studentNumber = number;
    m_studentName = name;
    if (id.isEmpty())
        m_linkedStudent->setText(tr("No student record is linked."));
    else
        m_linkedStudent->setText(
            tr("Linked to %1 %2.", "student number, then name").arg(number, name));
    if (!id.isEmpty())
        m_fieldMessages.value(u"studentId"_s)->clear();
}

User AccountDialog::edited() const
{
    User account = m_original;
    if (isCreating()) {
        account.username = m_username->text().trimmed();
        account.mustChangePassword = m_mustChange->isChecked();
    }
    account.fullName = m_fullName->text().trimmed();
    account.email = m_email->text().trimmed();
    account.role = selectedRole();
    account.studentId = account.role == Role::Student ? m_studentId : Id();
    return account;
}

ValidationResult AccountDialog::check(const User &account) const
{
    User probe = account;
    if (probe.passwordHash.isEmpty())
        probe.passwordHash = u"-"_s; // the password is checked on its own below
    ValidationResult result = UserRules::validate(probe);
    if (m_passwords)
        result.merge(QString(), m_passwords->check());
    if (!isCreating() && m_original.id == m_actor.userId && m_original.role == Role::Admin
        && account.role != Role::Admin)
        result.add(u"role"_s,
                   tr("You cannot take the administrator role away from your own "
                      "account. Ask another administrator to do it."));
    return result;
}

void AccountDialog::accept()
{
    if (m_saving)
        return;
    clearErrors();
    const User account = edited();
    if (const ValidationResult problems = check(account); !problems.ok()) {
        showErrors(Error::invalid(problems));
        return;
    }
    setSaving(true);
    const Database *db = &m_db;
    const Actor actor = m_actor;
    if (isCreating()) {
        const QString password = m_passwords->password();
        runInBackground(
            this,
            [db, account, password, actor] {
                return UserRepository(*db).create(account, password, actor);
            },
            [this](Result<User> result) { saveFinished(result); });
    } else {
        const User original = m_original;
        runInBackground(
            this,
            [db, original, account, actor] {
                return UserRepository(*db).update(original, account, actor);
            },
            [this](Result<User> result) { saveFinished(result); });
    }
}

void AccountDialog::reject()
{
    if (!m_saving) // once the store has the account, closing would hide how it went
        QDialog::reject();
}

void AccountDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
}

void AccountDialog::saveFinished(const Result<User> &result)
{
    if (result) {
        setSaving(false);
        m_saved = *result;
        emit saved(m_saved, isCreating());
        QDialog::accept();
        return;
    }
    if (result.error().code == Error::Code::Conflict && !isCreating()) {
        reloadAfterConflict();
        return;
    }
    setSaving(false);
    showErrors(result.error());
}

void AccountDialog::reloadAfterConflict()
{
    const Database *db = &m_db;
    const Id id = m_original.id;
    runInBackground(
        this,
        [db, id, actor = m_actor]() -> Result<AccountEntry> {
            const auto user = UserRepository(*db).find(id);
            if (!user)
                return user.error();
            return loadAccountEntry(*db, *user, actor);
        },
        [this](Result<AccountEntry> fresh) { conflictReloaded(fresh); });
}

void AccountDialog::conflictReloaded(const Result<AccountEntry> &fresh)
{
    setSaving(false);
    if (!fresh) {
        showErrors(fresh.error());
        return;
    }
    // Take the other person's values wherever the admin left the field as it was loaded; keep
    // what the admin typed everywhere else.
    const User &now = fresh->user;
    if (m_fullName->text().trimmed() == m_original.fullName)
        m_fullName->setText(now.fullName);
    if (m_email->text().trimmed() == m_original.email)
        m_email->setText(now.email);
    if (selectedRole() == m_original.role)
        m_role->setCurrentIndex(m_role->findData(int(now.role)));
    if (m_studentId == m_original.studentId && !fresh->studentMissing)
        linkStudent(now.studentId, fresh->studentNumber, fresh->studentName);
    m_original = now;
    m_message->setText(tr("Someone else changed this account while you were editing it. Their "
                          "changes are shown now, except where you typed something else. Check "
                          "the account and save again."));
    m_message->show();
    emit conflicted(m_original.id);
}

void AccountDialog::showErrors(const Error &error)
{
    QList<FieldError> rest = m_passwords ? m_passwords->showErrors(error.fields) : error.fields;
    QHash<QString, QStringList> byField;
    QList<FieldError> unshown;
    for (const FieldError &e : std::as_const(rest)) {
        if (m_fieldMessages.contains(e.field))
            byField[e.field] << e.message;
        else
            unshown << e;
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        m_fieldMessages.value(it.key())->showError(it.value().join(u'\n'));
    if (error.fields.isEmpty() || !unshown.isEmpty()) {
        ValidationResult other;
        for (const FieldError &e : std::as_const(unshown))
            other.add(e.field, e.message);
        m_message->setText(error.fields.isEmpty() ? error.message : other.summary());
        m_message->show();
    }
    // Focus the first field with a problem, in form order.
    const QList<QPair<QString, QWidget *>> order{
        {u"username"_s, m_username},
        {u"fullName"_s, m_fullName},
        {u"email"_s, m_email},
        {u"role"_s, m_role},
        {u"studentId"_s, m_studentSearch},
        {u"password"_s, m_passwords ? m_passwords->passwordEdit() : nullptr},
        {u"confirmPassword"_s, m_passwords ? m_passwords->confirmEdit() : nullptr},
    };
    for (const auto &[name, widget] : order) {
        const bool has = std::any_of(error.fields.cbegin(), error.fields.cend(),
                                     [&](const FieldError &e) { return e.field == name; });
        if (has && widget) {
            widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void AccountDialog::clearErrors()
{
    m_message->hide();
    m_message->clear();
    for (FieldMessage *message : std::as_const(m_fieldMessages)) {
        if (message->isError())
            message->clear();
    }
    if (m_passwords)
        m_passwords->clearErrors();
}

bool AccountDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the student picker searches or picks; it must not submit the dialog.
    if (watched == m_studentSearch && isEnter(event)) {
        searchStudents();
        return true;
    }
    if (watched == m_studentResults && isEnter(event)) {
        if (QListWidgetItem *item = m_studentResults->currentItem())
            linkStudent(item->data(StudentIdRole).toString(),
                        item->data(StudentNumberRole).toString(),
                        item->data(StudentNameRole).toString());
        focusNextChild();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cd
