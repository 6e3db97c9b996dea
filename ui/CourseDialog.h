#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/core/Result.h"
#include "app/core/User.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cd {

class Database;
class FieldErrors;

// Creates a course, or edits one: code, title, semester, credits, program and teachers (a
// checkable list of the teachers' accounts). Problems show under their fields and the dialog
// stays open, keeping what was typed, until the store has saved the course. When someone else
// changed the course first, it reads the course again and keeps the user's own edits. Every read
// and write runs on the thread pool.
class CourseDialog : public QDialog
{
    Q_OBJECT
public:
    // A new course in `semesterId`, one of `semesters`.
    CourseDialog(const Database &db, const Actor &actor, const QList<Semester> &semesters,
                 const Id &semesterId, QWidget *parent = nullptr);
    // Editing `course`.
    CourseDialog(const Database &db, const Actor &actor, const QList<Semester> &semesters,
                 const Course &course, QWidget *parent = nullptr);
    ~CourseDialog() override;

    bool isCreating() const { return m_original.id.isEmpty(); }
    bool isSaving() const { return m_saving; }
    // Whether the teacher list has arrived.
    bool teachersLoaded() const { return m_teachersLoaded; }
    const Course &savedCourse() const { return m_saved; }
    // The ids of the checked teachers.
    QList<Id> checkedTeachers() const;
    void setTeacherChecked(const Id &teacherId, bool checked);

    void accept() override;
    void reject() override;

signals:
    void saved(const cd::Course &course, bool created);
    // Somebody else changed the course first; the dialog has read it again.
    void conflicted(const cd::Id &id);
    void teachersArrived();

private:
    void build(const QList<Semester> &semesters);
    void loadChoices();
    void showTeachers(const QList<User> &teachers);
    void showTeacherSet(const QList<Id> &ids);
    Course edited(ValidationResult *problems) const;
    void showErrors(const Error &error);
    void setSaving(bool saving);
    void saveFinished(const Result<Course> &result);
    void conflictReloaded(const Result<Course> &fresh);

    const Database &m_db;
    Actor m_actor;
    Course m_original; // as loaded; empty id when creating
    Course m_saved;
    bool m_saving = false;
    bool m_teachersLoaded = false;

    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_semester = nullptr;
    QLineEdit *m_credits = nullptr;
    QComboBox *m_program = nullptr;
    QListWidget *m_teachers = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace cd
