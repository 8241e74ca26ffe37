using System.Globalization;
using System.Text.Json;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>Reads READY's server list, GUILD_CREATE and GUILD_DELETE dispatches into <see cref="GuildEvent"/>s.</summary>
public static class GuildEventParser
{
    /// <summary>READY's servers, and how many shards share the bot (its "shard": [id, count]; 1 when absent).</summary>
    public static GuildEvent Ready(JsonElement d) =>
        GuildEvent.Ready(Ids(d, "guilds"), d.TryGetProperty("shard", out var shard) && shard.ValueKind == JsonValueKind.Array ? shard[1].GetInt32() : 1);

    /// <summary>The server with its channels and active threads (a member may use the bot in either).</summary>
    public static GuildEvent Created(JsonElement d) => new(Id(d), Present: true, Unavailable: false, [.. Ids(d, "channels"), .. Ids(d, "threads")]);

    public static GuildEvent Deleted(JsonElement d) =>
        new(Id(d), Present: false, Unavailable: d.TryGetProperty("unavailable", out var u) && u.ValueKind == JsonValueKind.True, []);

    private static ulong[] Ids(JsonElement d, string list) =>
        d.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray().Select(Id)] : [];

    private static ulong Id(JsonElement e) => ulong.Parse(e.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
}
