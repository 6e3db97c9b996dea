#pragma once

#include "app/core/Gradebook.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace cd {

// The categories of a course and their weights (Coursework 40, Exams 60): a small table where
// names and weights are typed, with Add and Remove. Weights need not add up to 100 (the total
// is normalised over the categories that count). OK checks names (given, unique without case)
// and weights (0..100) and says what is wrong without closing; the page then saves the
// differences (the store refuses removing a category that still has assessments).
class CategoriesDialog : public QDialog
{
    Q_OBJECT
public:
    CategoriesDialog(const Id &courseId, const QList<AssessmentCategory> &categories,
                     QWidget *parent = nullptr);

    // The edited list: existing categories keep their id; new ones have none.
    QList<AssessmentCategory> categories() const;
    void addRow(const QString &name = {}, double weight = 0);

    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    Id m_courseId;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_sum = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
