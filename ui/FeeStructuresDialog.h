#pragma once

#include "app/core/Actor.h"
#include "app/core/Fees.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd {

class Database;
class FieldErrors;

// The fee structures of a semester: a list, and a form to add, edit or remove one (a
// tombstone; invoices already made keep their amounts). Amounts are typed as text and parsed
// exactly in the school's currency. Reads and writes run on the thread pool; the store
// validates again and its refusals are shown under the fields.
class FeeStructuresDialog : public QDialog
{
    Q_OBJECT
public:
    FeeStructuresDialog(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~FeeStructuresDialog() override;

    QComboBox *semesterBox() const { return m_semester; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *programEdit() const { return m_program; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *dueEdit() const { return m_due; }
    QLineEdit *lateFeeEdit() const { return m_lateFee; }
    QSpinBox *lateDaysBox() const { return m_lateDays; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *removeButton() const { return m_remove; }
    const QList<FeeStructure> &structures() const { return m_structures; }
    QString messageFor(const QString &field) const;

    void save();
    void removeSelected();

signals:
    void loaded(); // the semester's structures arrived
    void saveFinished(bool ok);

private:
    void loadSemesters();
    void loadStructures();
    void showSelected();
    void clearForm();

    const Database &m_db;
    const Actor m_actor;
    QString m_currency;
    QList<FeeStructure> m_structures;
    std::optional<FeeStructure> m_editing;
    QComboBox *m_semester = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_program = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_lateFee = nullptr;
    QSpinBox *m_lateDays = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_general = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace cd
