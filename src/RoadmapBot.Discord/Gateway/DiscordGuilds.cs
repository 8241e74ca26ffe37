using System.Collections.Concurrent;
using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Groups;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Gateway;

/// <summary>
/// Translates the gateway's guild events into Core's <see cref="GroupLife"/>: a space is a server's channel, so the bot
/// removed from a server is removed from each of its channels. GUILD_DELETE names no channels: they are kept from GUILD_CREATE.
/// </summary>
public sealed class DiscordGuilds(GroupLife groups)
{
    private readonly ConcurrentDictionary<ulong, IReadOnlyList<ulong>> _channels = new();

    public async Task HandleAsync(GuildEvent guild, CancellationToken ct)
    {
        if (guild.Present)
        {
            _channels[guild.GuildId] = guild.ChannelIds;
            await groups.SetBotPresentAsync(ChatPlatform.Discord, Ids(guild.ChannelIds), present: true, ct);
        }
        // An outage (unavailable) is not a removal: the server comes back with a GUILD_CREATE.
        else if (!guild.Unavailable && _channels.TryRemove(guild.GuildId, out var channels))
            await groups.SetBotPresentAsync(ChatPlatform.Discord, Ids(channels), present: false, ct);
    }

    private static string[] Ids(IEnumerable<ulong> ids) => [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture))];
}
