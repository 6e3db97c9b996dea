#pragma once

#include "app/core/Actor.h"
#include "app/core/Messaging.h"
#include "app/core/Result.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Conversations and their messages.
class MessageRepository
{
    Q_DECLARE_TR_FUNCTIONS(MessageRepository)
public:
    explicit MessageRepository(const Database &db) : m_db(db) { }

    Result<Channel> createChannel(Channel channel, const Actor &actor);
    Result<QList<Channel>> channelsOf(const Id &userId) const;
    // Only members may post.
    Result<Message> post(Message message, const Actor &actor);
    // The newest `limit` messages, oldest first.
    Result<QList<Message>> messages(const Id &channelId, int limit = 100) const;

private:
    const Database &m_db;
};

} // namespace cd
