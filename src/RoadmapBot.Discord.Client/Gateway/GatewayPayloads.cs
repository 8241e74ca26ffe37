using System.Text.Json.Nodes;

namespace RoadmapBot.Discord.Client.Gateway;

/// <summary>The frames we send on the gateway (spec §1.2, §1.5, §1.7).</summary>
internal static class GatewayPayloads
{
    /// <summary>d is the last sequence seen, null before the first dispatch.</summary>
    public static JsonObject Heartbeat(int? sequence) => new() { ["op"] = 1, ["d"] = sequence };

    /// <summary>The token goes without "Bot ".</summary>
    public static JsonObject Identify(DiscordClientOptions options, GatewayShard shard) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = options.Token,
            ["intents"] = options.Intents,
            ["properties"] = new JsonObject
            {
                ["os"] = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
                ["browser"] = "roadmapbot",
                ["device"] = "roadmapbot",
            },
            ["shard"] = new JsonArray(shard.Id, shard.Count),
        },
    };

    public static JsonObject Resume(string token, string sessionId, int? sequence) => new()
    {
        ["op"] = 6,
        ["d"] = new JsonObject { ["token"] = token, ["session_id"] = sessionId, ["seq"] = sequence },
    };
}
