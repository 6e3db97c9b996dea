#pragma once

#include "app/core/EnumCodes.h"
#include "app/core/SyncMeta.h"
#include "app/core/Validation.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

enum class ChannelKind { Direct, Group, Course };

template<> struct EnumCodes<ChannelKind>
{
    static constexpr std::array<std::pair<ChannelKind, const char16_t *>, 3> codes{{
        {ChannelKind::Direct, u"direct"},
        {ChannelKind::Group, u"group"},
        {ChannelKind::Course, u"course"},
    }};
};

struct Channel
{
    Id id;
    QString name;
    ChannelKind kind = ChannelKind::Group;
    Id courseId; // Course channels only
    QList<Id> memberIds;
    Id createdBy;
    SyncMeta meta;
};

struct Message
{
    Id id;
    Id channelId;
    Id senderId;
    QString body;
    QDateTime sentAt; // UTC
    SyncMeta meta;
};

class MessagingRules
{
    Q_DECLARE_TR_FUNCTIONS(MessagingRules)
public:
    static constexpr int maxMessageLength = 4000;
    static ValidationResult validate(const Channel &channel);
    static ValidationResult validate(const Message &message);
};

} // namespace cd
