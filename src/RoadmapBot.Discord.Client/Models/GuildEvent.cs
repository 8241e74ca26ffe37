namespace RoadmapBot.Discord.Client.Models;

/// <summary>
/// A GUILD_CREATE (<see cref="Present"/>: the bot is in the server, with its channels: on connect, when added, after an outage)
/// or a GUILD_DELETE (removed from the server, or only <see cref="Unavailable"/> during an outage).
/// </summary>
public sealed record GuildEvent(ulong GuildId, bool Present, bool Unavailable, IReadOnlyList<ulong> ChannelIds);
