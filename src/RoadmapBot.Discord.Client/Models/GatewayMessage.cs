namespace RoadmapBot.Discord.Client.Models;

/// <summary>
/// A MESSAGE_CREATE as the bot needs it. Without the privileged MESSAGE_CONTENT intent Discord fills <see cref="Content"/>
/// only in DMs with the bot and in messages that mention it; elsewhere it arrives empty.
/// </summary>
public sealed record GatewayMessage(ulong Id, ulong ChannelId, ulong? GuildId, DiscordUser Author, bool AuthorIsBot, string Content)
{
    /// <summary>The users the message mentions.</summary>
    public IReadOnlyList<ulong> Mentions { get; init; } = [];

    /// <summary>The author of the message this one replies to, if it is a reply.</summary>
    public ulong? RepliesTo { get; init; }

    /// <summary>A forward (message reference of type 1): its content is in the snapshot, and it is someone else's.</summary>
    public bool Forwarded { get; init; }
}
