using System.Collections.Concurrent;
using System.Globalization;
using RoadmapBot.Core.Chat;
using RoadmapBot.Core.Groups;
using Microsoft.Extensions.Logging;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Gateway;

/// <summary>
/// Translates the gateway's guild events into Core's <see cref="GroupLife"/>: a space is a server's channel, so the bot
/// removed from a server is removed from each of its channels. GUILD_DELETE names no channels: they are kept from GUILD_CREATE.
/// A server left while the bot was offline sends nothing: once every server READY listed has sent its GUILD_CREATE, a stored
/// channel none of them has is one the bot is no longer in. With shards a READY lists only its shard's servers, and a space
/// does not know its server, so then that is left undecided (a removal while online still counts).
/// </summary>
public sealed class DiscordGuilds(GroupLife groups, ILogger<DiscordGuilds> logger)
{
    private readonly ConcurrentDictionary<ulong, IReadOnlyList<ulong>> _channels = new();
    private readonly Lock _gate = new();
    private HashSet<ulong>? _awaited;  // READY's servers whose GUILD_CREATE has not come yet; null once settled
    private HashSet<ulong> _seen = [];

    public async Task HandleAsync(GuildEvent guild, CancellationToken ct)
    {
        if (guild.SessionGuilds is { } listed)
        {
            if (guild.SessionShards > 1)
                logger.LogInformation("Discord: with {Shards} shards, servers the bot left while offline are not looked for; removals while it runs still count",
                    guild.SessionShards);
            else
                lock (_gate) (_awaited, _seen) = ([.. listed], []);
        }
        else if (guild.Present)
        {
            _channels[guild.GuildId] = guild.ChannelIds;
            await groups.SetBotPresentAsync(ChatPlatform.Discord, Ids(guild.ChannelIds), present: true, ct);
            lock (_gate)
                if (_awaited?.Remove(guild.GuildId) == true) _seen.UnionWith(guild.ChannelIds);
        }
        // An outage (unavailable) is not a removal: the server comes back with a GUILD_CREATE.
        else if (!guild.Unavailable)
        {
            lock (_gate) _awaited?.Remove(guild.GuildId);
            if (_channels.TryRemove(guild.GuildId, out var channels))
                await groups.SetBotPresentAsync(ChatPlatform.Discord, Ids(channels), present: false, ct);
        }
        await SettleAsync(ct);
    }

    // A server still unavailable keeps the list open: nothing is decided for channels that may be its own.
    private async Task SettleAsync(CancellationToken ct)
    {
        string[] present;
        lock (_gate)
        {
            if (_awaited is not { Count: 0 }) return;
            (present, _awaited) = (Ids(_seen), null);
        }
        await groups.SetBotOnlyInAsync(ChatPlatform.Discord, present, ct);
    }

    private static string[] Ids(IEnumerable<ulong> ids) => [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture))];
}
