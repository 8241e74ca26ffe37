using System.Globalization;
using System.Text.Json;
using RoadmapBot.Discord.Client.Models;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>Reads a MESSAGE_CREATE dispatch into a <see cref="GatewayMessage"/>.</summary>
public static class MessageEventParser
{
    public static GatewayMessage Parse(JsonElement d)
    {
        var author = d.GetProperty("author");
        return new GatewayMessage(Id(d, "id"), Id(d, "channel_id"), d.TryGetProperty("guild_id", out var guild) && guild.ValueKind == JsonValueKind.String ? Id(d, "guild_id") : null,
            new DiscordUser(Id(author, "id"), author.GetProperty("username").GetString() ?? "",
                author.TryGetProperty("global_name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null),
            author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True,
            d.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String ? content.GetString()! : "")
        {
            Mentions = d.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array ? [.. mentions.EnumerateArray().Select(m => Id(m, "id"))] : [],
            RepliesTo = d.TryGetProperty("referenced_message", out var replied) && replied.ValueKind == JsonValueKind.Object
                && replied.TryGetProperty("author", out var to) ? Id(to, "id") : null,
            Forwarded = d.TryGetProperty("message_reference", out var reference) && reference.ValueKind == JsonValueKind.Object
                && reference.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() == 1,
        };
    }

    private static ulong Id(JsonElement e, string property) => ulong.Parse(e.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);
}
