#include "app/core/Messaging.h"

namespace cd {

using namespace Qt::Literals::StringLiterals;

ValidationResult MessagingRules::validate(const Channel &channel)
{
    ValidationResult result;
    if (channel.kind != ChannelKind::Direct && channel.name.trimmed().isEmpty())
        result.add(u"name"_s, tr("Enter a name for the channel."));
    if (channel.kind == ChannelKind::Course && channel.courseId.isEmpty())
        result.add(u"courseId"_s, tr("A course channel must belong to a course."));
    if (channel.kind == ChannelKind::Direct && channel.memberIds.size() != 2)
        result.add(u"memberIds"_s, tr("A direct conversation has exactly two people."));
    return result;
}

ValidationResult MessagingRules::validate(const Message &message)
{
    ValidationResult result;
    if (message.channelId.isEmpty())
        result.add(u"channelId"_s, tr("The message does not belong to a conversation."));
    if (message.senderId.isEmpty())
        result.add(u"senderId"_s, tr("The message has no sender."));
    if (message.body.trimmed().isEmpty())
        result.add(u"body"_s, tr("Write something before sending."));
    else if (message.body.size() > maxMessageLength)
        result.add(u"body"_s,
                   tr("A message can be at most %n characters long.", nullptr, maxMessageLength));
    return result;
}

} // namespace cd
