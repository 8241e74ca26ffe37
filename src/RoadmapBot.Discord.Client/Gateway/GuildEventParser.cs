using System.Globalization;
using System.Text.Json;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>Reads GUILD_CREATE and GUILD_DELETE dispatches into <see cref="GuildEvent"/>s.</summary>
public static class GuildEventParser
{
    public static GuildEvent Created(JsonElement d) => new(Id(d), Present: true, Unavailable: false,
        d.TryGetProperty("channels", out var channels) && channels.ValueKind == JsonValueKind.Array ? [.. channels.EnumerateArray().Select(Id)] : []);

    public static GuildEvent Deleted(JsonElement d) =>
        new(Id(d), Present: false, Unavailable: d.TryGetProperty("unavailable", out var u) && u.ValueKind == JsonValueKind.True, []);

    private static ulong Id(JsonElement e) => ulong.Parse(e.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
}
