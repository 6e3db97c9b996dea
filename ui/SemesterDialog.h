#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/Result.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd {

class Database;
class FieldErrors;

// Creates a semester: a name and its first and last days. Problems show under their fields; the
// dialog closes only once the store has saved the semester (on the thread pool).
class SemesterDialog : public QDialog
{
    Q_OBJECT
public:
    SemesterDialog(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~SemesterDialog() override;

    bool isSaving() const { return m_saving; }
    void accept() override;
    void reject() override;

signals:
    void saved(const cd::Semester &semester);

private:
    Semester edited() const;
    void saveFinished(const Result<Semester> &result);
    void setSaving(bool saving);

    const Database &m_db;
    Actor m_actor;
    bool m_saving = false;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_startsOn = nullptr;
    QDateEdit *m_endsOn = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace cd
