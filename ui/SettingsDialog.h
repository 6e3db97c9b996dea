#pragma once

#include "app/core/Actor.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class ClientSettings;
class Database;
class FieldErrors;
class RecognitionSettingsTab;

// This computer's preferences (language, database location, server; face recognition, camera
// and models in RecognitionSettingsTab) and,
// for those allowed, the school's own (name, attendance minimum). Moving or switching the
// database is handed to the application through signals, since it reopens the session.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ClientSettings &settings, const Database &db, const Actor &actor,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *schoolNameField() const { return m_schoolName; }
    QString messageFor(const QString &field) const;
    RecognitionSettingsTab *recognitionTab() const { return m_recognition; }

public slots:
    void submit();

signals:
    void languageChanged(const QString &code);
    void moveDatabaseRequested(const QString &target);
    void openDatabaseRequested(const QString &path);
    void saved();

private:
    QWidget *createGeneralTab();
    QWidget *createDatabaseTab();
    QWidget *createSchoolTab();

    ClientSettings &m_settings;
    const Database &m_db;
    Actor m_actor;
    QComboBox *m_language = nullptr;
    QLineEdit *m_server = nullptr;
    RecognitionSettingsTab *m_recognition = nullptr;
    QLineEdit *m_schoolName = nullptr;
    QDoubleSpinBox *m_minimum = nullptr;
    QSpinBox *m_lateAfter = nullptr;
    QLabel *m_general = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
    QList<QPair<QString, QWidget *>> m_fieldInputs;
};

} // namespace cd
