#pragma once

#include "app/core/Attendance.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace cd {

// Asks for the new status of a finished session's mark and the reason for the correction. OK
// stays disabled until a reason is given (the store requires one too).
class CorrectMarkDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectMarkDialog(const QString &studentName, std::optional<AttendanceStatus> current,
                      QWidget *parent = nullptr);

    AttendanceStatus status() const;
    void setStatus(AttendanceStatus status);
    QString reason() const;

    QComboBox *statusBox() const { return m_status; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QComboBox *m_status = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
