#include "ui/AuditLogModel.h"

#include "app/store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace cd {

using namespace Qt::Literals::StringLiterals;

AuditLogModel::AuditLogModel(const Database &db, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(actor)
{
    m_query.limit = defaultLimit;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == SortRole && index.column() == WhenColumn)
        return e.at.toMSecsSinceEpoch();
    if (role == Qt::ToolTipRole && index.column() == WhenColumn)
        return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn: return e.actorName;
    case ActionColumn: return actionName(e.action);
    case EntityColumn: return entityName(e.entity);
    case RecordColumn: return e.entityId;
    case ChangesColumn: return changeSummary(e.details);
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case EntityColumn: return tr("Entity");
    case RecordColumn: return tr("Record");
    case ChangesColumn: return tr("Changes");
    default: return {};
    }
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    refresh();
}

void AuditLogModel::refresh()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_limitReached = false;
    m_error.clear();
    endResetModel();

    const Database *db = &m_db;
    AuditQuery query = m_query;
    query.limit = std::max(0, m_query.limit) + 1; // one more, to know whether the limit hides any
    const Actor actor = m_actor;
    QPointer<AuditLogModel> self(this);
    adjustPending(+1);
    QThreadPool::globalInstance()->start([db, query, actor, generation, self] {
        const auto entries = JournalReader(*db).auditEntries(query, actor);
        QMetaObject::invokeMethod(qApp, [self, generation, entries] {
            if (!self)
                return;
            self->adjustPending(-1);
            if (entries)
                self->arrived(generation, *entries);
            else
                self->failed(generation, entries.error().message);
        });
    });
}

void AuditLogModel::arrived(quint64 generation, const QList<AuditEntry> &entries)
{
    if (generation != m_generation)
        return;
    const int limit = std::max(0, m_query.limit);
    m_limitReached = entries.size() > limit;
    const QList<AuditEntry> shown = entries.mid(0, limit);
    if (!shown.isEmpty()) {
        beginInsertRows({}, 0, int(shown.size()) - 1);
        m_entries = shown;
        endInsertRows();
    }
    emit loaded();
}

void AuditLogModel::failed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_error = message;
    emit loadFailed(message);
}

void AuditLogModel::adjustPending(int delta)
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        emit loadingChanged(m_pending > 0);
}

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return AuditLogModel::tr("(empty)");
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: // on one line: a summary is a table cell
        return value.toString().isEmpty() ? AuditLogModel::tr("(empty)")
                                          : value.toString().simplified();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString elided(const QString &text, qsizetype length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

} // namespace

QString AuditLogModel::changeSummary(const QJsonObject &details)
{
    QStringList parts;
    QString separator = u"; "_s;
    if (details.value(u"changes"_s).isObject()) {
        const QJsonObject changes = details.value(u"changes"_s).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            if (it.value().isObject() && change.contains(u"from"_s) && change.contains(u"to"_s)) {
                //: One changed field in the audit log: field name, old value, new value.
                parts << tr("%1: %2 → %3")
                             .arg(it.key(), valueText(change.value(u"from"_s)),
                                  valueText(change.value(u"to"_s)));
            } else { // a secret: only that it changed
                parts << tr("%1: %2").arg(it.key(), valueText(it.value()));
            }
        }
    } else if (details.value(u"fields"_s).isObject()) {
        parts = details.value(u"fields"_s).toObject().keys();
        separator = u", "_s;
    } else {
        for (auto it = details.begin(); it != details.end(); ++it)
            parts << tr("%1: %2").arg(it.key(), valueText(it.value()));
        separator = u", "_s;
    }
    return elided(parts.join(separator), maxSummaryLength);
}

QString AuditLogModel::actionName(const QString &action)
{
    if (action == u"create")
        return tr("Created");
    if (action == u"update")
        return tr("Changed");
    if (action == u"delete")
        return tr("Deleted");
    if (action == u"disable")
        return tr("Disabled");
    if (action == u"enable")
        return tr("Enabled");
    if (action == u"reset_password")
        return tr("Password reset");
    if (action == u"change_password")
        return tr("Password changed");
    if (action == u"seed")
        return tr("Demo school created");
    if (action == u"sign_in")
        return tr("Signed in");
    if (action == u"sign_in_failed")
        return tr("Sign-in failed");
    if (action == u"unlock")
        return tr("Unlocked");
    return action;
}

QString AuditLogModel::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {u"app_setting"_s, QT_TR_NOOP("School settings")},
        {u"school"_s, QT_TR_NOOP("School")},
        {u"student"_s, QT_TR_NOOP("Student")},
        {u"guardian"_s, QT_TR_NOOP("Guardian")},
        {u"user_account"_s, QT_TR_NOOP("Account")},
        {u"semester"_s, QT_TR_NOOP("Semester")},
        {u"course"_s, QT_TR_NOOP("Course")},
        {u"course_teacher"_s, QT_TR_NOOP("Course teacher")},
        {u"enrollment"_s, QT_TR_NOOP("Enrolment")},
        {u"attendance_session"_s, QT_TR_NOOP("Attendance session")},
        {u"attendance_mark"_s, QT_TR_NOOP("Attendance mark")},
        {u"grade_scale"_s, QT_TR_NOOP("Grade scale")},
        {u"assessment"_s, QT_TR_NOOP("Assessment")},
        {u"mark"_s, QT_TR_NOOP("Mark")},
        {u"fee_invoice"_s, QT_TR_NOOP("Invoice")},
        {u"ledger_entry"_s, QT_TR_NOOP("Ledger entry")},
        {u"channel"_s, QT_TR_NOOP("Channel")},
        {u"channel_member"_s, QT_TR_NOOP("Channel member")},
        {u"message"_s, QT_TR_NOOP("Message")},
    };
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : tr(it.value());
}

} // namespace cd
