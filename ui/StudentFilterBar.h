#pragma once

#include "app/core/Actor.h"
#include "app/core/Course.h"
#include "app/store/StudentRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace cd {

class Database;

// The row of filters above the students table: batch, program, status, course (of the current
// semester, as far as the viewer may see it) and "Show archived". Each list starts with an
// "All ..." entry. The choices are read on the thread pool; changing any filter emits changed().
class StudentFilterBar : public QWidget
{
    Q_OBJECT
public:
    StudentFilterBar(const Database &db, const Actor &viewer, QWidget *parent = nullptr);

    // The chosen filters in a query (search, sort and paging left at their defaults).
    StudentQuery filters() const;
    // Reads the batches, programs and courses again, keeping what is chosen where it still exists.
    void reloadChoices();
    bool isLoaded() const { return m_loaded; }
    // The semester whose courses the course list offers; empty before loading or when none.
    const Semester &semester() const { return m_semester; }

    QComboBox *batchBox() const { return m_batch; }
    QComboBox *programBox() const { return m_program; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *courseBox() const { return m_course; }
    QCheckBox *archivedBox() const { return m_archived; }

signals:
    void changed();
    // The choices arrived (or failed: then `problem` says why and the lists hold only "All").
    void loaded(const QString &problem);

private:
    QComboBox *addBox(const QString &label, const QString &objectName, const QString &all);

    const Database &m_db;
    Actor m_viewer;
    bool m_loaded = false;
    Semester m_semester;
    QComboBox *m_batch = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_course = nullptr;
    QCheckBox *m_archived = nullptr;
};

} // namespace cd
