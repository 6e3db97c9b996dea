#include "app/store/MessageRepository.h"

#include "app/core/Permissions.h"
#include "app/store/ChangeWriter.h"
#include "app/store/Database.h"
#include "app/store/Sql.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

Result<Channel> MessageRepository::createChannel(Channel channel, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::UseMessaging); !allowed)
        return allowed.error();
    if (channel.id.isEmpty())
        channel.id = newId();
    if (channel.createdBy.isEmpty())
        channel.createdBy = actor.userId;
    if (const auto v = MessagingRules::validate(channel); !v.ok())
        return Error::invalid(v);
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        if (auto made = writer.insert(u"channel"_s, channel.id,
                                      {{u"name"_s, sql::text(channel.name.trimmed())},
                                       {u"kind"_s, codeOf(channel.kind)},
                                       {u"course_id"_s, sql::reference(channel.courseId)},
                                       {u"created_by"_s, sql::text(channel.createdBy)}});
            !made)
            return made;
        for (const auto &member : std::as_const(channel.memberIds)) {
            if (auto joined
                = writer.insert(u"channel_member"_s, newId(),
                                {{u"channel_id"_s, channel.id}, {u"user_id"_s, member}});
                !joined)
                return joined;
        }
        return {};
    });
    if (!done)
        return done.error();
    channel.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return channel;
}

Result<QList<Channel>> MessageRepository::channelsOf(const Id &userId) const
{
    auto q = sql::run(m_db.connection(),
                      u"SELECT c.id, c.name, c.kind, c.course_id, c.created_by, "
                      u"c.rev, c.updated_at, c.updated_by, c.deleted, "
                      u"(SELECT group_concat(user_id) FROM channel_member x WHERE x.channel_id = "
                      u"c.id AND x.deleted = 0) "
                      u"FROM channel c JOIN channel_member m ON m.channel_id = c.id "
                      u"WHERE m.user_id = ? AND m.deleted = 0 AND c.deleted = 0 ORDER BY c.name"_s,
                      {userId});
    if (!q)
        return q.error();
    QList<Channel> channels;
    while (q->next()) {
        Channel c;
        c.id = q->value(0).toString();
        c.name = q->value(1).toString();
        c.kind = fromCode<ChannelKind>(q->value(2).toString()).value_or(ChannelKind::Group);
        c.courseId = q->value(3).toString();
        c.createdBy = q->value(4).toString();
        c.meta = sql::syncMeta(*q, 5);
        c.memberIds = q->value(9).toString().split(u',', Qt::SkipEmptyParts);
        std::sort(c.memberIds.begin(), c.memberIds.end());
        channels.append(c);
    }
    return channels;
}

Result<Message> MessageRepository::post(Message message, const Actor &actor)
{
    if (auto allowed = Permissions::require(actor, Action::UseMessaging); !allowed)
        return allowed.error();
    if (message.id.isEmpty())
        message.id = newId();
    if (message.senderId.isEmpty())
        message.senderId = actor.userId;
    const QSqlDatabase db = m_db.connection();
    ChangeWriter writer(db, actor);
    if (!message.sentAt.isValid())
        message.sentAt = writer.now();
    if (const auto v = MessagingRules::validate(message); !v.ok())
        return Error::invalid(v);
    auto done = sql::inTransaction(db, [&]() -> Result<void> {
        auto member = sql::run(
            db,
            u"SELECT 1 FROM channel_member WHERE channel_id = ? AND user_id = ? AND deleted = 0"_s,
            {message.channelId, message.senderId});
        if (!member)
            return member.error();
        if (!member->next())
            return Error::make(Error::Code::Forbidden,
                               tr("You are not a member of this conversation."));
        return writer.insert(u"message"_s, message.id,
                             {{u"channel_id"_s, message.channelId},
                              {u"sender_id"_s, message.senderId},
                              {u"body"_s, message.body},
                              {u"sent_at"_s, sql::instant(message.sentAt)}},
                             u"post"_s);
    });
    if (!done)
        return done.error();
    message.meta = SyncMeta{0, writer.now(), actor.userId, false};
    return message;
}

Result<QList<Message>> MessageRepository::messages(const Id &channelId, int limit) const
{
    auto q = sql::run(
        m_db.connection(),
        u"SELECT id, channel_id, sender_id, body, sent_at, %1 FROM message "
        u"WHERE channel_id = ? AND deleted = 0 ORDER BY sent_at DESC, id DESC LIMIT ?"_s.arg(
            sql::syncColumns),
        {channelId, limit});
    if (!q)
        return q.error();
    QList<Message> result;
    while (q->next())
        result.prepend(Message{q->value(0).toString(), q->value(1).toString(),
                               q->value(2).toString(), q->value(3).toString(),
                               sql::toInstant(q->value(4)), sql::syncMeta(*q, 5)});
    return result;
}

} // namespace cd
