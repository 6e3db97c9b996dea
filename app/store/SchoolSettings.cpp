#include "app/store/SchoolSettings.h"

#include "app/core/Money.h"
#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cd {

using namespace Qt::Literals::StringLiterals;

SchoolSettings SchoolSettings::load(const Database &db)
{
    SchoolSettings settings;
    settings.name = QCoreApplication::translate("SchoolSettings", "My school");
    auto q = sql::run(db.connection(), u"SELECT key, value FROM app_setting"_s);
    if (!q)
        return settings;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == u"school.name"_s && !value.trimmed().isEmpty())
            settings.name = value;
        else if (key == u"school.currency"_s && Money::isValidCurrency(value))
            settings.currency = value;
        else if (key == u"school.demo"_s)
            settings.demo = value == u"1"_s;
        else if (key == u"attendance.minimum_percent"_s) {
            bool ok = false;
            const double percent = value.toDouble(&ok);
            if (ok && percent >= 0 && percent <= 100)
                settings.attendanceMinimumPercent = percent;
        } else if (key == u"attendance.late_after_minutes"_s) {
            bool ok = false;
            const int minutes = value.toInt(&ok);
            if (ok && minutes >= 0 && minutes <= 12 * 60)
                settings.lateAfterMinutesDefault = minutes;
        }
    }
    return settings;
}

Result<void> SchoolSettings::save(const Database &db, const Actor &actor) const
{
    if (auto allowed = Permissions::require(actor, Action::EditSchoolSettings); !allowed)
        return allowed;
    const QSqlDatabase connection = db.connection();
    const SchoolSettings before = load(db);
    return sql::inTransaction(connection, [&]() -> Result<void> {
        const QList<std::pair<QString, QString>> values = {
            {u"school.name"_s, name.trimmed()},
            {u"school.currency"_s, currency},
            {u"school.demo"_s, demo ? u"1"_s : u"0"_s},
            {u"attendance.minimum_percent"_s, QString::number(attendanceMinimumPercent)},
            {u"attendance.late_after_minutes"_s, QString::number(lateAfterMinutesDefault)},
        };
        for (const auto &[key, value] : values) {
            if (auto done = sql::run(
                    connection, u"INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)"_s,
                    {key, value});
                !done)
                return done.error();
        }
        QJsonObject changes;
        if (before.name != name)
            changes.insert(u"school.name"_s,
                           QJsonObject{{u"from"_s, before.name}, {u"to"_s, name}});
        if (before.currency != currency)
            changes.insert(u"school.currency"_s,
                           QJsonObject{{u"from"_s, before.currency}, {u"to"_s, currency}});
        if (before.demo != demo)
            changes.insert(u"school.demo"_s,
                           QJsonObject{{u"from"_s, before.demo}, {u"to"_s, demo}});
        if (before.attendanceMinimumPercent != attendanceMinimumPercent)
            changes.insert(u"attendance.minimum_percent"_s,
                           QJsonObject{{u"from"_s, before.attendanceMinimumPercent},
                                       {u"to"_s, attendanceMinimumPercent}});
        if (before.lateAfterMinutesDefault != lateAfterMinutesDefault)
            changes.insert(u"attendance.late_after_minutes"_s,
                           QJsonObject{{u"from"_s, before.lateAfterMinutesDefault},
                                       {u"to"_s, lateAfterMinutesDefault}});
        if (changes.isEmpty())
            return {};
        return ChangeWriter(connection, actor)
            .audit(u"update"_s, u"app_setting"_s, {}, QJsonObject{{u"changes"_s, changes}});
    });
}

} // namespace cd
