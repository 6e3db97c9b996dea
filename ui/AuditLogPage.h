#pragma once

#include "app/core/Actor.h"
#include "app/store/JournalReader.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cd {

class AuditLogModel;
class Database;

// The administrators' audit log: who changed what and when, filtered by user, entity and a
// range of days, newest first, with everything the selected entry recorded below the table.
// Nothing is read on the GUI thread. Actors without Action::ViewAuditLog see the store's
// refusal in the status line, and the filters are disabled.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    AuditLogPage(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The query the filters describe, at most AuditLogModel::defaultLimit entries.
    AuditQuery query() const;
    // Local calendar days `from` to `to`, both included, as the UTC instants an AuditQuery
    // takes (from inclusive, to exclusive); an invalid date leaves its end open.
    static std::pair<QDateTime, QDateTime> instantsFor(const QDate &from, const QDate &to);

    // Reads the filters' choices (accounts, entities) and the entries again (F5).
    void refresh();

private:
    struct Account
    {
        Id id;
        QString fullName;
        QString username;
    };

    void applyFilters();
    void loadChoices();
    void choicesArrived(quint64 generation, const QList<Account> &accounts,
                        const QStringList &entities, const QString &error);
    void updateStatus();
    void showSelectedEntry();

    const Database &m_db;
    const Actor m_actor;
    AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_entity = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_filterDelay = nullptr;
    QString m_choicesError;
    quint64 m_choicesGeneration = 0;
};

} // namespace cd
