#pragma once

#include "app/core/Actor.h"
#include "app/core/Fees.h"
#include "app/store/InvoiceGenerator.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cd {

class Database;
class StudentFilterBar;

// Generates a fee structure's invoices for the students the filters match (the students
// page's filters and a search), showing beforehand how many will get one and how many already
// have one, then progress with a Cancel that rolls everything back. All on the thread pool.
class GenerateInvoicesDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateInvoicesDialog(const Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~GenerateInvoicesDialog() override;

    QComboBox *structureBox() const { return m_structure; }
    StudentFilterBar *filterBar() const { return m_filters; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *previewLabel() const { return m_preview; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *generateButton() const { return m_generate; }
    const InvoiceGeneration &lastPreview() const { return m_lastPreview; }

    StudentQuery filter() const;
    void generate();
    void cancel();

signals:
    void structuresLoaded();
    void previewed(); // the counts for the current choice arrived
    void generated(const cd::InvoiceGeneration &result); // finished (created 0 if cancelled)
    void failed(const QString &message);

private:
    void loadStructures();
    void updatePreview();

    const Database &m_db;
    const Actor m_actor;
    QComboBox *m_structure = nullptr;
    StudentFilterBar *m_filters = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_close = nullptr;
    InvoiceGeneration m_lastPreview;
    quint64 m_previewGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace cd
