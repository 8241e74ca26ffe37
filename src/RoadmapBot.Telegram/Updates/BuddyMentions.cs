using System.Globalization;
using System.Text;
using RoadmapBot.Core.Commands;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RoadmapBot.Telegram.Updates;

/// <summary>
/// Whom a /buddy names, written as the engine knows members (their user id): "/buddy" sent as a reply to someone's message
/// names them, a mention of a member without a username (text_mention) carries their id, and "@" + our username is the bot.
/// </summary>
public static class BuddyMentions
{
    public static string Resolve(Message message, string text, TelegramIdentity identity)
    {
        if (CommandLine.Parse(text) is not { Verb: "buddy" } line)
            return text;
        if (line.Arguments.Length == 0 && message.ReplyToMessage?.From is { IsBot: false } author)
            return $"{text.TrimEnd()} {Id(author.Id)}";
        var entities = (message.Entities ?? []).Where(e => e.Offset + e.Length <= text.Length).OrderByDescending(e => e.Offset);
        var result = new StringBuilder(text);
        foreach (var entity in entities)
        {
            var id = entity switch
            {
                { Type: MessageEntityType.TextMention, User: { } user } => Id(user.Id),
                { Type: MessageEntityType.Mention } when identity.Username.Length > 0
                    && text.AsSpan(entity.Offset + 1, entity.Length - 1).Equals(identity.Username, StringComparison.OrdinalIgnoreCase) => Id(identity.BotId),
                _ => null,
            };
            if (id is not null)
                result.Remove(entity.Offset, entity.Length).Insert(entity.Offset, id);
        }
        return result.ToString();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
