namespace RoadmapBot.Discord.Client.Models;

/// <summary>
/// A GUILD_CREATE (<see cref="Present"/>: the bot is in the server, with its channels: on connect, when added, after an outage)
/// or a GUILD_DELETE (removed from the server, or only <see cref="Unavailable"/> during an outage).
/// </summary>
public sealed record GuildEvent(ulong GuildId, bool Present, bool Unavailable, IReadOnlyList<ulong> ChannelIds)
{
    /// <summary>READY's list (no single server): every server the bot is in as a new session starts; each follows as a GUILD_CREATE.</summary>
    public IReadOnlyList<ulong>? SessionGuilds { get; init; }

    /// <summary>How many shards the bot's sessions split its servers into: READY lists only this session's shard's servers.</summary>
    public int SessionShards { get; init; } = 1;

    public static GuildEvent Ready(IReadOnlyList<ulong> guildIds, int shards = 1) =>
        new(0, Present: false, Unavailable: false, []) { SessionGuilds = guildIds, SessionShards = shards };
}
