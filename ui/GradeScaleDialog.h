#pragma once

#include "app/core/Gradebook.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {

// The school's grade scale (administrators): its name and a table of grades (letter, lowest
// percentage, grade points, passing). OK checks it with GradebookRules (unique letters, bounds
// 0..100, one grade starting at 0) and says what is wrong without closing.
class GradeScaleDialog : public QDialog
{
    Q_OBJECT
public:
    GradeScaleDialog(const GradeScale &scale, QWidget *parent = nullptr);

    GradeScale scale() const;
    void addRow(const GradeBand &band);

    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    GradeScale m_original;
    QLineEdit *m_name = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
