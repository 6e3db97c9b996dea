#pragma once

#include "app/core/Actor.h"
#include "app/core/Result.h"
#include "app/core/User.h"
#include "app/store/StudentRepository.h"
#include "ui/UserTableModel.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace cd {

class Database;
class FieldMessage;
class PasswordFields;

// Creates an account, or edits one's full name, email, role and linked student record. The
// store decides; the dialog shows each problem under its field and stays open, keeping what was
// typed, until the store has taken the account. All reads and writes run on the thread pool.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    // A new account.
    AccountDialog(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    // Editing the account of `entry`.
    AccountDialog(const Database &db, const Actor &actor, const AccountEntry &entry,
                  QWidget *parent = nullptr);

    bool isCreating() const { return m_original.id.isEmpty(); }
    bool isSaving() const { return m_saving; }
    // The account as the store returned it, once saved.
    const User &savedAccount() const { return m_saved; }
    Id linkedStudentId() const { return m_studentId; }

    // Checks the input, then saves in the background; closes only when the store has saved.
    void accept() override;
    void reject() override;

signals:
    void saved(const cd::User &account, bool created);
    // Somebody else changed the account first; the dialog has read it again.
    void conflicted(const cd::Id &id);
    void studentSearchFinished(int matches);

private:
    void build(const AccountEntry &entry);
    QWidget *field(QWidget *input, const QString &name);
    void addRow(const QString &label, QWidget *input, const QString &name);
    void roleChanged();
    void searchStudents();
    void studentsFound(quint64 generation, const Result<QList<StudentListItem>> &found);
    void linkStudent(const Id &id, const QString &number, const QString &name);
    User edited() const;
    ValidationResult check(const User &account) const;
    void showErrors(const Error &error);
    void clearErrors();
    void setSaving(bool saving);
    void saveFinished(const Result<User> &result);
    void reloadAfterConflict();
    void conflictReloaded(const Result<AccountEntry> &fresh);
    Role selectedRole() const;

    bool eventFilter(QObject *watched, QEvent *event) override;

    const Database &m_db;
    Actor m_actor;
    User m_original; // as loaded; empty id when creating
    User m_saved;
    Id m_studentId;
    QString m_studentNumber;
    QString m_studentName;
    bool m_saving = false;
    quint64 m_searchGeneration = 0;

    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_studentSearch = nullptr;
    QPushButton *m_findStudent = nullptr;
    QListWidget *m_studentResults = nullptr;
    QLabel *m_linkedStudent = nullptr;
    QWidget *m_studentBox = nullptr;
    QTimer *m_searchDelay = nullptr;
    PasswordFields *m_passwords = nullptr;
    QCheckBox *m_mustChange = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, FieldMessage *> m_fieldMessages; // by domain field name
};

} // namespace cd
