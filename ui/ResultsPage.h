#pragma once

#include "app/core/Actor.h"
#include "app/documents/DocumentData.h"
#include "app/store/StudentResults.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cd {

class Database;

// A student's results, read only: every semester with its courses (subject, credits, total
// marks, percent, grade, grade points, status, exam date), the semester GPA and the cumulative
// GPA. A student sees their own published results; staff, administrators and teachers type a
// student number (or the main window calls showStudent()) and see what the store lets them.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        CreditsColumn,
        MarksColumn,
        PercentColumn,
        GradeColumn,
        PointsColumn,
        StatusColumn,
        ExamDateColumn,
        ColumnCount
    };

    ResultsPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    // Reads and shows one student's results (on the thread pool).
    void showStudent(const Id &studentId);
    // Finds the student with this number (exactly) and shows their results.
    void showStudentNumber(const QString &number);

    // The report card of the selected semester (the latest when nothing is selected): written
    // to `path` on the thread pool, or sent to a printer after QPrintDialog.
    void saveReportCard(const QString &path);
    void printReportCard();
    QPushButton *saveCardButton() const { return m_saveCard; }
    QPushButton *printCardButton() const { return m_printCard; }
    // The semester the report card buttons use; empty when no results are shown.
    Id selectedSemesterId() const;

    QTreeWidget *tree() const { return m_tree; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *gpaLabel() const { return m_gpa; }
    QLineEdit *numberEdit() const { return m_number; }
    QString message() const;
    bool isBusy() const { return m_busy > 0; }
    const std::optional<StudentResults> &results() const { return m_results; }

signals:
    void resultsLoaded();
    void messageShown(const QString &message, bool error);
    void reportCardSaved(const QString &path);

private:
    void setResults(const StudentResults &results);
    void showMessage(const QString &text, bool error);
    void updateCardButtons();
    // Loads the selected semester's card on the thread pool and hands it to `use`.
    void withReportCard(std::function<void(const ReportCard &)> use);

    const Database &m_db;
    Actor m_actor;
    int m_busy = 0;
    int m_load = 0;
    std::optional<StudentResults> m_results;
    QLineEdit *m_number = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_saveCard = nullptr;
    QPushButton *m_printCard = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_gpa = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace cd
