using System.Globalization;
using Telegram.Bot.Types;

namespace RoadmapBot.Telegram.Updates;

/// <summary>People who joined or left a group, as Core's GroupLife takes them; bots (this one included) are no members.</summary>
public sealed record GroupMembers(string ChatId, IReadOnlyList<string> UserIds, bool Present)
{
    /// <summary>A chat_member update (it needs the bot to be an admin): someone's status moved into or out of the group.</summary>
    public static GroupMembers? Of(ChatMemberUpdated change) =>
        MessageTranslator.IsGroup(change.Chat) && !change.NewChatMember.User.IsBot && change.OldChatMember.IsInChat != change.NewChatMember.IsInChat
            ? new(Id(change.Chat.Id), [Id(change.NewChatMember.User.Id)], change.NewChatMember.IsInChat)
            : null;

    /// <summary>The service messages every bot in a group gets: someone left or was removed, someone joined or was added.</summary>
    public static GroupMembers? Of(Message message) => message switch
    {
        _ when !MessageTranslator.IsGroup(message.Chat) => null,
        { LeftChatMember: { IsBot: false } left } => new(Id(message.Chat.Id), [Id(left.Id)], Present: false),
        { NewChatMembers: { } joined } when joined.Where(u => !u.IsBot).Select(u => Id(u.Id)).ToList() is { Count: > 0 } people =>
            new(Id(message.Chat.Id), people, Present: true),
        _ => null,
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
