using System.Text.Json;
using RoadmapBot.Discord.Tests.Fakes;

namespace RoadmapBot.Discord.Tests.Adapter.EndToEnd;

/// <summary>The bot's replies as the fake Discord recorded them: in an interaction callback's data, or in a deferred answer's webhook edit.</summary>
internal static class ReplyMessages
{
    /// <summary>The first reply whose content starts with <paramref name="startsWith"/>, waiting up to <paramref name="bound"/>.</summary>
    public static async Task<JsonElement> NextAsync(FakeDiscord discord, string startsWith, TimeSpan bound)
    {
        var request = await discord.Requests.WaitForAsync(r => Message(r) is { } m && Content(m).StartsWith(startsWith, StringComparison.Ordinal), bound);
        return Message(request)!.Value;
    }

    public static JsonElement? Message(RecordedRequest r)
    {
        if (r.Json is null || (!r.Path.EndsWith("/callback", StringComparison.Ordinal) && !r.Path.Contains("/webhooks/", StringComparison.Ordinal)))
            return null;
        var body = r.JsonBody;
        var message = body.TryGetProperty("data", out var data) ? data : body;
        return message.ValueKind == JsonValueKind.Object && message.TryGetProperty("content", out _) ? message : null;
    }

    public static string Content(JsonElement data) => data.GetProperty("content").GetString()!;

    public static List<string> CustomIds(JsonElement data) =>
        data.TryGetProperty("components", out var rows)
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(c => c.GetProperty("custom_id").GetString()!).ToList()
            : [];
}
