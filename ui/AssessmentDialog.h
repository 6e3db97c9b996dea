#pragma once

#include "app/core/Gradebook.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace cd {

// Adds or edits one assessment: title, category (one of the course's, or any name while the
// course has none), weight within its category, maximum score and date. OK checks the entry
// with GradebookRules and says what is wrong without closing; an existing assessment also has
// a Remove button (accepted with removeRequested()).
class AssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    AssessmentDialog(const Id &courseId, const QStringList &categories,
                     const std::optional<Assessment> &existing, QWidget *parent = nullptr);

    Assessment assessment() const;
    bool removeRequested() const { return m_remove; }

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *categoryBox() const { return m_category; }
    QDoubleSpinBox *weightBox() const { return m_weight; }
    QDoubleSpinBox *maxScoreBox() const { return m_max; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    Assessment m_original;
    bool m_remove = false;
    QLineEdit *m_title = nullptr;
    QComboBox *m_category = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QDoubleSpinBox *m_max = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
